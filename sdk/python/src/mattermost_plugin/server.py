"""Running a plugin as a plughost plugin process: :func:`run_plugin`.

::

    if __name__ == "__main__":
        from mattermost_plugin.server import run_plugin
        run_plugin(MyPlugin)
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import NoReturn, Tuple, Type

import grpc

from ._internal.gen.grpc.health.v1 import health_pb2_grpc
from ._internal.gen.plughost.v1 import hooks_pb2_grpc
from ._internal.health import HealthServicer
from ._internal.hooks_servicer import HOOK_WORKERS, HooksServicer
from ._internal.json_logging import configure_json_logging
from ._internal.wire import API_TARGET_ENV, EXIT_ON_STDIN_EOF_ENV, MESSAGE_SIZE_OPTIONS
from .client import PluginAPIClient
from .plugin import Plugin

__all__ = ["run_plugin"]

_log = logging.getLogger("mattermost_plugin")

# Time in-flight hooks get to finish once the server asks the plugin to stop.
STOP_GRACE_SECONDS = 2.0
# A handler thread that never returns must not keep the process alive after it is stopped.
EXIT_WATCHDOG_SECONDS = 3.0
# sun_path holds 104 bytes on macOS, 108 on Linux.
_MAX_UNIX_SOCKET_PATH = 100

_STOP_REASONS = {b"T": "SIGTERM", b"I": "SIGINT", b"E": "stdin closed"}


def run_plugin(plugin_class: Type[Plugin]) -> NoReturn:
    """Serve ``plugin_class`` to the server over gRPC until told to stop, then exit (status 0).

    The process protocol, step by step:

    1. Log records go to stderr as JSON lines; stdout is kept for the handshake.
    2. The plugin is instantiated; ``plugin.api`` is connected when ``MATTERMOST_API_TARGET``
       is set.
    3. A gRPC server serves the hooks and the health service on a Unix socket in a fresh
       private directory (or on 127.0.0.1 if Unix sockets are unavailable).
    4. The handshake ``1|1|unix|<socket path>|grpc`` is printed on stdout.
    5. It serves until SIGTERM or SIGINT, or until stdin closes when
       ``PLUGHOST_EXIT_ON_STDIN_EOF=1`` (so the plugin exits when the server dies), then stops
       the server, removes the socket directory and exits.
    """
    configure_json_logging()
    stop_requests = _watch_stop_requests()  # from the start, so an early SIGTERM is not lost

    # A print() in the plugin's __init__ must not come before the handshake on stdout.
    with contextlib.redirect_stdout(sys.stderr):
        plugin = plugin_class()
    # The plugin's own logging is kept whole; libraries' is kept to warnings (see above).
    plugin.logger.setLevel(logging.DEBUG)
    logging.getLogger("__main__").setLevel(logging.DEBUG)
    if os.environ.get(API_TARGET_ENV):
        plugin.api = PluginAPIClient()

    socket_dir = tempfile.mkdtemp(prefix="mmplug-")
    hooks = HooksServicer(plugin)
    executor = ThreadPoolExecutor(max_workers=HOOK_WORKERS, thread_name_prefix="mm-hook")
    server = grpc.server(executor, options=MESSAGE_SIZE_OPTIONS)
    try:
        hooks_pb2_grpc.add_PluginHooksServicer_to_server(hooks, server)
        health_pb2_grpc.add_HealthServicer_to_server(HealthServicer(hooks.starved), server)
        network, address = _listen(server, socket_dir)
        server.start()

        print(f"1|1|{network}|{address}|grpc", flush=True)
        _log.debug("serving %s on %s %s", plugin_class.__name__, network, address)

        reason = _STOP_REASONS[os.read(stop_requests, 1)]
        _log.debug("stopping: %s", reason)
        server.stop(grace=STOP_GRACE_SECONDS).wait()
    finally:
        hooks.close()
        executor.shutdown(wait=False)
        if isinstance(plugin.api, PluginAPIClient):
            plugin.api.close()
        shutil.rmtree(socket_dir, ignore_errors=True)
    _exit_process()


def _listen(server: grpc.Server, socket_dir: str) -> Tuple[str, str]:
    """Bind ``server`` to a Unix socket in ``socket_dir`` if possible, else to 127.0.0.1:<free>."""
    socket_path = os.path.abspath(os.path.join(socket_dir, "plugin.sock"))
    if hasattr(socket, "AF_UNIX") and len(socket_path.encode()) <= _MAX_UNIX_SOCKET_PATH:
        try:
            if server.add_insecure_port(f"unix:{socket_path}"):
                return "unix", socket_path
        except RuntimeError as error:  # grpc reports a failed bind this way
            _log.debug("no Unix socket (%s); using tcp", error)
    port = server.add_insecure_port("127.0.0.1:0")
    return "tcp", f"127.0.0.1:{port}"


def _watch_stop_requests() -> int:
    """Turn SIGTERM, SIGINT and (if asked for) the end of stdin into bytes on a pipe.

    Returns the pipe's read end: reading one byte waits for the first request.
    """
    # Handlers and the stdin watcher only write a byte: nothing in a signal handler may take a
    # lock that the interrupted main thread could be holding.
    read_end, write_end = os.pipe()
    signal.signal(signal.SIGTERM, lambda *_: os.write(write_end, b"T"))
    signal.signal(signal.SIGINT, lambda *_: os.write(write_end, b"I"))
    if os.environ.get(EXIT_ON_STDIN_EOF_ENV) == "1":
        threading.Thread(
            target=_wait_for_stdin_eof, args=(write_end,), name="mm-stdin-eof", daemon=True
        ).start()
    return read_end


def _wait_for_stdin_eof(write_end: int) -> None:
    try:
        while os.read(0, 65536):
            pass
    except OSError:  # no usable stdin counts as closed
        pass
    os.write(write_end, b"E")


def _exit_process() -> NoReturn:
    """Exit with status 0, even if a handler thread never returns."""
    logging.shutdown()
    sys.stdout.flush()
    watchdog = threading.Timer(EXIT_WATCHDOG_SECONDS, os._exit, (0,))
    watchdog.daemon = True
    watchdog.start()
    sys.exit(0)
