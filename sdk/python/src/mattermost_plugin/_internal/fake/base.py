"""What every part of the in-memory fake shares: handler registration, errors, ids, time, paging.

A handler is a method named as the RPC it answers and marked with :func:`rpc`; it takes the
request message and returns the fields of the response message (a dict). Its rules mirror the
server's (``server/src/app``): the same validations, error ids, statuses and defaults, so a
plugin's unit test sees what the real server would answer.
"""

from __future__ import annotations

import json
import re
import secrets
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterator, List, Optional, Tuple, TypeVar

from google.protobuf.message import Message

from ...errors import PluginAPIError
from ..model import dumps_json
from ..rpc_errors import api_error

if TYPE_CHECKING:
    from .server import FakeServer

_M = TypeVar("_M", bound=Message)
Handler = Callable[[Any, Any], Dict[str, Any]]

# Attribute set on a handler method: the RPC it answers.
RPC_ATTR = "_fake_rpc"


def rpc(method: Handler) -> Handler:
    """Mark a method of a domain as the handler of the RPC it is named after."""
    setattr(method, RPC_ATTR, method.__name__)
    return method


class Domain:
    """One area of the fake (users, posts, the key-value store, …), sharing the server's state."""

    def __init__(self, server: FakeServer) -> None:
        self.server = server

    def handlers(self) -> Iterator[Tuple[str, Callable[[Any], Dict[str, Any]]]]:
        """(RPC name, bound handler) of every method marked with :func:`rpc`."""
        for name in dir(type(self)):
            function = getattr(type(self), name)
            if getattr(function, RPC_ATTR, None) == name:
                yield name, getattr(self, name)

    def now(self) -> int:
        return self.server.clock.now_ms()


# ---------------------------------------------------------------------------------------------
# Errors, as server/src/app/errors.ts makes them


def invalid_field(where: str, field: str, why: str = "is missing or invalid") -> PluginAPIError:
    """A 400 naming the field (the server's ``invalidField``)."""
    return api_error(
        400, f"model.{where}.is_valid.{field}.app_error", f"Invalid {field}: {field} {why}."
    )


def bad_request(error_id: str, message: str) -> PluginAPIError:
    return api_error(400, error_id, message)


def forbidden(error_id: str, message: str) -> PluginAPIError:
    return api_error(403, error_id, message)


def not_found(error_id: str, message: str) -> PluginAPIError:
    return api_error(404, error_id, message)


def conflict(error_id: str, message: str) -> PluginAPIError:
    return api_error(409, error_id, message)


NOT_IMPLEMENTED_ID = "plugin_api.not_implemented"


def not_modelled(rpc_name: str) -> PluginAPIError:
    """What a method the fake does not model raises: the server's 501 for unimplemented methods."""
    return api_error(
        501,
        NOT_IMPLEMENTED_ID,
        f"The Plugin API method {rpc_name} is not modelled by mattermost_plugin.testing's fake "
        "(subclass FakePluginAPI and define the method to answer it in a test).",
    )


# ---------------------------------------------------------------------------------------------
# Ids, names, JSON fields, copies

_ID_ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769"
_ID = re.compile(r"^[a-z0-9]{26}$")


def new_id() -> str:
    """A Mattermost id: 16 random bytes in a 32-letter alphabet, 26 characters."""
    value = int.from_bytes(secrets.token_bytes(16), "big") << 2  # 128 bits -> 130, 26 letters
    return "".join(_ID_ALPHABET[(value >> shift) & 31] for shift in range(125, -1, -5))


def is_valid_id(value: str) -> bool:
    return bool(_ID.match(value))


def check_id(where: str, field: str, value: str) -> str:
    if not is_valid_id(value):
        raise invalid_field(where, field, "is not a valid id")
    return value


def clone(message: _M) -> _M:
    """A copy of a stored message, so no caller shares the fake's state."""
    copy = type(message)()
    copy.CopyFrom(message)
    return copy


def json_object(where: str, field: str, text: str) -> Dict[str, Any]:
    """A ``<x>_json`` field that must hold a JSON object ("" is an empty one)."""
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise invalid_field(where, field, "must be an object")
    return value


def json_text(value: Any) -> str:
    """A JSON object as a ``<x>_json`` field, written the way the SDK writes it."""
    return dumps_json(value) if value else ""


def words(text: str) -> List[str]:
    return text.split()


# ---------------------------------------------------------------------------------------------
# Paging, as the server's ``page()``


def paged(
    items: List[_M], page: Optional[int], per_page: Optional[int], default: int = 60
) -> List[_M]:
    """One page: a negative page is 0; per_page unset or < 1 is ``default``, at most 1000."""
    start_page = max(0, page or 0)
    size = min(per_page, 1000) if per_page and per_page > 0 else default
    return items[start_page * size : (start_page + 1) * size]


def optional(request: Message, field: str) -> Any:
    """An ``optional`` request field's value, or None when the caller did not send it."""
    return getattr(request, field) if request.HasField(field) else None
