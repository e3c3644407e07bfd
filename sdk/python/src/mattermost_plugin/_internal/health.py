"""The standard gRPC health service, as the server's supervisor checks it."""

from __future__ import annotations

from typing import Callable

import grpc

from .gen.grpc.health.v1 import health_pb2, health_pb2_grpc

# "" is the whole server; "plugin" is the name go-plugin style supervisors ask for.
_SERVICES = frozenset({"", "plugin"})


class HealthServicer(health_pb2_grpc.HealthServicer):
    """Answers SERVING for the plugin, a plugin that serves RPCs, unless ``stuck()`` says its
    hooks can no longer run (NOT_SERVING: the server restarts a plugin that keeps saying so)."""

    def __init__(self, stuck: Callable[[], bool] = lambda: False) -> None:
        self._stuck = stuck

    def Check(
        self, request: health_pb2.HealthCheckRequest, context: grpc.ServicerContext
    ) -> health_pb2.HealthCheckResponse:
        if request.service not in _SERVICES:
            context.abort(grpc.StatusCode.NOT_FOUND, f"unknown service {request.service!r}")
        if self._stuck():
            return health_pb2.HealthCheckResponse(status=health_pb2.HealthCheckResponse.NOT_SERVING)
        return health_pb2.HealthCheckResponse(status=health_pb2.HealthCheckResponse.SERVING)
