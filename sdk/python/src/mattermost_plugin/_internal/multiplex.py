"""Plugin API calls on one long-lived ``PluginAPI.Multiplex`` stream (see transport.proto).

A unary gRPC call opens a new HTTP/2 stream: on both ends that costs several times what one
message on an open stream does. The clients send each call as a ``MultiplexCall`` (its id, the
RPC name, the serialized request) and a reader matches the ``MultiplexReply`` to the caller
by id, so any number of threads (or tasks) have calls in flight on the one stream. A server
that does not serve the stream refuses it when it is opened (``StreamRefused``), and the
clients keep to unary calls.
"""

from __future__ import annotations

import _thread
import asyncio
import itertools
import queue
import threading
from typing import Any, Dict, List, Optional, Sequence, Tuple

import grpc
import grpc.aio

from ..errors import PluginAPIError, UnavailableError
from .gen.plughost.v1.transport_pb2 import MultiplexCall, MultiplexReply
from .rpc_errors import api_error

MULTIPLEX_PATH = "/plughost.v1.PluginAPI/Multiplex"

# A bigger request goes as a unary call: on the one stream it would hold up every call behind it.
MAX_MULTIPLEXED_BYTES = 1024 * 1024

Metadata = Sequence[Tuple[str, str]]


class StreamRefused(Exception):
    """The server does not serve the Multiplex stream (an older server, another implementation)."""


def _reply_result(reply: MultiplexReply, parts: List[bytes]) -> bytes:
    """The serialized response (its parts joined), or the call's AppError raised."""
    if reply.HasField("error"):
        e = reply.error
        raise api_error(e.status_code or 500, e.id, e.message, e.detailed_error)
    if parts:
        parts.append(reply.response)
        return b"".join(parts)
    return reply.response


def _stream_closed(reason: str) -> UnavailableError:
    return UnavailableError("", f"the Plugin API stream closed: {reason}")


def _refusal(error: grpc.RpcError) -> Exception:
    """What opening the stream failed with: refused (unimplemented), or unavailable."""
    if error.code() == grpc.StatusCode.UNIMPLEMENTED:
        return StreamRefused(error.details())
    return _stream_closed(error.details() or error.code().name)


class _Waiter:
    """One caller waiting for its reply: a lock taken at creation, released when it arrives."""

    __slots__ = ("lock", "reply", "parts", "error")

    def __init__(self) -> None:
        self.lock = _thread.allocate_lock()
        self.lock.acquire()
        self.reply: Optional[MultiplexReply] = None
        self.parts: List[bytes] = []
        self.error: Optional[PluginAPIError] = None


class MultiplexedCalls:
    """The blocking client's stream: ``call`` from any thread; one reader thread answers them.

    Raises:
        StreamRefused: The server does not serve the stream.
        UnavailableError: The stream could not be opened.
    """

    def __init__(self, channel: grpc.Channel, metadata: Metadata) -> None:
        self._outgoing: "queue.SimpleQueue[Optional[MultiplexCall]]" = queue.SimpleQueue()
        self._waiting: Dict[int, _Waiter] = {}
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._closed: Optional[UnavailableError] = None
        open_stream = channel.stream_stream(
            MULTIPLEX_PATH,
            request_serializer=MultiplexCall.SerializeToString,
            response_deserializer=MultiplexReply.FromString,
        )
        self._replies: Any = open_stream(iter(self._outgoing.get, None), metadata=metadata)
        self._replies.initial_metadata()  # the server accepts the stream, or refuses it
        if self._replies.done():
            self._outgoing.put(None)
            raise _refusal(self._replies)
        threading.Thread(target=self._read, name="mm-api-stream", daemon=True).start()

    @property
    def closed(self) -> bool:
        return self._closed is not None

    def call(self, method: str, request: bytes) -> bytes:
        """One call: the serialized response, or the call's error raised."""
        waiter = _Waiter()
        with self._lock:
            if self._closed is not None:
                raise self._closed
            call_id = next(self._ids)
            self._waiting[call_id] = waiter
        self._outgoing.put(MultiplexCall(id=call_id, method=method, request=request))
        waiter.lock.acquire()
        if waiter.error is not None:
            raise waiter.error
        assert waiter.reply is not None
        return _reply_result(waiter.reply, waiter.parts)

    def close(self) -> None:
        """End the stream (calls in flight get their replies first)."""
        self._outgoing.put(None)

    def _read(self) -> None:
        reason = "ended by the server"
        try:
            for reply in self._replies:
                with self._lock:
                    waiter = (self._waiting.get if reply.more else self._waiting.pop)(reply.id, None)
                if waiter is None:
                    continue
                if reply.more:
                    waiter.parts.append(reply.response)
                else:
                    waiter.reply = reply
                    waiter.lock.release()
        except grpc.RpcError as error:
            reason = error.details() or error.code().name
        finally:
            with self._lock:
                self._closed = _stream_closed(reason)
                waiting, self._waiting = self._waiting, {}
            for waiter in waiting.values():
                waiter.error = self._closed
                waiter.lock.release()


class AsyncMultiplexedCalls:
    """The asyncio client's stream, bound to the event loop that opened it."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._waiting: Dict[int, "asyncio.Future[MultiplexReply]"] = {}
        self._parts: Dict[int, List[bytes]] = {}
        self._ids = itertools.count(1)
        self._write_lock = asyncio.Lock()  # one write at a time on a grpc.aio stream
        self._closed: Optional[UnavailableError] = None
        self._reader = asyncio.get_running_loop().create_task(self._read())

    @classmethod
    async def open(cls, channel: grpc.aio.Channel, metadata: Metadata) -> "AsyncMultiplexedCalls":
        """Open the stream; raises StreamRefused or UnavailableError as the blocking one does."""
        stream: Any = channel.stream_stream(
            MULTIPLEX_PATH,
            request_serializer=MultiplexCall.SerializeToString,
            response_deserializer=MultiplexReply.FromString,
        )(metadata=metadata)
        try:
            await stream.initial_metadata()
        except grpc.RpcError as error:
            raise _refusal(error) from None
        if stream.done():
            code = await stream.code()
            if code == grpc.StatusCode.UNIMPLEMENTED:
                raise StreamRefused(await stream.details())
            raise _stream_closed((await stream.details()) or code.name)
        return cls(stream)

    @property
    def closed(self) -> bool:
        return self._closed is not None

    async def call(self, method: str, request: bytes) -> bytes:
        if self._closed is not None:
            raise self._closed
        call_id = next(self._ids)
        reply: "asyncio.Future[MultiplexReply]" = asyncio.get_running_loop().create_future()
        self._waiting[call_id] = reply
        try:
            async with self._write_lock:
                await self._stream.write(MultiplexCall(id=call_id, method=method, request=request))
        except (grpc.RpcError, grpc.aio.UsageError, asyncio.InvalidStateError) as error:
            self._waiting.pop(call_id, None)
            raise self._closed or _stream_closed(str(error)) from None
        answer = await reply
        return _reply_result(answer, self._parts.pop(call_id, []))

    async def close(self) -> None:
        self._reader.cancel()
        self._stream.cancel()

    async def _read(self) -> None:
        reason = "ended by the server"
        try:
            async for reply in self._stream:
                if reply.more:
                    if reply.id in self._waiting:
                        self._parts.setdefault(reply.id, []).append(reply.response)
                    continue
                waiting = self._waiting.pop(reply.id, None)
                if waiting is not None and not waiting.done():
                    waiting.set_result(reply)
        except grpc.RpcError as error:
            reason = error.details() or error.code().name
        except asyncio.CancelledError:
            reason = "the client was closed"
        finally:
            self._closed = _stream_closed(reason)
            self._parts.clear()
            waiting_calls, self._waiting = self._waiting, {}
            for waiting in waiting_calls.values():
                if not waiting.done():
                    waiting.set_exception(self._closed)
