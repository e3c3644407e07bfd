"""Benchmark plugin: Plugin API call latency, measured inside a real plugin process.

The Plugin API only answers plugin processes (each is started with its own secret), so the
measuring loops run here, in a ServeHTTP handler, and the benchmark reads their result over
HTTP. Nothing else runs on the server meanwhile.

GET /user-response?user_id=U   the serialized GetUserResponse plughost sends (base64), so the
                               Go reference server can answer with the same bytes
GET /measure?kind=K&user_id=U&n=N&warmup=W[&target=T&secret=S][&max_s=X]
    kind=sync   self.api.get_user(U): the SDK's blocking client, as every plugin uses it
    kind=async  AsyncPluginAPIClient().get_user(U) on a fresh asyncio loop
    kind=go     PluginAPIClient(target=T, secret=S).get_user(U): the same client class, against
                the Go reference server at T
    kind=floor  a raw Unix socket round trip to the echo server at T (a path), with as many
                bytes as the gRPC response frame of get_user (5-byte prefix + message)
    answers {"p50_us", "p99_us", "mean_us", "min_us", "n", "payload_bytes"}
"""
import asyncio
import base64
import json
import os
import socket
import time
from urllib.parse import parse_qs

import grpc
from mattermost_plugin import HookName, Plugin, hook
from mattermost_plugin.client import AsyncPluginAPIClient, PluginAPIClient
from mattermost_plugin._internal.gen.plughost.v1 import api_pb2_grpc, api_users_pb2

# Every loop stops at its count or at this many seconds, whichever comes first.
DEFAULT_MAX_SECONDS = 30.0


def summary(samples_ns, payload_bytes=0):
    ordered = sorted(samples_ns)
    n = len(ordered)
    pick = lambda q: ordered[min(n - 1, int(q * n))] / 1000.0  # noqa: E731
    return {
        "p50_us": pick(0.50),
        "p99_us": pick(0.99),
        "mean_us": sum(ordered) / n / 1000.0,
        "min_us": ordered[0] / 1000.0,
        "n": n,
        "payload_bytes": payload_bytes,
    }


def timed_loop(call, n, warmup, max_s):
    samples = []
    deadline = time.monotonic() + max_s
    clock = time.perf_counter_ns
    for i in range(warmup + n):
        start = clock()
        call()
        elapsed = clock() - start
        if i >= warmup:
            samples.append(elapsed)
        if time.monotonic() > deadline:
            break
    return samples


async def async_timed_loop(user_id, n, warmup, max_s):
    samples = []
    deadline = time.monotonic() + max_s
    clock = time.perf_counter_ns
    async with AsyncPluginAPIClient() as client:  # target and secret from the environment
        for i in range(warmup + n):
            start = clock()
            await client.get_user(user_id)
            elapsed = clock() - start
            if i >= warmup:
                samples.append(elapsed)
            if time.monotonic() > deadline:
                break
    return samples


class ApiBench(Plugin):
    def raw_get_user(self, user_id):
        """The GetUserResponse exactly as plughost sends it (its unary RPC, as any gRPC client calls it)."""
        with grpc.insecure_channel(os.environ["MATTERMOST_API_TARGET"]) as channel:
            stub = api_pb2_grpc.PluginAPIStub(channel)
            secret = (("mm-plugin-secret", os.environ["MATTERMOST_PLUGIN_SECRET"]),)
            return stub.GetUser(api_users_pb2.GetUserRequest(user_id=user_id), metadata=secret)

    def response_frame_bytes(self, user_id):
        return 5 + len(self.raw_get_user(user_id).SerializeToString())

    def floor(self, path, size, n, warmup, max_s):
        payload = b"x" * size
        buffer = bytearray(65536)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.connect(path)

            def round_trip():
                sock.sendall(payload)
                got = 0
                while got < size:
                    read = sock.recv_into(buffer)
                    if not read:
                        raise ConnectionError("echo server closed the connection")
                    got += read

            return timed_loop(round_trip, n, warmup, max_s)

    @hook(HookName.ServeHTTP)
    def serve_http(self, context, request):
        q = {k: v[0] for k, v in parse_qs(request.query).items()}
        user_id = q.get("user_id", "")
        if request.path == "/user-response":
            raw = self.raw_get_user(user_id).SerializeToString()
            return {"status_code": 200, "headers": {"Content-Type": "application/json"},
                    "body": json.dumps({"response_b64": base64.b64encode(raw).decode()})}
        if request.path != "/measure":
            return {"status_code": 404, "body": "no such route"}
        kind = q.get("kind")
        n = int(q.get("n", "1000"))
        warmup = int(q.get("warmup", "200"))
        max_s = float(q.get("max_s", DEFAULT_MAX_SECONDS))
        size = self.response_frame_bytes(user_id)
        if kind == "sync":
            samples = timed_loop(lambda: self.api.get_user(user_id), n, warmup, max_s)
        elif kind == "async":
            samples = asyncio.run(async_timed_loop(user_id, n, warmup, max_s))
        elif kind == "go":
            with PluginAPIClient(target=q["target"], secret=q.get("secret", "")) as client:
                samples = timed_loop(lambda: client.get_user(user_id), n, warmup, max_s)
        elif kind == "floor":
            samples = self.floor(q["target"], size, n, warmup, max_s)
        else:
            return {"status_code": 400, "body": f"unknown kind {kind!r}"}
        return {"status_code": 200, "headers": {"Content-Type": "application/json"},
                "body": json.dumps(summary(samples, size))}


if __name__ == "__main__":
    from mattermost_plugin.server import run_plugin

    run_plugin(ApiBench)
