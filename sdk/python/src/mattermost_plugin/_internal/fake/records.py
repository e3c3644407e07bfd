"""The fake's clock and what it records for a test to assert on (re-exported by ``testing``)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Optional

from ..gen.models import Post, WebsocketBroadcast


class FakeClock:
    """The fake's time: it starts at the real time (or ``start``) and moves only when told.

    Everything the fake stamps (``create_at``, ``update_at``, ``delete_at``) and every expiry
    of the key-value store reads this clock, so a test controls time exactly::

        api.kv_set_with_expiry("token", "t", 60)
        api.clock.advance(60)
        assert api.kv_get("token") is None

    Args:
        start: The initial time, in seconds since the Unix epoch; defaults to now.
    """

    def __init__(self, start: Optional[float] = None) -> None:
        self._lock = threading.Lock()
        self._ms = int((time.time() if start is None else start) * 1000)

    def now_ms(self) -> int:
        """The current time in milliseconds since the Unix epoch, as Mattermost's timestamps."""
        with self._lock:
            return self._ms

    def advance(self, seconds: float) -> None:
        """Move the time forward by ``seconds`` (fractions allowed, down to a millisecond).

        Raises:
            ValueError: ``seconds`` is negative (time does not go back).
        """
        if seconds < 0:
            raise ValueError("FakeClock.advance() takes a non-negative number of seconds")
        with self._lock:
            self._ms += round(seconds * 1000)


@dataclass(frozen=True)
class LogEntry:
    """One line the plugin wrote through ``log_debug``/``log_info``/``log_warn``/``log_error``."""

    level: str
    """``"debug"``, ``"info"``, ``"warn"`` or ``"error"``."""
    message: str
    """The message, as given."""
    fields: Dict[str, Any] = field(default_factory=dict)
    """The structured fields (the keyword arguments of the call)."""


@dataclass(frozen=True)
class WebSocketEvent:
    """A websocket event the plugin's calls published, as the server would send it."""

    event: str
    """The event name: ``custom_<plugin id>_<event>`` for ``publish_web_socket_event``;
    ``ephemeral_message``, ``post_edited`` or ``post_deleted`` for ephemeral posts; ``typing``
    for ``publish_user_typing``."""
    data: Dict[str, Any]
    """The event's data (for ephemeral posts, ``{"post": <the post as a dict>}``)."""
    broadcast: WebsocketBroadcast
    """Who receives it."""


@dataclass(frozen=True)
class EphemeralPost:
    """An ephemeral post one user currently sees (sent, possibly updated, not deleted)."""

    user_id: str
    """The user who sees it."""
    post: Post
    """The post as the user's client shows it."""
