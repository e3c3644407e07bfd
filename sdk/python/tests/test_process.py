"""run_plugin as a real subprocess: handshake, health, hooks over the socket, and exit."""

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import grpc
import pytest

import mattermost_plugin
from mattermost_plugin import CommandResponse, Post
from mattermost_plugin._internal.gen.grpc.health.v1 import health_pb2, health_pb2_grpc
from mattermost_plugin._internal.gen.plughost.v1 import hooks_pb2, hooks_pb2_grpc, models_pb2

SAMPLE_PLUGIN_DIR = Path(__file__).parent / "sample_plugin"
# The plugin process imports the same SDK as these tests.
SDK_IMPORT_ROOT = Path(mattermost_plugin.__file__).resolve().parent.parent


def _start_plugin(**extra_env):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("MATTERMOST_", "PLUGHOST_"))
    }
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SDK_IMPORT_ROOT), env.get("PYTHONPATH")]))
    env.update(extra_env)
    return subprocess.Popen(
        [sys.executable, "plugin.py"],
        cwd=SAMPLE_PLUGIN_DIR,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _read_handshake(process, timeout=15.0):
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        process.kill()
        pytest.fail(f"no handshake within {timeout} s; stderr: {process.communicate()[1].decode()}")
    return process.stdout.readline().decode()


def _finish(process, timeout):
    """Wait for the process to exit by itself; return its stderr lines (they fit the pipe)."""
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        pytest.fail(f"plugin did not exit within {timeout} s")
    finally:
        process.stdout.close()
    with process.stderr:
        return process.stderr.read().decode().splitlines()


def test_plugin_process_serves_hooks_and_exits_on_stdin_eof():
    process = _start_plugin(PLUGHOST_EXIT_ON_STDIN_EOF="1")
    handshake = _read_handshake(process)

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
    stderr_lines = _finish(process, timeout=5)
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
    process = _start_plugin()
    network = _read_handshake(process).split("|")[2]
    assert network == "unix"

    process.stdin.close()  # without PLUGHOST_EXIT_ON_STDIN_EOF=1 this is not a stop request
    time.sleep(0.3)
    assert process.poll() is None

    process.send_signal(signal.SIGTERM)
    _finish(process, timeout=5)
    assert process.returncode == 0
