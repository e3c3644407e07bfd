"""Teams and their members."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from ..gen.plughost.v1 import api_teams_pb2, models_pb2
from .base import (
    Domain,
    check_id,
    clone,
    conflict,
    invalid_field,
    not_found,
    optional,
    paged,
    rpc,
    words,
)

NAME = re.compile(r"^[a-z0-9]+([a-z0-9\-_]*[a-z0-9]+)?$")
MAX_DISPLAY_NAME = 64
MAX_DESCRIPTION = 255


def check_display_name(where: str, display_name: str) -> str:
    display_name = display_name.strip()
    if not display_name or len(display_name) > MAX_DISPLAY_NAME:
        raise invalid_field(where, "display_name", f"must be 1-{MAX_DISPLAY_NAME} characters")
    return display_name


def check_member_roles(roles: str, scope: str) -> Tuple[str, bool]:
    """("<scope>_user[ <scope>_admin]", scheme_admin) for roles naming only those two."""
    wanted = words(roles)
    user, admin = f"{scope}_user", f"{scope}_admin"
    if user not in wanted or any(role not in (user, admin) for role in wanted):
        raise invalid_field(f"{scope}_member", "roles", f'must be "{user}" or "{user} {admin}"')
    scheme_admin = admin in wanted
    return (f"{user} {admin}" if scheme_admin else user), scheme_admin


class Teams(Domain):
    """Teams by id; memberships by (team id, user id), kept with delete_at when left."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rows: Dict[str, models_pb2.Team] = {}
        self.members: Dict[Tuple[str, str], models_pb2.TeamMember] = {}

    # Used by the other domains ------------------------------------------------------------

    def get(self, team_id: str) -> models_pb2.Team:
        check_id("team", "team_id", team_id)
        team = self.rows.get(team_id)
        if team is None:
            raise not_found("app.team.get.find.app_error", f"Team {team_id} not found.")
        return team

    def by_name(self, name: str) -> models_pb2.Team:
        for team in self.rows.values():
            if team.name == name:
                return team
        raise not_found("app.team.get_by_name.missing.app_error", f'Team "{name}" not found.')

    def member(self, team_id: str, user_id: str) -> Optional[models_pb2.TeamMember]:
        """The active membership, or None."""
        member = self.members.get((team_id, user_id))
        return member if member is not None and not member.delete_at else None

    def teams_of(self, user_id: str) -> List[models_pb2.Team]:
        teams = [
            self.rows[t] for (t, u), m in self.members.items() if u == user_id and not m.delete_at
        ]
        return sorted((t for t in teams if not t.delete_at), key=lambda team: team.name)

    def add_member(self, team_id: str, user_id: str) -> models_pb2.TeamMember:
        self.get(team_id)
        self.server.users.get(user_id)
        existing = self.member(team_id, user_id)
        if existing is not None:
            return existing
        member = models_pb2.TeamMember(
            team_id=team_id, user_id=user_id, roles="team_user", scheme_user=True
        )
        self.members[(team_id, user_id)] = member
        return member

    def remove_member(self, team_id: str, user_id: str) -> None:
        member = self.member(team_id, user_id)
        if member is None:
            raise not_found(
                "app.team.get_member.missing.app_error",
                f"User {user_id} is not a member of team {team_id}.",
            )
        member.delete_at = self.now()
        self.server.channels.leave_team_channels(team_id, user_id)

    def _get_member(self, team_id: str, user_id: str) -> models_pb2.TeamMember:
        self.get(team_id)
        check_id("team_member", "user_id", user_id)
        member = self.member(team_id, user_id)
        if member is None:
            raise not_found(
                "app.team.get_member.missing.app_error",
                f"User {user_id} is not a member of team {team_id}.",
            )
        return member

    # RPCs ------------------------------------------------------------------------------------

    @rpc
    def CreateTeam(self, request: api_teams_pb2.CreateTeamRequest) -> Dict[str, Any]:
        given = request.team
        if not 2 <= len(given.name) <= 64 or not NAME.match(given.name):
            raise invalid_field(
                "team",
                "name",
                'must be 2-64 lowercase letters, digits, "-" or "_", starting and ending with a '
                "letter or digit",
            )
        display_name = check_display_name("team", given.display_name)
        team_type = given.type or "O"
        if team_type not in ("O", "I"):
            raise invalid_field("team", "type", 'must be "O" (open) or "I" (invite only)')
        if any(team.name == given.name for team in self.rows.values()):
            raise conflict(
                "store.sql_team.save_team.existing.app_error",
                f'A team named "{given.name}" already exists.',
            )
        team = clone(given)
        team.id = self.server.new_id()
        team.create_at = team.update_at = self.now()
        team.delete_at = 0
        team.display_name = display_name
        team.type = team_type
        team.invite_id = self.server.new_id()
        self.rows[team.id] = team
        return {"team": clone(team)}

    @rpc
    def GetTeam(self, request: api_teams_pb2.GetTeamRequest) -> Dict[str, Any]:
        return {"team": clone(self.get(request.team_id))}

    @rpc
    def GetTeamByName(self, request: api_teams_pb2.GetTeamByNameRequest) -> Dict[str, Any]:
        return {"team": clone(self.by_name(request.name))}

    @rpc
    def GetTeams(self, request: api_teams_pb2.GetTeamsRequest) -> Dict[str, Any]:
        teams = sorted((t for t in self.rows.values() if not t.delete_at), key=lambda t: t.name)
        return {"teams": [clone(team) for team in teams]}

    @rpc
    def UpdateTeam(self, request: api_teams_pb2.UpdateTeamRequest) -> Dict[str, Any]:
        given = request.team
        team = self.get(given.id)
        team.display_name = check_display_name("team", given.display_name)
        if len(given.description) > MAX_DESCRIPTION:
            raise invalid_field(
                "team", "description", f"must be at most {MAX_DESCRIPTION} characters"
            )
        if given.type and given.type not in ("O", "I"):
            raise invalid_field("team", "type", 'must be "O" (open) or "I" (invite only)')
        team.description = given.description
        team.email = given.email
        team.type = given.type or team.type
        team.allow_open_invite = given.allow_open_invite
        team.update_at = self.now()
        return {"team": clone(team)}

    @rpc
    def DeleteTeam(self, request: api_teams_pb2.DeleteTeamRequest) -> Dict[str, Any]:
        team = self.get(request.team_id)
        team.delete_at = team.update_at = self.now()
        return {}

    @rpc
    def SearchTeams(self, request: api_teams_pb2.SearchTeamsRequest) -> Dict[str, Any]:
        term = request.term.lower()
        teams = [
            t
            for t in self.rows.values()
            if not t.delete_at
            and (t.name.startswith(term) or t.display_name.lower().startswith(term))
        ]
        return {"teams": [clone(team) for team in sorted(teams, key=lambda t: t.name)]}

    @rpc
    def GetTeamsForUser(self, request: api_teams_pb2.GetTeamsForUserRequest) -> Dict[str, Any]:
        return {"teams": [clone(team) for team in self.teams_of(request.user_id)]}

    @rpc
    def CreateTeamMember(self, request: api_teams_pb2.CreateTeamMemberRequest) -> Dict[str, Any]:
        return {"team_member": clone(self.add_member(request.team_id, request.user_id))}

    @rpc
    def CreateTeamMembers(self, request: api_teams_pb2.CreateTeamMembersRequest) -> Dict[str, Any]:
        members = [self.add_member(request.team_id, user_id) for user_id in request.user_ids]
        return {"team_members": [clone(member) for member in members]}

    @rpc
    def DeleteTeamMember(self, request: api_teams_pb2.DeleteTeamMemberRequest) -> Dict[str, Any]:
        self.remove_member(request.team_id, request.user_id)
        return {}

    @rpc
    def GetTeamMember(self, request: api_teams_pb2.GetTeamMemberRequest) -> Dict[str, Any]:
        return {"team_member": clone(self._get_member(request.team_id, request.user_id))}

    @rpc
    def GetTeamMembers(self, request: api_teams_pb2.GetTeamMembersRequest) -> Dict[str, Any]:
        self.get(request.team_id)
        members = sorted(
            (m for (t, _), m in self.members.items() if t == request.team_id and not m.delete_at),
            key=lambda m: m.user_id,
        )
        page = paged(members, optional(request, "page"), optional(request, "per_page"))
        return {"team_members": [clone(member) for member in page]}

    @rpc
    def GetTeamMembersForUser(
        self, request: api_teams_pb2.GetTeamMembersForUserRequest
    ) -> Dict[str, Any]:
        members = sorted(
            (m for (_, u), m in self.members.items() if u == request.user_id and not m.delete_at),
            key=lambda m: m.team_id,
        )
        page = paged(members, optional(request, "page"), optional(request, "per_page"))
        return {"team_members": [clone(member) for member in page]}

    @rpc
    def UpdateTeamMemberRoles(
        self, request: api_teams_pb2.UpdateTeamMemberRolesRequest
    ) -> Dict[str, Any]:
        roles, scheme_admin = check_member_roles(request.new_roles, "team")
        member = self._get_member(request.team_id, request.user_id)
        member.roles, member.scheme_admin, member.scheme_user = roles, scheme_admin, True
        return {"team_member": clone(member)}
