"""Clients of the Plugin API: :class:`PluginAPIClient` (blocking) and :class:`AsyncPluginAPIClient`.

Both have the same methods (``get_user``, ``create_post``, ``kv_set``, …), generated from one
table; the async client's are coroutine functions. A failed call raises a
:class:`~mattermost_plugin.errors.PluginAPIError` subclass.
"""

from __future__ import annotations

import asyncio
import os
import threading
from types import TracebackType
from typing import Optional, Tuple, Type, TypeVar

import grpc
import grpc.aio

from ._internal.api_methods import Call, PluginAPIMethods
from ._internal.gen.plughost.v1 import api_pb2_grpc
from ._internal.rpc_errors import api_error_from_rpc_error
from ._internal.wire import (
    API_TARGET_ENV,
    CLIENT_CHANNEL_OPTIONS,
    PLUGIN_SECRET_ENV,
    SECRET_METADATA_KEY,
)
from .errors import UnavailableError

__all__ = ["PluginAPIClient", "AsyncPluginAPIClient"]

_T = TypeVar("_T")
_SyncClientT = TypeVar("_SyncClientT", bound="PluginAPIClient")
_AsyncClientT = TypeVar("_AsyncClientT", bound="AsyncPluginAPIClient")

# How long the first call waits for the connection. The server listens before it starts the
# plugin, so this only absorbs start-up races; a call never fails fast on one.
CONNECT_TIMEOUT_SECONDS = 5.0


def _settings(
    target: Optional[str], secret: Optional[str]
) -> Tuple[str, Tuple[Tuple[str, str], ...]]:
    """The target to dial and the metadata to send, from the arguments or the environment."""
    target = target or os.environ.get(API_TARGET_ENV)
    if not target:
        raise ValueError(f"no Plugin API target: pass target= or set {API_TARGET_ENV}")
    secret = secret if secret is not None else os.environ.get(PLUGIN_SECRET_ENV, "")
    return target, ((SECRET_METADATA_KEY, secret),) if secret else ()


def _unreachable(target: str) -> UnavailableError:
    return UnavailableError(
        "", f"Plugin API at {target} not reachable within {CONNECT_TIMEOUT_SECONDS:g} s"
    )


class PluginAPIClient(PluginAPIMethods):
    """Blocking client of the Plugin API; safe to share between threads.

    Args:
        target: gRPC target of the Plugin API (``"unix:///path"`` or ``"host:port"``);
            defaults to the ``MATTERMOST_API_TARGET`` environment variable.
        secret: This plugin's secret, sent with every call; defaults to the
            ``MATTERMOST_PLUGIN_SECRET`` environment variable.

    The connection is opened on the first call. Use as a context manager, or call
    :meth:`close`, to release it.

    Raises:
        ValueError: No target was given and the environment names none.
    """

    def __init__(self, target: Optional[str] = None, secret: Optional[str] = None) -> None:
        self.target, self._metadata = _settings(target, secret)
        self._lock = threading.Lock()
        self._connection: Optional[Tuple[grpc.Channel, api_pb2_grpc.PluginAPIStub]] = None
        self._connected = False

    def _connected_stub(self) -> api_pb2_grpc.PluginAPIStub:
        with self._lock:
            if self._connection is None:
                channel = grpc.insecure_channel(self.target, options=CLIENT_CHANNEL_OPTIONS)
                self._connection = (channel, api_pb2_grpc.PluginAPIStub(channel))
            channel, stub = self._connection
        if not self._connected:
            try:
                grpc.channel_ready_future(channel).result(timeout=CONNECT_TIMEOUT_SECONDS)
            except grpc.FutureTimeoutError:
                raise _unreachable(self.target) from None
            self._connected = True
        return stub

    def _invoke(self, call: Call[_T]) -> _T:
        stub = self._connected_stub()
        try:
            response = getattr(stub, call.rpc)(call.request, metadata=self._metadata)
        except grpc.RpcError as error:
            raise api_error_from_rpc_error(error) from error
        return call.result(response)

    def close(self) -> None:
        """Close the connection; a later call opens a new one."""
        with self._lock:
            connection, self._connection = self._connection, None
            self._connected = False
        if connection is not None:
            connection[0].close()

    def __enter__(self: _SyncClientT) -> _SyncClientT:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncPluginAPIClient(PluginAPIMethods):
    """asyncio client of the Plugin API; every API method is a coroutine function.

    ::

        async with AsyncPluginAPIClient(target="unix:///tmp/api.sock") as client:
            user = await client.get_user(user_id)

    Arguments as for :class:`PluginAPIClient`. The connection is opened on the first call and
    belongs to the event loop running it; use the client from that loop only.
    """

    def __init__(self, target: Optional[str] = None, secret: Optional[str] = None) -> None:
        self.target, self._metadata = _settings(target, secret)
        self._connection: Optional[Tuple[grpc.aio.Channel, api_pb2_grpc.PluginAPIStub]] = None
        self._connected = False

    async def _connected_stub(self) -> api_pb2_grpc.PluginAPIStub:
        if self._connection is None:
            channel = grpc.aio.insecure_channel(self.target, options=CLIENT_CHANNEL_OPTIONS)
            self._connection = (channel, api_pb2_grpc.PluginAPIStub(channel))
        channel, stub = self._connection
        if not self._connected:
            try:
                await asyncio.wait_for(channel.channel_ready(), CONNECT_TIMEOUT_SECONDS)
            except asyncio.TimeoutError:
                raise _unreachable(self.target) from None
            self._connected = True
        return stub

    async def _invoke(self, call: Call[_T]) -> _T:
        stub = await self._connected_stub()
        try:
            response = await getattr(stub, call.rpc)(call.request, metadata=self._metadata)
        except grpc.RpcError as error:
            raise api_error_from_rpc_error(error) from error
        return call.result(response)

    async def close(self) -> None:
        """Close the connection; a later call opens a new one."""
        connection, self._connection = self._connection, None
        self._connected = False
        if connection is not None:
            await connection[0].close(grace=None)

    async def __aenter__(self: _AsyncClientT) -> _AsyncClientT:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.close()
