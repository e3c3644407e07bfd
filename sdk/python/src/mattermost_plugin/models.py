"""Model wrappers: the objects hooks receive and API methods return.

Each class wraps one ``plughost.v1`` message; the attribute list below each class is its
message's field list (checked by the SDK's tests), with ``props_json`` appearing as ``props``.
See :class:`Model` for construction and conversion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List

from ._internal.gen.plughost.v1 import models_pb2
from ._internal.model import Model

__all__ = [
    "Model",
    "AppError",
    "Context",
    "User",
    "Team",
    "TeamMember",
    "Channel",
    "ChannelMember",
    "Post",
    "Reaction",
    "FileInfo",
    "Preference",
    "WebSocketRequest",
    "CommandArgs",
    "CommandResponse",
    "Command",
    "InstallEvent",
]


class AppError(Model[models_pb2.AppError]):
    """The contract's error shape (a failed API call or hook carries one)."""

    id: str
    message: str
    detailed_error: str
    request_id: str
    status_code: int
    where: str


class Context(Model[models_pb2.Context]):
    """Request metadata handed to hooks (Mattermost's ``plugin.Context``)."""

    session_id: str
    request_id: str
    ip_address: str
    accept_language: str
    user_agent: str


class User(Model[models_pb2.User]):
    """A user account. ``password`` is only ever sent (create/update), never returned."""

    id: str
    create_at: int
    update_at: int
    delete_at: int
    username: str
    password: str
    auth_service: str
    email: str
    email_verified: bool
    nickname: str
    first_name: str
    last_name: str
    position: str
    roles: str
    locale: str
    is_bot: bool
    bot_description: str
    last_password_update: int
    props: Dict[str, Any]


class Team(Model[models_pb2.Team]):
    """A team. ``type`` is ``"O"`` (open) or ``"I"`` (invite only)."""

    id: str
    create_at: int
    update_at: int
    delete_at: int
    display_name: str
    name: str
    description: str
    email: str
    type: str
    allow_open_invite: bool
    invite_id: str


class TeamMember(Model[models_pb2.TeamMember]):
    """A user's membership of a team."""

    team_id: str
    user_id: str
    roles: str
    delete_at: int
    scheme_admin: bool
    scheme_user: bool


class Channel(Model[models_pb2.Channel]):
    """A channel. ``type`` is ``"O"`` open, ``"P"`` private, ``"D"`` direct or ``"G"`` group."""

    id: str
    create_at: int
    update_at: int
    delete_at: int
    team_id: str
    type: str
    display_name: str
    name: str
    header: str
    purpose: str
    last_post_at: int
    total_msg_count: int
    creator_id: str


class ChannelMember(Model[models_pb2.ChannelMember]):
    """A user's membership of a channel."""

    channel_id: str
    user_id: str
    roles: str
    last_viewed_at: int
    msg_count: int
    mention_count: int
    last_update_at: int
    scheme_admin: bool
    scheme_user: bool


class Post(Model[models_pb2.Post]):
    """A message in a channel. Timestamps are milliseconds since the Unix epoch."""

    id: str
    create_at: int
    update_at: int
    edit_at: int
    delete_at: int
    is_pinned: bool
    user_id: str
    channel_id: str
    root_id: str
    original_id: str
    message: str
    type: str
    props: Dict[str, Any]
    hashtags: str
    file_ids: List[str]
    pending_post_id: str
    reply_count: int


class Reaction(Model[models_pb2.Reaction]):
    """An emoji reaction of a user to a post; ``emoji_name`` has no colons (``"thumbsup"``)."""

    user_id: str
    post_id: str
    emoji_name: str
    create_at: int


class Preference(Model[models_pb2.Preference]):
    """A user's preference: a ``value`` under a ``category`` and a ``name``."""

    user_id: str
    category: str
    name: str
    value: str


class WebSocketRequest(Model[models_pb2.WebSocketRequest]):
    """A message a websocket client sent: its ``seq``, ``action`` and ``data`` (a dict)."""

    seq: int
    action: str
    data: Dict[str, Any]


class FileInfo(Model[models_pb2.FileInfo]):
    """Metadata of an uploaded file."""

    id: str
    creator_id: str
    post_id: str
    channel_id: str
    create_at: int
    update_at: int
    delete_at: int
    name: str
    extension: str
    size: int
    mime_type: str
    width: int
    height: int
    has_preview_image: bool


class CommandArgs(Model[models_pb2.CommandArgs]):
    """A slash command invocation; ``command`` is the whole line, trigger included."""

    user_id: str
    channel_id: str
    team_id: str
    root_id: str
    parent_id: str
    trigger_id: str
    command: str
    site_url: str


class CommandResponse(Model[models_pb2.CommandResponse]):
    """The answer to a slash command. ``response_type`` is ``"in_channel"`` or ``"ephemeral"``."""

    response_type: str
    text: str
    username: str
    channel_id: str
    icon_url: str
    type: str
    props: Dict[str, Any]
    goto_location: str
    trigger_id: str
    skip_slack_parsing: bool
    extra_responses: List[CommandResponse]


class Command(Model[models_pb2.Command]):
    """A slash command a plugin registers (``trigger`` without the leading ``/``).

    An empty ``team_id`` makes the command available in every team.
    """

    id: str
    token: str
    create_at: int
    update_at: int
    delete_at: int
    creator_id: str
    team_id: str
    trigger: str
    method: str
    username: str
    icon_url: str
    auto_complete: bool
    auto_complete_desc: str
    auto_complete_hint: str
    display_name: str
    description: str
    url: str
    plugin_id: str


@dataclass
class InstallEvent:
    """What the ``OnInstall`` hook receives besides the context."""

    user_id: str
    """The user who installed the plugin."""
