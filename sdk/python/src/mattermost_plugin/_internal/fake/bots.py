"""Bots: a user account with ``is_bot`` and no password, plus the bot record (owner, names)."""

from __future__ import annotations

from typing import Any, Dict, Optional

from ..gen.plughost.v1 import api_bots_pb2, models_pb2
from .base import Domain, check_id, clone, conflict, invalid_field, not_found, optional, paged, rpc

MAX_DISPLAY_NAME = 64
MAX_DESCRIPTION = 1024
# Where EnsureBotUser keeps the plugin's bot id: the plugin's own KV store, as in Mattermost.
BOT_USER_KEY = "mmi_botid"


def _check_text(field: str, value: Optional[str], limit: int) -> None:
    if value is not None and len(value) > limit:
        raise invalid_field("bot", field, f"must be text of at most {limit} characters")


class Bots(Domain):
    """Bot records by user id; the user itself is in ``Users``."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rows: Dict[str, models_pb2.Bot] = {}

    def _out(self, bot: models_pb2.Bot) -> models_pb2.Bot:
        copy = clone(bot)
        copy.username = self.server.users.get(bot.user_id).username
        return copy

    def _get(self, user_id: str, include_deleted: bool = True) -> models_pb2.Bot:
        check_id("bot", "bot_user_id", user_id)
        bot = self.rows.get(user_id)
        if bot is None or (bot.delete_at and not include_deleted):
            raise not_found("store.sql_bot.get.missing.app_error", f"Bot {user_id} not found.")
        return bot

    def create(self, given: models_pb2.Bot) -> models_pb2.Bot:
        if not given.username:
            raise invalid_field("bot", "username", "is required")
        _check_text("display_name", given.display_name, MAX_DISPLAY_NAME)
        _check_text("description", given.description, MAX_DESCRIPTION)
        username = given.username.lower()
        user = self.server.users.create(
            models_pb2.User(
                username=username,
                email=f"{username}@localhost",
                first_name=given.display_name,
                bot_description=given.description,
            ),
            bot=True,
        )
        bot = models_pb2.Bot(
            user_id=user.id,
            display_name=given.display_name,
            description=given.description,
            owner_id=given.owner_id or self.server.plugin_id,
            create_at=user.create_at,
            update_at=user.create_at,
        )
        self.rows[user.id] = bot
        return bot

    def patch(
        self,
        user_id: str,
        username: Optional[str] = None,
        display_name: Optional[str] = None,
        description: Optional[str] = None,
    ) -> models_pb2.Bot:
        bot = self._get(user_id)
        _check_text("display_name", display_name, MAX_DISPLAY_NAME)
        _check_text("description", description, MAX_DESCRIPTION)
        user = self.server.users.get(user_id)
        if username is not None:
            if not username:
                raise invalid_field("bot", "username", "must be a valid username")
            self.server.users.rename(user, username, f"{username.lower()}@localhost")
        if display_name is not None:
            bot.display_name = user.first_name = display_name
        if description is not None:
            bot.description = user.bot_description = description
        bot.update_at = user.update_at = self.now()
        return bot

    @rpc
    def CreateBot(self, request: api_bots_pb2.CreateBotRequest) -> Dict[str, Any]:
        return {"bot": self._out(self.create(request.bot))}

    @rpc
    def GetBot(self, request: api_bots_pb2.GetBotRequest) -> Dict[str, Any]:
        include_deleted = bool(optional(request, "include_deleted"))
        return {"bot": self._out(self._get(request.bot_user_id, include_deleted))}

    @rpc
    def GetBots(self, request: api_bots_pb2.GetBotsRequest) -> Dict[str, Any]:
        options = request.options
        users = self.server.users.rows
        bots = [b for b in self.rows.values() if options.include_deleted or not b.delete_at]
        if options.owner_id:
            bots = [b for b in bots if b.owner_id == options.owner_id]
        if options.only_orphaned:  # owned by a user who is gone (a plugin's bots never are)
            bots = [b for b in bots if b.owner_id in users and users[b.owner_id].delete_at]
        bots.sort(key=lambda b: users[b.user_id].username)
        page = paged(bots, options.page, options.per_page)
        return {"bots": [self._out(b) for b in page]}

    @rpc
    def PatchBot(self, request: api_bots_pb2.PatchBotRequest) -> Dict[str, Any]:
        patch = request.bot_patch
        bot = self.patch(
            request.bot_user_id,
            username=optional(patch, "username"),
            display_name=optional(patch, "display_name"),
            description=optional(patch, "description"),
        )
        return {"bot": self._out(bot)}

    @rpc
    def UpdateBotActive(self, request: api_bots_pb2.UpdateBotActiveRequest) -> Dict[str, Any]:
        bot = self._get(request.bot_user_id)
        if request.active and bot.delete_at:
            self.server.users.reactivate(bot.user_id)
            bot.delete_at = 0
            bot.update_at = self.now()
        elif not request.active and not bot.delete_at:
            self.server.users.deactivate(bot.user_id)
            bot.delete_at = bot.update_at = self.now()
        return {"bot": self._out(bot)}

    @rpc
    def PermanentDeleteBot(self, request: api_bots_pb2.PermanentDeleteBotRequest) -> Dict[str, Any]:
        bot = self._get(request.bot_user_id)
        del self.rows[bot.user_id]
        del self.server.users.rows[bot.user_id]
        return {}

    @rpc
    def EnsureBotUser(self, request: api_bots_pb2.EnsureBotUserRequest) -> Dict[str, Any]:
        """The plugin's bot: the one it made before (kept up to date), a bot user of that
        username, or a new one; its id is kept in the plugin's KV store under "mmi_botid"."""
        given = request.bot
        kv = self.server.kv
        known = kv.live(BOT_USER_KEY)
        if known is not None:
            bot = self.patch(
                known.decode(),
                username=given.username,
                display_name=given.display_name,
                description=given.description,
            )
            return {"bot_user_id": bot.user_id}
        existing = next(
            (u for u in self.server.users.rows.values() if u.username == given.username.lower()),
            None,
        )
        if existing is not None:
            if not existing.is_bot:
                raise conflict(
                    "app.user.save.username_exists.app_error",
                    f'An account with username "{existing.username}" exists and is no bot.',
                )
            user_id = existing.id
        else:
            user_id = self.create(
                models_pb2.Bot(
                    username=given.username,
                    display_name=given.display_name,
                    description=given.description,
                )
            ).user_id
        kv.set(BOT_USER_KEY, user_id.encode())
        return {"bot_user_id": user_id}
