"""HTTP objects: what a ``ServeHTTP`` handler receives, and what ``plugin_http`` returns.

A ``ServeHTTP`` (or ``ServeMetrics``) handler answers with a dict::

    {"status_code": 200, "headers": {"Content-Type": "application/json"}, "body": "..."}

``headers`` is optional (a value may be a string or a list of strings); ``body`` may be
``str`` (sent as UTF-8) or ``bytes`` and defaults to empty; ``status_code`` defaults to 200.
Returning None answers an empty 200.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .models import Context

__all__ = ["Headers", "HTTPRequest", "HTTPResponse"]


class Headers(Dict[str, str]):
    """Request headers: a dict of header name to its first value, looked up case-insensitively.

    ``headers["content-type"]`` and ``headers["Content-Type"]`` are the same entry;
    :meth:`get_all` returns every value of a repeated header.
    """

    def __init__(self, pairs: Iterable[Tuple[str, Sequence[str]]] = ()) -> None:
        self._values: Dict[str, List[str]] = {}
        self._names: Dict[str, str] = {}  # lower-cased name -> name as received
        for name, values in pairs:
            if not values:
                continue
            key = name.lower()
            self._names.setdefault(key, name)
            self._values.setdefault(key, []).extend(values)
        super().__init__((self._names[key], values[0]) for key, values in self._values.items())

    def _name(self, name: str) -> str:
        """The header's name as received, for ``name`` in any case."""
        return self._names.get(name.lower(), name)

    def __getitem__(self, name: str) -> str:
        return super().__getitem__(self._name(name))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and super().__contains__(self._name(name))

    def get(self, name: str, default: Optional[str] = None) -> Optional[str]:  # type: ignore[override]
        """The first value of header ``name`` (any case), or ``default``."""
        return super().get(self._name(name), default)

    def get_all(self, name: str) -> List[str]:
        """Every value of header ``name`` (any case), in the order received."""
        return list(self._values.get(name.lower(), ()))


@dataclass
class HTTPRequest:
    """An HTTP request to ``/plugins/{plugin_id}/...``, body complete."""

    method: str
    """HTTP method (GET, POST, …)."""
    path: str
    """Path below ``/plugins/{plugin_id}``, starting with ``/``."""
    query: str
    """Raw query string, without ``?``."""
    url: str
    """The full original URL path and query."""
    headers: Headers
    """Request headers (see :class:`Headers`)."""
    body: bytes
    """The whole request body."""
    remote_addr: str
    """The client's address."""
    context: Context = field(default_factory=Context)
    """Request metadata (same as the handler's ``context`` argument)."""


@dataclass
class HTTPResponse:
    """The response to :meth:`PluginAPIClient.plugin_http` (another plugin's answer)."""

    status_code: int
    """HTTP status code."""
    headers: Headers
    """Response headers (see :class:`Headers`)."""
    body: bytes
    """The whole response body."""
