"""The streaming HTTP handler form: request body reading, response framing, and the servicer."""

import asyncio
import functools
import threading
import time
from unittest.mock import MagicMock

import grpc
import pytest

from mattermost_plugin import (
    Context,
    Headers,
    HookName,
    HTTPResponseWriter,
    Plugin,
    StreamingHTTPRequest,
    hook,
)
from mattermost_plugin._internal.gen.plughost.v1 import hooks_pb2, models_pb2
from mattermost_plugin._internal.http_stream import (
    RESPONSE_QUEUE_FRAMES,
    ResponseStream,
    takes_response_writer,
)
from mattermost_plugin._internal.http_wire import RequestBody
from mattermost_plugin._internal.rpc_errors import app_error_from_metadata

KIB = 1024
TIMEOUT = 10  # seconds; a test that would hang fails instead


def chunk(data):
    return hooks_pb2.ServeHTTPRequest(body_chunk=data)


END = hooks_pb2.ServeHTTPRequest(body_end=True)


class CountingFrames:
    """A fake gRPC request iterator that counts the frames taken from it."""

    def __init__(self, frames):
        self._frames = iter(frames)
        self.taken = 0

    def __iter__(self):
        return self

    def __next__(self):
        frame = next(self._frames)
        self.taken += 1
        return frame


class CancelledFrames:
    """A fake gRPC request iterator of a cancelled call: it raises RpcError every time."""

    def __iter__(self):
        return self

    def __next__(self):
        raise grpc.RpcError()


def streaming_request(*chunks):
    return StreamingHTTPRequest("POST", "/p", "", "/p", Headers(), "", body_chunks=chunks)


def drained(stream):
    """Finish ``stream`` and return (kind, value) for each frame it would send."""
    stream.finish()
    return [(frame.WhichOneof("frame"), _frame_value(frame)) for frame in stream.frames()]


def _frame_value(frame):
    if frame.HasField("head"):
        headers = {header.name: list(header.values) for header in frame.head.headers}
        return frame.head.status_code, headers
    return frame.body_chunk if frame.WhichOneof("frame") == "body_chunk" else None


# --- which handlers stream ---------------------------------------------------------------------


class Handlers:
    def simple(self, context, request):
        pass

    def streaming(self, context, request, response):
        pass

    def streaming_with_default(self, context, request, response=None):
        pass

    def variadic(self, *args):
        pass


def test_a_third_named_parameter_makes_a_handler_streaming():
    handlers = Handlers()
    assert not takes_response_writer(handlers.simple)
    assert takes_response_writer(handlers.streaming)
    assert takes_response_writer(handlers.streaming_with_default)
    assert not takes_response_writer(handlers.variadic)
    assert not takes_response_writer(MagicMock())
    assert takes_response_writer(lambda context, request, response: None)

    @functools.wraps(handlers.streaming)
    def decorated(*args):
        return handlers.streaming(*args)

    assert takes_response_writer(decorated)
    assert not takes_response_writer(print)  # no signature to read: the simple form


# --- the request body --------------------------------------------------------------------------


def test_request_body_stops_at_body_end_without_reading_further():
    frames = CountingFrames([chunk(b"ab"), chunk(b""), chunk(b"c"), END, chunk(b"never")])
    assert list(RequestBody(frames)) == [b"ab", b"c"]
    assert frames.taken == 4


def test_request_body_rejects_an_unexpected_frame():
    head = hooks_pb2.ServeHTTPRequest(head=hooks_pb2.HTTPRequestHead())
    body = RequestBody(iter([chunk(b"a"), head]))
    assert next(body) == b"a"
    with pytest.raises(ValueError, match="unexpected request frame 'head'"):
        next(body)


def test_a_stream_without_body_end_ends_the_body_in_the_simple_form():
    assert list(RequestBody(iter([chunk(b"a")]))) == [b"a"]


def test_a_stream_without_body_end_was_cut_short_in_the_streaming_form():
    cut_short = MagicMock()
    body = RequestBody(iter([chunk(b"a")]), cut_short)
    assert next(body) == b"a"
    for _ in range(2):
        with pytest.raises(ConnectionAbortedError):
            next(body)
    assert cut_short.call_count == 2


def test_a_cancelled_call_aborts_the_body_on_every_read():
    request = StreamingHTTPRequest(
        "POST", "/p", "", "/p", Headers(), "", body_chunks=RequestBody(CancelledFrames())
    )
    for _ in range(2):
        with pytest.raises(ConnectionAbortedError, match="client went away"):
            request.read(10)


def test_read_takes_frames_only_as_needed():
    frames = CountingFrames([chunk(b"hello"), chunk(b"world"), END])
    request = StreamingHTTPRequest(
        "POST", "/p", "", "/p", Headers(), "", body_chunks=RequestBody(frames)
    )
    assert frames.taken == 0
    assert request.read(0) == b""
    assert frames.taken == 0
    assert request.read(3) == b"hel"
    assert frames.taken == 1
    assert request.read(10) == b"lo"  # what has arrived, not a wait for 10 bytes
    assert frames.taken == 1
    assert request.read() == b"world"
    assert request.read(1) == b""


def test_iter_body_splits_chunks():
    request = streaming_request(b"abcde", b"fg")
    assert list(request.iter_body(2)) == [b"ab", b"cd", b"e", b"fg"]


def test_body_reads_everything_once():
    request = streaming_request(b"ab", b"cd")
    assert request.body == b"abcd"
    assert request.body == b"abcd"
    assert request.read() == b""


def test_body_after_a_partial_read_is_an_error():
    request = streaming_request(b"ab", b"cd")
    request.read(1)
    with pytest.raises(RuntimeError, match="already read"):
        request.body


def test_request_attributes():
    context = Context(session_id="s")
    request = StreamingHTTPRequest(
        "GET", "/x", "a=1", "/x?a=1", Headers([("A", ["1"])]), "1.2.3.4", context
    )
    assert (request.method, request.path, request.query, request.url) == (
        "GET",
        "/x",
        "a=1",
        "/x?a=1",
    )
    assert (request.headers["a"], request.remote_addr, request.context) == ("1", "1.2.3.4", context)
    assert request.body == b""
    assert streaming_request().context == Context()


def test_async_reads():
    async def read_all(request):
        first = await request.aread(3)
        rest = [chunk async for chunk in request.aiter_body(2)]
        return first, rest

    assert asyncio.run(read_all(streaming_request(b"abcdef", b"g"))) == (
        b"abc",
        [b"de", b"f", b"g"],
    )


# --- the response ------------------------------------------------------------------------------


def test_the_head_goes_with_the_first_write():
    stream = ResponseStream()
    response = HTTPResponseWriter(stream)
    response.status_code = 201
    response.headers["X-A"] = "1"
    response.headers["Set-Cookie"] = ["a=1", "b=2"]
    assert not response.head_sent
    response.write("héllo")
    response.write(b"!")
    response.headers["X-Late"] = "ignored"
    assert response.head_sent
    assert drained(stream) == [
        ("head", (201, {"X-A": ["1"], "Set-Cookie": ["a=1", "b=2"]})),
        ("body_chunk", "héllo".encode()),
        ("body_chunk", b"!"),
    ]


def test_write_head_and_flush():
    stream = ResponseStream()
    response = HTTPResponseWriter(stream)
    response.headers["X-A"] = "1"
    response.write_head(204, {"X-B": "2"})
    with pytest.raises(RuntimeError, match="already sent"):
        response.write_head()
    response.flush()
    response.write(b"")
    assert drained(stream) == [("head", (204, {"X-A": ["1"], "X-B": ["2"]})), ("flush", None)]


def test_flush_sends_the_head_first():
    stream = ResponseStream()
    HTTPResponseWriter(stream).flush()
    assert drained(stream) == [("head", (200, {})), ("flush", None)]


def test_large_writes_are_split_into_64_kib_chunks():
    stream = ResponseStream(capacity=100)
    HTTPResponseWriter(stream).write(b"x" * (200 * KIB))
    sizes = [len(value) for kind, value in drained(stream) if kind == "body_chunk"]
    assert sizes == [64 * KIB, 64 * KIB, 64 * KIB, 8 * KIB]


def test_a_bad_write_sends_nothing():
    stream = ResponseStream()
    response = HTTPResponseWriter(stream)
    with pytest.raises(TypeError, match="str or bytes"):
        response.write(42)
    assert not response.head_sent
    assert drained(stream) == []


def test_writing_after_the_handler_returned_is_an_error():
    stream = ResponseStream()
    response = HTTPResponseWriter(stream)
    stream.finish()
    with pytest.raises(RuntimeError, match="already returned"):
        response.write(b"late")


def test_write_blocks_while_the_queue_is_full():
    stream = ResponseStream()
    response = HTTPResponseWriter(stream)
    response.write_head()
    written = threading.Event()

    def write_past_the_capacity():
        response.write(b"x" * (RESPONSE_QUEUE_FRAMES * 64 * KIB))
        written.set()

    threading.Thread(target=write_past_the_capacity, daemon=True).start()
    assert not written.wait(0.2)  # head + 15 chunks queued; the 16th waits for room
    frames = stream.frames()
    assert next(frames).HasField("head")
    assert written.wait(TIMEOUT)
    stream.finish()
    assert len(list(frames)) == RESPONSE_QUEUE_FRAMES


def test_cancelling_wakes_a_blocked_write_and_ends_the_frames():
    stream = ResponseStream(capacity=1)
    response = HTTPResponseWriter(stream)
    response.write_head()
    errors = []

    def write():
        try:
            response.write(b"blocked")
        except ConnectionAbortedError as error:
            errors.append(error)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    writer.join(0.1)
    assert writer.is_alive()
    stream.cancel()
    writer.join(TIMEOUT)
    assert len(errors) == 1
    assert stream.cancelled
    assert list(stream.frames()) == []  # the queued head is dropped
    with pytest.raises(ConnectionAbortedError):
        response.flush()


def test_cancel_after_finish_changes_nothing():
    stream = ResponseStream()
    stream.send((200, {}), b"done")
    stream.finish()
    stream.cancel()
    assert not stream.cancelled
    assert len(list(stream.frames())) == 2


def test_async_writes():
    stream = ResponseStream()
    response = HTTPResponseWriter(stream)

    async def handler():
        await response.awrite("a")
        await response.aflush()

    asyncio.run(handler())
    assert drained(stream) == [("head", (200, {})), ("body_chunk", b"a"), ("flush", None)]


# --- the servicer ------------------------------------------------------------------------------


class StreamingPlugin(Plugin):
    def __init__(self):
        super().__init__()
        self.handler_ended = threading.Event()
        self.ended_with = None

    @hook(HookName.ServeHTTP)
    def serve_http(self, context, request, response):
        try:
            route = getattr(self, request.path.strip("/").replace("-", "_"))
            return route(context, request, response)
        except BaseException as error:
            self.ended_with = type(error)
            raise
        finally:
            self.handler_ended.set()

    def echo(self, context, request, response):
        response.headers["X-Session"] = context.session_id
        response.headers["X-Query"] = request.query
        for data in request.iter_body():
            response.write(data)

    def returns_a_dict(self, context, request, response):
        return {"body": "ignored"}

    def nothing(self, context, request, response):
        pass

    def fails_early(self, context, request, response):
        response.status_code = 418
        raise KeyError("early")

    def fails_late(self, context, request, response):
        response.write("partial")
        raise KeyError("late")

    def writes_forever(self, context, request, response):
        while True:
            response.write(b"x" * (64 * KIB))

    @hook(HookName.ServeMetrics)
    async def metrics(self, context, request, response):
        response.headers["X-Empty-Context"] = str(context == Context())
        async for data in request.aiter_body():
            await response.awrite(data.upper())
        await response.aflush()


@pytest.fixture
def served(serve_hooks):
    return serve_hooks(StreamingPlugin())


def http_request(path, *chunks, end=True):
    head = hooks_pb2.HTTPRequestHead(
        method="POST", path=path, query="q=1", context=models_pb2.Context(session_id="sess")
    )
    frames = [hooks_pb2.ServeHTTPRequest(head=head), *map(chunk, chunks)]
    return iter(frames + [END] if end else frames)


def wait_for(condition):
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def summary(frames):
    return [(frame.WhichOneof("frame"), _frame_value(frame)) for frame in frames]


def test_streaming_echo(served):
    plugin, stub = served
    frames = list(stub.ServeHTTP(http_request("/echo", b"a" * 70000, b"b"), timeout=TIMEOUT))
    assert summary(frames) == [
        ("head", (200, {"X-Session": ["sess"], "X-Query": ["q=1"]})),
        ("body_chunk", b"a" * 65536),  # iter_body()'s default chunk size
        ("body_chunk", b"a" * (70000 - 65536)),
        ("body_chunk", b"b"),
    ]
    assert plugin.ended_with is None


def test_the_head_is_sent_when_the_handler_returns(served):
    _, stub = served
    assert summary(stub.ServeHTTP(http_request("/nothing"), timeout=TIMEOUT)) == [
        ("head", (200, {}))
    ]


def test_a_returned_value_is_ignored_with_a_warning(served):
    plugin, stub = served
    frames = list(stub.ServeHTTP(http_request("/returns-a-dict"), timeout=TIMEOUT))
    assert summary(frames) == [("head", (200, {}))]
    plugin.logger.warning.assert_called_once()
    assert "ignored" in plugin.logger.warning.call_args.args[0]


def test_failing_before_the_head_answers_500(served):
    plugin, stub = served
    frames = list(stub.ServeHTTP(http_request("/fails-early"), timeout=TIMEOUT))
    assert summary(frames) == [
        ("head", (500, {"Content-Type": ["text/plain; charset=utf-8"]})),
        ("body_chunk", b"500 Internal Server Error: ServeHTTP failed\n"),
    ]
    plugin.logger.error.assert_called_once()
    assert isinstance(plugin.logger.error.call_args.kwargs["exc_info"], KeyError)


def test_failing_after_the_head_ends_the_call_with_internal(served):
    plugin, stub = served
    received = []
    with pytest.raises(grpc.RpcError) as caught:
        for frame in stub.ServeHTTP(http_request("/fails-late"), timeout=TIMEOUT):
            received.append(frame)
    assert summary(received) == [("head", (200, {})), ("body_chunk", b"partial")]
    assert caught.value.code() == grpc.StatusCode.INTERNAL
    app_error = app_error_from_metadata(caught.value.trailing_metadata())
    assert (app_error.id, app_error.message) == ("plugin.serve_http.error", "'late'")
    plugin.logger.error.assert_called_once()


def test_a_client_going_away_ends_the_handler(served):
    plugin, stub = served
    responses = stub.ServeHTTP(http_request("/writes-forever"), timeout=TIMEOUT)
    assert next(responses).HasField("head")
    responses.cancel()
    assert plugin.handler_ended.wait(TIMEOUT)
    assert plugin.ended_with is ConnectionAbortedError
    wait_for(lambda: plugin.logger.info.called)  # logged once the handler has returned
    assert "went away" in plugin.logger.info.call_args.args[0]
    plugin.logger.error.assert_not_called()


def test_a_request_cut_short_ends_the_handler(served):
    plugin, stub = served
    frames = list(stub.ServeHTTP(http_request("/echo", b"abc", end=False), timeout=TIMEOUT))
    assert plugin.handler_ended.wait(TIMEOUT)
    assert plugin.ended_with is ConnectionAbortedError
    wait_for(lambda: plugin.logger.info.called)
    # What the handler wrote may or may not have gone out before the cut; the rest is dropped.
    written = [("head", (200, {"X-Session": ["sess"], "X-Query": ["q=1"]})), ("body_chunk", b"abc")]
    assert summary(frames) == written[: len(frames)]
    plugin.logger.error.assert_not_called()


def test_async_streaming_metrics(served):
    _, stub = served
    head = hooks_pb2.HTTPRequestHead(method="GET", path="/metrics")
    frames = stub.ServeMetrics(
        iter([hooks_pb2.ServeHTTPRequest(head=head), chunk(b"up 1"), END]), timeout=TIMEOUT
    )
    assert summary(frames) == [
        ("head", (200, {"X-Empty-Context": ["True"]})),
        ("body_chunk", b"UP 1"),
        ("flush", None),
    ]


def test_a_handler_replaced_by_a_simple_one_is_called_the_simple_way(served):
    plugin, stub = served
    plugin.serve_http = lambda context, request: {"body": request.body + b"!"}
    frames = list(stub.ServeHTTP(http_request("/any", b"ab"), timeout=TIMEOUT))
    assert summary(frames) == [("head", (200, {})), ("body_chunk", b"ab!")]
