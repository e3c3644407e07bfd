"""run_plugin as a real subprocess: handshake, health, hooks over the socket, and exit."""

import json
import os
import signal
import time
from pathlib import Path

import grpc

from mattermost_plugin import CommandResponse, Post
from mattermost_plugin._internal.gen.grpc.health.v1 import health_pb2, health_pb2_grpc
from mattermost_plugin._internal.gen.plughost.v1 import hooks_pb2, hooks_pb2_grpc, models_pb2
from plugin_process import finish, read_handshake, start_plugin

SAMPLE_PLUGIN_DIR = Path(__file__).parent / "sample_plugin"


def test_plugin_process_serves_hooks_and_exits_on_stdin_eof():
    process = start_plugin(SAMPLE_PLUGIN_DIR, PLUGHOST_EXIT_ON_STDIN_EOF="1")
    handshake = read_handshake(process)

    assert handshake.endswith("\n")
    core, app, network, address, protocol = handshake.rstrip("\n").split("|")
    assert (core, app, network, protocol) == ("1", "1", "unix", "grpc")
    assert os.path.isabs(address) and os.path.exists(address)

    with grpc.insecure_channel(f"unix:{address}") as channel:
        health = health_pb2_grpc.HealthStub(channel)
        for service in ("plugin", ""):
            status = health.Check(health_pb2.HealthCheckRequest(service=service)).status
            assert status == health_pb2.HealthCheckResponse.SERVING

        hooks = hooks_pb2_grpc.PluginHooksStub(channel)
        implemented = hooks.Implemented(hooks_pb2.ImplementedRequest()).hooks
        assert list(implemented) == [
            "OnActivate",
            "MessageWillBePosted",
            "ExecuteCommand",
            "ServeHTTP",
        ]

        hooks.OnActivate(hooks_pb2.OnActivateRequest())

        context = models_pb2.Context(session_id="sess-1")
        rejected = hooks.MessageWillBePosted(
            hooks_pb2.MessageWillBePostedRequest(
                context=context, post=models_pb2.Post(message="Buy SPAM now")
            )
        )
        assert rejected.rejection_reason == "Message rejected: spam detected"
        assert not rejected.HasField("post")

        modified = hooks.MessageWillBePosted(
            hooks_pb2.MessageWillBePostedRequest(
                context=context,
                post=models_pb2.Post(id="p1", message="!shout hello", props_json='{"count": 41}'),
            )
        )
        assert modified.rejection_reason == ""
        assert Post(modified.post) == Post(
            id="p1", message="HELLO", props={"count": 42, "shouted_by": "sess-1"}
        )

        allowed = hooks.MessageWillBePosted(
            hooks_pb2.MessageWillBePostedRequest(post=models_pb2.Post(message="hello"))
        )
        assert allowed.rejection_reason == "" and not allowed.HasField("post")

        command = hooks.ExecuteCommand(
            hooks_pb2.ExecuteCommandRequest(
                context=context, args=models_pb2.CommandArgs(command="/hello world")
            )
        )
        assert CommandResponse(command.response) == CommandResponse(
            response_type="ephemeral", text="you said /hello world", props={"n": 1}
        )

        head = hooks_pb2.HTTPRequestHead(
            method="POST", path="/echo", url="/plugins/sample/echo", context=context
        )
        frames = list(
            hooks.ServeHTTP(
                iter(
                    [
                        hooks_pb2.ServeHTTPRequest(head=head),
                        hooks_pb2.ServeHTTPRequest(body_chunk=b"ab"),
                        hooks_pb2.ServeHTTPRequest(body_chunk=b"c"),
                        hooks_pb2.ServeHTTPRequest(body_end=True),
                    ]
                )
            )
        )
        assert frames[0].head.status_code == 201
        headers = {header.name: list(header.values) for header in frames[0].head.headers}
        assert headers == {"Content-Type": ["application/octet-stream"], "X-Method": ["POST"]}
        assert b"".join(frame.body_chunk for frame in frames[1:]) == b"abcabcabc"

    started = time.monotonic()
    process.stdin.close()
    stderr_lines = finish(process, timeout=5)
    assert process.returncode == 0
    assert time.monotonic() - started < 5
    assert not os.path.exists(os.path.dirname(address))  # the socket dir is removed

    records = [json.loads(line) for line in stderr_lines if line.startswith("{")]
    assert {
        "level": "info",
        "msg": "activated",
        "logger": "SamplePlugin",
        "plugin_state": "on",
    } in records
    assert any("must not reach stdout" in line for line in stderr_lines)


def test_plugin_run_by_hand_ignores_stdin_and_stops_on_sigterm():
    process = start_plugin(SAMPLE_PLUGIN_DIR)
    network = read_handshake(process).split("|")[2]
    assert network == "unix"

    process.stdin.close()  # without PLUGHOST_EXIT_ON_STDIN_EOF=1 this is not a stop request
    time.sleep(0.3)
    assert process.poll() is None

    process.send_signal(signal.SIGTERM)
    finish(process, timeout=5)
    assert process.returncode == 0
