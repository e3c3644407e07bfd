"""Shared fixtures: a real in-process gRPC server on a Unix socket in a temp dir."""

import os
import sys
import tempfile
from concurrent import futures
from pathlib import Path

# Test the source tree, whether or not (and wherever) the SDK is installed, and from any rootdir.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import grpc
import pytest


@pytest.fixture
def unix_server():
    """Start servicers on a fresh Unix socket: ``target = unix_server(add_fn, servicer, ...)``."""
    servers = []
    socket_dir = tempfile.mkdtemp(prefix="mmtest-")  # short: Unix socket paths are limited

    def start(*registrations):
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
        for add_to_server, servicer in zip(registrations[::2], registrations[1::2]):
            add_to_server(servicer, server)
        path = os.path.join(socket_dir, f"s{len(servers)}.sock")
        server.add_insecure_port(f"unix:{path}")
        server.start()
        servers.append(server)
        return f"unix:{path}"

    yield start
    for server in servers:
        server.stop(grace=None)
    for name in os.listdir(socket_dir):
        os.unlink(os.path.join(socket_dir, name))
    os.rmdir(socket_dir)


@pytest.fixture
def serve_hooks(unix_server):
    """Serve a plugin's hooks in-process: ``plugin, stub = serve_hooks(MyPlugin())``."""
    from unittest.mock import MagicMock

    from mattermost_plugin._internal.gen.plughost.v1 import hooks_pb2_grpc
    from mattermost_plugin._internal.hooks_servicer import HooksServicer

    opened = []

    def serve(plugin):
        plugin.logger = MagicMock()
        servicer = HooksServicer(plugin)
        channel = grpc.insecure_channel(unix_server(hooks_pb2_grpc.add_PluginHooksServicer_to_server, servicer))
        opened.append((channel, servicer))
        return plugin, hooks_pb2_grpc.PluginHooksStub(channel)

    yield serve
    for channel, servicer in opened:
        channel.close()
        servicer.close()
