"""A plugin with streaming HTTP handlers, run as a subprocess by test_http_streaming_process.py."""

import json
import threading
import zlib
from urllib.parse import parse_qs

from mattermost_plugin import HookName, Plugin, hook

MIB = 1024 * 1024


class StreamingPlugin(Plugin):
    def __init__(self) -> None:
        super().__init__()
        self.outcomes = {}  # request path -> how its handler ended
        self.outcome_changed = threading.Condition()

    @hook(HookName.ServeHTTP)
    def serve_http(self, context, request, response):
        route = getattr(self, "route_" + request.path.strip("/").replace("-", "_"))
        try:
            route(request, response)
            outcome = "returned"
        except BaseException as error:
            outcome = type(error).__name__
            raise
        finally:
            with self.outcome_changed:
                self.outcomes[request.path] = outcome
                self.outcome_changed.notify_all()

    def route_echo(self, request, response):
        response.headers["Content-Type"] = request.headers.get("Content-Type", "")
        response.headers["X-Path"] = request.url
        for chunk in request.iter_body():
            response.write(chunk)

    def route_events(self, request, response):
        """Server-Sent Events: the second event waits for the client's reply to the first."""
        response.headers["Content-Type"] = "text/event-stream"
        response.write("data: first\n\n")
        response.flush()
        reply = request.read()  # blocks until the client has seen the first event
        response.write(f"data: {reply.decode()}\n\n")
        response.flush()

    def route_upload(self, request, response):
        size, crc = 0, 0
        for chunk in request.iter_body(MIB):
            size += len(chunk)
            crc = zlib.crc32(chunk, crc)
        response.write(json.dumps({"size": size, "crc32": crc}))

    def route_download(self, request, response):
        size = int(parse_qs(request.query)["size"][0])
        block = bytes(range(256)) * (MIB // 256)
        response.headers["Content-Length"] = str(size)
        for start in range(0, size, MIB):
            response.write(block[: min(MIB, size - start)])

    def route_fail_before_head(self, request, response):
        response.headers["X-Lost"] = "yes"
        raise RuntimeError("broken before the head")

    def route_fail_after_head(self, request, response):
        response.write("partial")
        response.flush()
        raise RuntimeError("broken after the head")

    def route_write_forever(self, request, response):
        while True:
            response.write(b"x" * MIB)

    def route_read_forever(self, request, response):
        response.flush()  # the head, so the client knows the handler runs
        request.read()

    def route_outcome(self, request, response):
        """The outcome of the handler for ?path=..., once it has one (waits up to 10 s)."""
        path = parse_qs(request.query)["path"][0]
        with self.outcome_changed:
            self.outcome_changed.wait_for(lambda: path in self.outcomes, timeout=10)
            response.write(self.outcomes.get(path, "still running"))

    @hook(HookName.ServeMetrics)
    async def metrics(self, context, request, response):
        response.headers["Content-Type"] = "text/plain"
        async for chunk in request.aiter_body(4):
            await response.awrite(chunk.upper())
            await response.aflush()
        await response.awrite(f"# session '{context.session_id}'\n")


if __name__ == "__main__":
    from mattermost_plugin.server import run_plugin

    run_plugin(StreamingPlugin)
