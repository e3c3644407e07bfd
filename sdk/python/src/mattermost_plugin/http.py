"""HTTP objects: what ``ServeHTTP`` and ``ServeMetrics`` handlers receive, and what ``plugin_http``
returns.

A handler has one of two forms, told apart by its signature.

**Simple**: ``(self, context, request)``. ``request`` is an :class:`HTTPRequest` whose whole
body has been read; the handler answers with a dict::

    {"status_code": 200, "headers": {"Content-Type": "application/json"}, "body": "..."}

``headers`` is optional (a value may be a string or a list of strings); ``body`` may be
``str`` (sent as UTF-8) or ``bytes`` and defaults to empty; ``status_code`` defaults to 200.
Returning None answers an empty 200. A handler that raises fails the request (the server
answers 502 and logs the error).

**Streaming**: ``(self, context, request, response)``. ``request`` is a
:class:`StreamingHTTPRequest` whose body is read while the handler runs (``read()``,
``iter_body()``), and the handler writes its answer to ``response``, an
:class:`HTTPResponseWriter`, as it goes: set ``status_code`` and ``headers``, then ``write()``
and ``flush()``. Both directions are streamed with backpressure, so a plugin can take or serve
a body of any size in bounded memory: ``read()`` waits for the client, ``write()`` waits while
the client reads slower than the handler writes. The return value is ignored (a warning is
logged if it is not None). If the handler raises before anything was sent, the client gets a
``500`` (the traceback goes to the plugin log); if it raises later, the error is logged and the
server closes the client connection. If the client goes away, ``read()`` and ``write()`` raise
:class:`ConnectionAbortedError`. Server-Sent Events::

    @hook(HookName.ServeHTTP)
    def serve_http(self, context, request, response):
        response.headers["Content-Type"] = "text/event-stream"
        response.headers["Cache-Control"] = "no-cache"
        for event in self.events.subscribe():  # blocks until the next event
            response.write(f"data: {json.dumps(event)}\\n\\n")
            response.flush()  # now, not when more data has piled up

A large download (and upload), a chunk at a time::

    @hook(HookName.ServeHTTP)
    def serve_http(self, context, request, response):
        if request.method == "GET":
            response.headers["Content-Type"] = "application/octet-stream"
            with open(self.export_path, "rb") as export:
                while chunk := export.read(1024 * 1024):
                    response.write(chunk)
        else:
            with open(self.import_path, "wb") as target:
                for chunk in request.iter_body():
                    target.write(chunk)
            response.status_code = 204

``async def`` handlers work in both forms; a streaming one awaits
``request.aread()``/``request.aiter_body()`` and ``response.awrite()``/``response.aflush()``,
which wait on a thread of their own instead of blocking the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    AsyncIterator,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Union,
)

from ._internal.event_loop import OwnThread
from .models import Context

if TYPE_CHECKING:
    from ._internal.http_stream import ResponseStream

__all__ = ["Headers", "HTTPRequest", "StreamingHTTPRequest", "HTTPResponseWriter", "HTTPResponse"]


class Headers(Dict[str, str]):
    """Request headers: a dict of header name to its first value, looked up case-insensitively.

    ``headers["content-type"]`` and ``headers["Content-Type"]`` are the same entry;
    :meth:`get_all` returns every value of a repeated header.
    """

    def __init__(self, pairs: Iterable[Tuple[str, Sequence[str]]] = ()) -> None:
        self._values: Dict[str, List[str]] = {}
        self._names: Dict[str, str] = {}  # lower-cased name -> name as received
        for name, values in pairs:
            if not values:
                continue
            key = name.lower()
            self._names.setdefault(key, name)
            self._values.setdefault(key, []).extend(values)
        super().__init__((self._names[key], values[0]) for key, values in self._values.items())

    def _name(self, name: str) -> str:
        """The header's name as received, for ``name`` in any case."""
        return self._names.get(name.lower(), name)

    def __getitem__(self, name: str) -> str:
        return super().__getitem__(self._name(name))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and super().__contains__(self._name(name))

    def get(self, name: str, default: Optional[str] = None) -> Optional[str]:  # type: ignore[override]
        """The first value of header ``name`` (any case), or ``default``."""
        return super().get(self._name(name), default)

    def get_all(self, name: str) -> List[str]:
        """Every value of header ``name`` (any case), in the order received."""
        return list(self._values.get(name.lower(), ()))


@dataclass
class HTTPRequest:
    """An HTTP request to ``/plugins/{plugin_id}/...``, body complete."""

    method: str
    """HTTP method (GET, POST, …)."""
    path: str
    """Path below ``/plugins/{plugin_id}``, starting with ``/``."""
    query: str
    """Raw query string, without ``?``."""
    url: str
    """The full original URL path and query."""
    headers: Headers
    """Request headers (see :class:`Headers`)."""
    body: bytes
    """The whole request body."""
    remote_addr: str
    """The client's address."""
    context: Context = field(default_factory=Context)
    """Request metadata (same as the handler's ``context`` argument)."""


class StreamingHTTPRequest:
    """An HTTP request to ``/plugins/{plugin_id}/...`` whose body arrives while the handler runs.

    The streaming handler form receives it (see the module documentation). The body is read
    from the server only as the handler asks for it: with :meth:`read`, :meth:`iter_body`, or
    all at once through :attr:`body`. Not meant for several threads reading at once.
    """

    def __init__(
        self,
        method: str,
        path: str,
        query: str,
        url: str,
        headers: Headers,
        remote_addr: str,
        context: Optional[Context] = None,
        body_chunks: Iterable[bytes] = (),
    ) -> None:
        self.method = method
        """HTTP method (GET, POST, …)."""
        self.path = path
        """Path below ``/plugins/{plugin_id}``, starting with ``/``."""
        self.query = query
        """Raw query string, without ``?``."""
        self.url = url
        """The full original URL path and query."""
        self.headers = headers
        """Request headers (see :class:`Headers`)."""
        self.remote_addr = remote_addr
        """The client's address."""
        self.context: Context = Context() if context is None else context
        """Request metadata (same as the handler's ``context`` argument)."""
        self._chunks: Iterator[bytes] = iter(body_chunks)
        self._pending = b""  # the rest of the chunk a read() did not take whole
        self._started = False  # read() or iter_body() has consumed some of the body
        self._body: Optional[bytes] = None
        self._io = OwnThread("mm-http-read")

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes of the body (all the rest if ``n`` is negative); ``b""`` at the end.

        Like a raw file or a socket, it waits only until some data has arrived, so it may
        return fewer than ``n`` bytes before the end.

        Raises:
            ConnectionAbortedError: the client went away before the body was complete.
        """
        if n == 0:
            return b""
        self._started = True
        if n < 0:
            data = self._pending + b"".join(self._chunks)
            self._pending = b""
            return data
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return b""
            self._pending = chunk
        data, self._pending = self._pending[:n], self._pending[n:]
        return data

    def iter_body(self, chunk_size: int = 65536) -> Iterator[bytes]:
        """The body as it arrives, in chunks of at most ``chunk_size`` bytes."""
        while True:
            chunk = self.read(chunk_size)
            if not chunk:
                return
            yield chunk

    @property
    def body(self) -> bytes:
        """The whole body, read on first access (so code written for :class:`HTTPRequest`
        works); :meth:`read` then returns ``b""``. It blocks until the body is complete: in an
        ``async def`` handler, ``await request.aread()`` instead.

        Raises:
            RuntimeError: part of the body was already consumed with :meth:`read` or
                :meth:`iter_body`.
        """
        if self._body is None:
            if self._started:
                raise RuntimeError("request.body: part of the body was already read")
            self._body = self.read()
        return self._body

    async def aread(self, n: int = -1) -> bytes:
        """:meth:`read` for ``async def`` handlers: waits without blocking the event loop."""
        return await self._io.run(self.read, n)

    async def aiter_body(self, chunk_size: int = 65536) -> AsyncIterator[bytes]:
        """:meth:`iter_body` for ``async def`` handlers: ``async for chunk in ...``."""
        while True:
            chunk = await self.aread(chunk_size)
            if not chunk:
                return
            yield chunk


class HTTPResponseWriter:
    """The response of a streaming handler, sent to the client as it is written.

    Set :attr:`status_code` and :attr:`headers`, then :meth:`write` the body; the head is sent
    with the first write or flush, on :meth:`write_head`, or when the handler returns. The SDK
    creates the writer; it is not meant for several threads writing at once.
    """

    def __init__(self, stream: ResponseStream) -> None:
        self.status_code: int = 200
        """The HTTP status code; changes after the head is sent have no effect."""
        self.headers: Dict[str, Union[str, List[str]]] = {}
        """Response headers; changes after the head is sent have no effect."""
        self._stream = stream
        self._head_sent = False
        self._io = OwnThread("mm-http-write")

    @property
    def head_sent(self) -> bool:
        """Whether the status code and headers have been sent."""
        return self._head_sent

    def write_head(
        self,
        status_code: Optional[int] = None,
        headers: Optional[Mapping[str, Union[str, List[str]]]] = None,
    ) -> None:
        """Send the head now: ``status_code`` (if given) replaces :attr:`status_code`,
        ``headers`` (if given) are added to :attr:`headers`.

        Raises:
            RuntimeError: the head was already sent, or the handler has returned.
            ConnectionAbortedError: the client went away.
        """
        if self._head_sent:
            raise RuntimeError("the response head was already sent")
        if status_code is not None:
            self.status_code = status_code
        if headers is not None:
            self.headers.update(headers)
        self._send()

    def write(self, data: Union[bytes, str]) -> None:
        """Send ``data`` (str is sent as UTF-8), after the head if it is not sent yet.

        Blocks while the client reads slower than the handler writes.

        Raises:
            ConnectionAbortedError: the client went away.
            RuntimeError: the handler has returned.
            TypeError: ``data`` is neither str nor bytes.
        """
        self._send(body=data)

    def flush(self) -> None:
        """Have the server send what was written so far to the client now (and the head, if
        it is not sent yet); for Server-Sent Events and other live streams.

        Raises:
            ConnectionAbortedError: the client went away.
            RuntimeError: the handler has returned.
        """
        self._send(flush=True)

    async def awrite(self, data: Union[bytes, str]) -> None:
        """:meth:`write` for ``async def`` handlers: waits without blocking the event loop."""
        await self._io.run(self.write, data)

    async def aflush(self) -> None:
        """:meth:`flush` for ``async def`` handlers: waits without blocking the event loop."""
        await self._io.run(self.flush)

    def _send(self, body: Union[bytes, str, None] = None, flush: bool = False) -> None:
        head = None if self._head_sent else (self.status_code, self.headers)
        self._stream.send(head, body, flush)
        self._head_sent = True


@dataclass
class HTTPResponse:
    """The response to :meth:`PluginAPIClient.plugin_http` (another plugin's answer)."""

    status_code: int
    """HTTP status code."""
    headers: Headers
    """Response headers (see :class:`Headers`)."""
    body: bytes
    """The whole response body."""
