"""The in-memory server behind ``mattermost_plugin.testing``: the state, and one handler per RPC.

:meth:`FakeServer.handle` takes the request message a Plugin API method built and returns the
response message, as the real server does over gRPC; an RPC without a handler raises the
server's 501. Calls are serialized by one lock, so the fake may be shared between threads.
"""

from __future__ import annotations

import copy
import threading
from typing import Any, Callable, Dict, List, Mapping, Optional

from google.protobuf.message import Message

from ..api_call import Call
from ..gen.plughost.v1 import api_pb2
from .base import Domain, new_id, not_modelled
from .bots import Bots
from .channels import Channels
from .kv import KVStore
from .platform import Commands, Configuration, Logging, Preferences, ServerFacts, WebSocket
from .posts import EphemeralPosts, Posts, Reactions
from .records import FakeClock, LogEntry, WebSocketEvent
from .teams import Teams
from .users import Users

SERVER_VERSION = "9.11.0"  # what plughost reports


def default_config() -> Dict[str, Any]:
    """A server configuration of the shape plughost saves (the parts plugins usually read)."""
    return {
        "ServiceSettings": {
            "SiteURL": "http://localhost:8065",
            "MaxFileSizeBytes": 100 * 1024 * 1024,
            "SessionLengthHours": 30 * 24,
        },
        "PluginSettings": {"Enable": True, "PluginStates": {}, "Plugins": {}},
    }


def contract_rpcs() -> List[str]:
    """Every unary RPC of the Plugin API contract, in its order."""
    service = api_pb2.DESCRIPTOR.services_by_name["PluginAPI"]
    return [m.name for m in service.methods if not (m.client_streaming or m.server_streaming)]


class FakeServer:
    """The state of one fake server, as seen by one plugin."""

    def __init__(
        self,
        plugin_id: str,
        server_version: str = SERVER_VERSION,
        config: Optional[Mapping[str, Any]] = None,
        plugin_config: Optional[Mapping[str, Any]] = None,
        bundle_path: Optional[str] = None,
        clock: Optional[FakeClock] = None,
    ) -> None:
        self.lock = threading.RLock()
        self.plugin_id = plugin_id
        self.server_version = server_version
        self.bundle_path = bundle_path if bundle_path is not None else f"/plugins/{plugin_id}"
        self.clock = clock if clock is not None else FakeClock()
        self.config: Dict[str, Any] = (
            copy.deepcopy(dict(config)) if config is not None else default_config()
        )
        self.logs: List[LogEntry] = []
        self.websocket_events: List[WebSocketEvent] = []
        self.users = Users(self)
        self.teams = Teams(self)
        self.channels = Channels(self)
        self.posts = Posts(self)
        self.ephemeral = EphemeralPosts(self)
        self.reactions = Reactions(self)
        self.kv = KVStore(self)
        self.bots = Bots(self)
        self.commands = Commands(self)
        self.preferences = Preferences(self)
        self.configuration = Configuration(self)
        domains: List[Domain] = [
            self.users,
            self.teams,
            self.channels,
            self.posts,
            self.ephemeral,
            self.reactions,
            self.kv,
            self.bots,
            self.commands,
            self.preferences,
            self.configuration,
            ServerFacts(self),
            Logging(self),
            WebSocket(self),
        ]
        if plugin_config is not None:
            self.configuration.plugin_settings().update(copy.deepcopy(dict(plugin_config)))
        self._handlers: Dict[str, Callable[[Any], Dict[str, Any]]] = {}
        known = set(contract_rpcs())
        for domain in domains:
            for name, handler in domain.handlers():
                if name not in known or name in self._handlers:
                    raise RuntimeError(
                        f"fake handler {type(domain).__name__}.{name}: not a new contract RPC"
                    )
                self._handlers[name] = handler

    def modelled(self) -> List[str]:
        """The RPCs this fake answers, in the contract's order."""
        return [name for name in contract_rpcs() if name in self._handlers]

    def new_id(self) -> str:
        return new_id()

    def handle(self, call: Call[Any]) -> Message:
        """The response to ``call``; raises the SDK's PluginAPIError as the server would."""
        handler = self._handlers.get(call.rpc)
        if handler is None:
            raise not_modelled(call.rpc)
        with self.lock:
            fields = handler(call.request)
        response: Message = call.response_type(**fields)
        return response
