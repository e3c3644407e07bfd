"""PreferencesHaveChanged, the websocket hooks, MessagesWillBeConsumed and FileWillBeUploaded:
names, wrappers and return conventions, over a real gRPC channel."""


import grpc
import pytest

from mattermost_plugin import FileInfo, HookName, Plugin, Post, Preference, WebSocketRequest, hook
from mattermost_plugin._internal.gen.plughost.v1 import hooks_pb2, models_pb2

CONTEXT = models_pb2.Context(session_id="sess")

NEW_HOOKS = [
    "MessagesWillBeConsumed",
    "FileWillBeUploaded",
    "PreferencesHaveChanged",
    "OnWebSocketConnect",
    "OnWebSocketDisconnect",
    "WebSocketMessageHasBeenPosted",
]


class NewHooksPlugin(Plugin):
    def __init__(self):
        super().__init__()
        self.calls = []
        self.consumed = None
        self.upload = None

    @hook(HookName.MessagesWillBeConsumed)
    def consumed_hook(self, posts):
        self.calls.append(("consumed", posts))
        return self.consumed(posts) if callable(self.consumed) else self.consumed

    @hook(HookName.FileWillBeUploaded)
    def upload_hook(self, context, file_info, content):
        self.calls.append(("upload", context.session_id, file_info, content))
        return self.upload

    @hook(HookName.PreferencesHaveChanged)
    def prefs(self, context, preferences):
        self.calls.append(("prefs", context.session_id, preferences))

    @hook(HookName.OnWebSocketConnect)
    def connect(self, web_conn_id, user_id):
        self.calls.append(("connect", web_conn_id, user_id))

    @hook(HookName.OnWebSocketDisconnect)
    async def disconnect(self, web_conn_id, user_id):
        self.calls.append(("disconnect", web_conn_id, user_id))

    @hook(HookName.WebSocketMessageHasBeenPosted)
    def message(self, web_conn_id, user_id, request):
        self.calls.append(("message", web_conn_id, user_id, request))


@pytest.fixture
def hooks(serve_hooks):
    return serve_hooks(NewHooksPlugin())


def test_hook_names_match_the_contract():
    service = hooks_pb2.DESCRIPTOR.services_by_name["PluginHooks"]
    for name in NEW_HOOKS:
        assert HookName(name).value == name
        assert name in service.methods_by_name
        assert hasattr(hooks_pb2, f"{name}Request") and hasattr(hooks_pb2, f"{name}Response")


def test_implemented(hooks):
    _, stub = hooks
    assert sorted(stub.Implemented(hooks_pb2.ImplementedRequest()).hooks) == sorted(NEW_HOOKS)


def test_preferences_have_changed_receives_preference_wrappers(hooks):
    plugin, stub = hooks
    sent = [models_pb2.Preference(user_id="u", category="theme", name="", value="{}"),
            models_pb2.Preference(user_id="u", category="c", name="n", value="v")]
    stub.PreferencesHaveChanged(hooks_pb2.PreferencesHaveChangedRequest(context=CONTEXT, preferences=sent))
    [(kind, session, prefs)] = plugin.calls
    assert (kind, session) == ("prefs", "sess")
    assert prefs == [Preference(user_id="u", category="theme", name="", value="{}"),
                     Preference(user_id="u", category="c", name="n", value="v")]
    assert all(isinstance(p, Preference) for p in prefs)


def test_websocket_hooks(hooks):
    plugin, stub = hooks
    stub.OnWebSocketConnect(hooks_pb2.OnWebSocketConnectRequest(web_conn_id="c1", user_id="u"))
    request = models_pb2.WebSocketRequest(seq=9007199254740993, action="custom", data_json='{"n": 2, "deep": {"x": [1]}}')
    stub.WebSocketMessageHasBeenPosted(hooks_pb2.WebSocketMessageHasBeenPostedRequest(web_conn_id="c1", user_id="u", request=request))
    stub.WebSocketMessageHasBeenPosted(hooks_pb2.WebSocketMessageHasBeenPostedRequest(web_conn_id="c1", user_id="u", request=models_pb2.WebSocketRequest(action="ping")))
    stub.OnWebSocketDisconnect(hooks_pb2.OnWebSocketDisconnectRequest(web_conn_id="c1", user_id="u"))
    assert plugin.calls[0] == ("connect", "c1", "u")
    _, conn, user, got = plugin.calls[1]
    assert (conn, user) == ("c1", "u")
    assert isinstance(got, WebSocketRequest)
    assert (got.seq, got.action, got.data) == (9007199254740993, "custom", {"n": 2, "deep": {"x": [1]}})
    assert plugin.calls[2][3].data == {}
    assert plugin.calls[3] == ("disconnect", "c1", "u")


def _consume(stub, *messages):
    posts = [models_pb2.Post(id=f"p{i}", message=m) for i, m in enumerate(messages)]
    return stub.MessagesWillBeConsumed(hooks_pb2.MessagesWillBeConsumedRequest(posts=posts))


def test_messages_will_be_consumed_none_leaves_posts_unchanged(hooks):
    plugin, stub = hooks
    response = _consume(stub, "a", "b")
    assert response.unchanged and not response.posts
    [(_, posts)] = plugin.calls
    assert [p.message for p in posts] == ["a", "b"] and all(isinstance(p, Post) for p in posts)


def test_messages_will_be_consumed_returns_modified_posts(hooks):
    plugin, stub = hooks

    def shout(posts):
        for p in posts:
            p.message = p.message.upper()
        return posts + [{"id": "extra", "message": "dict posts work"}]

    plugin.consumed = shout
    response = _consume(stub, "a", "b")
    assert not response.unchanged
    assert [(p.id, p.message) for p in response.posts] == [("p0", "A"), ("p1", "B"), ("extra", "dict posts work")]
    plugin.consumed = []
    response = _consume(stub, "a")
    assert not response.unchanged and list(response.posts) == []


def test_messages_will_be_consumed_bad_return_fails(hooks):
    plugin, stub = hooks
    plugin.consumed = "nope"
    with pytest.raises(grpc.RpcError) as caught:
        _consume(stub, "a")
    assert caught.value.code() == grpc.StatusCode.INTERNAL


def _upload(stub, name="a.txt", content=b"hello"):
    info = models_pb2.FileInfo(name=name, size=len(content), mime_type="text/plain")
    return stub.FileWillBeUploaded(hooks_pb2.FileWillBeUploadedRequest(context=CONTEXT, file_info=info, content=content))


@pytest.mark.parametrize(
    "verdict, reason, name, content",
    [
        (None, "", None, None),
        ("", "", None, None),
        ("too big", "too big", None, None),
        ((None, None, "nope"), "nope", None, None),
        ((None, b"NEW", ""), "", None, b"NEW"),
        ((None, "text is encoded", ""), "", None, b"text is encoded"),
        ((FileInfo(name="renamed.txt"), None), "", "renamed.txt", None),
        (({"name": "d.txt"}, b"", ""), "", "d.txt", b""),
    ],
)
def test_file_will_be_uploaded_return_conventions(hooks, verdict, reason, name, content):
    plugin, stub = hooks
    plugin.upload = verdict
    response = _upload(stub)
    assert response.rejection_reason == reason
    assert (response.file_info.name if response.HasField("file_info") else None) == name
    assert (response.content if response.HasField("content") else None) == content
    [(_, session, info, received)] = plugin.calls
    assert session == "sess" and isinstance(info, FileInfo) and info.name == "a.txt"
    assert received == b"hello" and isinstance(received, bytes)


def test_file_will_be_uploaded_bad_return_fails(hooks):
    plugin, stub = hooks
    plugin.upload = 42
    with pytest.raises(grpc.RpcError) as caught:
        _upload(stub)
    assert caught.value.code() == grpc.StatusCode.INTERNAL
