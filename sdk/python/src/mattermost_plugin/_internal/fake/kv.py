"""The key-value store of the plugin under test, with Mattermost's semantics.

Expiry is in milliseconds of the fake's clock (0 = never); an expired key is absent for every
method. Compare-and-set compares bytes; an unset old value means "only if absent", an unset
new value means "delete if it holds the old value".
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

from ..gen.plughost.v1 import api_kv_pb2
from .base import Domain, bad_request, invalid_field, optional, rpc

MAX_KEY_LENGTH = 150
DEFAULT_LIST_PAGE = 100  # when per_page is not sent (the RPC's default)
NON_POSITIVE_LIST_PAGE = 10  # when per_page <= 0 is sent, as in Mattermost


def _check_key(key: str) -> None:
    if not key or len(key) > MAX_KEY_LENGTH:
        raise invalid_field("plugin_kv", "key", f"must be 1-{MAX_KEY_LENGTH} characters")


class KVStore(Domain):
    """``KV*``: one plugin's keys, ``key -> (value, expire_at ms)``."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rows: Dict[str, Tuple[bytes, int]] = {}

    def _expiry(self, seconds: int) -> int:
        return self.now() + seconds * 1000 if seconds > 0 else 0

    def live(self, key: str) -> Optional[bytes]:
        """The value of ``key`` unless it is absent or expired."""
        row = self.rows.get(key)
        if row is None:
            return None
        value, expire_at = row
        return value if expire_at == 0 or expire_at > self.now() else None

    def set(
        self,
        key: str,
        value: Optional[bytes],
        atomic: bool = False,
        old_value: Optional[bytes] = None,
        expire_in_seconds: int = 0,
    ) -> bool:
        """Mattermost's SetWithOptions; returns whether it wrote (False: a comparison failed)."""
        _check_key(key)
        if old_value is not None and not atomic:
            raise bad_request(
                "model.plugin_kvset_options.is_valid.old_value.app_error",
                "Invalid options: old_value is only allowed with atomic set to true.",
            )
        expire_at = self._expiry(expire_in_seconds)
        if not atomic:
            if value is None:
                self.rows.pop(key, None)
            else:
                self.rows[key] = (value, expire_at)
            return True
        if value is None:
            return self.compare_and_delete(key, old_value)
        current = self.live(key)
        if old_value is None:  # insert if absent (an expired row counts as absent)
            if current is not None:
                return False
        elif current != old_value:
            return False
        self.rows[key] = (value, expire_at)
        return True

    def compare_and_delete(self, key: str, old_value: Optional[bytes]) -> bool:
        _check_key(key)
        if old_value is None or self.live(key) != old_value:
            return False
        del self.rows[key]
        return True

    @rpc
    def KVSet(self, request: api_kv_pb2.KVSetRequest) -> Dict[str, Any]:
        self.set(request.key, request.value)
        return {}

    @rpc
    def KVSetWithExpiry(self, request: api_kv_pb2.KVSetWithExpiryRequest) -> Dict[str, Any]:
        self.set(request.key, request.value, expire_in_seconds=request.expire_in_seconds)
        return {}

    @rpc
    def KVSetWithOptions(self, request: api_kv_pb2.KVSetWithOptionsRequest) -> Dict[str, Any]:
        options = request.options
        success = self.set(
            request.key,
            optional(request, "value"),
            atomic=options.atomic,
            old_value=optional(options, "old_value"),
            expire_in_seconds=options.expire_in_seconds,
        )
        return {"success": success}

    @rpc
    def KVCompareAndSet(self, request: api_kv_pb2.KVCompareAndSetRequest) -> Dict[str, Any]:
        success = self.set(
            request.key,
            optional(request, "new_value"),
            atomic=True,
            old_value=optional(request, "old_value"),
        )
        return {"success": success}

    @rpc
    def KVCompareAndDelete(self, request: api_kv_pb2.KVCompareAndDeleteRequest) -> Dict[str, Any]:
        return {"success": self.compare_and_delete(request.key, request.old_value)}

    @rpc
    def KVGet(self, request: api_kv_pb2.KVGetRequest) -> Dict[str, Any]:
        _check_key(request.key)
        return {"value": self.live(request.key)}

    @rpc
    def KVDelete(self, request: api_kv_pb2.KVDeleteRequest) -> Dict[str, Any]:
        _check_key(request.key)
        self.rows.pop(request.key, None)
        return {}

    @rpc
    def KVDeleteAll(self, request: api_kv_pb2.KVDeleteAllRequest) -> Dict[str, Any]:
        self.rows.clear()  # expired rows too
        return {}

    @rpc
    def KVList(self, request: api_kv_pb2.KVListRequest) -> Dict[str, Any]:
        page = max(0, optional(request, "page") or 0)
        per_page = optional(request, "per_page")
        if per_page is None:
            size = DEFAULT_LIST_PAGE
        else:
            size = min(per_page, 1000) if per_page > 0 else NON_POSITIVE_LIST_PAGE
        keys = sorted(key for key in self.rows if self.live(key) is not None)
        return {"keys": keys[page * size : (page + 1) * size]}
