"""Clients of the Plugin API: :class:`PluginAPIClient` (blocking) and :class:`AsyncPluginAPIClient`.

Both have the same methods (``get_user``, ``create_post``, ``kv_set``, …), generated from one
table; the async client's are coroutine functions. A failed call raises a
:class:`~mattermost_plugin.errors.PluginAPIError` subclass.

Calls go on one long-lived ``PluginAPI.Multiplex`` stream per client (see
:mod:`._internal.multiplex`); requests over 1 MiB, and every call to a server without that
stream, go as the RPC's own unary call.
"""

from __future__ import annotations

import asyncio
import os
import threading
from types import TracebackType
from typing import Any, Callable, Dict, Optional, Tuple, Type, TypeVar

import grpc
import grpc.aio

from ._internal.api_methods import Call, PluginAPIMethods
from ._internal.multiplex import (
    MAX_MULTIPLEXED_BYTES,
    AsyncMultiplexedCalls,
    MultiplexedCalls,
    StreamRefused,
)
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


_RPC_PATH = "/plughost.v1.PluginAPI/"

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
        self._channel: Optional[grpc.Channel] = None
        self._connected = False
        self._unary_calls: Dict[str, Callable[..., bytes]] = {}
        self._calls: Optional[MultiplexedCalls] = None
        self._stream_refused = False

    def _connected_channel(self) -> grpc.Channel:
        with self._lock:
            if self._channel is None:
                self._channel = grpc.insecure_channel(self.target, options=CLIENT_CHANNEL_OPTIONS)
            channel = self._channel
        if not self._connected:
            try:
                grpc.channel_ready_future(channel).result(timeout=CONNECT_TIMEOUT_SECONDS)
            except grpc.FutureTimeoutError:
                raise _unreachable(self.target) from None
            self._connected = True
        return channel

    def _stream(self, channel: grpc.Channel) -> Optional[MultiplexedCalls]:
        """The open stream; a new one if it closed; None when the server has none."""
        calls = self._calls
        if calls is not None and not calls.closed:
            return calls
        if self._stream_refused:
            return None
        with self._lock:
            if self._calls is None or self._calls.closed:
                try:
                    self._calls = MultiplexedCalls(channel, self._metadata)
                except StreamRefused:
                    self._stream_refused = True
                except UnavailableError:
                    return None  # this call goes unary, and reports the server's error
            return self._calls

    def _unary(self, channel: grpc.Channel, rpc: str) -> Callable[..., bytes]:
        call = self._unary_calls.get(rpc)
        if call is None:  # requests arrive serialized, responses leave serialized
            call = self._unary_calls[rpc] = channel.unary_unary(_RPC_PATH + rpc)
        return call

    def _invoke(self, call: Call[_T]) -> _T:
        channel = self._connected_channel()
        rpc = call.rpc
        request = call.request.SerializeToString()
        calls = self._stream(channel) if len(request) <= MAX_MULTIPLEXED_BYTES else None
        if calls is not None:
            response = calls.call(rpc, request)
        else:
            try:
                response = self._unary(channel, rpc)(request, metadata=self._metadata)
            except grpc.RpcError as error:
                raise api_error_from_rpc_error(error) from error
        return call.result(call.response_type.FromString(response))

    def close(self) -> None:
        """Close the connection; a later call opens a new one."""
        with self._lock:
            channel, self._channel = self._channel, None
            calls, self._calls = self._calls, None
            self._connected = False
            self._unary_calls = {}
        if calls is not None:
            calls.close()
        if channel is not None:
            channel.close()

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
        self._channel: Optional[grpc.aio.Channel] = None
        self._connected = False
        self._unary_calls: Dict[str, Any] = {}
        self._calls: Optional[AsyncMultiplexedCalls] = None
        self._stream_refused = False
        self._open_lock: Optional[asyncio.Lock] = None

    async def _connected_channel(self) -> grpc.aio.Channel:
        if self._channel is None:
            self._channel = grpc.aio.insecure_channel(self.target, options=CLIENT_CHANNEL_OPTIONS)
        channel = self._channel
        if not self._connected:
            try:
                await asyncio.wait_for(channel.channel_ready(), CONNECT_TIMEOUT_SECONDS)
            except asyncio.TimeoutError:
                raise _unreachable(self.target) from None
            self._connected = True
        return channel

    async def _stream(self, channel: grpc.aio.Channel) -> Optional[AsyncMultiplexedCalls]:
        """As the blocking client's; concurrent first calls wait for one opening."""
        calls = self._calls
        if calls is not None and not calls.closed:
            return calls
        if self._stream_refused:
            return None
        if self._open_lock is None:  # made here: it belongs to the running loop
            self._open_lock = asyncio.Lock()
        async with self._open_lock:
            if self._calls is None or self._calls.closed:
                try:
                    self._calls = await AsyncMultiplexedCalls.open(channel, self._metadata)
                except StreamRefused:
                    self._stream_refused = True
                except UnavailableError:
                    return None  # this call goes unary, and reports the server's error
            return self._calls

    async def _invoke(self, call: Call[_T]) -> _T:
        channel = await self._connected_channel()
        rpc = call.rpc
        request = call.request.SerializeToString()
        calls = await self._stream(channel) if len(request) <= MAX_MULTIPLEXED_BYTES else None
        if calls is not None:
            response = await calls.call(rpc, request)
        else:
            unary = self._unary_calls.get(rpc)
            if unary is None:
                unary = self._unary_calls[rpc] = channel.unary_unary(_RPC_PATH + rpc)
            try:
                response = await unary(request, metadata=self._metadata)
            except grpc.RpcError as error:
                raise api_error_from_rpc_error(error) from error
        return call.result(call.response_type.FromString(response))

    async def close(self) -> None:
        """Close the connection; a later call opens a new one."""
        channel, self._channel = self._channel, None
        calls, self._calls = self._calls, None
        self._connected = False
        self._unary_calls = {}
        self._open_lock = None
        if calls is not None:
            await calls.close()
        if channel is not None:
            await channel.close(grace=None)

    async def __aenter__(self: _AsyncClientT) -> _AsyncClientT:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.close()
