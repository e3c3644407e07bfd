"""Streaming ServeHTTP/ServeMetrics in a real plugin process, driven as the server drives it."""

import json
import os
import threading
import time
import zlib
from pathlib import Path

import grpc
import pytest

from mattermost_plugin._internal.gen.plughost.v1 import hooks_pb2, hooks_pb2_grpc
from mattermost_plugin._internal.rpc_errors import app_error_from_metadata
from plugin_process import read_handshake, start_plugin

STREAMING_PLUGIN_DIR = Path(__file__).parent / "streaming_plugin"
KIB = 1024
MIB = 1024 * KIB
LARGE_BODY = 256 * MIB
RSS_GROWTH_LIMIT = 64 * MIB
CALL_TIMEOUT = 30  # seconds; a test that would hang fails instead


class PluginProcess:
    """The streaming plugin, running; its log records are collected as they come."""

    def __init__(self):
        self.process = start_plugin(STREAMING_PLUGIN_DIR, PLUGHOST_EXIT_ON_STDIN_EOF="1")
        address = read_handshake(self.process).rstrip("\n").split("|")[3]
        self.channel = grpc.insecure_channel(f"unix:{address}")
        self.hooks = hooks_pb2_grpc.PluginHooksStub(self.channel)
        self.records = []
        self._log_reader = threading.Thread(target=self._read_log, daemon=True)
        self._log_reader.start()

    def _read_log(self):
        for line in self.process.stderr:
            if line.startswith(b"{"):
                self.records.append(json.loads(line))

    def log_record(self, predicate, timeout=10):
        """The first log record matching ``predicate`` (waits for it to arrive)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for record in list(self.records):
                if predicate(record):
                    return record
            time.sleep(0.01)
        pytest.fail(f"no matching log record; records: {self.records}")

    def outcome(self, path):
        """How the plugin's handler for ``path`` ended (waits for it to end)."""
        return body(self.hooks.ServeHTTP(request("/outcome", query=f"path={path}"))).decode()

    def stop(self):
        self.channel.close()
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self._log_reader.join(timeout=10)
        self.process.stdout.close()
        self.process.stderr.close()


@pytest.fixture(scope="module")
def plugin():
    plugin = PluginProcess()
    yield plugin
    plugin.stop()
    assert plugin.process.returncode == 0


def request(path, chunks=(), query="", end=True, method="POST"):
    """The frames of a request: the head, the body chunks, then body_end (if ``end``)."""
    head = hooks_pb2.HTTPRequestHead(method=method, path=path, query=query, url=path)
    yield hooks_pb2.ServeHTTPRequest(head=head)
    for chunk in chunks:
        yield hooks_pb2.ServeHTTPRequest(body_chunk=chunk)
    if end:
        yield hooks_pb2.ServeHTTPRequest(body_end=True)


def body(frames):
    return b"".join(frame.body_chunk for frame in frames)


def headers_of(frame):
    return {header.name: list(header.values) for header in frame.head.headers}


def kinds(frames):
    return [frame.WhichOneof("frame") for frame in frames]


def memory_kib(pid, field):
    """``VmRSS`` (resident memory) or ``VmHWM`` (its peak) of process ``pid``, in KiB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


needs_proc = pytest.mark.skipif(
    not os.path.exists("/proc/self/clear_refs"), reason="measures memory through Linux /proc"
)


class MemoryGrowth:
    """The plugin's peak resident memory during a block, above its resident memory before."""

    def __init__(self, pid):
        self.pid = pid

    def __enter__(self):
        with open(f"/proc/{self.pid}/clear_refs", "w") as clear_refs:
            clear_refs.write("5")  # resets VmHWM to the current VmRSS
        self.before = memory_kib(self.pid, "VmRSS")
        return self

    def __exit__(self, *exc_info):
        self.peak = memory_kib(self.pid, "VmHWM")
        self.growth = (self.peak - self.before) * KIB
        print(f"plugin RSS before {self.before} KiB, peak {self.peak} KiB")


def test_streaming_echo_is_byte_for_byte(plugin):
    data = os.urandom(MIB + 12345)
    sizes = [1, 64 * KIB, 7, 64 * KIB - 1, 40000]
    chunks, start = [], 0
    while start < len(data):
        size = sizes[len(chunks) % len(sizes)]
        chunks.append(data[start : start + size])
        start += size

    frames = list(plugin.hooks.ServeHTTP(request("/echo", chunks), timeout=CALL_TIMEOUT))

    assert frames[0].head.status_code == 200
    assert headers_of(frames[0]) == {"Content-Type": [""], "X-Path": ["/echo"]}
    assert kinds(frames[1:]) == ["body_chunk"] * (len(frames) - 1)
    assert all(len(frame.body_chunk) <= 64 * KIB for frame in frames)
    assert body(frames[1:]) == data
    assert plugin.outcome("/echo") == "returned"


def test_server_sent_events_reach_the_client_before_the_handler_finishes(plugin):
    first_event_seen = threading.Event()

    def frames():
        yield from request("/events", end=False)
        # The handler's second event waits for this reply, sent once the first was received.
        first_event_seen.wait(CALL_TIMEOUT)
        yield hooks_pb2.ServeHTTPRequest(body_chunk=b"second")
        yield hooks_pb2.ServeHTTPRequest(body_end=True)

    responses = plugin.hooks.ServeHTTP(frames(), timeout=CALL_TIMEOUT)
    first = [next(responses) for _ in range(3)]
    assert kinds(first) == ["head", "body_chunk", "flush"]
    assert headers_of(first[0]) == {"Content-Type": ["text/event-stream"]}
    assert first[1].body_chunk == b"data: first\n\n"
    first_event_seen.set()

    rest = list(responses)
    assert kinds(rest) == ["body_chunk", "flush"]
    assert rest[0].body_chunk == b"data: second\n\n"
    assert plugin.outcome("/events") == "returned"


@needs_proc
def test_large_upload_passes_in_bounded_memory(plugin):
    block = os.urandom(64 * KIB)
    expected_crc = 0
    for _ in range(LARGE_BODY // len(block)):
        expected_crc = zlib.crc32(block, expected_crc)

    def chunks():  # generated on the fly: the test holds no more than one block either
        for _ in range(LARGE_BODY // len(block)):
            yield block

    with MemoryGrowth(plugin.process.pid) as memory:
        frames = list(plugin.hooks.ServeHTTP(request("/upload", chunks()), timeout=CALL_TIMEOUT))

    assert json.loads(body(frames)) == {"size": LARGE_BODY, "crc32": expected_crc}
    assert memory.growth < RSS_GROWTH_LIMIT


@needs_proc
def test_large_download_passes_in_bounded_memory(plugin):
    block = bytes(range(256)) * (MIB // 256)
    received = 0
    with MemoryGrowth(plugin.process.pid) as memory:
        responses = plugin.hooks.ServeHTTP(
            request("/download", query=f"size={LARGE_BODY}"), timeout=CALL_TIMEOUT
        )
        assert headers_of(next(responses)) == {"Content-Length": [str(LARGE_BODY)]}
        for frame in responses:
            assert len(frame.body_chunk) == 64 * KIB
            offset = received % MIB
            assert frame.body_chunk == block[offset : offset + 64 * KIB]
            received += len(frame.body_chunk)

    assert received == LARGE_BODY
    assert memory.growth < RSS_GROWTH_LIMIT


def test_failure_before_the_head_answers_500(plugin):
    frames = list(plugin.hooks.ServeHTTP(request("/fail-before-head"), timeout=CALL_TIMEOUT))

    assert frames[0].head.status_code == 500
    assert headers_of(frames[0]) == {"Content-Type": ["text/plain; charset=utf-8"]}
    assert body(frames[1:]) == b"500 Internal Server Error: ServeHTTP failed\n"
    assert plugin.outcome("/fail-before-head") == "RuntimeError"
    failure = plugin.log_record(lambda r: "broken before the head" in r["msg"])
    assert failure["level"] == "error" and "RuntimeError" in failure["traceback"]


def test_failure_after_the_head_ends_the_call_with_internal(plugin):
    responses = plugin.hooks.ServeHTTP(request("/fail-after-head"), timeout=CALL_TIMEOUT)
    received = []
    with pytest.raises(grpc.RpcError) as caught:
        for frame in responses:
            received.append(frame)

    assert kinds(received) == ["head", "body_chunk", "flush"]
    assert received[1].body_chunk == b"partial"
    assert caught.value.code() == grpc.StatusCode.INTERNAL
    app_error = app_error_from_metadata(caught.value.trailing_metadata())
    assert (app_error.id, app_error.message) == ("plugin.serve_http.error", "broken after the head")
    failure = plugin.log_record(lambda r: "broken after the head" in r["msg"])
    assert failure["level"] == "error" and "RuntimeError" in failure["traceback"]


@pytest.mark.parametrize("path", ["/write-forever", "/read-forever"])
def test_client_going_away_ends_the_handler(plugin, path):
    stop = threading.Event()

    def frames():  # the body never ends
        yield from request(path, end=False)
        stop.wait(CALL_TIMEOUT)

    responses = plugin.hooks.ServeHTTP(frames(), timeout=CALL_TIMEOUT)
    assert kinds([next(responses)]) == ["head"]
    responses.cancel()
    stop.set()

    assert plugin.outcome(path) == "ConnectionAbortedError"
    went_away = plugin.log_record(lambda r: r["msg"].startswith(f"ServeHTTP {path}:"))
    assert went_away["level"] == "info" and "the client went away" in went_away["msg"]


def test_async_streaming_metrics_handler(plugin):
    frames = list(
        plugin.hooks.ServeMetrics(request("/metrics", [b"abcdefghij"]), timeout=CALL_TIMEOUT)
    )

    assert headers_of(frames[0]) == {"Content-Type": ["text/plain"]}
    assert [(frame.WhichOneof("frame"), frame.body_chunk) for frame in frames[1:]] == [
        ("body_chunk", b"ABCD"),
        ("flush", b""),
        ("body_chunk", b"EFGH"),
        ("flush", b""),
        ("body_chunk", b"IJ"),
        ("flush", b""),
        ("body_chunk", b"# session ''\n"),
    ]
