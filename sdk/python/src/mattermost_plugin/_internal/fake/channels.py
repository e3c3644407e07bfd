"""Channels (open, private, direct, group) and their members."""

from __future__ import annotations

import hashlib
from typing import Any, Dict, List, Optional, Tuple

from ..gen.plughost.v1 import api_channels_pb2, models_pb2
from .base import (
    Domain,
    check_id,
    clone,
    conflict,
    forbidden,
    invalid_field,
    not_found,
    optional,
    paged,
    rpc,
)
from .teams import NAME, check_display_name, check_member_roles

MAX_HEADER = 1024
MAX_PURPOSE = 250
GROUP_MIN_USERS = 3
GROUP_MAX_USERS = 8


def direct_channel_name(user_a: str, user_b: str) -> str:
    """Mattermost's name for a direct channel: the two user ids, sorted, joined by "__"."""
    return "__".join(sorted((user_a, user_b)))


def group_channel_name(user_ids: List[str]) -> str:
    """Mattermost's name for a group channel: the hex SHA-1 of the sorted member ids."""
    return hashlib.sha1("".join(sorted(user_ids)).encode()).hexdigest()


def _check_name(name: str) -> None:
    if not 1 <= len(name) <= 64 or not NAME.match(name):
        raise invalid_field(
            "channel",
            "name",
            'must be 1-64 lowercase letters, digits, "-" or "_", starting and ending with a letter '
            "or digit",
        )


def _check_text(channel: models_pb2.Channel) -> None:
    if len(channel.header) > MAX_HEADER:
        raise invalid_field("channel", "header", f"must be text of at most {MAX_HEADER} characters")
    if len(channel.purpose) > MAX_PURPOSE:
        raise invalid_field(
            "channel", "purpose", f"must be text of at most {MAX_PURPOSE} characters"
        )


def _fixed_members(channel: models_pb2.Channel) -> bool:
    return channel.type in ("D", "G")


class Channels(Domain):
    """Channels by id; memberships by (channel id, user id)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rows: Dict[str, models_pb2.Channel] = {}
        self.members: Dict[Tuple[str, str], models_pb2.ChannelMember] = {}

    # Used by the other domains ------------------------------------------------------------

    def get(self, channel_id: str) -> models_pb2.Channel:
        check_id("channel", "channel_id", channel_id)
        channel = self.rows.get(channel_id)
        if channel is None:
            raise not_found(
                "app.channel.get.existing.app_error", f"Channel {channel_id} not found."
            )
        return channel

    def member(self, channel_id: str, user_id: str) -> Optional[models_pb2.ChannelMember]:
        return self.members.get((channel_id, user_id))

    def _get_member(self, channel_id: str, user_id: str) -> models_pb2.ChannelMember:
        self.get(channel_id)
        check_id("channel_member", "user_id", user_id)
        member = self.member(channel_id, user_id)
        if member is None:
            raise not_found(
                "app.channel.get_member.missing.app_error",
                f"User {user_id} is not a member of channel {channel_id}.",
            )
        return member

    def _insert_member(
        self, channel_id: str, user_id: str, admin: bool = False
    ) -> models_pb2.ChannelMember:
        member = models_pb2.ChannelMember(
            channel_id=channel_id,
            user_id=user_id,
            roles="channel_user channel_admin" if admin else "channel_user",
            last_update_at=self.now(),
            scheme_admin=admin,
            scheme_user=True,
        )
        self.members[(channel_id, user_id)] = member
        return member

    def add_member(self, channel_id: str, user_id: str) -> models_pb2.ChannelMember:
        """Add a user to an open or private channel (joining its team first); idempotent."""
        channel = self.get(channel_id)
        self.server.users.get(user_id)
        existing = self.member(channel_id, user_id)
        if existing is not None:
            return existing
        if channel.delete_at:
            raise invalid_field("channel", "channel_id", "refers to an archived channel")
        if _fixed_members(channel):
            raise invalid_field(
                "channel",
                "channel_id",
                "refers to a direct or group channel, whose members are fixed",
            )
        self.server.teams.add_member(channel.team_id, user_id)
        return self._insert_member(channel_id, user_id)

    def leave_team_channels(self, team_id: str, user_id: str) -> None:
        for channel_id, member_id in list(self.members):
            if member_id == user_id and self.rows[channel_id].team_id == team_id:
                del self.members[(channel_id, member_id)]

    def _by_name(self, team_id: str, name: str, include_deleted: bool) -> models_pb2.Channel:
        for channel in self.rows.values():
            if channel.team_id == team_id and channel.name == name:
                if channel.delete_at and not include_deleted:
                    break
                return channel
        raise not_found(
            "app.channel.get_by_name.missing.app_error",
            f'Channel "{name}" not found in team {team_id}.',
        )

    def _new(self, **fields: Any) -> models_pb2.Channel:
        now = self.now()
        channel = models_pb2.Channel(
            id=self.server.new_id(), create_at=now, update_at=now, last_post_at=now, **fields
        )
        self.rows[channel.id] = channel
        return channel

    def _find_fixed(self, name: str) -> Optional[models_pb2.Channel]:
        for channel in self.rows.values():
            if channel.team_id == "" and channel.name == name:
                return channel
        return None

    def _sorted(self, channels: Any) -> List[models_pb2.Channel]:
        return sorted(channels, key=lambda c: (c.display_name.lower(), c.name))

    # RPCs ------------------------------------------------------------------------------------

    @rpc
    def CreateChannel(self, request: api_channels_pb2.CreateChannelRequest) -> Dict[str, Any]:
        given = request.channel
        team = self.server.teams.get(given.team_id)
        _check_name(given.name)
        display_name = check_display_name("channel", given.display_name)
        channel_type = given.type or "O"
        if channel_type not in ("O", "P"):
            raise invalid_field("channel", "type", 'must be "O" (open) or "P" (private)')
        _check_text(given)
        creator_id = given.creator_id
        if creator_id:
            self.server.users.get(creator_id)
            if self.server.teams.member(team.id, creator_id) is None:
                raise forbidden(
                    "api.context.permissions.app_error",
                    "You must be a member of the team to create a channel in it.",
                )
        if any(c.team_id == team.id and c.name == given.name for c in self.rows.values()):
            raise conflict(
                "store.sql_channel.save_channel.exists.app_error",
                f'A channel named "{given.name}" already exists in this team.',
            )
        channel = self._new(
            team_id=team.id,
            type=channel_type,
            display_name=display_name,
            name=given.name,
            header=given.header,
            purpose=given.purpose,
            creator_id=creator_id,
        )
        if creator_id:
            self._insert_member(channel.id, creator_id, admin=True)
        return {"channel": clone(channel)}

    @rpc
    def GetChannel(self, request: api_channels_pb2.GetChannelRequest) -> Dict[str, Any]:
        return {"channel": clone(self.get(request.channel_id))}

    @rpc
    def GetChannelByName(self, request: api_channels_pb2.GetChannelByNameRequest) -> Dict[str, Any]:
        include_deleted = bool(optional(request, "include_deleted"))
        return {"channel": clone(self._by_name(request.team_id, request.name, include_deleted))}

    @rpc
    def GetChannelByNameForTeamName(
        self, request: api_channels_pb2.GetChannelByNameForTeamNameRequest
    ) -> Dict[str, Any]:
        team = self.server.teams.by_name(request.team_name)
        include_deleted = bool(optional(request, "include_deleted"))
        return {"channel": clone(self._by_name(team.id, request.channel_name, include_deleted))}

    @rpc
    def UpdateChannel(self, request: api_channels_pb2.UpdateChannelRequest) -> Dict[str, Any]:
        given = request.channel
        channel = self.get(given.id)
        if channel.delete_at:
            raise invalid_field("channel", "channel_id", "refers to an archived channel")
        _check_text(given)
        if not _fixed_members(channel):
            _check_name(given.name)
            if given.type not in ("O", "P"):
                raise invalid_field("channel", "type", 'must be "O" (open) or "P" (private)')
            clash = any(
                c.id != channel.id and c.team_id == channel.team_id and c.name == given.name
                for c in self.rows.values()
            )
            if clash:
                raise conflict(
                    "store.sql_channel.save_channel.exists.app_error",
                    f'A channel named "{given.name}" already exists in this team.',
                )
            channel.display_name = check_display_name("channel", given.display_name)
            channel.name, channel.type = given.name, given.type
        channel.header, channel.purpose = given.header, given.purpose
        channel.update_at = self.now()
        return {"channel": clone(channel)}

    @rpc
    def DeleteChannel(self, request: api_channels_pb2.DeleteChannelRequest) -> Dict[str, Any]:
        channel = self.get(request.channel_id)
        if _fixed_members(channel):
            raise invalid_field(
                "channel",
                "channel_id",
                "refers to a direct or group channel, which cannot be archived",
            )
        channel.delete_at = channel.update_at = self.now()
        return {}

    @rpc
    def RestoreChannel(self, request: api_channels_pb2.RestoreChannelRequest) -> Dict[str, Any]:
        channel = self.get(request.channel_id)
        if channel.delete_at:
            channel.delete_at = 0
            channel.update_at = self.now()
        return {}

    @rpc
    def GetPublicChannelsForTeam(
        self, request: api_channels_pb2.GetPublicChannelsForTeamRequest
    ) -> Dict[str, Any]:
        self.server.teams.get(request.team_id)
        channels = self._sorted(
            c
            for c in self.rows.values()
            if c.team_id == request.team_id and c.type == "O" and not c.delete_at
        )
        page = paged(channels, optional(request, "page"), optional(request, "per_page"))
        return {"channels": [clone(channel) for channel in page]}

    @rpc
    def GetChannelsForTeamForUser(
        self, request: api_channels_pb2.GetChannelsForTeamForUserRequest
    ) -> Dict[str, Any]:
        include_deleted = bool(optional(request, "include_deleted"))
        channels = [
            self.rows[channel_id]
            for channel_id, user_id in self.members
            if user_id == request.user_id
        ]
        channels = [
            c
            for c in channels
            if (not request.team_id or c.team_id in (request.team_id, ""))
            and (include_deleted or not c.delete_at)
        ]
        return {"channels": [clone(c) for c in sorted(channels, key=lambda c: c.name)]}

    @rpc
    def SearchChannels(self, request: api_channels_pb2.SearchChannelsRequest) -> Dict[str, Any]:
        term = request.term.lower()
        channels = self._sorted(
            c
            for c in self.rows.values()
            if c.team_id == request.team_id
            and c.type == "O"
            and not c.delete_at
            and (c.name.startswith(term) or c.display_name.lower().startswith(term))
        )
        return {"channels": [clone(channel) for channel in channels]}

    @rpc
    def GetDirectChannel(self, request: api_channels_pb2.GetDirectChannelRequest) -> Dict[str, Any]:
        user_a, user_b = request.user_id_1, request.user_id_2
        self.server.users.get(user_a)
        self.server.users.get(user_b)
        name = direct_channel_name(user_a, user_b)
        channel = self._find_fixed(name)
        if channel is None:
            channel = self._new(type="D", name=name, creator_id=user_a)
            for user_id in dict.fromkeys((user_a, user_b)):
                self._insert_member(channel.id, user_id)
        return {"channel": clone(channel)}

    @rpc
    def GetGroupChannel(self, request: api_channels_pb2.GetGroupChannelRequest) -> Dict[str, Any]:
        user_ids = list(dict.fromkeys(request.user_ids))
        if not GROUP_MIN_USERS <= len(user_ids) <= GROUP_MAX_USERS:
            raise invalid_field(
                "channel",
                "user_ids",
                f"must name {GROUP_MIN_USERS} to {GROUP_MAX_USERS} different users",
            )
        users = [self.server.users.get(user_id) for user_id in user_ids]
        name = group_channel_name(user_ids)
        channel = self._find_fixed(name)
        if channel is None:
            display_name = ", ".join(sorted(user.username for user in users))[:64]
            channel = self._new(type="G", name=name, display_name=display_name)
            for user_id in user_ids:
                self._insert_member(channel.id, user_id)
        return {"channel": clone(channel)}

    @rpc
    def AddChannelMember(self, request: api_channels_pb2.AddChannelMemberRequest) -> Dict[str, Any]:
        return {"channel_member": clone(self.add_member(request.channel_id, request.user_id))}

    @rpc
    def AddUserToChannel(self, request: api_channels_pb2.AddUserToChannelRequest) -> Dict[str, Any]:
        self.server.users.get(request.as_user_id)
        return {"channel_member": clone(self.add_member(request.channel_id, request.user_id))}

    @rpc
    def GetChannelMember(self, request: api_channels_pb2.GetChannelMemberRequest) -> Dict[str, Any]:
        return {"channel_member": clone(self._get_member(request.channel_id, request.user_id))}

    @rpc
    def GetChannelMembers(self, request: api_channels_pb2.GetChannelMembersRequest) -> Dict[str, Any]:
        self.get(request.channel_id)
        members = sorted(
            (m for (c, _), m in self.members.items() if c == request.channel_id),
            key=lambda m: m.user_id,
        )
        page = paged(members, optional(request, "page"), optional(request, "per_page"))
        return {"channel_members": [clone(member) for member in page]}

    @rpc
    def GetChannelMembersByIds(
        self, request: api_channels_pb2.GetChannelMembersByIdsRequest
    ) -> Dict[str, Any]:
        self.get(request.channel_id)
        members = [
            self.member(request.channel_id, user_id) for user_id in dict.fromkeys(request.user_ids)
        ]
        return {"channel_members": [clone(member) for member in members if member is not None]}

    @rpc
    def GetChannelMembersForUser(
        self, request: api_channels_pb2.GetChannelMembersForUserRequest
    ) -> Dict[str, Any]:
        # team_id is ignored, as in Mattermost.
        members = sorted(
            (m for (_, u), m in self.members.items() if u == request.user_id),
            key=lambda m: m.channel_id,
        )
        page = paged(members, optional(request, "page"), optional(request, "per_page"))
        return {"channel_members": [clone(member) for member in page]}

    @rpc
    def UpdateChannelMemberRoles(
        self, request: api_channels_pb2.UpdateChannelMemberRolesRequest
    ) -> Dict[str, Any]:
        roles, scheme_admin = check_member_roles(request.new_roles, "channel")
        channel = self.get(request.channel_id)
        if _fixed_members(channel):
            raise invalid_field(
                "channel",
                "channel_id",
                "refers to a direct or group channel, whose members have no roles to change",
            )
        member = self._get_member(request.channel_id, request.user_id)
        member.roles, member.scheme_admin, member.scheme_user = roles, scheme_admin, True
        member.last_update_at = self.now()
        return {"channel_member": clone(member)}

    @rpc
    def DeleteChannelMember(self, request: api_channels_pb2.DeleteChannelMemberRequest) -> Dict[str, Any]:
        channel = self.get(request.channel_id)
        if channel.type == "D":
            raise invalid_field(
                "channel",
                "channel_id",
                "refers to a direct channel, which has exactly its two members",
            )
        self._get_member(request.channel_id, request.user_id)
        del self.members[(request.channel_id, request.user_id)]
        return {}

    @rpc
    def GetChannelStats(self, request: api_channels_pb2.GetChannelStatsRequest) -> Dict[str, Any]:
        channel = self.get(request.channel_id)
        members = sum(1 for (c, _) in self.members if c == channel.id)
        pinned = sum(
            1
            for post in self.server.posts.rows.values()
            if post.channel_id == channel.id and post.is_pinned and not post.delete_at
        )
        stats = models_pb2.ChannelStats(
            channel_id=channel.id, member_count=members, pinnedpost_count=pinned
        )
        return {"channel_stats": stats}
