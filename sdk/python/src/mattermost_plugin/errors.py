"""Exceptions raised by the Plugin API clients.

Every failed API call raises a :class:`PluginAPIError`; the subclass tells the HTTP-style
status the server reported::

    PluginAPIError (base)
      NotFoundError (404)
      PermissionDeniedError (403)
      ValidationError (400)
      AlreadyExistsError (409)
      UnavailableError (503)
"""

from __future__ import annotations

from typing import ClassVar, Optional

__all__ = [
    "PluginAPIError",
    "NotFoundError",
    "PermissionDeniedError",
    "ValidationError",
    "AlreadyExistsError",
    "UnavailableError",
]


class PluginAPIError(Exception):
    """A Plugin API call failed.

    Attributes:
        error_id: Mattermost-style error id, e.g. ``"app.user.missing_account.const"``
            (empty when the server gave none).
        message: Human-readable message.
        status_code: HTTP-style status (404, 403, …).
        detailed_error: Extra detail for logs (may be empty).
    """

    default_status_code: ClassVar[int] = 500

    def __init__(
        self,
        error_id: str,
        message: str,
        status_code: Optional[int] = None,
        detailed_error: str = "",
    ) -> None:
        if status_code is None:
            status_code = self.default_status_code
        super().__init__(error_id, message, status_code, detailed_error)
        self.error_id = error_id
        self.message = message
        self.status_code = status_code
        self.detailed_error = detailed_error

    def __str__(self) -> str:
        return f"{self.message} [{self.error_id}]" if self.error_id else self.message


class NotFoundError(PluginAPIError):
    """The requested object does not exist (404)."""

    default_status_code = 404


class PermissionDeniedError(PluginAPIError):
    """The plugin may not do this (403)."""

    default_status_code = 403


class ValidationError(PluginAPIError):
    """The request was invalid (400)."""

    default_status_code = 400


class AlreadyExistsError(PluginAPIError):
    """The object already exists (409)."""

    default_status_code = 409


class UnavailableError(PluginAPIError):
    """The server cannot answer now, or cannot be reached (503)."""

    default_status_code = 503
