"""Parts of run_plugin the subprocess tests cannot reach: the tcp fallback, the log format."""

import json
import logging
import os
from concurrent import futures

import grpc

from mattermost_plugin._internal.json_logging import JsonLineFormatter
from mattermost_plugin.server import _listen


def test_listen_prefers_a_unix_socket(tmp_path):
    socket_dir = tmp_path / "s"
    socket_dir.mkdir()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=1))
    try:
        network, address = _listen(server, str(socket_dir))
    finally:
        server.stop(None)
    assert (network, address) == ("unix", str(socket_dir / "plugin.sock"))


def test_listen_falls_back_to_tcp_when_the_socket_path_is_too_long(tmp_path):
    socket_dir = tmp_path / ("d" * 120)
    socket_dir.mkdir()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=1))
    try:
        network, address = _listen(server, str(socket_dir))
    finally:
        server.stop(None)
    host, port = address.split(":")
    assert (network, host) == ("tcp", "127.0.0.1") and int(port) > 0
    assert os.listdir(socket_dir) == []


def _format(level, msg, *args, exc_info=None, **extra):
    record = logging.getLogger("MyPlugin").makeRecord(
        "MyPlugin", level, __file__, 1, msg, args, exc_info, extra=extra
    )
    return json.loads(JsonLineFormatter().format(record))


def test_log_lines_are_json_with_the_server_level_names_and_extra_fields():
    assert _format(logging.INFO, "hello %s", "world", user_id="u1", count=2) == {
        "level": "info",
        "msg": "hello world",
        "logger": "MyPlugin",
        "user_id": "u1",
        "count": 2,
    }
    levels = [logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL]
    assert [_format(level, "m")["level"] for level in levels] == [
        "debug",
        "info",
        "warn",
        "error",
        "error",
    ]


def test_log_lines_carry_the_traceback():
    try:
        raise ValueError("bad value")
    except ValueError as error:
        line = _format(logging.ERROR, "failed", exc_info=(type(error), error, error.__traceback__))
    assert line["msg"] == "failed"
    assert "ValueError: bad value" in line["traceback"]
