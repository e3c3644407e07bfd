"""Hook names and the ``@hook`` decorator that marks a plugin method as a hook handler."""

from __future__ import annotations

from enum import Enum
from typing import Callable, Tuple, TypeVar, Union

__all__ = ["HookName", "hook"]

_F = TypeVar("_F", bound=Callable[..., object])

# Attribute set on a decorated function: the hooks it handles (Plugin collects them per class).
HOOK_NAMES_ATTR = "_mattermost_hook_names"


class HookName(str, Enum):
    """Every hook a plugin can implement; the values are the hook RPC names in ``hooks.proto``.

    Handler signatures (``self`` omitted):

    - ``OnActivate``, ``OnDeactivate``, ``OnConfigurationChange``: ``()``
    - ``OnInstall``: ``(context, event)``; ``event.user_id`` is the installing user
    - ``MessageWillBePosted``: ``(context, post)`` -> ``(post, "")`` to allow (possibly
      modified), ``(None, "reason")`` to reject, ``None`` to allow unchanged
    - ``MessageWillBeUpdated``: ``(context, new_post, old_post)`` -> as above
    - ``MessageHasBeenPosted``, ``MessageHasBeenDeleted``: ``(context, post)``
    - ``MessageHasBeenUpdated``: ``(context, new_post, old_post)``
    - ``ReactionHasBeenAdded``, ``ReactionHasBeenRemoved``: ``(context, reaction)``
    - ``MessagesWillBeConsumed``: ``(posts)`` (a list of Post, about to be returned to a
      client) -> the list of posts to return instead (each replaces the post with the same
      id), or ``None`` to leave them unchanged
    - ``FileWillBeUploaded``: ``(context, file_info, content)`` (``content`` is bytes) ->
      ``None`` to allow unchanged; a non-empty str to reject (the upload fails with 400 saying
      it); ``(file_info, content, reason)`` — a non-empty ``reason`` rejects, else a
      non-None ``content`` (bytes or str) replaces the content and a non-None ``file_info``
      renames the file (only ``name`` is used)
    - ``PreferencesHaveChanged``: ``(context, preferences)`` (a list of Preference)
    - ``OnWebSocketConnect``, ``OnWebSocketDisconnect``: ``(web_conn_id, user_id)``
    - ``WebSocketMessageHasBeenPosted``: ``(web_conn_id, user_id, request)``; ``request`` is a
      WebSocketRequest (``seq``, ``action``, ``data``)
    - ``UserHasBeenCreated``, ``UserHasLoggedIn``, ``UserHasBeenDeactivated``: ``(context, user)``
    - ``UserWillLogIn``: ``(context, user)`` -> a rejection reason, or ``""``/``None`` to allow
    - ``ChannelHasBeenCreated``: ``(context, channel)``
    - ``ChannelWillBeArchived``: ``(context, channel)`` -> a rejection reason, or ``""``/``None``
      to allow
    - ``ChannelMemberWillBeAdded``: ``(context, channel_member)`` -> ``(channel_member, "")``
      to allow (possibly with changed ``roles``/``scheme_admin``), ``(None, "reason")`` to
      reject, ``None`` to allow unchanged
    - ``TeamMemberWillBeAdded``: ``(context, team_member)`` -> as ``ChannelMemberWillBeAdded``
    - ``UserHasJoinedChannel``, ``UserHasLeftChannel``: ``(context, channel_member, actor)``
    - ``UserHasJoinedTeam``, ``UserHasLeftTeam``: ``(context, team_member, actor)``;
      ``actor`` is the User who made the change, or None
    - ``ExecuteCommand``: ``(context, args)`` -> a dict or ``CommandResponse``
    - ``ServeHTTP``: ``(context, request)`` -> ``{"status_code", "headers", "body"}``, or
      the streaming form ``(context, request, response)``: the body is read and the answer
      written while the handler runs (see :mod:`mattermost_plugin.http`)
    - ``ServeMetrics``: as ``ServeHTTP`` (either form), for ``/plugins/{id}/metrics`` on the
      metrics listener; ``context`` is empty

    ``async def`` handlers work too.
    """

    OnActivate = "OnActivate"
    OnDeactivate = "OnDeactivate"
    OnConfigurationChange = "OnConfigurationChange"
    OnInstall = "OnInstall"
    MessageWillBePosted = "MessageWillBePosted"
    MessageWillBeUpdated = "MessageWillBeUpdated"
    MessageHasBeenPosted = "MessageHasBeenPosted"
    MessageHasBeenUpdated = "MessageHasBeenUpdated"
    MessageHasBeenDeleted = "MessageHasBeenDeleted"
    ReactionHasBeenAdded = "ReactionHasBeenAdded"
    ReactionHasBeenRemoved = "ReactionHasBeenRemoved"
    MessagesWillBeConsumed = "MessagesWillBeConsumed"
    FileWillBeUploaded = "FileWillBeUploaded"
    UserHasBeenCreated = "UserHasBeenCreated"
    UserWillLogIn = "UserWillLogIn"
    UserHasLoggedIn = "UserHasLoggedIn"
    UserHasBeenDeactivated = "UserHasBeenDeactivated"
    PreferencesHaveChanged = "PreferencesHaveChanged"
    ChannelHasBeenCreated = "ChannelHasBeenCreated"
    ChannelWillBeArchived = "ChannelWillBeArchived"
    ChannelMemberWillBeAdded = "ChannelMemberWillBeAdded"
    TeamMemberWillBeAdded = "TeamMemberWillBeAdded"
    UserHasJoinedChannel = "UserHasJoinedChannel"
    UserHasLeftChannel = "UserHasLeftChannel"
    UserHasJoinedTeam = "UserHasJoinedTeam"
    UserHasLeftTeam = "UserHasLeftTeam"
    OnWebSocketConnect = "OnWebSocketConnect"
    OnWebSocketDisconnect = "OnWebSocketDisconnect"
    WebSocketMessageHasBeenPosted = "WebSocketMessageHasBeenPosted"
    ExecuteCommand = "ExecuteCommand"
    ServeHTTP = "ServeHTTP"
    ServeMetrics = "ServeMetrics"

    def __str__(self) -> str:
        return self.value


def hook(name: Union[HookName, str]) -> Callable[[_F], _F]:
    """Mark a plugin method as the handler of hook ``name`` (a ``HookName`` or its string).

    The method itself is returned unchanged, so it stays directly callable (handy in tests).
    A method may carry several ``@hook`` decorators to handle several hooks.

    Raises:
        ValueError: ``name`` is not a known hook (raised while the class is being defined).
    """
    if callable(name):
        raise TypeError("@hook needs the hook name: write @hook(HookName.OnActivate)")
    try:
        hook_name = HookName(name)
    except ValueError:
        known = ", ".join(member.value for member in HookName)
        raise ValueError(f"unknown hook {name!r}; known hooks: {known}") from None

    def mark(method: _F) -> _F:
        names: Tuple[HookName, ...] = getattr(method, HOOK_NAMES_ATTR, ())
        setattr(method, HOOK_NAMES_ATTR, names + (hook_name,))
        return method

    return mark
