"""HTTP over the contract: header lists, bodies, and the ServeHTTP/ServeMetrics stream framing.

A request stream is the head, body chunks, then ``body_end``; a response stream is the head,
then body chunks and flushes. Both handler forms (simple and streaming) go through these
functions; only the streaming form reads the body while the handler runs.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple

import grpc

from ..http import Headers
from ..models import Context
from .gen.plughost.v1 import hooks_pb2, models_pb2
from .wire import HTTP_CHUNK_BYTES

_RESPONSE_KEYS = frozenset({"status_code", "headers", "body"})

#: The response frame asking the server to send what was written so far to the client now.
FLUSH_FRAME = hooks_pb2.ServeHTTPResponse(flush=True)


def header_messages(headers: Mapping[str, Any]) -> List[models_pb2.HTTPHeader]:
    """``{"Name": "value" or ["v1", "v2"]}`` as contract headers (values turned into str)."""
    messages = []
    for name, value in headers.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        messages.append(models_pb2.HTTPHeader(name=name, values=[str(item) for item in values]))
    return messages


def headers_from_messages(messages: Iterable[models_pb2.HTTPHeader]) -> Headers:
    """Contract headers as a case-insensitive :class:`Headers` dict."""
    return Headers((header.name, header.values) for header in messages)


def body_bytes(body: Any) -> bytes:
    """An HTTP body given as str (sent as UTF-8), bytes or None (empty)."""
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    raise TypeError(f"an HTTP body is str or bytes, not {type(body).__name__}")


def read_request_head(frames: Iterator[hooks_pb2.ServeHTTPRequest]) -> Dict[str, Any]:
    """Read the stream's first frame, the head, as keyword arguments of a request object.

    The arguments are those :class:`HTTPRequest` and :class:`StreamingHTTPRequest` share
    (everything but the body).
    """
    first = next(frames, None)
    if first is None or first.WhichOneof("frame") != "head":
        raise ValueError("the request stream must start with the request head")
    return request_head_arguments(first.head)


def request_head_arguments(head: hooks_pb2.HTTPRequestHead) -> Dict[str, Any]:
    """A request head as keyword arguments of a request object (all but the body)."""
    return {
        "method": head.method,
        "path": head.path,
        "query": head.query,
        "url": head.url,
        "headers": headers_from_messages(head.headers),
        "remote_addr": head.remote_addr,
        "context": Context(head.context),
    }


class RequestBody:
    """The request body as it arrives: an iterator of the chunks up to ``body_end``.

    Each chunk is received from ``frames`` (the gRPC request iterator) only when asked for, so
    the server cannot send more than gRPC's flow-control window ahead of the reader.

    The server always ends a body with ``body_end``, so a stream that ends without it was cut
    short: when the client goes away, gRPC may report the cancelled stream as ended before it
    reports the cancellation. ``on_cut_short`` is called when a stream turns out cut short,
    before ConnectionAbortedError is raised; without it (the simple handler form, which has
    always accepted a stream without ``body_end``) such a stream just ends the body.

    Raises:
        ConnectionAbortedError: the stream was cut short (the client went away); raised again
            on every later call.
        ValueError: a frame other than a body chunk or ``body_end`` came after the head.
    """

    def __init__(
        self,
        frames: Iterator[hooks_pb2.ServeHTTPRequest],
        on_cut_short: Optional[Callable[[], None]] = None,
    ) -> None:
        self._frames = frames
        self._on_cut_short = on_cut_short
        self._ended = False

    def __iter__(self) -> RequestBody:
        return self

    def __next__(self) -> bytes:
        while not self._ended:
            try:
                frame = next(self._frames, None)
            except grpc.RpcError as error:  # grpc's request iterator, once the call is cancelled
                raise self._cut_short() from error
            if frame is None:  # the stream ended
                if self._on_cut_short is not None:
                    raise self._cut_short()
                self._ended = True
                continue
            kind = frame.WhichOneof("frame")
            if kind == "body_end":
                self._ended = True
            elif kind != "body_chunk":
                raise ValueError(f"unexpected request frame {kind!r} after the head")
            elif frame.body_chunk:
                return frame.body_chunk
        raise StopIteration

    def _cut_short(self) -> ConnectionAbortedError:
        if self._on_cut_short is not None:
            self._on_cut_short()
        return ConnectionAbortedError("the client went away before the request body was complete")


def response_head_frame(
    status_code: int, headers: Mapping[str, Any]
) -> hooks_pb2.ServeHTTPResponse:
    """The response head frame."""
    head = hooks_pb2.HTTPResponseHead(status_code=status_code, headers=header_messages(headers))
    return hooks_pb2.ServeHTTPResponse(head=head)


def body_chunk_frames(body: bytes) -> Iterator[hooks_pb2.ServeHTTPResponse]:
    """``body`` as response frames of at most 64 KiB each (none for an empty body)."""
    for start in range(0, len(body), HTTP_CHUNK_BYTES):
        yield hooks_pb2.ServeHTTPResponse(body_chunk=body[start : start + HTTP_CHUNK_BYTES])


def http_response_frames(response: Any) -> List[hooks_pb2.ServeHTTPResponse]:
    """The frames for a simple handler's answer: the head, then the body in chunks."""
    head, body = http_response_parts(response)
    return [hooks_pb2.ServeHTTPResponse(head=head), *body_chunk_frames(body)]


def http_response_parts(response: Any) -> Tuple[hooks_pb2.HTTPResponseHead, bytes]:
    """A simple handler's answer as the response head and the body.

    ``response`` is a dict with ``status_code`` (default 200), optional ``headers`` and
    ``body`` (str or bytes); None is an empty 200 response.
    """
    if response is None:
        response = {}
    if not isinstance(response, Mapping):
        raise TypeError(
            "an HTTP handler returns a dict such as {'status_code': 200, 'body': '...'}, "
            f"not {type(response).__name__}"
        )
    unknown = set(response) - _RESPONSE_KEYS
    if unknown:
        raise TypeError(
            f"unknown HTTP response keys {sorted(unknown)}; use {sorted(_RESPONSE_KEYS)}"
        )
    body = body_bytes(response.get("body"))
    head = hooks_pb2.HTTPResponseHead(
        status_code=response.get("status_code", 200),
        headers=header_messages(response.get("headers") or {}),
    )
    return head, body
