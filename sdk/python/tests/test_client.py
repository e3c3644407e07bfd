"""The sync and async Plugin API clients against a real in-process gRPC server."""

import asyncio
import inspect
import json

import grpc
import pytest

from mattermost_plugin import (
    AsyncPluginAPIClient,
    NotFoundError,
    PermissionDeniedError,
    PluginAPIClient,
    Post,
    UnavailableError,
    User,
)
from mattermost_plugin._internal import api_methods
from mattermost_plugin._internal.gen.plughost.v1 import (
    api_commands_pb2,
    api_integrations_pb2,
    api_kv_pb2,
    api_pb2,
    api_pb2_grpc,
    api_plugins_pb2,
    api_posts_pb2,
    api_system_pb2,
    api_users_pb2,
    models_pb2,
)
from mattermost_plugin._internal.naming import snake_case

SECRET = "s3cret"


class FakePluginAPI(api_pb2_grpc.PluginAPIServicer):
    """A few Plugin API methods, from memory; records what the client sent."""

    def __init__(self):
        self.secrets = []
        self.kv = {}
        self.logs = []

    def _seen(self, context):
        self.secrets.append(dict(context.invocation_metadata()).get("mm-plugin-secret"))

    def GetServerVersion(self, request, context):
        self._seen(context)
        return api_system_pb2.GetServerVersionResponse(version="9.5.0")

    def GetUser(self, request, context):
        self._seen(context)
        if request.user_id == "u1":
            return api_users_pb2.GetUserResponse(
                user=models_pb2.User(
                    id="u1", username="alice", create_at=2**40, props_json='{"n": 1}'
                )
            )
        error = models_pb2.AppError(
            id="app.user.missing_account.const", message="User not found", status_code=404
        )
        context.set_trailing_metadata((("mm-app-error-bin", error.SerializeToString()),))
        context.abort(grpc.StatusCode.NOT_FOUND, "User not found")

    def GetUsers(self, request, context):
        users = [models_pb2.User(id=f"u{i}") for i in range(request.per_page)]
        return api_users_pb2.GetUsersResponse(users=users)

    def CreatePost(self, request, context):
        self._seen(context)
        post = models_pb2.Post()
        post.CopyFrom(request.post)
        post.id = "p-new"
        return api_posts_pb2.CreatePostResponse(post=post)

    def DeletePost(self, request, context):
        context.abort(grpc.StatusCode.PERMISSION_DENIED, "not yours")

    def KVSet(self, request, context):
        self.kv[request.key] = request.value
        return api_kv_pb2.KVSetResponse()

    def KVSetWithExpiry(self, request, context):
        self.kv[request.key] = (request.value, request.expire_in_seconds)
        return api_kv_pb2.KVSetWithExpiryResponse()

    def KVGet(self, request, context):
        if request.key in self.kv:
            return api_kv_pb2.KVGetResponse(value=self.kv[request.key])
        return api_kv_pb2.KVGetResponse()

    def KVCompareAndSet(self, request, context):
        self.kv["cas"] = (
            request.old_value if request.HasField("old_value") else None,
            request.new_value if request.HasField("new_value") else None,
        )
        return api_kv_pb2.KVCompareAndSetResponse(success=True)

    def KVList(self, request, context):
        return api_kv_pb2.KVListResponse(keys=[f"{request.page}/{request.per_page}"])

    def GetPluginConfig(self, request, context):
        return api_plugins_pb2.GetPluginConfigResponse(config_json='{"api_key": "k", "limits": {"max": 3}}')

    def SavePluginConfig(self, request, context):
        self.kv["config"] = request.config_json
        return api_plugins_pb2.SavePluginConfigResponse()

    def RegisterCommand(self, request, context):
        self.kv["command"] = request.command
        return api_commands_pb2.RegisterCommandResponse()

    def PluginHTTP(self, request, context):
        headers = [models_pb2.HTTPHeader(name="X-Echo-Method", values=[request.method])]
        headers += list(request.headers)
        return api_integrations_pb2.PluginHTTPResponse(
            status_code=202, headers=headers, body=request.url.encode() + request.body
        )

    def LogInfo(self, request, context):
        self._seen(context)
        self.logs.append((request.message, request.key_value_pairs_json))
        return api_integrations_pb2.LogInfoResponse()


@pytest.fixture
def api(unix_server):
    fake = FakePluginAPI()
    target = unix_server(api_pb2_grpc.add_PluginAPIServicer_to_server, fake)
    return fake, target


def test_sync_client(api):
    fake, target = api
    with PluginAPIClient(target=target, secret=SECRET) as client:
        assert client.get_server_version() == "9.5.0"

        user = client.get_user("u1")
        assert isinstance(user, User)
        assert (user.username, user.create_at, user.props) == ("alice", 2**40, {"n": 1})

        with pytest.raises(NotFoundError) as caught:
            client.get_user("nobody")
        assert caught.value.error_id == "app.user.missing_account.const"
        assert caught.value.message == "User not found"
        assert caught.value.status_code == 404

        with pytest.raises(PermissionDeniedError):
            client.delete_post("p1")

        post = client.create_post(
            channel_id="c1", user_id="bot", message="Hello!", props={"k": [1]}
        )
        assert post == Post(
            id="p-new", channel_id="c1", user_id="bot", message="Hello!", props={"k": [1]}
        )
        assert client.create_post(Post(channel_id="c2"), message="m").channel_id == "c2"
        assert client.create_post({"channel_id": "c3", "message": "d"}).message == "d"

        assert [u.id for u in client.get_users(per_page=3)] == ["u0", "u1", "u2"]
        client.log_info("hello", user_id="u1", count=2)
        assert fake.logs == [("hello", json.dumps({"user_id": "u1", "count": 2}))]
        assert client.get_plugin_config() == {"api_key": "k", "limits": {"max": 3}}
        client.save_plugin_config({"api_key": "new"})
        assert json.loads(fake.kv["config"]) == {"api_key": "new"}

    assert fake.secrets and set(fake.secrets) == {SECRET}


def test_kv_values(api):
    fake, target = api
    with PluginAPIClient(target=target, secret=SECRET) as client:
        assert client.kv_get("missing") is None
        client.kv_set("b", b"\x00\x01")
        client.kv_set("s", "héllo")
        client.kv_set("d", {"n": 1})
        client.kv_set("user_cache", User(id="u1", username="alice"), expires_in=300)
        assert client.kv_get("b") == b"\x00\x01"
        assert client.kv_get("s") == "héllo".encode()
        assert json.loads(client.kv_get("d")) == {"n": 1}
        value, expiry = fake.kv["user_cache"]
        assert expiry == 300 and json.loads(value)["username"] == "alice"

        assert client.kv_compare_and_set("k", None, "new") is True
        assert fake.kv["cas"] == (None, b"new")
        client.kv_compare_and_set("k", b"old", None)
        assert fake.kv["cas"] == (b"old", None)
        assert client.kv_list() == ["0/0"]  # unset: the server applies its default
        assert client.kv_list(2, per_page=5) == ["2/5"]


def test_commands_and_plugin_http(api):
    fake, target = api
    with PluginAPIClient(target=target, secret=SECRET) as client:
        client.register_command(trigger="hello", auto_complete=True, auto_complete_desc="Say hello")
        assert fake.kv["command"] == models_pb2.Command(
            trigger="hello", auto_complete=True, auto_complete_desc="Say hello"
        )

        response = client.plugin_http(
            "POST", "/other.plugin/api?x=1", {"X-Multi": ["a", "b"], "X-N": 3}, "body"
        )
        assert response.status_code == 202
        assert response.body == b"/other.plugin/api?x=1body"
        assert response.headers["x-echo-method"] == "POST"
        assert response.headers.get_all("X-MULTI") == ["a", "b"]
        assert response.headers["X-N"] == "3"


def test_async_client(api):
    fake, target = api

    async def main():
        async with AsyncPluginAPIClient(target=target, secret=SECRET) as client:
            assert await client.get_server_version() == "9.5.0"
            user = await client.get_user("u1")
            assert user.username == "alice"
            with pytest.raises(NotFoundError) as caught:
                await client.get_user("nobody")
            assert caught.value.error_id == "app.user.missing_account.const"
            post = await client.create_post(channel_id="c1", message="async")
            assert post.id == "p-new"
            await client.log_info("from async")

    asyncio.run(main())
    assert fake.secrets and set(fake.secrets) == {SECRET}


def test_target_and_secret_default_to_the_environment(api, monkeypatch):
    fake, target = api
    monkeypatch.setenv("MATTERMOST_API_TARGET", target)
    monkeypatch.setenv("MATTERMOST_PLUGIN_SECRET", "from-env")
    with PluginAPIClient() as client:
        client.get_server_version()
    assert fake.secrets == ["from-env"]


def test_missing_target_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("MATTERMOST_API_TARGET", raising=False)
    with pytest.raises(ValueError, match="MATTERMOST_API_TARGET"):
        PluginAPIClient()


def test_unreachable_server_raises_unavailable(monkeypatch, tmp_path):
    monkeypatch.setattr("mattermost_plugin.client.CONNECT_TIMEOUT_SECONDS", 0.3)
    client = PluginAPIClient(target=f"unix:{tmp_path}/nothing.sock")
    with pytest.raises(UnavailableError):
        client.get_server_version()
    client.close()


def _unary_rpcs():
    """The Plugin API's methods (a streaming RPC is transport, not an API method)."""
    service = api_pb2.DESCRIPTOR.services_by_name["PluginAPI"]
    return [m for m in service.methods if not (m.client_streaming or m.server_streaming)]


def test_both_clients_have_one_method_per_rpc_with_the_same_signature():
    for method in _unary_rpcs():
        name = snake_case(method.name)
        sync_method = getattr(PluginAPIClient, name)
        async_method = getattr(AsyncPluginAPIClient, name)
        assert not inspect.iscoroutinefunction(sync_method), name
        assert inspect.iscoroutinefunction(async_method), name
        assert inspect.signature(sync_method) == inspect.signature(async_method), name
        assert sync_method.__doc__ and sync_method.__doc__ == async_method.__doc__, name
        assert inspect.signature(sync_method).return_annotation is not inspect.Signature.empty, name


def test_the_table_has_one_entry_per_rpc_and_nothing_else():
    rpcs = {method.name for method in _unary_rpcs()}
    entries = api_methods.api_method_entries(api_methods.PluginAPIMethods)
    assert {snake_case(rpc) for rpc in rpcs} == set(entries)
    for name, entry in entries.items():
        assert snake_case(entry.build.__name__) == name
