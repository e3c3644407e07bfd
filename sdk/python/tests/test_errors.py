"""Mapping a failed gRPC call to the right PluginAPIError subclass."""

import grpc
import pytest

from mattermost_plugin import (
    AlreadyExistsError,
    NotFoundError,
    PermissionDeniedError,
    PluginAPIError,
    UnavailableError,
    ValidationError,
)
from mattermost_plugin._internal.gen.plughost.v1 import models_pb2
from mattermost_plugin._internal.rpc_errors import api_error_from_rpc_error


class FakeRpcError(grpc.RpcError):
    def __init__(self, code, details="", trailing_metadata=()):
        self._code, self._details, self._trailing = code, details, trailing_metadata

    def code(self):
        return self._code

    def details(self):
        return self._details

    def trailing_metadata(self):
        return self._trailing


def _app_error_metadata(**fields):
    return (("mm-app-error-bin", models_pb2.AppError(**fields).SerializeToString()),)


@pytest.mark.parametrize(
    "status_code, cls",
    [
        (404, NotFoundError),
        (403, PermissionDeniedError),
        (400, ValidationError),
        (409, AlreadyExistsError),
        (503, UnavailableError),
        (500, PluginAPIError),
        (429, PluginAPIError),
    ],
)
def test_app_error_in_trailing_metadata_decides(status_code, cls):
    error = FakeRpcError(
        grpc.StatusCode.UNKNOWN,  # the AppError wins over the code
        "ignored details",
        (("other", "x"),)
        + _app_error_metadata(
            id="app.thing.error", message="it failed", detailed_error="why", status_code=status_code
        ),
    )
    mapped = api_error_from_rpc_error(error)
    assert type(mapped) is cls
    assert (mapped.error_id, mapped.message, mapped.status_code, mapped.detailed_error) == (
        "app.thing.error",
        "it failed",
        status_code,
        "why",
    )


@pytest.mark.parametrize(
    "code, cls, status_code",
    [
        (grpc.StatusCode.NOT_FOUND, NotFoundError, 404),
        (grpc.StatusCode.PERMISSION_DENIED, PermissionDeniedError, 403),
        (grpc.StatusCode.INVALID_ARGUMENT, ValidationError, 400),
        (grpc.StatusCode.ALREADY_EXISTS, AlreadyExistsError, 409),
        (grpc.StatusCode.UNAVAILABLE, UnavailableError, 503),
        (grpc.StatusCode.INTERNAL, PluginAPIError, 500),
        (grpc.StatusCode.UNIMPLEMENTED, PluginAPIError, 500),
    ],
)
def test_grpc_code_decides_without_app_error(code, cls, status_code):
    mapped = api_error_from_rpc_error(FakeRpcError(code, "details here"))
    assert type(mapped) is cls
    assert mapped.status_code == status_code
    assert mapped.message == "details here"
    assert mapped.error_id == ""


def test_app_error_without_status_falls_back_to_the_code():
    error = FakeRpcError(
        grpc.StatusCode.NOT_FOUND, "", _app_error_metadata(id="x.y", message="gone")
    )
    mapped = api_error_from_rpc_error(error)
    assert type(mapped) is NotFoundError and mapped.error_id == "x.y"


def test_exception_attributes_and_str():
    error = NotFoundError("app.user.missing", "User not found")
    assert error.status_code == 404 and error.detailed_error == ""
    assert str(error) == "User not found [app.user.missing]"
    assert isinstance(error, PluginAPIError)
    base = PluginAPIError("id", "msg", status_code=418, detailed_error="teapot")
    assert (base.status_code, base.detailed_error) == (418, "teapot")
