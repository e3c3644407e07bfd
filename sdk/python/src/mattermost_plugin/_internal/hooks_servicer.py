"""The PluginHooks service: each hook RPC becomes a call of the plugin's handler method.

The table below says, per hook, which wrappers the handler receives and how its return value
becomes the response. A handler that raises ends the RPC with status INTERNAL and an AppError
in the trailing metadata; the server then applies its fail-open/fail-closed policy.

The server calls the unary hooks on one long-lived ``Multiplex`` stream (transport.proto):
each call runs on a worker thread of its own and its reply (or AppError) goes back on the
stream. So a hook that calls the API, which runs another hook of this plugin, gets that hook
run meanwhile, and a hung hook holds only its own thread.

ServeHTTP and ServeMetrics handlers have two forms (see :mod:`mattermost_plugin.http`): the
simple one runs like any hook, once the whole request body is read; the streaming one runs on a
thread of its own while gRPC's thread sends what it writes (see :mod:`.http_stream`).
"""

from __future__ import annotations

import collections
import functools
import inspect
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Deque, Dict, Iterator, NoReturn, Optional, Tuple

import grpc

from ..hooks import HookName
from ..http import HTTPRequest, HTTPResponseWriter, StreamingHTTPRequest
from ..models import (
    Channel,
    ChannelMember,
    CommandArgs,
    CommandResponse,
    Context,
    InstallEvent,
    FileInfo,
    Post,
    Preference,
    Reaction,
    TeamMember,
    User,
    WebSocketRequest,
)
from .event_loop import EventLoopThread
from .gen.plughost.v1 import hooks_pb2, hooks_pb2_grpc, models_pb2
from .gen.plughost.v1.transport_http_pb2 import HTTPExchangeRequest, HTTPExchangeResponse
from .gen.plughost.v1.transport_pb2 import MultiplexCall, MultiplexReply
from .http_stream import ResponseStream, takes_response_writer
from .http_wire import (
    RequestBody,
    http_response_frames,
    http_response_parts,
    read_request_head,
    request_head_arguments,
)
from .naming import snake_case
from .wire import APP_ERROR_METADATA_KEY

if TYPE_CHECKING:
    from ..plugin import Plugin


def _ignore_result(_result: Any) -> Dict[str, Any]:
    return {}


def _split_verdict(result: Any) -> Tuple[Any, str]:
    """A "will be" hook's answer as (replacement or None, rejection reason).

    ``None`` or ``(None, "")``: allow unchanged. ``(value, "")`` or a bare value: allow,
    modified. ``(anything, "reason")`` or a bare non-empty str: reject.
    """
    if isinstance(result, tuple):
        value, reason = result
        return value, reason
    if isinstance(result, str):
        return None, result
    return result, ""


def _verdict(wrapper: Any, field: str) -> Callable[[Any], Dict[str, Any]]:
    """The response fields of a hook that may replace a ``wrapper`` model in ``field`` or reject."""

    def fields(result: Any) -> Dict[str, Any]:
        value, reason = _split_verdict(result)
        if reason:
            return {"rejection_reason": reason}
        if value is None:
            return {}
        return {field: wrapper.coerce(value).to_proto()}

    return fields


_post_verdict = _verdict(Post, "post")


def _rejection(hook: str) -> Callable[[Any], Dict[str, Any]]:
    """UserWillLogIn, ChannelWillBeArchived: a non-empty str refuses; "" or None allows."""

    def fields(result: Any) -> Dict[str, Any]:
        if result is None:
            return {}
        if not isinstance(result, str):
            raise TypeError(f"a {hook} handler returns a str or None, not {type(result).__name__}")
        return {"rejection_reason": result}

    return fields


def _consumed_posts(result: Any) -> Dict[str, Any]:
    """MessagesWillBeConsumed: a list of posts (dicts or Post) replaces those with their ids;
    None leaves the posts unchanged."""
    if result is None:
        return {"unchanged": True}
    if isinstance(result, (str, bytes)) or not hasattr(result, "__iter__"):
        raise TypeError(
            "a MessagesWillBeConsumed handler returns a list of posts or None, "
            f"not {type(result).__name__}"
        )
    return {"posts": [Post.coerce(post).to_proto() for post in result]}


def _upload_verdict(result: Any) -> Dict[str, Any]:
    """FileWillBeUploaded: None allows unchanged; a str rejects (empty: allows);
    ``(file_info, content[, reason])`` replaces what is not None, or rejects with a reason."""
    if result is None:
        return {}
    if isinstance(result, str):
        return {"rejection_reason": result} if result else {}
    if not isinstance(result, tuple) or len(result) not in (2, 3):
        raise TypeError(
            "a FileWillBeUploaded handler returns None, a rejection reason (str) or "
            f"(file_info, content, reason), not {type(result).__name__}"
        )
    file_info, content = result[0], result[1]
    reason = result[2] if len(result) == 3 else ""
    if reason:
        return {"rejection_reason": reason}
    fields: Dict[str, Any] = {}
    if file_info is not None:
        fields["file_info"] = FileInfo.coerce(file_info).to_proto()
    if content is not None:
        fields["content"] = content.encode() if isinstance(content, str) else bytes(content)
    return fields


def _command_response(result: Any) -> Dict[str, Any]:
    """ExecuteCommand: a dict or CommandResponse (None: an empty response)."""
    return {"response": CommandResponse.coerce({} if result is None else result).to_proto()}


def _context(request: Any) -> Context:
    return Context(request.context)


def _actor(request: Any) -> Optional[User]:
    return User(request.actor) if request.HasField("actor") else None


@dataclass(frozen=True)
class _UnaryHook:
    arguments: Callable[[Any], Tuple[Any, ...]]
    """Request message -> the handler's positional arguments."""
    response_fields: Callable[[Any], Dict[str, Any]] = _ignore_result
    """Handler's return value -> fields of the response message."""


_UNARY_HOOKS: Dict[HookName, _UnaryHook] = {
    HookName.OnActivate: _UnaryHook(lambda r: ()),
    HookName.OnDeactivate: _UnaryHook(lambda r: ()),
    HookName.OnConfigurationChange: _UnaryHook(lambda r: ()),
    HookName.OnInstall: _UnaryHook(lambda r: (_context(r), InstallEvent(user_id=r.user_id))),
    HookName.MessageWillBePosted: _UnaryHook(lambda r: (_context(r), Post(r.post)), _post_verdict),
    HookName.MessageWillBeUpdated: _UnaryHook(
        lambda r: (_context(r), Post(r.new_post), Post(r.old_post)), _post_verdict
    ),
    HookName.MessageHasBeenPosted: _UnaryHook(lambda r: (_context(r), Post(r.post))),
    HookName.MessageHasBeenUpdated: _UnaryHook(
        lambda r: (_context(r), Post(r.new_post), Post(r.old_post))
    ),
    HookName.MessageHasBeenDeleted: _UnaryHook(lambda r: (_context(r), Post(r.post))),
    HookName.ReactionHasBeenAdded: _UnaryHook(lambda r: (_context(r), Reaction(r.reaction))),
    HookName.ReactionHasBeenRemoved: _UnaryHook(lambda r: (_context(r), Reaction(r.reaction))),
    HookName.MessagesWillBeConsumed: _UnaryHook(
        lambda r: ([Post(p) for p in r.posts],), _consumed_posts
    ),
    HookName.FileWillBeUploaded: _UnaryHook(
        lambda r: (_context(r), FileInfo(r.file_info), bytes(r.content)), _upload_verdict
    ),
    HookName.PreferencesHaveChanged: _UnaryHook(
        lambda r: (_context(r), [Preference(p) for p in r.preferences])
    ),
    HookName.OnWebSocketConnect: _UnaryHook(lambda r: (r.web_conn_id, r.user_id)),
    HookName.OnWebSocketDisconnect: _UnaryHook(lambda r: (r.web_conn_id, r.user_id)),
    HookName.WebSocketMessageHasBeenPosted: _UnaryHook(
        lambda r: (r.web_conn_id, r.user_id, WebSocketRequest(r.request))
    ),
    HookName.UserHasBeenCreated: _UnaryHook(lambda r: (_context(r), User(r.user))),
    HookName.UserWillLogIn: _UnaryHook(
        lambda r: (_context(r), User(r.user)), _rejection("UserWillLogIn")
    ),
    HookName.UserHasLoggedIn: _UnaryHook(lambda r: (_context(r), User(r.user))),
    HookName.UserHasBeenDeactivated: _UnaryHook(lambda r: (_context(r), User(r.user))),
    HookName.ChannelHasBeenCreated: _UnaryHook(lambda r: (_context(r), Channel(r.channel))),
    HookName.ChannelWillBeArchived: _UnaryHook(
        lambda r: (_context(r), Channel(r.channel)), _rejection("ChannelWillBeArchived")
    ),
    HookName.ChannelMemberWillBeAdded: _UnaryHook(
        lambda r: (_context(r), ChannelMember(r.channel_member)),
        _verdict(ChannelMember, "channel_member"),
    ),
    HookName.TeamMemberWillBeAdded: _UnaryHook(
        lambda r: (_context(r), TeamMember(r.team_member)), _verdict(TeamMember, "team_member")
    ),
    HookName.UserHasJoinedChannel: _UnaryHook(
        lambda r: (_context(r), ChannelMember(r.channel_member), _actor(r))
    ),
    HookName.UserHasLeftChannel: _UnaryHook(
        lambda r: (_context(r), ChannelMember(r.channel_member), _actor(r))
    ),
    HookName.UserHasJoinedTeam: _UnaryHook(
        lambda r: (_context(r), TeamMember(r.team_member), _actor(r))
    ),
    HookName.UserHasLeftTeam: _UnaryHook(
        lambda r: (_context(r), TeamMember(r.team_member), _actor(r))
    ),
    HookName.ExecuteCommand: _UnaryHook(
        lambda r: (_context(r), CommandArgs(r.args)), _command_response
    ),
}


# Bidirectional streams with the ServeHTTP framing; the handler gets (context, request) or
# (context, request, response).
_HTTP_HOOKS = frozenset({HookName.ServeHTTP, HookName.ServeMetrics})


# What a streaming handler's client gets if the handler fails before sending anything.
_STREAMING_FAILURE_HEADERS = {"Content-Type": "text/plain; charset=utf-8"}
_STREAMING_FAILURE_BODY = "500 Internal Server Error: %s failed\n"


# A hook may call the API, which may run another hook of this plugin while the first one
# waits: each nesting level holds a worker, so keep plenty.
HOOK_WORKERS = 32
# A bigger response goes back in parts (``more``), so that it holds up no other reply for long.
MAX_REPLY_PART_BYTES = 1024 * 1024
# A call that waited this long for a free worker means every worker is stuck: the plugin then
# answers its health checks NOT_SERVING, so that the server restarts it.
STARVED_SECONDS = 10.0


# Markers on a Multiplex stream's reply queue: a call was answered; no more calls will come.
_CALL_DONE = object()


@dataclass(frozen=True)
class _CallsEnded:
    submitted: int
    cancelled: bool


class _HookFailed(Exception):
    """A handler failed: the AppError to report, and its message."""

    def __init__(self, app_error: models_pb2.AppError) -> None:
        super().__init__(app_error.message)
        self.app_error = app_error


def hook_error_id(name: HookName) -> str:
    """The AppError id reported when a handler fails, e.g. ``plugin.on_activate.error``."""
    return f"plugin.{snake_case(name.value)}.error"


class HooksServicer(hooks_pb2_grpc.PluginHooksServicer):
    """Serves the hooks ``plugin``'s class registered; the others stay UNIMPLEMENTED.

    Call :meth:`close` when done, to stop the event loop of ``async def`` handlers.
    """

    def __init__(self, plugin: Plugin) -> None:
        self._plugin = plugin
        self._methods = type(plugin)._hook_methods
        self._event_loop = EventLoopThread()
        self._workers = ThreadPoolExecutor(max_workers=HOOK_WORKERS, thread_name_prefix="mm-hook")
        self._queue_lock = threading.Lock()
        self._queued: Deque[float] = collections.deque()  # when each call not yet started came
        for name in self._methods:
            serve = self._serve_http if name in _HTTP_HOOKS else self._serve_unary
            setattr(self, name.value, functools.partial(serve, name))

    def Implemented(
        self, request: hooks_pb2.ImplementedRequest, context: grpc.ServicerContext
    ) -> hooks_pb2.ImplementedResponse:
        return hooks_pb2.ImplementedResponse(
            hooks=[name.value for name in HookName if name in self._methods]
        )

    def close(self) -> None:
        """Stop the event loop that runs ``async def`` handlers, and the stream's workers."""
        self._event_loop.close()
        self._workers.shutdown(wait=False)

    def Multiplex(
        self, calls: Iterator[MultiplexCall], context: grpc.ServicerContext
    ) -> Iterator[MultiplexReply]:
        """Every unary hook on one stream: calls run on the workers, replies go back as done.

        When the caller ends its side, the calls in flight are answered first; when the call is
        cancelled (the server went away), nothing more is sent.
        """
        replies: "queue.SimpleQueue[Any]" = queue.SimpleQueue()
        context.send_initial_metadata(())  # the server waits for this before it uses the stream

        def run(call: MultiplexCall) -> None:
            with self._queue_lock:
                self._queued.popleft()
            try:
                self._run_multiplexed(call, replies)
            finally:
                replies.put(_CALL_DONE)

        def read() -> None:
            submitted, cancelled = 0, False
            try:
                for call in calls:
                    with self._queue_lock:
                        self._queued.append(time.monotonic())
                    self._workers.submit(run, call)
                    submitted += 1
            except Exception:  # grpc's request iterator, once the call is cancelled
                cancelled = True
            finally:
                replies.put(_CallsEnded(submitted, cancelled))

        threading.Thread(target=read, name="mm-hook-stream", daemon=True).start()
        done, ended = 0, None
        while ended is None or (done < ended.submitted and not ended.cancelled):
            reply = replies.get()
            if reply is _CALL_DONE:
                done += 1
            elif isinstance(reply, _CallsEnded):
                ended = reply
            else:
                yield reply

    def starved(self) -> bool:
        """Whether a call has waited longer than STARVED_SECONDS for a worker (all are stuck)."""
        with self._queue_lock:
            return bool(self._queued) and time.monotonic() - self._queued[0] > STARVED_SECONDS

    def _run_multiplexed(self, call: MultiplexCall, replies: "queue.SimpleQueue[Any]") -> None:
        try:
            response = self._multiplexed_response(call)
        except _HookFailed as failure:
            replies.put(MultiplexReply(id=call.id, error=failure.app_error))
            return
        except Exception as error:  # the request did not decode
            bad_request = models_pb2.AppError(
                id="plugin.multiplex.bad_request",
                message=f"{call.method}: the request does not decode: {error}",
                status_code=400,
                where=call.method,
            )
            replies.put(MultiplexReply(id=call.id, error=bad_request))
            return
        last = max(0, len(response) - 1) // MAX_REPLY_PART_BYTES * MAX_REPLY_PART_BYTES
        for start in range(0, last, MAX_REPLY_PART_BYTES):
            part = response[start : start + MAX_REPLY_PART_BYTES]
            replies.put(MultiplexReply(id=call.id, response=part, more=True))
        replies.put(MultiplexReply(id=call.id, response=response[last:]))

    def _multiplexed_response(self, call: MultiplexCall) -> bytes:
        """The serialized response to one call of the stream; raises _HookFailed."""
        try:
            name = HookName(call.method)
        except ValueError:
            name = None
        if name is None or name not in self._methods:
            raise _HookFailed(
                models_pb2.AppError(
                    id="plugin.multiplex.unknown_method",
                    message=f'The stream carries no hook named "{call.method}" for this plugin.',
                    status_code=501,
                    where=call.method,
                )
            )
        if name in _HTTP_HOOKS:
            return self._exchange_http(name, call.request)
        request = getattr(hooks_pb2, f"{name.value}Request").FromString(call.request)
        return bytes(self._unary_response(name, request).SerializeToString())

    def _exchange_http(self, name: HookName, exchange_bytes: bytes) -> bytes:
        """ServeHTTP as one call (transport_http.proto): the simple form's whole answer, or
        ``use_stream`` for a handler that streams."""
        handler = self._handler(name)
        if takes_response_writer(handler):
            return bytes(HTTPExchangeResponse(use_stream=True).SerializeToString())
        exchange = HTTPExchangeRequest.FromString(exchange_bytes)
        request = HTTPRequest(**request_head_arguments(exchange.head), body=exchange.body)
        try:
            head, body = http_response_parts(self._call(handler, request.context, request))
        except Exception as error:
            raise _HookFailed(self._app_error(name, self._log_failure(name, error))) from error
        return bytes(HTTPExchangeResponse(head=head, body=body).SerializeToString())

    def _handler(self, name: HookName) -> Callable[..., Any]:
        # Looked up on each call, so a handler replaced on the instance (e.g. a mock) is used.
        handler: Callable[..., Any] = getattr(self._plugin, self._methods[name])
        return handler

    def _call(self, handler: Callable[..., Any], *args: Any) -> Any:
        result = handler(*args)
        if inspect.isawaitable(result):
            result = self._event_loop.run(result)
        return result

    def _serve_unary(self, name: HookName, request: Any, context: grpc.ServicerContext) -> Any:
        try:
            return self._unary_response(name, request)
        except _HookFailed as failure:
            self._abort_with(failure.app_error, context)

    def _unary_response(self, name: HookName, request: Any) -> Any:
        """The hook's response message; raises _HookFailed (logged) if the handler fails."""
        hook = _UNARY_HOOKS[name]
        try:
            result = self._call(self._handler(name), *hook.arguments(request))
            return getattr(hooks_pb2, f"{name.value}Response")(**hook.response_fields(result))
        except Exception as error:  # the handler's failure is reported, not raised into grpc
            raise _HookFailed(self._app_error(name, self._log_failure(name, error))) from error

    def _serve_http(
        self,
        name: HookName,
        frames: Iterator[hooks_pb2.ServeHTTPRequest],
        context: grpc.ServicerContext,
    ) -> Iterator[hooks_pb2.ServeHTTPResponse]:
        handler = self._handler(name)
        if takes_response_writer(handler):
            return self._stream_http(name, handler, frames, context)
        return self._answer_http(name, handler, frames, context)

    def _answer_http(
        self,
        name: HookName,
        handler: Callable[..., Any],
        frames: Iterator[hooks_pb2.ServeHTTPRequest],
        context: grpc.ServicerContext,
    ) -> Iterator[hooks_pb2.ServeHTTPResponse]:
        """The simple form: read the whole request, call the handler, send back its answer."""
        try:
            head = read_request_head(frames)
            body = b"".join(RequestBody(frames))
            request = HTTPRequest(**head, body=body)
            responses = http_response_frames(self._call(handler, request.context, request))
        except Exception as error:
            self._fail(name, error, context)
        yield from responses

    def _stream_http(
        self,
        name: HookName,
        handler: Callable[..., Any],
        frames: Iterator[hooks_pb2.ServeHTTPRequest],
        context: grpc.ServicerContext,
    ) -> Iterator[hooks_pb2.ServeHTTPResponse]:
        """The streaming form: run the handler on a thread of its own, yield what it writes."""
        try:
            head = read_request_head(frames)
        except Exception as error:
            self._fail(name, error, context)
        stream = ResponseStream()
        if not context.add_callback(stream.cancel):  # the call has already ended
            stream.cancel()
        request = StreamingHTTPRequest(**head, body_chunks=RequestBody(frames, stream.cancel))
        threading.Thread(
            target=self._run_streaming_handler,
            args=(name, handler, request, HTTPResponseWriter(stream), stream),
            name=f"mm-{name.value}",
            daemon=True,
        ).start()
        yield from stream.frames()
        if stream.failure is not None:
            self._abort(name, stream.failure, context)

    def _run_streaming_handler(
        self,
        name: HookName,
        handler: Callable[..., Any],
        request: StreamingHTTPRequest,
        response: HTTPResponseWriter,
        stream: ResponseStream,
    ) -> None:
        failure: Optional[str] = None
        try:
            result = self._call(handler, request.context, request, response)
            if result is not None:
                self._plugin.logger.warning(
                    "%s handler takes a response writer, so its return value (%s) is ignored",
                    name.value,
                    type(result).__name__,
                )
            if not response.head_sent:
                response.write_head()
        except Exception as error:
            failure = self._streaming_failure(name, error, request, response, stream)
        finally:
            stream.finish(failure)

    def _streaming_failure(
        self,
        name: HookName,
        error: Exception,
        request: StreamingHTTPRequest,
        response: HTTPResponseWriter,
        stream: ResponseStream,
    ) -> Optional[str]:
        """Report a streaming handler's error; return its message if the call must fail."""
        if stream.cancelled:
            self._plugin.logger.info(
                "%s %s: the client went away; the handler ended with %s",
                name.value,
                request.path,
                type(error).__name__,
            )
            return None
        message = self._log_failure(name, error)
        if response.head_sent:
            return message  # too late for a 500: an error status makes the server hang up
        try:
            stream.send((500, _STREAMING_FAILURE_HEADERS), _STREAMING_FAILURE_BODY % name.value)
        except ConnectionAbortedError:  # the client went away meanwhile
            pass
        return None

    def _log_failure(self, name: HookName, error: Exception) -> str:
        """Log a handler's failure with its traceback; return the error's message."""
        message = str(error) or type(error).__name__
        self._plugin.logger.error("%s handler failed: %s", name.value, message, exc_info=error)
        return message

    def _fail(self, name: HookName, error: Exception, context: grpc.ServicerContext) -> NoReturn:
        self._abort(name, self._log_failure(name, error), context)

    def _abort(self, name: HookName, message: str, context: grpc.ServicerContext) -> NoReturn:
        """End the call with status INTERNAL and an AppError saying ``message``."""
        self._abort_with(self._app_error(name, message), context)

    @staticmethod
    def _app_error(name: HookName, message: str) -> models_pb2.AppError:
        return models_pb2.AppError(
            id=hook_error_id(name), message=message, status_code=500, where=name.value
        )

    @staticmethod
    def _abort_with(app_error: models_pb2.AppError, context: grpc.ServicerContext) -> NoReturn:
        context.set_trailing_metadata(((APP_ERROR_METADATA_KEY, app_error.SerializeToString()),))
        context.abort(grpc.StatusCode.INTERNAL, f"{app_error.where}: {app_error.message}")
