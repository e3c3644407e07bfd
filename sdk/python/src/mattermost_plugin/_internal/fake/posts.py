"""Posts (create, read, update, delete, threads, channel pages), ephemeral posts, reactions."""

from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, Optional, Tuple

from ..gen.models import Post, WebsocketBroadcast
from ..gen.plughost.v1 import api_posts_pb2, models_pb2
from .base import (
    Domain,
    check_id,
    clone,
    forbidden,
    invalid_field,
    is_valid_id,
    json_object,
    json_text,
    not_found,
    optional,
    paged,
    rpc,
)
from .records import EphemeralPost, WebSocketEvent

MAX_MESSAGE = 16383
MAX_SINCE_POSTS = 1000
EPHEMERAL_TYPE = "system_ephemeral"
EMOJI_NAME = re.compile(r"^[a-zA-Z0-9\-+_]+$")
MAX_EMOJI_NAME = 64


def _check_post(post: models_pb2.Post) -> None:
    if len(post.message) > MAX_MESSAGE:
        raise invalid_field("post", "message", f"must be at most {MAX_MESSAGE} characters")
    json_object("post", "props", post.props_json)
    if not all(is_valid_id(file_id) for file_id in post.file_ids):
        raise invalid_field("post", "file_ids", "must be a list of file ids")


class Posts(Domain):
    """Posts by id, soft-deleted with delete_at; the order of creation breaks ties of time."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rows: Dict[str, models_pb2.Post] = {}
        self._sequence: Dict[str, int] = {}

    def _position(self, post: models_pb2.Post) -> Tuple[int, int]:
        return post.create_at, self._sequence[post.id]

    def get(self, post_id: str) -> models_pb2.Post:
        check_id("post", "post_id", post_id)
        post = self.rows.get(post_id)
        if post is None or post.delete_at:
            raise not_found("app.post.get.app_error", f"Post {post_id} not found.")
        return post

    def out(self, post: models_pb2.Post) -> models_pb2.Post:
        """A copy with reply_count: the live replies of its thread, as Mattermost counts it."""
        copy = clone(post)
        root_id = post.root_id or post.id
        copy.reply_count = sum(
            1 for p in self.rows.values() if p.root_id == root_id and not p.delete_at
        )
        return copy

    def _live_in(self, channel_id: str) -> List[models_pb2.Post]:
        """The channel's live posts, newest first."""
        posts = [p for p in self.rows.values() if p.channel_id == channel_id and not p.delete_at]
        return sorted(posts, key=self._position, reverse=True)

    def _post_list(
        self,
        posts: Iterable[models_pb2.Post],
        channel_id: Optional[str] = None,
        prev_post_id: Optional[str] = None,
        next_post_id: Optional[str] = None,
    ) -> models_pb2.PostList:
        """A PostList of ``posts`` in that order; with ``channel_id``, the paging cursors too."""
        posts = list(posts)
        post_list = models_pb2.PostList(
            order=[p.id for p in posts], posts=[self.out(p) for p in posts]
        )
        if channel_id is None:
            return post_list
        live = self._live_in(channel_id)
        if next_post_id is None and posts:
            newer = [p for p in live if self._position(p) > self._position(posts[0])]
            next_post_id = newer[-1].id if newer else ""
        if prev_post_id is None and posts:
            older = [p for p in live if self._position(p) < self._position(posts[-1])]
            prev_post_id = older[0].id if older else ""
        post_list.next_post_id = next_post_id or ""
        post_list.prev_post_id = prev_post_id or ""
        post_list.has_next = bool(post_list.next_post_id)
        return post_list

    # RPCs ------------------------------------------------------------------------------------

    @rpc
    def CreatePost(self, request: api_posts_pb2.CreatePostRequest) -> Dict[str, Any]:
        given = request.post
        channel = self.server.channels.get(given.channel_id)
        if channel.delete_at:
            raise invalid_field("post", "channel_id", "refers to an archived channel")
        self.server.users.get(given.user_id)
        if given.root_id:
            root = self.rows.get(given.root_id)
            if root is None or root.delete_at or root.channel_id != channel.id:
                raise invalid_field("post", "root_id", "must be a post in the same channel")
        _check_post(given)
        now = self.now()
        post = clone(given)
        post.id = self.server.new_id()
        post.create_at = post.update_at = now
        post.edit_at = post.delete_at = post.reply_count = 0
        post.original_id = post.hashtags = ""
        props = json_object("post", "props", given.props_json)
        props["from_plugin"] = "true"  # as Mattermost marks a post a plugin created
        post.props_json = json_text(props)
        self.rows[post.id] = post
        self._sequence[post.id] = len(self._sequence)
        channel.last_post_at = now
        channel.total_msg_count += 1
        return {"post": self.out(post)}

    @rpc
    def GetPost(self, request: api_posts_pb2.GetPostRequest) -> Dict[str, Any]:
        return {"post": self.out(self.get(request.post_id))}

    @rpc
    def UpdatePost(self, request: api_posts_pb2.UpdatePostRequest) -> Dict[str, Any]:
        given = request.post
        post = self.get(given.id)
        _check_post(given)
        post.message, post.props_json, post.is_pinned = (
            given.message,
            given.props_json,
            given.is_pinned,
        )
        del post.file_ids[:]
        post.file_ids.extend(given.file_ids)
        post.edit_at = post.update_at = self.now()
        return {"post": self.out(post)}

    @rpc
    def DeletePost(self, request: api_posts_pb2.DeletePostRequest) -> Dict[str, Any]:
        post = self.get(request.post_id)
        now = self.now()
        for p in self.rows.values():
            if (p.id == post.id or p.root_id == post.id) and not p.delete_at:
                p.delete_at = p.update_at = now
        return {}

    @rpc
    def GetPostThread(self, request: api_posts_pb2.GetPostThreadRequest) -> Dict[str, Any]:
        post = self.get(request.post_id)
        root = self.get(post.root_id or post.id)
        replies = sorted(
            (p for p in self.rows.values() if p.root_id == root.id and not p.delete_at),
            key=self._position,
        )
        return {"post_list": self._post_list([root, *replies])}

    @rpc
    def GetPostsForChannel(self, request: api_posts_pb2.GetPostsForChannelRequest) -> Dict[str, Any]:
        self.server.channels.get(request.channel_id)
        page = paged(
            self._live_in(request.channel_id),
            optional(request, "page"),
            optional(request, "per_page"),
        )
        return {"post_list": self._post_list(page, request.channel_id)}

    @rpc
    def GetPostsSince(self, request: api_posts_pb2.GetPostsSinceRequest) -> Dict[str, Any]:
        """Created or changed after ``time``; deleted posts come emptied, so clients drop them."""
        self.server.channels.get(request.channel_id)
        changed = sorted(
            (
                p
                for p in self.rows.values()
                if p.channel_id == request.channel_id and p.update_at > request.time
            ),
            key=self._position,
            reverse=True,
        )[:MAX_SINCE_POSTS]
        post_list = self._post_list(changed)
        for post in post_list.posts:
            if post.delete_at:
                post.message, post.props_json, post.reply_count = "", "", 0
                del post.file_ids[:]
        return {"post_list": post_list}

    def _anchor(self, channel_id: str, post_id: str, which: str) -> models_pb2.Post:
        self.server.channels.get(channel_id)
        anchor = self.rows.get(post_id)
        if anchor is None or anchor.channel_id != channel_id:
            raise not_found(
                "app.post.get.app_error", f"Post {post_id} ({which}) not found in this channel."
            )
        return anchor

    @rpc
    def GetPostsBefore(self, request: api_posts_pb2.GetPostsBeforeRequest) -> Dict[str, Any]:
        anchor = self._anchor(request.channel_id, request.post_id, "before")
        older = [
            p
            for p in self._live_in(request.channel_id)
            if self._position(p) < self._position(anchor)
        ]
        page_number = optional(request, "page") or 0
        page = paged(older, page_number, optional(request, "per_page"))
        next_post_id = anchor.id if page_number <= 0 else None
        return {"post_list": self._post_list(page, request.channel_id, next_post_id=next_post_id)}

    @rpc
    def GetPostsAfter(self, request: api_posts_pb2.GetPostsAfterRequest) -> Dict[str, Any]:
        anchor = self._anchor(request.channel_id, request.post_id, "after")
        newer = [
            p
            for p in reversed(self._live_in(request.channel_id))
            if self._position(p) > self._position(anchor)
        ]
        page_number = optional(request, "page") or 0
        page = list(reversed(paged(newer, page_number, optional(request, "per_page"))))
        prev_post_id = anchor.id if page_number <= 0 else None
        return {"post_list": self._post_list(page, request.channel_id, prev_post_id=prev_post_id)}


class EphemeralPosts(Domain):
    """Ephemeral posts, never stored: what each user sees, and the events that told them."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.shown: Dict[Tuple[str, str], models_pb2.Post] = {}  # (user id, post id) -> post

    def _publish(self, event: str, user_id: str, post: models_pb2.Post) -> None:
        data = {"post": Post(post).to_dict()}
        broadcast = WebsocketBroadcast(user_id=user_id, channel_id=post.channel_id)
        self.server.websocket_events.append(WebSocketEvent(event, data, broadcast))

    def records(self) -> List[EphemeralPost]:
        return [EphemeralPost(user_id, Post(post)) for (user_id, _), post in self.shown.items()]

    def _prepared(self, user_id: str, given: models_pb2.Post) -> models_pb2.Post:
        self.server.users.get(user_id)
        self.server.channels.get(given.channel_id)
        _check_post(given)
        post = clone(given)
        post.id = post.id or self.server.new_id()
        post.create_at = post.create_at or self.now()
        post.type = EPHEMERAL_TYPE
        return post

    @rpc
    def SendEphemeralPost(self, request: api_posts_pb2.SendEphemeralPostRequest) -> Dict[str, Any]:
        post = self._prepared(request.user_id, request.post)
        self.shown[(request.user_id, post.id)] = post
        self._publish("ephemeral_message", request.user_id, post)
        return {"post": clone(post)}

    @rpc
    def UpdateEphemeralPost(self, request: api_posts_pb2.UpdateEphemeralPostRequest) -> Dict[str, Any]:
        post = self._prepared(request.user_id, request.post)
        post.update_at = self.now()
        self.shown[(request.user_id, post.id)] = post
        self._publish("post_edited", request.user_id, post)
        return {"post": clone(post)}

    @rpc
    def DeleteEphemeralPost(self, request: api_posts_pb2.DeleteEphemeralPostRequest) -> Dict[str, Any]:
        self.server.users.get(request.user_id)
        shown = self.shown.pop((request.user_id, request.post_id), None)
        now = self.now()
        post = models_pb2.Post(
            id=request.post_id,
            channel_id=shown.channel_id if shown else "",
            type=EPHEMERAL_TYPE,
            update_at=now,
            delete_at=now,
        )
        self._publish("post_deleted", request.user_id, post)
        return {}


def _check_reaction(reaction: models_pb2.Reaction) -> None:
    check_id("reaction", "user_id", reaction.user_id)
    check_id("reaction", "post_id", reaction.post_id)
    name = reaction.emoji_name
    if not 1 <= len(name) <= MAX_EMOJI_NAME or not EMOJI_NAME.match(name):
        raise invalid_field(
            "reaction",
            "emoji_name",
            f'must be 1 to {MAX_EMOJI_NAME} letters, digits, "-", "+" or "_"',
        )


class Reactions(Domain):
    """Reactions by (post id, user id, emoji name), oldest first."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rows: Dict[Tuple[str, str, str], models_pb2.Reaction] = {}

    def _target(self, reaction: models_pb2.Reaction) -> Tuple[str, str, str]:
        _check_reaction(reaction)
        post = self.server.posts.get(reaction.post_id)
        if self.server.channels.get(post.channel_id).delete_at:
            raise forbidden(
                "api.reaction.save.archived_channel.app_error",
                "You cannot react to a post in an archived channel.",
            )
        return reaction.post_id, reaction.user_id, reaction.emoji_name

    @rpc
    def AddReaction(self, request: api_posts_pb2.AddReactionRequest) -> Dict[str, Any]:
        key = self._target(request.reaction)
        if key not in self.rows:
            post_id, user_id, emoji_name = key
            self.rows[key] = models_pb2.Reaction(
                post_id=post_id, user_id=user_id, emoji_name=emoji_name, create_at=self.now()
            )
        return {"reaction": clone(self.rows[key])}

    @rpc
    def RemoveReaction(self, request: api_posts_pb2.RemoveReactionRequest) -> Dict[str, Any]:
        self.rows.pop(self._target(request.reaction), None)
        return {}

    @rpc
    def GetReactions(self, request: api_posts_pb2.GetReactionsRequest) -> Dict[str, Any]:
        self.server.posts.get(request.post_id)
        reactions = [r for (post_id, _, _), r in self.rows.items() if post_id == request.post_id]
        return {"reactions": [clone(r) for r in sorted(reactions, key=lambda r: r.create_at)]}
