"""Users: create, look up, list, search, update, (de)activate, roles."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from ..gen.plughost.v1 import api_users_pb2, models_pb2
from .base import (
    Domain,
    check_id,
    clone,
    conflict,
    invalid_field,
    json_object,
    not_found,
    optional,
    paged,
    rpc,
    words,
)

USERNAME = re.compile(r"^[a-z][a-z0-9.\-_]{2,63}$")
EMAIL = re.compile(r"^[^\s@]+@[^\s@]+$")
MIN_PASSWORD = 8
MAX_PASSWORD = 72
SYSTEM_ROLES = ("system_user", "system_admin")


def _check_username(username: str) -> str:
    username = username.lower()
    if not USERNAME.match(username):
        raise invalid_field(
            "user",
            "username",
            'must be 3-64 characters, start with a letter, and use only a-z, 0-9, ".", "-" and "_"',
        )
    return username


def _check_email(email: str) -> str:
    email = email.lower()
    if not EMAIL.match(email):
        raise invalid_field("user", "email", "is not a valid email address")
    return email


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise invalid_field("user", "password", f"must be at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise invalid_field("user", "password", f"must be at most {MAX_PASSWORD} characters")


def _by_username(users: List[models_pb2.User]) -> List[models_pb2.User]:
    return sorted(users, key=lambda user: user.username)


class Users(Domain):
    """User accounts by id (passwords are checked, never kept)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rows: Dict[str, models_pb2.User] = {}

    # Used by the other domains ------------------------------------------------------------

    def get(self, user_id: str) -> models_pb2.User:
        check_id("user", "user_id", user_id)
        user = self.rows.get(user_id)
        if user is None:
            raise not_found("app.user.missing_account.const", f"User {user_id} not found.")
        return user

    def create(self, given: models_pb2.User, bot: bool = False) -> models_pb2.User:
        username = _check_username(given.username)
        email = _check_email(given.email)
        if not bot:
            _check_password(given.password)
        json_object("user", "props", given.props_json)
        if any(user.username == username for user in self.rows.values()):
            raise conflict(
                "app.user.save.username_exists.app_error",
                f'An account with username "{username}" already exists.',
            )
        if any(user.email == email for user in self.rows.values()):
            raise conflict(
                "app.user.save.email_exists.app_error",
                f'An account with email "{email}" already exists.',
            )
        now = self.now()
        user = clone(given)
        user.password = ""
        user.id = self.server.new_id()
        user.username, user.email = username, email
        user.create_at = user.update_at = user.last_password_update = now
        user.delete_at = 0
        user.auth_service = ""
        user.email_verified = False
        user.roles = "system_user"
        user.locale = given.locale or "en"
        user.is_bot = bot or given.is_bot
        self.rows[user.id] = user
        return user

    def deactivate(self, user_id: str) -> models_pb2.User:
        user = self.get(user_id)
        if not user.delete_at:
            user.delete_at = user.update_at = self.now()
        return user

    def reactivate(self, user_id: str) -> models_pb2.User:
        user = self.get(user_id)
        if user.delete_at:
            user.delete_at = 0
            user.update_at = self.now()
        return user

    def rename(self, user: models_pb2.User, username: str, email: str) -> None:
        """Give ``user`` a new username and email, both checked and unique."""
        username, email = _check_username(username), _check_email(email)
        for other in self.rows.values():
            if other.id != user.id and (other.username == username or other.email == email):
                taken = (
                    f'Username "{username}" is taken.'
                    if other.username == username
                    else f'Email "{email}" is taken.'
                )
                raise conflict("app.user.update.exists.app_error", taken)
        user.username, user.email = username, email

    def out(self, user: models_pb2.User) -> models_pb2.User:
        return clone(user)

    def outs(self, users: List[models_pb2.User]) -> Dict[str, Any]:
        return {"users": [clone(user) for user in users]}

    # RPCs ------------------------------------------------------------------------------------

    @rpc
    def CreateUser(self, request: api_users_pb2.CreateUserRequest) -> Dict[str, Any]:
        return {"user": self.out(self.create(request.user))}

    @rpc
    def GetUser(self, request: api_users_pb2.GetUserRequest) -> Dict[str, Any]:
        return {"user": self.out(self.get(request.user_id))}

    @rpc
    def GetUserByUsername(self, request: api_users_pb2.GetUserByUsernameRequest) -> Dict[str, Any]:
        name = request.name.lower()
        for user in self.rows.values():
            if user.username == name:
                return {"user": self.out(user)}
        raise not_found(
            "app.user.get_by_username.app_error", f'User with username "{request.name}" not found.'
        )

    @rpc
    def GetUserByEmail(self, request: api_users_pb2.GetUserByEmailRequest) -> Dict[str, Any]:
        email = request.email.lower()
        for user in self.rows.values():
            if user.email == email:
                return {"user": self.out(user)}
        raise not_found(
            "app.user.get_by_email.app_error", f'User with email "{request.email}" not found.'
        )

    @rpc
    def GetUsersByIds(self, request: api_users_pb2.GetUsersByIdsRequest) -> Dict[str, Any]:
        return self.outs([self.rows[i] for i in dict.fromkeys(request.user_ids) if i in self.rows])

    @rpc
    def GetUsersByUsernames(self, request: api_users_pb2.GetUsersByUsernamesRequest) -> Dict[str, Any]:
        wanted = {name.lower() for name in request.usernames}
        return self.outs(_by_username([u for u in self.rows.values() if u.username in wanted]))

    def _filtered(
        self,
        in_team_id: Optional[str] = None,
        not_in_team_id: Optional[str] = None,
        in_channel_id: Optional[str] = None,
        not_in_channel_id: Optional[str] = None,
        without_team: bool = False,
        role: Optional[str] = None,
    ) -> List[models_pb2.User]:
        teams, channels = self.server.teams, self.server.channels
        users = list(self.rows.values())
        if in_team_id:
            users = [u for u in users if teams.member(in_team_id, u.id)]
        if not_in_team_id:
            users = [u for u in users if not teams.member(not_in_team_id, u.id)]
        if in_channel_id:
            users = [u for u in users if channels.member(in_channel_id, u.id)]
        if not_in_channel_id:
            users = [u for u in users if not channels.member(not_in_channel_id, u.id)]
        if without_team:
            users = [u for u in users if not teams.teams_of(u.id)]
        if role:
            users = [u for u in users if role in words(u.roles)]
        return users

    @rpc
    def GetUsers(self, request: api_users_pb2.GetUsersRequest) -> Dict[str, Any]:
        users = self._filtered(
            in_team_id=optional(request, "in_team_id"),
            not_in_team_id=optional(request, "not_in_team_id"),
            in_channel_id=optional(request, "in_channel_id"),
            not_in_channel_id=optional(request, "not_in_channel_id"),
            without_team=bool(optional(request, "without_team")),
            role=optional(request, "role"),
        )
        if optional(request, "inactive"):
            users = [u for u in users if u.delete_at]
        elif optional(request, "active"):
            users = [u for u in users if not u.delete_at]
        sort = optional(request, "sort") or ""
        if sort == "create_at":
            users = sorted(users, key=lambda u: u.create_at, reverse=True)
        elif sort == "":
            users = _by_username(users)
        else:
            raise invalid_field("user", "sort", 'must be "" or "create_at"')
        page = paged(users, optional(request, "page"), optional(request, "per_page"))
        return self.outs(page)

    @rpc
    def GetUsersInTeam(self, request: api_users_pb2.GetUsersInTeamRequest) -> Dict[str, Any]:
        self.server.teams.get(request.team_id)
        users = _by_username(self._filtered(in_team_id=request.team_id))
        return self.outs(paged(users, optional(request, "page"), optional(request, "per_page")))

    @rpc
    def GetUsersInChannel(self, request: api_users_pb2.GetUsersInChannelRequest) -> Dict[str, Any]:
        self.server.channels.get(request.channel_id)
        sort_by = optional(request, "sort_by") or "username"
        if sort_by not in ("username", "status"):
            raise invalid_field("user", "sort_by", 'must be "username" or "status"')
        # The fake keeps no statuses: everyone is equally offline, so "status" is by username.
        users = _by_username(self._filtered(in_channel_id=request.channel_id))
        return self.outs(paged(users, optional(request, "page"), optional(request, "per_page")))

    @rpc
    def SearchUsers(self, request: api_users_pb2.SearchUsersRequest) -> Dict[str, Any]:
        search = request.search
        term = search.term.strip().lower().lstrip("@")
        users = self._filtered(
            in_team_id=search.team_id,
            not_in_team_id=search.not_in_team_id,
            in_channel_id=search.in_channel_id,
            not_in_channel_id=search.not_in_channel_id,
            without_team=search.without_team,
            role=search.role,
        )
        if not search.allow_inactive:
            users = [u for u in users if not u.delete_at]
        fields = ("username", "email", "nickname", "first_name", "last_name")
        users = [u for u in users if any(getattr(u, f).lower().startswith(term) for f in fields)]
        limit = min(search.limit, 1000) if search.limit > 0 else 100
        return self.outs(_by_username(users)[:limit])

    @rpc
    def UpdateUser(self, request: api_users_pb2.UpdateUserRequest) -> Dict[str, Any]:
        given = request.user
        user = self.get(given.id)
        props = json_object("user", "props", given.props_json)
        self.rename(user, given.username, given.email)
        if given.password:
            _check_password(given.password)
            user.last_password_update = self.now()
        for name in ("nickname", "first_name", "last_name", "position"):
            setattr(user, name, getattr(given, name))
        user.locale = given.locale or user.locale
        user.props_json = given.props_json if props else ""
        user.update_at = self.now()
        return {"user": self.out(user)}

    @rpc
    def UpdateUserActive(self, request: api_users_pb2.UpdateUserActiveRequest) -> Dict[str, Any]:
        if request.active:
            self.reactivate(request.user_id)
        else:
            self.deactivate(request.user_id)
        return {}

    @rpc
    def DeleteUser(self, request: api_users_pb2.DeleteUserRequest) -> Dict[str, Any]:
        self.deactivate(request.user_id)
        return {}

    @rpc
    def UpdateUserRoles(self, request: api_users_pb2.UpdateUserRolesRequest) -> Dict[str, Any]:
        wanted = words(request.new_roles)
        if "system_user" not in wanted or any(role not in SYSTEM_ROLES for role in wanted):
            raise invalid_field(
                "user", "roles", 'must be "system_user" or "system_user system_admin"'
            )
        user = self.get(request.user_id)
        user.roles = "system_admin system_user" if "system_admin" in wanted else "system_user"
        user.update_at = self.now()
        return {"user": self.out(user)}
