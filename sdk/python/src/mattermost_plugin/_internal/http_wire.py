"""HTTP over the contract: header lists, bodies, and the ServeHTTP/ServeMetrics stream framing.

Only the simple handler form exists so far: the whole request body is read before the handler
runs, and the handler returns the whole response. A streaming form (body iterator in, response
writer out) would reuse these conversions.
"""

from __future__ import annotations

from typing import Any, Iterable, List, Mapping

from ..http import Headers, HTTPRequest
from ..models import Context
from .gen.plughost.v1 import hooks_pb2, models_pb2
from .wire import HTTP_CHUNK_BYTES

_RESPONSE_KEYS = frozenset({"status_code", "headers", "body"})


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


def read_http_request(frames: Iterable[hooks_pb2.ServeHTTPRequest]) -> HTTPRequest:
    """Read the head and every body chunk up to ``body_end`` (or the end of the stream)."""
    frames = iter(frames)
    first = next(frames, None)
    if first is None or first.WhichOneof("frame") != "head":
        raise ValueError("the request stream must start with the request head")
    head = first.head
    body = bytearray()
    for frame in frames:
        kind = frame.WhichOneof("frame")
        if kind == "body_chunk":
            body += frame.body_chunk
        elif kind == "body_end":
            break
        else:
            raise ValueError(f"unexpected request frame {kind!r} after the head")
    return HTTPRequest(
        method=head.method,
        path=head.path,
        query=head.query,
        url=head.url,
        headers=headers_from_messages(head.headers),
        body=bytes(body),
        remote_addr=head.remote_addr,
        context=Context(head.context),
    )


def http_response_frames(response: Any) -> List[hooks_pb2.ServeHTTPResponse]:
    """The frames for a handler's answer: the head, then the body in chunks of at most 64 KiB.

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
    frames = [hooks_pb2.ServeHTTPResponse(head=head)]
    frames.extend(
        hooks_pb2.ServeHTTPResponse(body_chunk=body[start : start + HTTP_CHUNK_BYTES])
        for start in range(0, len(body), HTTP_CHUNK_BYTES)
    )
    return frames
