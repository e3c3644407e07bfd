"""The Multiplex streams: the clients' API calls on one stream, the servicer's hooks on one."""

import asyncio
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from mattermost_plugin import (
    AsyncPluginAPIClient,
    HookName,
    NotFoundError,
    Plugin,
    PluginAPIClient,
    UnavailableError,
    hook,
)
from mattermost_plugin._internal.gen.plughost.v1 import api_pb2_grpc, api_users_pb2, hooks_pb2, hooks_pb2_grpc, models_pb2
from mattermost_plugin._internal.gen.plughost.v1.transport_http_pb2 import HTTPExchangeRequest, HTTPExchangeResponse
from mattermost_plugin._internal.gen.plughost.v1.transport_pb2 import MultiplexCall, MultiplexReply

SECRET = "s3cret"


class StreamOnlyAPI(api_pb2_grpc.PluginAPIServicer):
    """Serves GetUser only on the stream, answering out of order: a call for "slow" is held
    until the next call has been answered; a call for "hang-up" ends the stream unanswered.
    Unary GetUser is left UNIMPLEMENTED, so a test passes only if the client used the stream."""

    def __init__(self):
        self.secrets = []
        self.streams = 0
        self.holding = threading.Event()

    def Multiplex(self, calls, context):
        self.streams += 1
        self.secrets.append(dict(context.invocation_metadata()).get("mm-plugin-secret"))
        context.send_initial_metadata(())
        held = []
        for call in calls:
            if call.method != "GetUser":
                error = models_pb2.AppError(id="x.unknown", message=call.method, status_code=501)
                yield MultiplexReply(id=call.id, error=error)
                continue
            user_id = api_users_pb2.GetUserRequest.FromString(call.request).user_id
            if user_id == "slow":
                held.append(call.id)
                self.holding.set()
                continue
            if user_id == "hang-up":
                return
            if user_id == "missing":
                error = models_pb2.AppError(id="app.user.missing", message="User not found", status_code=404)
                yield MultiplexReply(id=call.id, error=error)
            else:
                user = models_pb2.User(id=user_id, username=f"name-{user_id}")
                response = api_users_pb2.GetUserResponse(user=user).SerializeToString()
                yield MultiplexReply(id=call.id, response=response)
            for held_id in held:
                user = models_pb2.User(id="slow", username="name-slow")
                yield MultiplexReply(id=held_id, response=api_users_pb2.GetUserResponse(user=user).SerializeToString())
            held = []


@pytest.fixture
def stream_api(unix_server):
    fake = StreamOnlyAPI()
    return fake, unix_server(api_pb2_grpc.add_PluginAPIServicer_to_server, fake)


def test_sync_calls_share_one_stream_and_get_their_own_replies(stream_api):
    fake, target = stream_api
    with PluginAPIClient(target=target, secret=SECRET) as client:
        with ThreadPoolExecutor(max_workers=2) as pool:
            slow = pool.submit(client.get_user, "slow")  # answered only after the next call
            assert fake.holding.wait(5)
            assert client.get_user("u1").username == "name-u1"
            assert slow.result(timeout=5).username == "name-slow"
        with pytest.raises(NotFoundError) as raised:
            client.get_user("missing")
        assert raised.value.error_id == "app.user.missing"
        with ThreadPoolExecutor(max_workers=8) as pool:
            names = list(pool.map(lambda i: client.get_user(f"u{i}").username, range(40)))
        assert names == [f"name-u{i}" for i in range(40)]
    assert fake.streams == 1
    assert fake.secrets == [SECRET]


def test_a_closed_stream_fails_its_waiting_calls_and_the_next_call_opens_a_new_one(stream_api):
    fake, target = stream_api
    with PluginAPIClient(target=target, secret=SECRET) as client:
        assert client.get_user("u1").username == "name-u1"
        with pytest.raises(UnavailableError):
            client.get_user("hang-up")
        assert client.get_user("u2").username == "name-u2"
    assert fake.streams == 2


def test_async_calls_share_one_stream(stream_api):
    fake, target = stream_api

    async def main():
        async with AsyncPluginAPIClient(target=target, secret=SECRET) as client:
            slow = asyncio.ensure_future(client.get_user("slow"))
            while not fake.holding.is_set():
                await asyncio.sleep(0.01)
            first = await client.get_user("u1")
            with pytest.raises(NotFoundError):
                await client.get_user("missing")
            many = await asyncio.gather(*(client.get_user(f"u{i}") for i in range(20)))
            return first.username, (await slow).username, [u.username for u in many]

    first, slow, many = asyncio.run(main())
    assert (first, slow) == ("name-u1", "name-slow")
    assert many == [f"name-u{i}" for i in range(20)]
    assert fake.streams == 1
    assert fake.secrets == [SECRET]


class NestingPlugin(Plugin):
    """MessageWillBePosted of "outer" waits until "inner" has run: only a servicer that runs
    the calls of its stream concurrently answers both."""

    inner_ran = threading.Event()

    @hook(HookName.MessageWillBePosted)
    def will_be_posted(self, context, post):
        if post.message == "outer":
            assert self.inner_ran.wait(5), "the inner hook did not run while the outer one waited"
            return None, "outer saw inner"
        if post.message == "inner":
            self.inner_ran.set()
            return None, "inner"
        raise RuntimeError("broken on purpose")


def _hook_call(call_id, message):
    request = hooks_pb2.MessageWillBePostedRequest(post=models_pb2.Post(message=message))
    return MultiplexCall(id=call_id, method="MessageWillBePosted", request=request.SerializeToString())


def test_the_servicer_runs_stream_calls_concurrently_and_reports_failures(serve_hooks):
    _, stub = serve_hooks(NestingPlugin())
    calls = queue.SimpleQueue()
    replies = stub.Multiplex(iter(calls.get, None))
    calls.put(_hook_call(1, "outer"))
    calls.put(_hook_call(2, "inner"))
    calls.put(_hook_call(3, "boom"))
    calls.put(MultiplexCall(id=4, method="NoSuchHook"))
    calls.put(MultiplexCall(id=5, method="OnActivate"))  # a hook this plugin does not implement
    got = {}
    for reply in replies:
        got[reply.id] = reply
        if len(got) == 5:
            break
    calls.put(None)
    outer = hooks_pb2.MessageWillBePostedResponse.FromString(got[1].response)
    inner = hooks_pb2.MessageWillBePostedResponse.FromString(got[2].response)
    assert (outer.rejection_reason, inner.rejection_reason) == ("outer saw inner", "inner")
    assert got[3].error.status_code == 500
    assert got[3].error.id == "plugin.message_will_be_posted.error"
    assert got[3].error.message == "broken on purpose"
    assert got[4].error.status_code == 501
    assert got[5].error.status_code == 501


class HttpPlugin(Plugin):
    @hook(HookName.ServeHTTP)
    def serve_http(self, context, request):
        if request.path == "/big":
            return {"status_code": 202, "body": b"z" * (2 * 1024 * 1024 + 5)}
        return {"status_code": 201, "headers": {"X-Path": request.path}, "body": request.body[::-1]}


class StreamingHttpPlugin(Plugin):
    @hook(HookName.ServeHTTP)
    def serve_http(self, context, request, response):
        raise AssertionError("a streaming handler is not run for an exchange")


def _exchange(stub, path, body=b""):
    exchange = HTTPExchangeRequest(head=hooks_pb2.HTTPRequestHead(method="POST", path=path), body=body)
    calls = iter([MultiplexCall(id=7, method="ServeHTTP", request=exchange.SerializeToString())])
    parts = []
    for reply in stub.Multiplex(calls):
        assert reply.id == 7 and not reply.HasField("error")
        parts.append(reply)
        if not reply.more:
            break
    return parts, HTTPExchangeResponse.FromString(b"".join(p.response for p in parts))


def test_serve_http_as_one_call_answers_whole_and_big_answers_in_parts(serve_hooks):
    _, stub = serve_hooks(HttpPlugin())
    parts, answer = _exchange(stub, "/echo", b"abc")
    assert len(parts) == 1
    assert (answer.head.status_code, answer.body) == (201, b"cba")
    assert [(h.name, list(h.values)) for h in answer.head.headers] == [("X-Path", ["/echo"])]
    parts, answer = _exchange(stub, "/big")
    assert len(parts) == 3 and all(len(p.response) == 1024 * 1024 for p in parts[:2])
    assert (answer.head.status_code, answer.body) == (202, b"z" * (2 * 1024 * 1024 + 5))


def test_a_streaming_serve_http_handler_asks_for_the_stream(serve_hooks):
    _, stub = serve_hooks(StreamingHttpPlugin())
    _, answer = _exchange(stub, "/anything")
    assert answer.use_stream and not answer.HasField("head")


class BlockingPlugin(Plugin):
    release = threading.Event()

    @hook(HookName.MessageWillBePosted)
    def will_be_posted(self, context, post):
        assert self.release.wait(10)
        return None, ""


def test_health_turns_not_serving_once_every_worker_is_stuck(unix_server, monkeypatch):
    from mattermost_plugin._internal import hooks_servicer
    from mattermost_plugin._internal.gen.grpc.health.v1 import health_pb2
    from mattermost_plugin._internal.health import HealthServicer

    monkeypatch.setattr(hooks_servicer, "HOOK_WORKERS", 2)
    monkeypatch.setattr(hooks_servicer, "STARVED_SECONDS", 0.2)
    plugin = BlockingPlugin()
    servicer = hooks_servicer.HooksServicer(plugin)
    health = HealthServicer(servicer.starved)
    check = lambda: health.Check(health_pb2.HealthCheckRequest(service="plugin"), None).status  # noqa: E731
    channel = grpc.insecure_channel(unix_server(hooks_pb2_grpc.add_PluginHooksServicer_to_server, servicer))
    try:
        calls = queue.SimpleQueue()
        replies = hooks_pb2_grpc.PluginHooksStub(channel).Multiplex(iter(calls.get, None))
        for call_id in (1, 2, 3):  # two workers: the third call waits for one
            calls.put(_hook_call(call_id, "x"))
        time.sleep(0.05)
        assert check() == health_pb2.HealthCheckResponse.SERVING  # waiting, not yet for long
        time.sleep(0.3)
        assert check() == health_pb2.HealthCheckResponse.NOT_SERVING
        plugin.release.set()
        assert sorted(next(replies).id for _ in range(3)) == [1, 2, 3]
        assert check() == health_pb2.HealthCheckResponse.SERVING
        calls.put(None)
    finally:
        channel.close()
        servicer.close()
