"""A failed gRPC call as the matching PluginAPIError (the contract's one error convention)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Optional, Type

import grpc

from ..errors import (
    AlreadyExistsError,
    NotFoundError,
    PermissionDeniedError,
    PluginAPIError,
    UnavailableError,
    ValidationError,
)
from .gen.plughost.v1 import models_pb2
from .wire import APP_ERROR_METADATA_KEY

_ERROR_CLASS_BY_STATUS: Dict[int, Type[PluginAPIError]] = {
    cls.default_status_code: cls
    for cls in (
        NotFoundError,
        PermissionDeniedError,
        ValidationError,
        AlreadyExistsError,
        UnavailableError,
    )
}

# Used only when the server sent no AppError, to pick the same class it would have implied.
_STATUS_BY_GRPC_CODE: Dict[grpc.StatusCode, int] = {
    grpc.StatusCode.NOT_FOUND: NotFoundError.default_status_code,
    grpc.StatusCode.PERMISSION_DENIED: PermissionDeniedError.default_status_code,
    grpc.StatusCode.INVALID_ARGUMENT: ValidationError.default_status_code,
    grpc.StatusCode.ALREADY_EXISTS: AlreadyExistsError.default_status_code,
    grpc.StatusCode.UNAVAILABLE: UnavailableError.default_status_code,
}


def api_error(
    status_code: int, error_id: str, message: str, detailed_error: str = ""
) -> PluginAPIError:
    """The exception for an HTTP-style status: a subclass for the known ones, else the base."""
    cls = _ERROR_CLASS_BY_STATUS.get(status_code, PluginAPIError)
    return cls(error_id, message, status_code=status_code, detailed_error=detailed_error)


def app_error_from_metadata(metadata: Optional[Iterable[Any]]) -> Optional[models_pb2.AppError]:
    """The AppError in trailing metadata (``(key, value)`` pairs), or None if there is none."""
    for key, value in metadata or ():
        if key == APP_ERROR_METADATA_KEY and isinstance(value, bytes):
            return models_pb2.AppError.FromString(value)
    return None


def api_error_from_rpc_error(error: grpc.RpcError) -> PluginAPIError:
    """Map a failed call: the AppError in its trailing metadata if any, else its gRPC code."""
    code = error.code()
    status_from_code = _STATUS_BY_GRPC_CODE.get(code, PluginAPIError.default_status_code)
    app_error = app_error_from_metadata(error.trailing_metadata())
    if app_error is not None:
        return api_error(
            app_error.status_code or status_from_code,
            app_error.id,
            app_error.message,
            app_error.detailed_error,
        )
    return api_error(status_from_code, "", error.details() or code.name)
