"""The streaming handler form of ServeHTTP/ServeMetrics: which handlers use it, and the queue
that carries their response from the handler's thread to gRPC's.

The handler runs on a thread of its own. It reads the request body straight from gRPC's
request iterator (one frame at a time, when it asks), and its writes go into a
:class:`ResponseStream` of at most :data:`RESPONSE_QUEUE_FRAMES` frames, which gRPC's thread
drains as fast as the server accepts them. A slow client therefore blocks ``write()`` and a
slow handler pauses the upload: memory stays bounded both ways.
"""

from __future__ import annotations

import inspect
import threading
from collections import deque
from enum import Enum
from typing import Any, Callable, Deque, Iterator, Mapping, Optional, Tuple

from .gen.plughost.v1 import hooks_pb2
from .http_wire import FLUSH_FRAME, body_bytes, body_chunk_frames, response_head_frame

#: Response frames (each at most 64 KiB of body) that may wait for gRPC to send them.
RESPONSE_QUEUE_FRAMES = 16


def takes_response_writer(handler: Callable[..., Any]) -> bool:
    """Whether an HTTP handler has the streaming form ``(context, request, response)``.

    That is, whether it accepts a third positional argument by name; ``*args`` alone does not
    count, so wrappers such as mocks keep the simple form.
    """
    try:
        parameters = inspect.signature(handler).parameters.values()
    except (TypeError, ValueError):  # no signature to inspect (some callables written in C)
        return False
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return sum(parameter.kind in positional for parameter in parameters) >= 3


class _State(Enum):
    OPEN = "open"
    FINISHED = "finished"  # the handler is done; what is queued is still sent
    CANCELLED = "cancelled"  # the call ended early (the client went away); nothing more is sent


class ResponseStream:
    """The frames of one response, from the handler's thread (:meth:`send`) to gRPC's
    (:meth:`frames`), with at most ``capacity`` waiting in between.
    """

    def __init__(self, capacity: int = RESPONSE_QUEUE_FRAMES) -> None:
        self._capacity = capacity
        self._queue: Deque[hooks_pb2.ServeHTTPResponse] = deque()
        self._condition = threading.Condition()
        self._state = _State.OPEN
        self.failure: Optional[str] = None
        """Set by :meth:`finish`: why the handler failed after the head was sent."""

    @property
    def cancelled(self) -> bool:
        """Whether the call was cancelled before the handler finished."""
        return self._state is _State.CANCELLED

    def send(
        self,
        head: Optional[Tuple[int, Mapping[str, Any]]] = None,
        body: Any = None,
        flush: bool = False,
    ) -> None:
        """Queue the head ``(status_code, headers)`` if given, then ``body`` (str or bytes) in
        chunks, then a flush if asked; block while the queue is full.

        Everything is converted before anything is queued, so a bad argument sends nothing.

        Raises:
            ConnectionAbortedError: the call was cancelled (the client went away).
            RuntimeError: the response is already finished (the handler returned).
            TypeError: ``body`` is neither str nor bytes, or the head is malformed.
        """
        head_frames = [] if head is None else [response_head_frame(*head)]
        data = body_bytes(body)
        for frame in head_frames:
            self._put(frame)
        for frame in body_chunk_frames(data):
            self._put(frame)
        if flush:
            self._put(FLUSH_FRAME)

    def _put(self, frame: hooks_pb2.ServeHTTPResponse) -> None:
        with self._condition:
            while self._state is _State.OPEN and len(self._queue) >= self._capacity:
                self._condition.wait()
            if self._state is _State.CANCELLED:
                raise ConnectionAbortedError("the client went away: the response was cancelled")
            if self._state is _State.FINISHED:
                raise RuntimeError("the response is complete: the handler has already returned")
            self._queue.append(frame)
            self._condition.notify_all()

    def finish(self, failure: Optional[str] = None) -> None:
        """The handler is done: :meth:`frames` ends once the queue is empty.

        ``failure``: the message of the handler's error, if it failed after sending the head;
        the caller of :meth:`frames` then ends the call with an error status.
        """
        with self._condition:
            if self._state is _State.OPEN:
                self._state = _State.FINISHED
                self.failure = failure
                self._condition.notify_all()

    def cancel(self) -> None:
        """The client went away (the call ended or its request was cut short): if the handler
        is not done, drop the queue and make every blocked or later :meth:`send` raise
        ConnectionAbortedError.
        """
        with self._condition:
            if self._state is _State.OPEN:
                self._state = _State.CANCELLED
                self._queue.clear()
                self._condition.notify_all()

    def frames(self) -> Iterator[hooks_pb2.ServeHTTPResponse]:
        """The frames as they are queued, until the handler finishes or the call is cancelled."""
        while True:
            with self._condition:
                while self._state is _State.OPEN and not self._queue:
                    self._condition.wait()
                if self._state is _State.CANCELLED or not self._queue:
                    return
                frame = self._queue.popleft()
                self._condition.notify_all()
            yield frame
