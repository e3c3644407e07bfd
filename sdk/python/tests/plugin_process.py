"""Helpers for the tests that run a plugin as a real subprocess, as the server does."""

import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

import mattermost_plugin

# The plugin process imports the same SDK as these tests.
SDK_IMPORT_ROOT = Path(mattermost_plugin.__file__).resolve().parent.parent


def start_plugin(plugin_dir, **extra_env):
    """Start ``plugin_dir/plugin.py`` with a clean environment plus ``extra_env``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("MATTERMOST_", "PLUGHOST_"))
    }
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SDK_IMPORT_ROOT), env.get("PYTHONPATH")]))
    env.update(extra_env)
    return subprocess.Popen(
        [sys.executable, "plugin.py"],
        cwd=plugin_dir,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def read_handshake(process, timeout=15.0):
    """The handshake line the plugin prints on stdout."""
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        process.kill()
        pytest.fail(f"no handshake within {timeout} s; stderr: {process.communicate()[1].decode()}")
    return process.stdout.readline().decode()


def finish(process, timeout):
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
