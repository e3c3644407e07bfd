"""Python SDK for plughost (Mattermost-compatible) server plugins.

A plugin subclasses :class:`Plugin`, marks handler methods with :func:`hook` and calls
:func:`mattermost_plugin.server.run_plugin`::

    from mattermost_plugin import Plugin, hook, HookName

    class MyPlugin(Plugin):
        @hook(HookName.OnActivate)
        def on_activate(self) -> None:
            self.logger.info("Server version: %s", self.api.get_server_version())

    if __name__ == "__main__":
        from mattermost_plugin.server import run_plugin
        run_plugin(MyPlugin)
"""

from .client import AsyncPluginAPIClient, PluginAPIClient
from .errors import (
    AlreadyExistsError,
    NotFoundError,
    PermissionDeniedError,
    PluginAPIError,
    UnavailableError,
    ValidationError,
)
from .hooks import HookName, hook
from .http import Headers, HTTPRequest, HTTPResponse, HTTPResponseWriter, StreamingHTTPRequest
from . import models as _models
from .models import *  # noqa: F401,F403  (every model wrapper, Model and InstallEvent)
from .plugin import Plugin

__version__ = "0.1.0"

__all__ = [
    "Plugin",
    "hook",
    "HookName",
    "PluginAPIClient",
    "AsyncPluginAPIClient",
    "PluginAPIError",
    "NotFoundError",
    "PermissionDeniedError",
    "ValidationError",
    "AlreadyExistsError",
    "UnavailableError",
    *_models.__all__,
    "Headers",
    "HTTPRequest",
    "StreamingHTTPRequest",
    "HTTPResponseWriter",
    "HTTPResponse",
    "__version__",
]
