"""The PluginHooks servicer, served in-process and called over a real gRPC channel."""

import asyncio
from unittest.mock import MagicMock

import grpc
import pytest

from mattermost_plugin import CommandResponse, HookName, InstallEvent, Plugin, Post, Reaction, User, hook
from mattermost_plugin._internal.gen.plughost.v1 import hooks_pb2, hooks_pb2_grpc, models_pb2
from mattermost_plugin._internal.hooks_servicer import HooksServicer
from mattermost_plugin._internal.rpc_errors import app_error_from_metadata


class RecordingPlugin(Plugin):
    def __init__(self):
        super().__init__()
        self.calls = []
        self.verdict = None

    @hook(HookName.OnInstall)
    def on_install(self, context, event):
        self.calls.append(("OnInstall", context.session_id, event))

    @hook(HookName.MessageWillBePosted)
    def will_post(self, context, post):
        self.calls.append(("MessageWillBePosted", post))
        return self.verdict

    @hook(HookName.MessageWillBeUpdated)
    async def will_update(self, context, new_post, old_post):
        await asyncio.sleep(0)
        return new_post if "edit" in new_post.message else (None, f"was {old_post.message}")

    @hook(HookName.MessageHasBeenPosted)
    def has_posted(self, context, post):
        raise RuntimeError("boom")

    @hook(HookName.UserWillLogIn)
    def will_log_in(self, context, user):
        return "blocked" if user.username == "mallory" else None

    @hook(HookName.UserHasJoinedChannel)
    def joined(self, context, channel_member, actor):
        self.calls.append(("UserHasJoinedChannel", channel_member.user_id, actor))

    @hook(HookName.ExecuteCommand)
    def command(self, context, args):
        if args.command == "/none":
            return None
        if args.command == "/object":
            return CommandResponse(text="object", extra_responses=[{"text": "extra"}])
        return {
            "response_type": "in_channel",
            "text": args.command,
            "props": {"n": 2},
            "goto_location": "/x",
        }

    @hook(HookName.ServeMetrics)
    async def metrics(self, context, request):
        return {
            "headers": {"Content-Type": "text/plain"},
            "body": f"requests_total 1 # {request.path}",
        }

    @hook(HookName.ServeHTTP)
    def http(self, context, request):
        return {
            "status_code": 200,
            "headers": {"X-Count": 3, "Set-Cookie": ["a=1", "b=2"]},
            "body": request.headers["x-fill"].encode() * (200 * 1024),
        }


@pytest.fixture
def hooks(serve_hooks):
    return serve_hooks(RecordingPlugin())


CONTEXT = models_pb2.Context(session_id="sess")


def test_implemented_lists_registered_hooks_only(hooks):
    _, stub = hooks
    assert list(stub.Implemented(hooks_pb2.ImplementedRequest()).hooks) == [
        "OnInstall",
        "MessageWillBePosted",
        "MessageWillBeUpdated",
        "MessageHasBeenPosted",
        "UserWillLogIn",
        "UserHasJoinedChannel",
        "ExecuteCommand",
        "ServeHTTP",
        "ServeMetrics",
    ]
    with pytest.raises(grpc.RpcError) as caught:
        stub.OnActivate(hooks_pb2.OnActivateRequest())
    assert caught.value.code() == grpc.StatusCode.UNIMPLEMENTED


def test_on_install_receives_an_event(hooks):
    plugin, stub = hooks
    stub.OnInstall(hooks_pb2.OnInstallRequest(context=CONTEXT, user_id="admin"))
    assert plugin.calls == [("OnInstall", "sess", InstallEvent(user_id="admin"))]


@pytest.mark.parametrize(
    "verdict, expected_post, expected_reason",
    [
        (None, None, ""),
        ((None, ""), None, ""),
        ((None, "no spam"), None, "no spam"),
        ("bare reason", None, "bare reason"),
        ("", None, ""),
        (Post(message="replaced"), "replaced", ""),
        (({"message": "from dict"}, ""), "from dict", ""),
    ],
)
def test_message_will_be_posted_return_conventions(hooks, verdict, expected_post, expected_reason):
    plugin, stub = hooks
    plugin.verdict = verdict
    request = hooks_pb2.MessageWillBePostedRequest(
        context=CONTEXT, post=models_pb2.Post(id="p1", message="hi", props_json='{"n": 1}')
    )
    response = stub.MessageWillBePosted(request)
    assert response.rejection_reason == expected_reason
    assert response.HasField("post") == (expected_post is not None)
    if expected_post is not None:
        assert response.post.message == expected_post
    assert plugin.calls == [("MessageWillBePosted", Post(id="p1", message="hi", props={"n": 1}))]


def test_handler_may_return_the_post_it_received_modified(hooks):
    plugin, stub = hooks

    def modify(context, post):
        post.message = post.message.upper()
        post.props["count"] += 1
        return post, ""

    plugin.will_post = modify
    request = hooks_pb2.MessageWillBePostedRequest(
        post=models_pb2.Post(message="hi", props_json='{"count": 1}')
    )
    response = stub.MessageWillBePosted(request)
    assert Post(response.post) == Post(message="HI", props={"count": 2})


def test_async_handler(hooks):
    _, stub = hooks
    edited = stub.MessageWillBeUpdated(
        hooks_pb2.MessageWillBeUpdatedRequest(
            new_post=models_pb2.Post(message="an edit"), old_post=models_pb2.Post()
        )
    )
    assert edited.post.message == "an edit"
    rejected = stub.MessageWillBeUpdated(
        hooks_pb2.MessageWillBeUpdatedRequest(
            new_post=models_pb2.Post(message="x"), old_post=models_pb2.Post(message="old")
        )
    )
    assert rejected.rejection_reason == "was old" and not rejected.HasField("post")


def test_failing_handler_ends_with_internal_and_an_app_error(hooks):
    plugin, stub = hooks
    with pytest.raises(grpc.RpcError) as caught:
        stub.MessageHasBeenPosted(hooks_pb2.MessageHasBeenPostedRequest(post=models_pb2.Post()))
    assert caught.value.code() == grpc.StatusCode.INTERNAL
    app_error = app_error_from_metadata(caught.value.trailing_metadata())
    assert app_error == models_pb2.AppError(
        id="plugin.message_has_been_posted.error",
        message="boom",
        status_code=500,
        where="MessageHasBeenPosted",
    )
    plugin.logger.error.assert_called_once()
    assert isinstance(plugin.logger.error.call_args.kwargs["exc_info"], RuntimeError)


def test_bad_return_value_is_a_handler_failure(hooks):
    plugin, stub = hooks
    plugin.verdict = 42  # neither a post nor a reason
    with pytest.raises(grpc.RpcError) as caught:
        stub.MessageWillBePosted(hooks_pb2.MessageWillBePostedRequest(post=models_pb2.Post()))
    assert caught.value.code() == grpc.StatusCode.INTERNAL
    assert (
        app_error_from_metadata(caught.value.trailing_metadata()).id
        == "plugin.message_will_be_posted.error"
    )


def test_user_will_log_in(hooks):
    _, stub = hooks
    refused = stub.UserWillLogIn(
        hooks_pb2.UserWillLogInRequest(user=models_pb2.User(username="mallory"))
    )
    allowed = stub.UserWillLogIn(
        hooks_pb2.UserWillLogInRequest(user=models_pb2.User(username="alice"))
    )
    assert (refused.rejection_reason, allowed.rejection_reason) == ("blocked", "")


def test_actor_is_a_user_or_none(hooks):
    plugin, stub = hooks
    member = models_pb2.ChannelMember(channel_id="c", user_id="u")
    stub.UserHasJoinedChannel(hooks_pb2.UserHasJoinedChannelRequest(channel_member=member))
    stub.UserHasJoinedChannel(
        hooks_pb2.UserHasJoinedChannelRequest(
            channel_member=member, actor=models_pb2.User(id="admin")
        )
    )
    assert plugin.calls == [
        ("UserHasJoinedChannel", "u", None),
        ("UserHasJoinedChannel", "u", User(id="admin")),
    ]


def test_execute_command_responses(hooks):
    _, stub = hooks

    def run(command):
        request = hooks_pb2.ExecuteCommandRequest(args=models_pb2.CommandArgs(command=command))
        return CommandResponse(stub.ExecuteCommand(request).response)

    assert run("/dict hi") == CommandResponse(
        response_type="in_channel", text="/dict hi", props={"n": 2}, goto_location="/x"
    )
    assert run("/object").extra_responses == [CommandResponse(text="extra")]
    assert run("/none") == CommandResponse()


def test_serve_http_chunks_large_bodies(hooks):
    _, stub = hooks
    head = hooks_pb2.HTTPRequestHead(
        method="GET", path="/big", headers=[models_pb2.HTTPHeader(name="X-Fill", values=["z"])]
    )
    frames = list(
        stub.ServeHTTP(
            iter([hooks_pb2.ServeHTTPRequest(head=head), hooks_pb2.ServeHTTPRequest(body_end=True)])
        )
    )
    assert frames[0].head.status_code == 200
    assert {h.name: list(h.values) for h in frames[0].head.headers} == {
        "X-Count": ["3"],
        "Set-Cookie": ["a=1", "b=2"],
    }
    chunks = [frame.body_chunk for frame in frames[1:]]
    assert all(0 < len(chunk) <= 64 * 1024 for chunk in chunks)
    assert b"".join(chunks) == b"z" * (200 * 1024)


def test_serve_http_without_head_fails(hooks):
    _, stub = hooks
    with pytest.raises(grpc.RpcError) as caught:
        list(stub.ServeHTTP(iter([hooks_pb2.ServeHTTPRequest(body_chunk=b"x")])))
    assert caught.value.code() == grpc.StatusCode.INTERNAL
    assert app_error_from_metadata(caught.value.trailing_metadata()).id == "plugin.serve_http.error"


def test_serve_metrics_uses_the_http_framing(hooks):
    _, stub = hooks
    head = hooks_pb2.HTTPRequestHead(method="GET", path="/metrics")
    frames = list(stub.ServeMetrics(iter([hooks_pb2.ServeHTTPRequest(head=head)])))
    assert frames[0].head.status_code == 200
    assert frames[1].body_chunk == b"requests_total 1 # /metrics"


class ReactionPlugin(Plugin):
    def __init__(self):
        super().__init__()
        self.calls = []

    @hook(HookName.ReactionHasBeenAdded)
    def added(self, context, reaction):
        self.calls.append(("added", context.session_id, reaction))

    @hook("ReactionHasBeenRemoved")
    async def removed(self, context, reaction):
        self.calls.append(("removed", context.session_id, reaction))


def test_reaction_hook_names():
    assert HookName("ReactionHasBeenAdded") is HookName.ReactionHasBeenAdded
    assert HookName.ReactionHasBeenRemoved.value == "ReactionHasBeenRemoved"
    assert hasattr(hooks_pb2, "ReactionHasBeenAddedRequest")
    assert hasattr(hooks_pb2, "ReactionHasBeenRemovedResponse")


def test_reaction_hooks_receive_context_and_reaction(unix_server):
    plugin = ReactionPlugin()
    plugin.logger = MagicMock()
    servicer = HooksServicer(plugin)
    target = unix_server(hooks_pb2_grpc.add_PluginHooksServicer_to_server, servicer)
    channel = grpc.insecure_channel(target)
    try:
        stub = hooks_pb2_grpc.PluginHooksStub(channel)
        assert list(stub.Implemented(hooks_pb2.ImplementedRequest()).hooks) == [
            "ReactionHasBeenAdded",
            "ReactionHasBeenRemoved",
        ]
        sent = models_pb2.Reaction(user_id="u", post_id="p", emoji_name="+1", create_at=42)
        stub.ReactionHasBeenAdded(hooks_pb2.ReactionHasBeenAddedRequest(context=CONTEXT, reaction=sent))
        stub.ReactionHasBeenRemoved(hooks_pb2.ReactionHasBeenRemovedRequest(context=CONTEXT, reaction=sent))
    finally:
        channel.close()
        servicer.close()
    expected = Reaction(user_id="u", post_id="p", emoji_name="+1", create_at=42)
    assert plugin.calls == [("added", "sess", expected), ("removed", "sess", expected)]
    assert isinstance(plugin.calls[0][2], Reaction)
