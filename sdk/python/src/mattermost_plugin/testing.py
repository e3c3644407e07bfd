"""Unit-testing plugins without a server: an in-memory Plugin API and a hook runner.

:class:`FakePluginAPI` is a working, in-memory Plugin API: users, teams, channels, posts,
reactions, the key-value store, bots, commands, preferences, configuration, logging and
websocket events behave as on the server (the same validations, errors and defaults). It has
exactly the methods, arguments and result types of :class:`~mattermost_plugin.PluginAPIClient`,
because it is built from the same method table; only the transport differs. A method it does
not model raises the :class:`~mattermost_plugin.PluginAPIError` with status 501 that the
server gives for a method it does not implement. :class:`AsyncFakePluginAPI` is the same for
``await``.

:class:`PluginHarness` builds a plugin with the fake as ``self.api`` and runs its hooks the way
the plugin process does (the same argument objects, the same return conventions)::

    from mattermost_plugin import HookName, Post
    from mattermost_plugin.testing import PluginHarness

    def test_badword_is_rejected():
        with PluginHarness(MyPlugin) as harness:
            post, reason = harness.run(HookName.MessageWillBePosted, Post(message="a badword"))
            assert (post, reason) == (None, "Message blocked")
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import (
    Any,
    Dict,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
)

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from . import models
from ._internal.api_methods import Call, PluginAPIMethods
from .client import AsyncPluginAPIClient, PluginAPIClient
from ._internal.fake.base import NOT_IMPLEMENTED_ID
from ._internal.fake.records import EphemeralPost, FakeClock, LogEntry, WebSocketEvent
from ._internal.fake.server import SERVER_VERSION, FakeServer
from ._internal.gen.plughost.v1 import hooks_pb2
from ._internal.hooks_servicer import HooksServicer
from ._internal.http_wire import header_messages, headers_from_messages
from ._internal.naming import snake_case
from ._internal.wire import HTTP_CHUNK_BYTES
from .hooks import HookName
from .http import HTTPResponse
from .models import Context, InstallEvent, Post
from .plugin import Plugin

__all__ = [
    "FakePluginAPI",
    "AsyncFakePluginAPI",
    "FakeClock",
    "LogEntry",
    "WebSocketEvent",
    "EphemeralPost",
    "PluginHarness",
    "HookFailedError",
    "NOT_IMPLEMENTED_ID",
]

_T = TypeVar("_T")
PluginT = TypeVar("PluginT", bound=Plugin)
_FakeT = TypeVar("_FakeT", bound="_FakeAPIBase")


class _FakeAPIBase(PluginAPIMethods):
    """What both fakes share: the in-memory server and what a test inspects."""

    _server: FakeServer

    def __init__(
        self,
        *,
        plugin_id: str = "com.example.plugin",
        server_version: str = SERVER_VERSION,
        config: Optional[Mapping[str, Any]] = None,
        plugin_config: Optional[Mapping[str, Any]] = None,
        bundle_path: Optional[str] = None,
        clock: Optional[FakeClock] = None,
    ) -> None:
        self._server = FakeServer(
            plugin_id,
            server_version=server_version,
            config=config,
            plugin_config=plugin_config,
            bundle_path=bundle_path,
            clock=clock,
        )

    @classmethod
    def _on(cls: Type[_FakeT], server: FakeServer) -> _FakeT:
        fake = cls.__new__(cls)
        fake._server = server
        return fake

    @property
    def plugin_id(self) -> str:
        """The id of the plugin under test (``get_plugin_id()``; it names websocket events)."""
        return self._server.plugin_id

    @property
    def clock(self) -> FakeClock:
        """The fake's time; ``clock.advance(seconds)`` moves it (expiry, timestamps)."""
        return self._server.clock

    @property
    def logs(self) -> List[LogEntry]:
        """Every line written with ``log_debug``, ``log_info``, ``log_warn``, ``log_error``."""
        with self._server.lock:
            return list(self._server.logs)

    @property
    def websocket_events(self) -> List[WebSocketEvent]:
        """Every websocket event the plugin's calls published, in order."""
        with self._server.lock:
            return list(self._server.websocket_events)

    @property
    def ephemeral_posts(self) -> List[EphemeralPost]:
        """The ephemeral posts users see now: sent, as last updated, not deleted."""
        with self._server.lock:
            return self._server.ephemeral.records()

    @staticmethod
    def modelled_methods() -> List[str]:
        """The API methods the fake implements, in the contract's order (the rest answer 501)."""
        return [snake_case(name) for name in FakeServer("p").modelled()]

    def as_sync(self) -> FakePluginAPI:
        """A blocking fake on the same state (for a plugin that uses both kinds of client)."""
        return FakePluginAPI._on(self._server)

    def as_async(self) -> AsyncFakePluginAPI:
        """An ``await``-able fake on the same state (what an async client of the plugin sees)."""
        return AsyncFakePluginAPI._on(self._server)


class FakePluginAPI(_FakeAPIBase, PluginAPIClient):
    """An in-memory ``PluginAPIClient``: give it to a plugin as ``self.api``.

    Args:
        plugin_id: The id of the plugin under test.
        server_version: What ``get_server_version()`` returns (plughost's version by default).
        config: The server configuration ``get_config()`` returns (a dict in Mattermost's
            shape); a small default otherwise.
        plugin_config: The plugin's settings (``get_plugin_config()``), stored in ``config``
            under ``PluginSettings.Plugins[plugin_id]``.
        bundle_path: What ``get_bundle_path()`` returns.
        clock: The fake's time (default: a new :class:`FakeClock` at the real time).

    It is a ``PluginAPIClient`` (type checkers and ``isinstance`` take it for one) that never
    connects anywhere. The fake starts empty: a test creates what it needs with the API itself
    (``create_user``, ``create_team``, ``create_channel``, …). To answer a method the fake does
    not model, subclass it and define the method::

        class MyFake(FakePluginAPI):
            def has_permission_to(self, user_id, permission_id):
                return permission_id == "manage_system"

    Calls are serialized, so threads of the plugin may share one fake.
    """

    def _invoke(self, call: Call[_T]) -> _T:
        return call.result(self._server.handle(call))

    def close(self) -> None:
        """Nothing to release (for code that closes its client, or uses it in ``with``)."""


class AsyncFakePluginAPI(_FakeAPIBase, AsyncPluginAPIClient):
    """An in-memory ``AsyncPluginAPIClient``: :class:`FakePluginAPI` with coroutine methods.

    Same arguments as :class:`FakePluginAPI`; ``fake.as_async()`` gives one on the same state
    as a blocking fake. Usable as ``async with``.
    """

    async def _invoke(self, call: Call[_T]) -> _T:
        return call.result(self._server.handle(call))

    async def close(self) -> None:
        """Nothing to release (for code that closes its client, or uses it in ``async with``)."""


# ---------------------------------------------------------------------------------------------
# Running hooks


class HookFailedError(Exception):
    """A hook failed in a way that raised nothing in the handler (e.g. a streaming ServeHTTP
    handler that failed after sending its head); the message is what the server would log."""


class _HookCallContext:
    """The gRPC call context the hooks servicer gets: a failure re-raises the handler's error."""

    def __init__(self) -> None:
        self.trailing_metadata: Tuple[Tuple[str, bytes], ...] = ()

    def set_trailing_metadata(self, metadata: Tuple[Tuple[str, bytes], ...]) -> None:
        self.trailing_metadata = metadata

    def abort(self, code: Any, details: str) -> None:
        error = sys.exc_info()[1]
        # Aborting because the handler (or its answer) raised: raise that, not a wrapper the
        # servicer made of it.
        while error is not None and type(error).__module__ == HooksServicer.__module__:
            error = error.__cause__
        if error is not None:
            raise error
        raise HookFailedError(details)

    def add_callback(self, callback: Any) -> bool:
        return True


def _wrapper(field: FieldDescriptor) -> Any:
    return getattr(models, field.message_type.name)


def _synthetic_optional(field: FieldDescriptor) -> bool:
    return field.containing_oneof is not None  # proto3 `optional` (a synthetic oneof)


def _field_value(field: FieldDescriptor, value: Any) -> Any:
    """A handler argument as the request field the server would send."""
    if isinstance(value, InstallEvent):
        return value.user_id
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        wrapper = _wrapper(field)
        if field.is_repeated:
            return [wrapper.coerce(item).to_proto() for item in value]
        return wrapper.coerce(value).to_proto()
    if field.type == FieldDescriptor.TYPE_BYTES and isinstance(value, str):
        return value.encode("utf-8")
    return value


def _hook_request(name: HookName, args: Sequence[Any], context: Any) -> Message:
    request_class = getattr(hooks_pb2, f"{name.value}Request")
    fields = list(request_class.DESCRIPTOR.fields)
    values: Dict[str, Any] = {}
    if fields and fields[0].name == "context":
        values["context"] = Context.coerce({} if context is None else context).to_proto()
        fields = fields[1:]
    elif context is not None:
        raise TypeError(f"{name.value} handlers get no context")
    takes = ", ".join(field.name for field in fields) or "nothing"
    required = [field for field in fields if not _synthetic_optional(field)]
    if not len(required) <= len(args) <= len(fields):
        raise TypeError(
            f"{name.value} takes ({takes}) besides the context; got {len(args)} argument(s)"
        )
    for field, value in zip(fields, args):
        if value is None and not _synthetic_optional(field):
            raise TypeError(f"{name.value}: {field.name} must not be None")
        if value is not None:
            values[field.name] = _field_value(field, value)
    return request_class(**values)


def _hook_result(name: HookName, request: Any, response: Any) -> Any:
    """What the server takes from the handler's answer, as Python values (see ``run``)."""
    fields = response.DESCRIPTOR.fields
    names = [field.name for field in fields]
    if not fields:
        return None
    if name is HookName.MessagesWillBeConsumed:
        posts = [Post(post) for post in request.posts]
        if response.unchanged:
            return posts
        replies = {post.id: Post(post) for post in response.posts if post.id}
        return [replies.get(post.id, post) for post in posts]
    if name is HookName.FileWillBeUploaded:
        reason = response.rejection_reason
        if reason:
            return None, None, reason
        info = response.file_info if response.HasField("file_info") else request.file_info
        content = response.content if response.HasField("content") else request.content
        return models.FileInfo(info), bytes(content), ""
    if names == ["rejection_reason"]:
        return response.rejection_reason
    if "rejection_reason" in names and len(fields) == 2:  # (replacement or None, reason)
        (field,) = [f for f in fields if f.name != "rejection_reason"]
        reason = response.rejection_reason
        if reason:
            return None, reason
        wrapper = _wrapper(field)
        if response.HasField(field.name):
            return wrapper(getattr(response, field.name)), ""
        (given,) = [f for f in request.DESCRIPTOR.fields if f.message_type is field.message_type][
            :1
        ]
        return wrapper(getattr(request, given.name)), ""
    if len(fields) == 1 and fields[0].type == FieldDescriptor.TYPE_MESSAGE:
        return _wrapper(fields[0])(getattr(response, fields[0].name))
    return {field.name: getattr(response, field.name) for field in fields}


class PluginHarness(Generic[PluginT]):
    """A plugin under test: built with a :class:`FakePluginAPI` as ``self.api``, its hooks run
    the way the plugin process runs them.

    Args:
        plugin: The plugin class (instantiated with no arguments, as ``run_plugin`` does) or
            an instance.
        api: The fake to give it (default: a new :class:`FakePluginAPI`).

    :meth:`run` calls a hook's handler with the arguments the server would send: model
    objects (or dicts of their fields) are converted exactly as on the wire, so the handler gets
    fresh objects of the real types, ``async def`` handlers run on the SDK's event loop, and the
    answer goes through the same conversion the server reads. A handler that raises makes
    :meth:`run` raise that exception (the real process logs it and reports the failure to the
    server); so does an answer of the wrong shape. The plugin's ``logger`` logs at every level,
    as under ``run_plugin`` (pytest's ``caplog`` sees it).

    Close the harness (or use it as a context manager) to stop the event loop of ``async def``
    handlers.
    """

    def __init__(
        self, plugin: Union[Type[PluginT], PluginT], api: Optional[FakePluginAPI] = None
    ) -> None:
        self.plugin: PluginT = plugin() if isinstance(plugin, type) else plugin
        """The plugin instance."""
        self.api: FakePluginAPI = api if api is not None else FakePluginAPI()
        """The fake the plugin has as ``self.api``."""
        self.plugin.api = self.api
        self.plugin.logger.setLevel(logging.DEBUG)
        self._servicer = HooksServicer(self.plugin)

    @property
    def implemented(self) -> List[HookName]:
        """The hooks the plugin handles: what the server learns from ``Implemented``."""
        names = self._servicer.Implemented(hooks_pb2.ImplementedRequest(), _HookCallContext()).hooks
        return [HookName(name) for name in names]

    def run(self, hook: Union[HookName, str], *args: Any, context: Any = None) -> Any:
        """Run hook ``hook`` with the handler's arguments after ``context``; return the verdict.

        ``args`` are the handler's arguments without ``self`` and ``context`` (see
        :class:`~mattermost_plugin.HookName`), e.g. ``run(HookName.MessageWillBePosted, post)``
        or ``run(HookName.UserHasJoinedChannel, member, actor)``; a model argument may be the
        object or a dict of its fields. ``context`` (a ``Context`` or dict) defaults to an
        empty one. The result is what the server takes from the handler's answer:

        - ``MessageWillBePosted``, ``MessageWillBeUpdated`` (and the other "will be" hooks
          that may replace an object): ``(post, "")`` when allowed, with the handler's
          replacement or, if it made none, the post it was given; ``(None, reason)`` when
          rejected.
        - ``UserWillLogIn`` (and other hooks that only refuse): the reason, ``""`` if allowed.
        - ``MessagesWillBeConsumed``: the posts as the client gets them.
        - ``FileWillBeUploaded``: ``(file_info, content, "")`` when allowed (the replacements
          or the originals), ``(None, None, reason)`` when rejected.
        - ``ExecuteCommand``: the ``CommandResponse``.
        - Every other hook: None.

        Raises:
            LookupError: The plugin does not handle ``hook``.
            TypeError: Wrong arguments for the hook, or (from the SDK) an answer of the wrong
                shape.
            Exception: Whatever the handler raised.
        """
        name = HookName(hook)
        if name in (HookName.ServeHTTP, HookName.ServeMetrics):
            raise TypeError(f"run {name.value} with PluginHarness.serve_http()")
        self._check_handles(name)
        request = _hook_request(name, args, context)
        response = getattr(self._servicer, name.value)(request, _HookCallContext())
        return _hook_result(name, request, response)

    def serve_http(
        self,
        method: str = "GET",
        path: str = "/",
        *,
        query: str = "",
        headers: Optional[Mapping[str, Union[str, Sequence[str]]]] = None,
        body: Union[bytes, str] = b"",
        context: Any = None,
        hook: Union[HookName, str] = HookName.ServeHTTP,
    ) -> HTTPResponse:
        """Send an HTTP request to the plugin's ``ServeHTTP`` (or ``ServeMetrics``) handler and
        return its response; either handler form works.

        ``path`` is below ``/plugins/<plugin id>`` and starts with ``/``; ``query`` is the raw
        query string without ``?``. A handler that raises before answering makes this raise
        (the simple form) or answers 500 (the streaming form), as on the server.
        """
        name = HookName(hook)
        if name not in (HookName.ServeHTTP, HookName.ServeMetrics):
            raise ValueError(f"serve_http runs ServeHTTP or ServeMetrics, not {name.value}")
        self._check_handles(name)
        url = f"/plugins/{self.api.plugin_id}{path}" + (f"?{query}" if query else "")
        head = hooks_pb2.HTTPRequestHead(
            method=method,
            path=path,
            query=query,
            url=url,
            headers=header_messages(headers or {}),
            remote_addr="127.0.0.1",
            context=Context.coerce({} if context is None else context).to_proto(),
        )
        data = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        frames: Iterator[hooks_pb2.ServeHTTPRequest] = iter(
            [
                hooks_pb2.ServeHTTPRequest(head=head),
                *(
                    hooks_pb2.ServeHTTPRequest(body_chunk=data[start : start + HTTP_CHUNK_BYTES])
                    for start in range(0, len(data), HTTP_CHUNK_BYTES)
                ),
                hooks_pb2.ServeHTTPRequest(body_end=True),
            ]
        )
        status_code, header_list, chunks = 200, [], []
        for frame in getattr(self._servicer, name.value)(frames, _HookCallContext()):
            kind = frame.WhichOneof("frame")
            if kind == "head":
                status_code, header_list = frame.head.status_code, list(frame.head.headers)
            elif kind == "body_chunk":
                chunks.append(frame.body_chunk)
        return HTTPResponse(status_code, headers_from_messages(header_list), b"".join(chunks))

    def _check_handles(self, name: HookName) -> None:
        if name not in type(self.plugin)._hook_methods:
            handled = ", ".join(h.value for h in type(self.plugin)._hook_methods) or "none"
            raise LookupError(
                f"{type(self.plugin).__name__} does not handle {name.value} (it handles: {handled})"
            )

    def close(self) -> None:
        """Stop the event loop of ``async def`` handlers (if one was started)."""
        self._servicer.close()

    def __enter__(self) -> PluginHarness[PluginT]:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()
