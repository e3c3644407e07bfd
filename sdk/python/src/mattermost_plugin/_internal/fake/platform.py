"""The server around the plugin: configuration, server facts, logging, websocket events,
slash commands, preferences."""

from __future__ import annotations

import copy
import re
from typing import Any, Dict, List, Tuple

from ..gen.models import WebsocketBroadcast
from ..gen.plughost.v1 import (
    api_commands_pb2,
    api_integrations_pb2,
    api_plugins_pb2,
    api_system_pb2,
    api_users_pb2,
    models_pb2,
)
from .base import (
    Domain,
    bad_request,
    clone,
    forbidden,
    invalid_field,
    is_valid_id,
    json_object,
    json_text,
    not_found,
    optional,
    rpc,
)
from .records import LogEntry, WebSocketEvent

TRIGGER = re.compile(r"^[^\s/][^\s]{0,127}$")
MAX_PREFERENCE_CATEGORY = 32
MAX_PREFERENCE_NAME = 32
MAX_PREFERENCE_VALUE = 2000
MAX_PREFERENCES = 100


def sanitized(config: Dict[str, Any]) -> Dict[str, Any]:
    """The configuration a plugin may read with GetConfig: the plugins' settings removed."""
    result = copy.deepcopy(config)
    plugin_settings = result.get("PluginSettings")
    if isinstance(plugin_settings, dict):
        plugin_settings.pop("Plugins", None)
    return result


class Configuration(Domain):
    """The server configuration; the plugin's settings live in ``PluginSettings.Plugins``."""

    def plugin_settings(self) -> Dict[str, Any]:
        plugins = self.server.config.setdefault("PluginSettings", {}).setdefault("Plugins", {})
        settings: Dict[str, Any] = plugins.setdefault(self.server.plugin_id, {})
        return settings

    @rpc
    def GetConfig(self, request: api_plugins_pb2.GetConfigRequest) -> Dict[str, Any]:
        return {"config_json": json_text(sanitized(self.server.config))}

    @rpc
    def GetUnsanitizedConfig(self, request: api_plugins_pb2.GetUnsanitizedConfigRequest) -> Dict[str, Any]:
        return {"config_json": json_text(self.server.config)}

    @rpc
    def SaveConfig(self, request: api_plugins_pb2.SaveConfigRequest) -> Dict[str, Any]:
        self.server.config = json_object("plugin_api", "config_json", request.config_json)
        return {}

    @rpc
    def GetPluginConfig(self, request: api_plugins_pb2.GetPluginConfigRequest) -> Dict[str, Any]:
        return {"config_json": json_text(self.plugin_settings())}

    @rpc
    def LoadPluginConfiguration(
        self, request: api_plugins_pb2.LoadPluginConfigurationRequest
    ) -> Dict[str, Any]:
        return {"config_json": json_text(self.plugin_settings())}

    @rpc
    def SavePluginConfig(self, request: api_plugins_pb2.SavePluginConfigRequest) -> Dict[str, Any]:
        settings = json_object("plugin_api", "config_json", request.config_json)
        self.server.config.setdefault("PluginSettings", {}).setdefault("Plugins", {})[
            self.server.plugin_id
        ] = settings
        return {}


class ServerFacts(Domain):
    """What the server says about itself, and where the plugin is."""

    @rpc
    def GetServerVersion(self, request: api_system_pb2.GetServerVersionRequest) -> Dict[str, Any]:
        return {"version": self.server.server_version}

    @rpc
    def GetPluginID(self, request: api_plugins_pb2.GetPluginIDRequest) -> Dict[str, Any]:
        return {"id": self.server.plugin_id}

    @rpc
    def GetBundlePath(self, request: api_plugins_pb2.GetBundlePathRequest) -> Dict[str, Any]:
        return {"path": self.server.bundle_path}

    @rpc
    def GetLicense(self, request: api_system_pb2.GetLicenseRequest) -> Dict[str, Any]:
        return {}  # unlicensed, as plughost always is

    @rpc
    def IsEnterpriseReady(self, request: api_system_pb2.IsEnterpriseReadyRequest) -> Dict[str, Any]:
        return {"enterprise_ready": False}


class Logging(Domain):
    """``Log*``: the lines are kept for the test (``FakePluginAPI.logs``)."""

    def _log(self, level: str, request: Any) -> Dict[str, Any]:
        fields = json_object("plugin_api", "key_value_pairs_json", request.key_value_pairs_json)
        self.server.logs.append(LogEntry(level, request.message, fields))
        return {}

    @rpc
    def LogDebug(self, request: api_integrations_pb2.LogDebugRequest) -> Dict[str, Any]:
        return self._log("debug", request)

    @rpc
    def LogInfo(self, request: api_integrations_pb2.LogInfoRequest) -> Dict[str, Any]:
        return self._log("info", request)

    @rpc
    def LogWarn(self, request: api_integrations_pb2.LogWarnRequest) -> Dict[str, Any]:
        return self._log("warn", request)

    @rpc
    def LogError(self, request: api_integrations_pb2.LogErrorRequest) -> Dict[str, Any]:
        return self._log("error", request)


class WebSocket(Domain):
    """Events the plugin publishes; kept for the test (``FakePluginAPI.websocket_events``)."""

    @rpc
    def PublishWebSocketEvent(
        self, request: api_integrations_pb2.PublishWebSocketEventRequest
    ) -> Dict[str, Any]:
        if not request.event:
            raise invalid_field("plugin_api", "event", "is required")
        data = json_object("plugin_api", "payload_json", request.payload_json)
        event = f"custom_{self.server.plugin_id}_{request.event}"
        broadcast = WebsocketBroadcast(request.broadcast)
        self.server.websocket_events.append(WebSocketEvent(event, data, broadcast))
        return {}

    @rpc
    def PublishUserTyping(self, request: api_users_pb2.PublishUserTypingRequest) -> Dict[str, Any]:
        self.server.users.get(request.user_id)
        self.server.channels.get(request.channel_id)
        data = {"parent_id": optional(request, "parent_id") or "", "user_id": request.user_id}
        broadcast = WebsocketBroadcast(channel_id=request.channel_id, omit_users=[request.user_id])
        self.server.websocket_events.append(WebSocketEvent("typing", data, broadcast))
        return {}


class Commands(Domain):
    """Slash commands the plugin registered, by (team id, trigger)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rows: Dict[Tuple[str, str], models_pb2.Command] = {}

    @rpc
    def RegisterCommand(self, request: api_commands_pb2.RegisterCommandRequest) -> Dict[str, Any]:
        given = request.command
        trigger = given.trigger[1:] if given.trigger.startswith("/") else given.trigger
        if not TRIGGER.match(trigger):
            raise invalid_field("command", "trigger", "must be 1-128 characters without spaces")
        key = (given.team_id, trigger.lower())
        previous = self.rows.get(key)
        command = clone(given)
        now = self.now()
        command.id = previous.id if previous else self.server.new_id()
        command.create_at = previous.create_at if previous else now
        command.update_at = now
        command.token = command.creator_id = command.url = ""
        command.delete_at = 0
        command.trigger = trigger
        command.method = "P"
        command.plugin_id = self.server.plugin_id
        self.rows[key] = command
        return {}

    @rpc
    def UnregisterCommand(self, request: api_commands_pb2.UnregisterCommandRequest) -> Dict[str, Any]:
        trigger = request.trigger[1:] if request.trigger.startswith("/") else request.trigger
        self.rows.pop((request.team_id, trigger.lower()), None)
        return {}

    @rpc
    def ListPluginCommands(self, request: api_commands_pb2.ListPluginCommandsRequest) -> Dict[str, Any]:
        commands = [c for (team_id, _), c in self.rows.items() if team_id in ("", request.team_id)]
        return {"commands": [clone(c) for c in sorted(commands, key=lambda c: c.trigger)]}


def _check_preference(preference: models_pb2.Preference, user_id: str) -> None:
    if not is_valid_id(preference.user_id):
        raise invalid_field("preference", "user_id", "is not a valid id")
    if not 1 <= len(preference.category) <= MAX_PREFERENCE_CATEGORY:
        raise invalid_field(
            "preference", "category", f"must be 1 to {MAX_PREFERENCE_CATEGORY} characters"
        )
    if len(preference.name) > MAX_PREFERENCE_NAME:
        raise invalid_field(
            "preference", "name", f"must be a string of at most {MAX_PREFERENCE_NAME} characters"
        )
    if len(preference.value) > MAX_PREFERENCE_VALUE:
        raise invalid_field(
            "preference", "value", f"must be a string of at most {MAX_PREFERENCE_VALUE} characters"
        )
    if preference.user_id != user_id:
        raise forbidden(
            "api.preference.update_preferences.set.app_error",
            "Unable to set preferences for another user.",
        )


class Preferences(Domain):
    """Preferences by (user id, category, name)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rows: Dict[Tuple[str, str, str], models_pb2.Preference] = {}

    def _checked(self, user_id: str, preferences: List[models_pb2.Preference]) -> None:
        self.server.users.get(user_id)
        if len(preferences) > MAX_PREFERENCES:
            raise bad_request(
                "api.context.invalid_body_param.app_error",
                f"Too many preferences: at most {MAX_PREFERENCES} at a time.",
            )
        for preference in preferences:
            _check_preference(preference, user_id)

    @rpc
    def GetPreferenceForUser(self, request: api_users_pb2.GetPreferenceForUserRequest) -> Dict[str, Any]:
        preference = self.rows.get((request.user_id, request.category, request.name))
        if preference is None:
            raise not_found(
                "app.preference.get.app_error",
                f"Preference {request.category}/{request.name} not found.",
            )
        return {"preference": clone(preference)}

    @rpc
    def GetPreferencesForUser(
        self, request: api_users_pb2.GetPreferencesForUserRequest
    ) -> Dict[str, Any]:
        self.server.users.get(request.user_id)
        preferences = sorted(
            (p for (user_id, _, _), p in self.rows.items() if user_id == request.user_id),
            key=lambda p: (p.category, p.name),
        )
        return {"preferences": [clone(p) for p in preferences]}

    @rpc
    def UpdatePreferencesForUser(
        self, request: api_users_pb2.UpdatePreferencesForUserRequest
    ) -> Dict[str, Any]:
        self._checked(request.user_id, list(request.preferences))
        for preference in request.preferences:
            self.rows[(preference.user_id, preference.category, preference.name)] = clone(
                preference
            )
        return {}

    @rpc
    def DeletePreferencesForUser(
        self, request: api_users_pb2.DeletePreferencesForUserRequest
    ) -> Dict[str, Any]:
        self._checked(request.user_id, list(request.preferences))
        for preference in request.preferences:
            self.rows.pop((preference.user_id, preference.category, preference.name), None)
        return {}
