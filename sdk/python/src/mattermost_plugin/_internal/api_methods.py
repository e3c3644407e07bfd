"""The Plugin API methods of both clients: the generated table, and the entries written by hand.

Every RPC of the contract has an entry in ``gen/api_table.py`` (generated from the proto, see
``scripts/gen-python-sdk.py``). The class below replaces the few entries where a Python caller
deserves more than the generic rules give: KV values may be str or any JSON-able object, log
calls take structured fields as keyword arguments, and plugin-to-plugin HTTP takes headers as
a dict. A class that subclasses :class:`PluginAPIMethods` and defines ``_invoke`` gets one real
method per entry: a plain one when ``_invoke`` is a plain function (``PluginAPIClient``), a
coroutine function when it is a coroutine function (``AsyncPluginAPIClient``).
"""

from __future__ import annotations

import inspect
from typing import Any, Dict, Mapping, Optional, Union

from ..http import HTTPResponse
from .api_call import ApiMethod, Call, LazyModule, api_method, no_result
from .gen.api_table import GeneratedAPIMethods
from .gen.plughost.v1 import models_pb2
from .http_wire import body_bytes, header_messages, headers_from_messages
from .model import dumps_json, encode_json_field

__all__ = ["Call", "ApiMethod", "PluginAPIMethods", "api_method_entries"]

_api_kv_pb2 = LazyModule(__package__ + ".gen.plughost.v1.api_kv_pb2")
_api_integrations_pb2 = LazyModule(__package__ + ".gen.plughost.v1.api_integrations_pb2")


def kv_bytes(value: Any) -> bytes:
    """A KV value as stored: bytes as is, str as UTF-8, anything else as JSON."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    return dumps_json(value).encode("utf-8")


def optional_kv_bytes(value: Any) -> Optional[bytes]:
    """Like ``kv_bytes``, but None stays None (an unset field in the request)."""
    return None if value is None else kv_bytes(value)


def api_method_entries(cls: type) -> Dict[str, ApiMethod[Any, Any]]:
    """The table entries of ``cls`` by name, hand-written ones replacing generated ones."""
    entries: Dict[str, ApiMethod[Any, Any]] = {}
    for base in reversed(cls.__mro__):
        entries.update((name, entry) for name, entry in vars(base).items() if isinstance(entry, ApiMethod))
    return entries


class PluginAPIMethods(GeneratedAPIMethods):
    """The Plugin API methods shared by ``PluginAPIClient`` and ``AsyncPluginAPIClient``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        invoke = vars(cls).get("_invoke")
        if invoke is None:  # not a client implementation (e.g. a user's subclass of one)
            return
        asynchronous = inspect.iscoroutinefunction(invoke)
        for name, entry in api_method_entries(PluginAPIMethods).items():
            setattr(cls, name, entry.method_for(cls, asynchronous))

    # Key-value store (private to the plugin). Values are bytes; str is stored as UTF-8 and
    # any other object (dict, list, a model wrapper, ...) as JSON.

    @api_method
    def kv_set(self, key: str, value: Any, expires_in: Optional[int] = None) -> Call[None]:
        """Store ``value`` under ``key``; with ``expires_in`` (seconds) it expires after that."""
        if expires_in is None:
            return Call(_api_kv_pb2.KVSetRequest(key=key, value=kv_bytes(value)), no_result)
        request = _api_kv_pb2.KVSetWithExpiryRequest(
            key=key, value=kv_bytes(value), expire_in_seconds=int(expires_in)
        )
        return Call(request, no_result)

    @api_method
    def kv_set_with_expiry(self, key: str, value: Any, expire_in_seconds: int) -> Call[None]:
        """Store ``value`` under ``key`` for ``expire_in_seconds`` seconds."""
        request = _api_kv_pb2.KVSetWithExpiryRequest(
            key=key, value=kv_bytes(value), expire_in_seconds=expire_in_seconds
        )
        return Call(request, no_result)

    @api_method
    def kv_set_with_options(
        self,
        key: str,
        value: Any,
        atomic: bool = False,
        old_value: Any = None,
        expire_in_seconds: int = 0,
    ) -> Call[bool]:
        """Store ``value`` under ``key`` (None deletes it); return whether it was stored.

        With ``atomic=True`` the write happens only if the current value equals ``old_value``
        (``old_value=None``: only if the key is absent).
        """
        options = models_pb2.PluginKVSetOptions(
            atomic=atomic, old_value=optional_kv_bytes(old_value), expire_in_seconds=expire_in_seconds
        )
        request = _api_kv_pb2.KVSetWithOptionsRequest(
            key=key, value=optional_kv_bytes(value), options=options
        )
        return Call(request, lambda r: r.success)

    @api_method
    def kv_compare_and_set(self, key: str, old_value: Any, new_value: Any) -> Call[bool]:
        """Set ``key`` to ``new_value`` if it holds ``old_value``; return whether it did.

        ``old_value=None`` sets only if the key is absent; ``new_value=None`` deletes the key.
        """
        request = _api_kv_pb2.KVCompareAndSetRequest(
            key=key, old_value=optional_kv_bytes(old_value), new_value=optional_kv_bytes(new_value)
        )
        return Call(request, lambda r: r.success)

    @api_method
    def kv_compare_and_delete(self, key: str, old_value: Any) -> Call[bool]:
        """Delete ``key`` if it holds ``old_value``; return whether it did.

        ``old_value=None`` never matches (False), as in Mattermost.
        """
        old = b"" if old_value is None else kv_bytes(old_value)
        request = _api_kv_pb2.KVCompareAndDeleteRequest(key=key, old_value=old)
        return Call(request, lambda r: r.success)

    # Websocket, dialogs, logging, audit, mail, inter-plugin and cluster. Log calls take the
    # line's structured fields as keyword arguments.

    @api_method
    def log_debug(self, /, message: str, **fields: Any) -> Call[None]:
        """Write a debug line to the server log, tagged with the plugin id."""
        request = _api_integrations_pb2.LogDebugRequest(message=message, key_value_pairs_json=encode_json_field(fields))
        return Call(request, no_result)

    @api_method
    def log_info(self, /, message: str, **fields: Any) -> Call[None]:
        """Write an info line to the server log, tagged with the plugin id."""
        request = _api_integrations_pb2.LogInfoRequest(message=message, key_value_pairs_json=encode_json_field(fields))
        return Call(request, no_result)

    @api_method
    def log_warn(self, /, message: str, **fields: Any) -> Call[None]:
        """Write a warning line to the server log, tagged with the plugin id."""
        request = _api_integrations_pb2.LogWarnRequest(message=message, key_value_pairs_json=encode_json_field(fields))
        return Call(request, no_result)

    @api_method
    def log_error(self, /, message: str, **fields: Any) -> Call[None]:
        """Write an error line to the server log, tagged with the plugin id."""
        request = _api_integrations_pb2.LogErrorRequest(message=message, key_value_pairs_json=encode_json_field(fields))
        return Call(request, no_result)

    @api_method
    def plugin_http(
        self,
        method: str,
        url: str,
        headers: Optional[Mapping[str, Any]] = None,
        body: Union[bytes, str, None] = None,
    ) -> Call[HTTPResponse]:
        """Send an HTTP request to another plugin's ``ServeHTTP`` and return its response.

        ``url`` is ``"/<plugin id>/<path>[?query]"``; the other plugin sees the header
        ``Mattermost-Plugin-ID`` naming this one. Header values may be str or lists of str.
        """
        request = _api_integrations_pb2.PluginHTTPRequest(
            method=method, url=url, headers=header_messages(headers or {}), body=body_bytes(body)
        )
        return Call(
            request,
            lambda r: HTTPResponse(
                status_code=r.status_code, headers=headers_from_messages(r.headers), body=r.body
            ),
        )
