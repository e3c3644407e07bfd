"""mattermost_plugin.testing: the in-memory Plugin API and the hook harness."""

import asyncio
import inspect
import json
import logging
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mattermost_plugin import (
    AlreadyExistsError,
    AsyncPluginAPIClient,
    CommandArgs,
    CommandResponse,
    Context,
    FileInfo,
    HookName,
    InstallEvent,
    NotFoundError,
    PermissionDeniedError,
    Plugin,
    PluginAPIClient,
    PluginAPIError,
    Post,
    UnavailableError,
    User,
    ValidationError,
    hook,
)
from mattermost_plugin._internal.api_methods import PluginAPIMethods, api_method_entries
from mattermost_plugin._internal.fake.server import contract_rpcs
from mattermost_plugin._internal.naming import snake_case
from mattermost_plugin.testing import (
    NOT_IMPLEMENTED_ID,
    AsyncFakePluginAPI,
    FakeClock,
    FakePluginAPI,
    HookFailedError,
    LogEntry,
    PluginHarness,
)

PASSWORD = "password1"


@pytest.fixture
def api():
    return FakePluginAPI(plugin_id="com.example.test", clock=FakeClock(start=1_700_000_000))


def make_user(api, username, **fields):
    return api.create_user(
        username=username, email=f"{username}@example.com", password=PASSWORD, **fields
    )


@pytest.fixture
def world(api):
    """Two users in a team with a town-square channel they both joined."""
    ann, bob = make_user(api, "ann"), make_user(api, "bob")
    team = api.create_team(name="team", display_name="Team")
    channel = api.create_channel(team_id=team.id, name="town-square", display_name="Town Square")
    for user in (ann, bob):
        api.add_channel_member(channel.id, user.id)
    return ann, bob, team, channel


# ---------------------------------------------------------------------------------------------
# The fake is the clients' method table with another transport


def test_same_methods_signatures_and_docs_as_the_clients():
    names = [name for name in api_method_entries(PluginAPIMethods)]
    assert len(names) == len(contract_rpcs())
    for name in names:
        sync_fake, async_fake = getattr(FakePluginAPI, name), getattr(AsyncFakePluginAPI, name)
        assert inspect.signature(sync_fake) == inspect.signature(
            getattr(PluginAPIClient, name)
        ), name
        assert inspect.signature(async_fake) == inspect.signature(
            getattr(AsyncPluginAPIClient, name)
        ), name
        assert not inspect.iscoroutinefunction(sync_fake), name
        assert inspect.iscoroutinefunction(async_fake), name
        assert sync_fake.__doc__ == getattr(PluginAPIClient, name).__doc__, name


def test_modelled_methods_are_api_methods_in_contract_order():
    modelled = FakePluginAPI.modelled_methods()
    order = [snake_case(rpc) for rpc in contract_rpcs()]
    assert modelled == [name for name in order if name in modelled]
    assert {"kv_set_with_options", "ensure_bot_user", "get_post_thread", "create_user"} <= set(
        modelled
    )
    assert len(modelled) >= 100


def test_an_unmodelled_method_answers_501_naming_itself(api):
    with pytest.raises(PluginAPIError) as caught:
        api.get_emoji_list()
    error = caught.value
    assert type(error) is PluginAPIError
    assert (error.status_code, error.error_id) == (501, NOT_IMPLEMENTED_ID)
    assert "GetEmojiList" in error.message and "not modelled" in error.message


def test_a_subclass_answers_what_the_fake_does_not_model():
    class PermissiveFake(FakePluginAPI):
        def has_permission_to(self, user_id, permission_id):
            return permission_id == "manage_system"

    fake = PermissiveFake()
    assert fake.has_permission_to("u", "manage_system") is True
    assert fake.get_server_version() == "9.11.0"  # the rest still works


def test_results_are_copies(api, world):
    ann, _, _, _ = world
    user = api.get_user(ann.id)
    user.username = "changed"
    user.props["x"] = 1
    assert api.get_user(ann.id).username == "ann"
    assert api.get_user(ann.id).props == {}


# ---------------------------------------------------------------------------------------------
# Key-value store: Mattermost's semantics, step by step
#
# Each row: the store before (key -> value), the call, its result, the store after.

KV_TABLE = [
    # KVSet / KVGet / KVDelete
    ({}, ("kv_set", "k", b"v"), None, {"k": b"v"}),
    ({"k": b"old"}, ("kv_set", "k", "new"), None, {"k": b"new"}),
    ({}, ("kv_set", "k", {"n": 1}), None, {"k": b'{"n": 1}'}),
    ({}, ("kv_set", "k", b""), None, {"k": b""}),  # an empty value is a value
    ({"k": b"v"}, ("kv_get", "k"), b"v", {"k": b"v"}),
    ({}, ("kv_get", "k"), None, {}),
    ({"k": b"v"}, ("kv_delete", "k"), None, {}),
    ({}, ("kv_delete", "k"), None, {}),  # no error when absent
    ({"a": b"1", "b": b"2"}, ("kv_delete_all",), None, {}),
    # KVCompareAndSet
    ({}, ("kv_compare_and_set", "k", None, b"new"), True, {"k": b"new"}),  # insert if absent
    ({"k": b"v"}, ("kv_compare_and_set", "k", None, b"new"), False, {"k": b"v"}),
    ({"k": b"v"}, ("kv_compare_and_set", "k", b"v", b"new"), True, {"k": b"new"}),
    ({"k": b"v"}, ("kv_compare_and_set", "k", b"other", b"new"), False, {"k": b"v"}),
    ({}, ("kv_compare_and_set", "k", b"v", b"new"), False, {}),
    ({"k": b"v"}, ("kv_compare_and_set", "k", b"v", None), True, {}),  # delete if it holds old
    ({"k": b"v"}, ("kv_compare_and_set", "k", b"other", None), False, {"k": b"v"}),
    ({}, ("kv_compare_and_set", "k", None, None), False, {}),
    # KVCompareAndDelete
    ({"k": b"v"}, ("kv_compare_and_delete", "k", b"v"), True, {}),
    ({"k": b"v"}, ("kv_compare_and_delete", "k", b"other"), False, {"k": b"v"}),
    ({}, ("kv_compare_and_delete", "k", b"v"), False, {}),
    # KVSetWithOptions
    ({}, ("kv_set_with_options", "k", b"v"), True, {"k": b"v"}),
    ({"k": b"v"}, ("kv_set_with_options", "k", None), True, {}),  # non-atomic None deletes
    ({}, ("kv_set_with_options", "k", b"v", True), True, {"k": b"v"}),  # atomic, no old: absent
    ({"k": b"v"}, ("kv_set_with_options", "k", b"w", True), False, {"k": b"v"}),
    ({"k": b"v"}, ("kv_set_with_options", "k", b"w", True, b"v"), True, {"k": b"w"}),
    ({"k": b"v"}, ("kv_set_with_options", "k", b"w", True, b"x"), False, {"k": b"v"}),
    ({"k": b"v"}, ("kv_set_with_options", "k", None, True, b"v"), True, {}),  # atomic delete
    ({"k": b"v"}, ("kv_set_with_options", "k", None, True, b"x"), False, {"k": b"v"}),
    ({"k": b"v"}, ("kv_set_with_options", "k", None, True), False, {"k": b"v"}),
]


def kv_state(api):
    return {key: api.kv_get(key) for key in api.kv_list(0, 1000)}


@pytest.mark.parametrize("before, call, result, after", KV_TABLE)
def test_kv_semantics(api, before, call, result, after):
    for key, value in before.items():
        api.kv_set(key, value)
    method, *args = call
    assert getattr(api, method)(*args) == result
    assert kv_state(api) == after


def test_kv_old_value_without_atomic_is_a_validation_error(api):
    with pytest.raises(ValidationError) as caught:
        api.kv_set_with_options("k", b"v", atomic=False, old_value=b"x")
    assert caught.value.error_id == "model.plugin_kvset_options.is_valid.old_value.app_error"


@pytest.mark.parametrize("key", ["", "x" * 151])
def test_kv_keys_are_1_to_150_characters(api, key):
    for call in (
        lambda: api.kv_set(key, b"v"),
        lambda: api.kv_get(key),
        lambda: api.kv_delete(key),
    ):
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.error_id == "model.plugin_kv.is_valid.key.app_error"
    api.kv_set("é" * 150, b"ok")  # characters, not bytes


def test_kv_expiry_follows_the_clock(api):
    api.kv_set_with_expiry("short", b"1", 60)
    api.kv_set("spec", {"cached": True}, expires_in=300)
    api.kv_set_with_expiry("forever", b"3", 0)
    api.clock.advance(59.999)
    assert api.kv_list() == ["forever", "short", "spec"]
    api.clock.advance(0.001)  # expires at exactly 60 s
    assert api.kv_get("short") is None
    assert api.kv_list() == ["forever", "spec"]
    # An expired key is absent for compare-and-set: insert-if-absent succeeds, a match fails.
    assert api.kv_compare_and_set("short", b"1", b"x") is False
    assert api.kv_compare_and_set("short", None, b"again") is True
    assert api.kv_get("short") == b"again"
    api.clock.advance(240)
    assert api.kv_compare_and_delete("spec", b'{"cached": true}') is False
    assert api.kv_list() == ["forever", "short"]


def test_kv_set_with_options_expiry_and_atomic_refresh(api):
    assert api.kv_set_with_options("lock", b"me", atomic=True, expire_in_seconds=10) is True
    assert api.kv_set_with_options("lock", b"you", atomic=True, expire_in_seconds=10) is False
    api.clock.advance(10)
    assert api.kv_set_with_options("lock", b"you", atomic=True, expire_in_seconds=10) is True
    # Replacing a value with the atomic update also sets its new expiry (none: never).
    assert api.kv_set_with_options("lock", b"you2", atomic=True, old_value=b"you") is True
    api.clock.advance(3600)
    assert api.kv_get("lock") == b"you2"


def test_kv_list_pages(api):
    for i in range(25):
        api.kv_set(f"key{i:02}", b"v")
    assert len(api.kv_list()) == 25  # default page: 100
    assert api.kv_list(1, 10) == [f"key{i}" for i in range(10, 20)]
    assert api.kv_list(2, 10) == ["key20", "key21", "key22", "key23", "key24"]
    assert api.kv_list(0, 0) == [f"key{i:02}" for i in range(10)]  # per_page 0 means 10
    assert api.kv_list(-1, 5) == api.kv_list(0, 5)
    api.kv_delete_all()
    assert api.kv_list() == []


# ---------------------------------------------------------------------------------------------
# Users


def test_create_and_get_users(api):
    ann = make_user(api, "Ann", nickname="annie", props={"n": 1})
    assert ann.username == "ann" and ann.email == "ann@example.com"
    assert (ann.roles, ann.locale, ann.delete_at, ann.props) == ("system_user", "en", 0, {"n": 1})
    assert len(ann.id) == 26 and ann.create_at == ann.update_at == api.clock.now_ms()
    assert ann.password == ""  # never returned
    assert api.get_user(ann.id) == ann
    assert api.get_user_by_username("ANN") == ann
    assert api.get_user_by_email("Ann@Example.com") == ann
    bob = make_user(api, "bob")
    assert [u.username for u in api.get_users_by_ids([bob.id, "x" * 26, ann.id])] == ["bob", "ann"]
    assert [u.username for u in api.get_users_by_usernames(["bob", "ann", "nobody"])] == [
        "ann",
        "bob",
    ]


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"username": "a"}, "username"),
        ({"username": "1abc"}, "username"),
        ({"username": "has space"}, "username"),
        ({"email": "not-an-email"}, "email"),
        ({"password": "short"}, "password"),
        ({"password": ""}, "password"),
    ],
)
def test_create_user_validation_names_the_field(api, fields, field):
    user = {"username": "valid", "email": "valid@example.com", "password": PASSWORD, **fields}
    with pytest.raises(ValidationError) as caught:
        api.create_user(user)
    assert caught.value.status_code == 400
    assert caught.value.error_id == f"model.user.is_valid.{field}.app_error"
    assert field in caught.value.message


def test_usernames_and_emails_are_unique(api):
    make_user(api, "ann")
    with pytest.raises(AlreadyExistsError) as caught:
        api.create_user(username="ANN", email="other@example.com", password=PASSWORD)
    assert caught.value.error_id == "app.user.save.username_exists.app_error"
    with pytest.raises(AlreadyExistsError) as caught:
        api.create_user(username="other", email="ANN@example.com", password=PASSWORD)
    assert caught.value.error_id == "app.user.save.email_exists.app_error"


def test_unknown_and_malformed_user_ids(api):
    with pytest.raises(NotFoundError) as caught:
        api.get_user("a" * 26)
    assert caught.value.error_id == "app.user.missing_account.const"
    with pytest.raises(ValidationError) as caught:
        api.get_user("nope")
    assert caught.value.error_id == "model.user.is_valid.user_id.app_error"
    with pytest.raises(NotFoundError):
        api.get_user_by_username("nobody")
    with pytest.raises(NotFoundError):
        api.get_user_by_email("nobody@example.com")


def test_update_user_and_activity(api):
    ann, bob = make_user(api, "ann"), make_user(api, "bob")
    api.clock.advance(1)
    ann.nickname, ann.username, ann.props = "A", "anna", {"k": "v"}
    updated = api.update_user(ann)
    assert (updated.username, updated.nickname, updated.props) == ("anna", "A", {"k": "v"})
    assert updated.update_at == ann.create_at + 1000
    with pytest.raises(AlreadyExistsError):
        api.update_user(updated, username="bob")
    with pytest.raises(NotFoundError):
        api.update_user(id="z" * 26, username="zed", email="zed@example.com")

    api.update_user_active(bob.id, False)
    assert api.get_user(bob.id).delete_at == api.clock.now_ms()
    assert [u.username for u in api.get_users(active=True)] == ["anna"]
    assert [u.username for u in api.get_users(inactive=True)] == ["bob"]
    api.update_user_active(bob.id, True)
    assert api.get_user(bob.id).delete_at == 0
    api.delete_user(bob.id)  # deactivates, as in Mattermost
    assert api.get_user(bob.id).delete_at > 0


def test_user_roles(api):
    ann = make_user(api, "ann")
    assert (
        api.update_user_roles(ann.id, "system_user system_admin").roles
        == "system_admin system_user"
    )
    assert [u.username for u in api.get_users(role="system_admin")] == ["ann"]
    with pytest.raises(ValidationError):
        api.update_user_roles(ann.id, "system_admin")
    with pytest.raises(ValidationError):
        api.update_user_roles(ann.id, "system_user wizard")


def test_list_and_search_users(api, world):
    ann, bob, team, channel = world
    api.clock.advance(1)
    carl = make_user(api, "carl", first_name="Carl", nickname="cc")
    assert [u.username for u in api.get_users()] == ["ann", "bob", "carl"]
    assert [u.username for u in api.get_users(sort="create_at")][0] == "carl"
    assert [u.username for u in api.get_users(page=1, per_page=2)] == ["carl"]
    assert [u.username for u in api.get_users(in_team_id=team.id)] == ["ann", "bob"]
    assert [u.username for u in api.get_users(not_in_team_id=team.id)] == ["carl"]
    assert [u.username for u in api.get_users(without_team=True)] == ["carl"]
    assert [u.username for u in api.get_users(in_channel_id=channel.id)] == ["ann", "bob"]
    assert [u.username for u in api.get_users_in_team(team.id, per_page=1)] == ["ann"]
    assert [u.username for u in api.get_users_in_channel(channel.id)] == ["ann", "bob"]
    assert [u.username for u in api.search_users(term="@C")] == ["carl"]
    assert [u.username for u in api.search_users(term="", team_id=team.id, limit=1)] == ["ann"]
    api.update_user_active(carl.id, False)
    assert api.search_users(term="carl") == []
    assert [u.username for u in api.search_users(term="carl", allow_inactive=True)] == ["carl"]


# ---------------------------------------------------------------------------------------------
# Teams, channels and their members


def test_teams_and_members(api):
    ann, bob = make_user(api, "ann"), make_user(api, "bob")
    team = api.create_team(name="dev-team", display_name=" Dev ")
    assert (team.display_name, team.type, len(team.invite_id)) == ("Dev", "O", 26)
    assert api.get_team(team.id) == api.get_team_by_name("dev-team") == team
    with pytest.raises(AlreadyExistsError):
        api.create_team(name="dev-team", display_name="Again")
    with pytest.raises(ValidationError) as caught:
        api.create_team(name="Bad Name", display_name="x")
    assert caught.value.error_id == "model.team.is_valid.name.app_error"
    with pytest.raises(NotFoundError):
        api.get_team_by_name("nope")

    member = api.create_team_member(team.id, ann.id)
    assert (member.roles, member.scheme_user, member.scheme_admin) == ("team_user", True, False)
    assert api.create_team_member(team.id, ann.id) == member  # idempotent
    assert [m.user_id for m in api.create_team_members(team.id, [bob.id])] == [bob.id]
    assert {m.user_id for m in api.get_team_members(team.id)} == {ann.id, bob.id}
    assert [t.name for t in api.get_teams_for_user(ann.id)] == ["dev-team"]
    assert [m.team_id for m in api.get_team_members_for_user(bob.id)] == [team.id]
    admin = api.update_team_member_roles(team.id, ann.id, "team_user team_admin")
    assert (admin.roles, admin.scheme_admin) == ("team_user team_admin", True)
    with pytest.raises(ValidationError):
        api.update_team_member_roles(team.id, ann.id, "team_admin")

    api.delete_team_member(team.id, bob.id)
    with pytest.raises(NotFoundError):
        api.get_team_member(team.id, bob.id)
    with pytest.raises(NotFoundError):
        api.delete_team_member(team.id, bob.id)

    team.description = "about"
    assert api.update_team(team).description == "about"
    assert [t.name for t in api.search_teams("DE")] == ["dev-team"]
    api.delete_team(team.id)
    assert api.get_teams() == []
    assert api.get_team(team.id).delete_at > 0


def test_channels_and_members(api):
    ann, bob = make_user(api, "ann"), make_user(api, "bob")
    team = api.create_team(name="team", display_name="Team")
    with pytest.raises(PermissionDeniedError):  # the creator must be in the team
        api.create_channel(team_id=team.id, name="c", display_name="C", creator_id=ann.id)
    api.create_team_member(team.id, ann.id)
    private = api.create_channel(
        team_id=team.id, name="secret", display_name="Secret", type="P", creator_id=ann.id
    )
    assert api.get_channel_member(private.id, ann.id).roles == "channel_user channel_admin"
    with pytest.raises(AlreadyExistsError):
        api.create_channel(team_id=team.id, name="secret", display_name="Again")
    with pytest.raises(ValidationError) as caught:
        api.create_channel(team_id=team.id, name="x", display_name="X", type="D")
    assert caught.value.error_id == "model.channel.is_valid.type.app_error"
    with pytest.raises(NotFoundError):
        api.create_channel(team_id="t" * 26, name="x", display_name="X")
    town = api.create_channel(team_id=team.id, name="town", display_name="Town")

    member = api.add_channel_member(town.id, bob.id)  # joins the team too
    assert (member.roles, member.user_id) == ("channel_user", bob.id)
    assert api.get_team_member(team.id, bob.id).user_id == bob.id
    assert api.add_user_to_channel(town.id, ann.id, bob.id).user_id == ann.id
    assert [m.user_id for m in api.get_channel_members(town.id)] == sorted([ann.id, bob.id])
    assert [m.user_id for m in api.get_channel_members_by_ids(town.id, [bob.id, "x" * 26])] == [
        bob.id
    ]
    assert {m.channel_id for m in api.get_channel_members_for_user(team.id, ann.id)} == {
        private.id,
        town.id,
    }
    assert api.get_channel_by_name(team.id, "town") == town
    assert api.get_channel_by_name_for_team_name("team", "secret") == private
    assert [c.name for c in api.get_public_channels_for_team(team.id)] == ["town"]
    assert [c.name for c in api.get_channels_for_team_for_user(team.id, ann.id)] == [
        "secret",
        "town",
    ]
    assert [c.name for c in api.search_channels(team.id, "to")] == ["town"]
    assert api.get_channel_stats(town.id).member_count == 2
    assert api.update_channel_member_roles(
        town.id, bob.id, "channel_user channel_admin"
    ).scheme_admin

    town.header = "welcome"
    assert api.update_channel(town).header == "welcome"
    api.delete_channel_member(town.id, bob.id)
    with pytest.raises(NotFoundError):
        api.get_channel_member(town.id, bob.id)

    api.delete_channel(town.id)
    with pytest.raises(NotFoundError):
        api.get_channel_by_name(team.id, "town")
    assert api.get_channel_by_name(team.id, "town", include_deleted=True).delete_at > 0
    with pytest.raises(ValidationError):
        api.add_channel_member(town.id, bob.id)
    api.restore_channel(town.id)
    assert api.get_channel(town.id).delete_at == 0

    # Leaving the team leaves its channels.
    api.delete_team_member(team.id, ann.id)
    assert api.get_channels_for_team_for_user(team.id, ann.id) == []


def test_direct_and_group_channels(api):
    ann, bob, carl = (make_user(api, name) for name in ("ann", "bob", "carl"))
    direct = api.get_direct_channel(ann.id, bob.id)
    assert direct.type == "D" and direct.team_id == ""
    assert direct.name == "__".join(sorted([ann.id, bob.id]))
    assert api.get_direct_channel(bob.id, ann.id) == direct  # the same one either way
    assert {m.user_id for m in api.get_channel_members(direct.id)} == {ann.id, bob.id}
    with pytest.raises(ValidationError):
        api.add_channel_member(direct.id, carl.id)
    with pytest.raises(ValidationError):
        api.delete_channel(direct.id)
    group = api.get_group_channel([carl.id, ann.id, bob.id])
    assert (group.type, group.display_name) == ("G", "ann, bob, carl")
    assert api.get_group_channel([ann.id, bob.id, carl.id]) == group
    with pytest.raises(ValidationError):
        api.get_group_channel([ann.id, bob.id])
    assert {c.id for c in api.get_channels_for_team_for_user("", ann.id)} == {direct.id, group.id}


# ---------------------------------------------------------------------------------------------
# Posts and reactions


def test_create_get_update_delete_posts(api, world):
    ann, _, _, channel = world
    post = api.create_post(channel_id=channel.id, user_id=ann.id, message="hello", props={"n": 1})
    assert post.props == {"n": 1, "from_plugin": "true"}
    assert (post.create_at, post.edit_at, post.delete_at) == (api.clock.now_ms(), 0, 0)
    assert api.get_post(post.id) == post
    assert api.get_channel(channel.id).total_msg_count == 1

    api.clock.advance(2)
    post.message = "edited"
    edited = api.update_post(post)
    assert (edited.message, edited.edit_at) == ("edited", post.create_at + 2000)

    reply = api.create_post(channel_id=channel.id, user_id=ann.id, message="reply", root_id=post.id)
    assert api.get_post(post.id).reply_count == 1
    api.delete_post(post.id)  # the thread goes with its root
    for post_id in (post.id, reply.id):
        with pytest.raises(NotFoundError) as caught:
            api.get_post(post_id)
        assert caught.value.error_id == "app.post.get.app_error"
    with pytest.raises(NotFoundError):
        api.update_post(edited)


@pytest.mark.parametrize(
    "fields, error, field",
    [
        ({"channel_id": "c" * 26}, NotFoundError, None),
        ({"channel_id": "bad"}, ValidationError, "channel_id"),
        ({"user_id": "u" * 26}, NotFoundError, None),
        ({"message": "x" * 16384}, ValidationError, "message"),
        ({"root_id": "r" * 26}, ValidationError, "root_id"),
        ({"file_ids": ["nope"]}, ValidationError, "file_ids"),
    ],
)
def test_create_post_errors(api, world, fields, error, field):
    ann, _, _, channel = world
    with pytest.raises(error) as caught:
        api.create_post({"channel_id": channel.id, "user_id": ann.id, "message": "m", **fields})
    if field:
        assert field in caught.value.error_id


def test_no_posts_in_an_archived_channel(api, world):
    ann, _, _, channel = world
    api.delete_channel(channel.id)
    with pytest.raises(ValidationError):
        api.create_post(channel_id=channel.id, user_id=ann.id, message="m")


def test_threads_and_channel_pages(api, world):
    ann, bob, _, channel = world
    posts = []
    for i in range(5):
        posts.append(api.create_post(channel_id=channel.id, user_id=ann.id, message=f"m{i}"))
        api.clock.advance(1)
    reply = api.create_post(
        channel_id=channel.id, user_id=bob.id, message="re", root_id=posts[0].id
    )
    ids = [p.id for p in posts]

    thread = api.get_post_thread(reply.id)
    assert thread.order == [posts[0].id, reply.id]
    assert [p.message for p in thread.posts] == ["m0", "re"]
    assert thread.posts[0].reply_count == 1

    newest_first = [reply.id, *reversed(ids)]
    page = api.get_posts_for_channel(channel.id, per_page=2)
    assert page.order == newest_first[:2]
    assert (page.next_post_id, page.prev_post_id, page.has_next) == ("", newest_first[2], False)
    page = api.get_posts_for_channel(channel.id, page=1, per_page=2)
    assert page.order == newest_first[2:4]
    assert (page.next_post_id, page.prev_post_id, page.has_next) == (
        newest_first[1],
        newest_first[4],
        True,
    )

    before = api.get_posts_before(channel.id, ids[3], per_page=2)
    assert (before.order, before.next_post_id) == ([ids[2], ids[1]], ids[3])
    after = api.get_posts_after(channel.id, ids[1], per_page=2)
    assert (after.order, after.prev_post_id) == ([ids[3], ids[2]], ids[1])
    with pytest.raises(NotFoundError):
        api.get_posts_before(channel.id, "p" * 26)

    since = posts[3].create_at
    api.delete_post(posts[4].id)
    changed = api.get_posts_since(channel.id, since)
    assert set(changed.order) == {posts[4].id, reply.id}
    deleted = next(p for p in changed.posts if p.id == posts[4].id)
    assert (deleted.message, deleted.delete_at > 0) == ("", True)  # emptied, so clients drop it


def test_reactions(api, world):
    ann, bob, _, channel = world
    post = api.create_post(channel_id=channel.id, user_id=ann.id, message="react to me")
    first = api.add_reaction(user_id=bob.id, post_id=post.id, emoji_name="thumbsup")
    assert first.create_at == api.clock.now_ms()
    assert api.add_reaction(user_id=bob.id, post_id=post.id, emoji_name="thumbsup") == first
    api.add_reaction(user_id=ann.id, post_id=post.id, emoji_name="+1")
    assert [(r.user_id, r.emoji_name) for r in api.get_reactions(post.id)] == [
        (bob.id, "thumbsup"),
        (ann.id, "+1"),
    ]
    api.remove_reaction(user_id=bob.id, post_id=post.id, emoji_name="thumbsup")
    api.remove_reaction(user_id=bob.id, post_id=post.id, emoji_name="thumbsup")  # gone: no error
    assert [r.emoji_name for r in api.get_reactions(post.id)] == ["+1"]
    with pytest.raises(ValidationError) as caught:
        api.add_reaction(user_id=bob.id, post_id=post.id, emoji_name="no spaces")
    assert caught.value.error_id == "model.reaction.is_valid.emoji_name.app_error"
    with pytest.raises(NotFoundError):
        api.get_reactions("p" * 26)
    api.delete_channel(channel.id)
    with pytest.raises(PermissionDeniedError):
        api.add_reaction(user_id=bob.id, post_id=post.id, emoji_name="smile")


# ---------------------------------------------------------------------------------------------
# What the plugin sends to clients and to the log


def test_ephemeral_posts_and_websocket_events(api, world):
    ann, _, _, channel = world
    sent = api.send_ephemeral_post(ann.id, channel_id=channel.id, message="only you")
    assert (sent.type, len(sent.id)) == ("system_ephemeral", 26)
    (shown,) = api.ephemeral_posts
    assert (shown.user_id, shown.post.message) == (ann.id, "only you")
    api.update_ephemeral_post(ann.id, sent, message="changed")
    assert [e.post.message for e in api.ephemeral_posts] == ["changed"]
    api.delete_ephemeral_post(ann.id, sent.id)
    assert api.ephemeral_posts == []

    api.publish_web_socket_event("refresh", {"n": 1}, user_id=ann.id)
    api.publish_user_typing(ann.id, channel.id)
    events = api.websocket_events
    assert [e.event for e in events] == [
        "ephemeral_message",
        "post_edited",
        "post_deleted",
        "custom_com.example.test_refresh",
        "typing",
    ]
    assert events[0].data["post"]["message"] == "only you"
    assert events[0].broadcast.user_id == ann.id
    assert (events[3].data, events[3].broadcast.user_id) == ({"n": 1}, ann.id)
    with pytest.raises(NotFoundError):
        api.send_ephemeral_post("u" * 26, channel_id=channel.id, message="x")


def test_log_lines_are_recorded(api):
    api.log_debug("starting")
    api.log_info("user joined", user_id="u1", count=2)
    api.log_warn("slow")
    api.log_error("failed", error="boom")
    assert api.logs == [
        LogEntry("debug", "starting"),
        LogEntry("info", "user joined", {"user_id": "u1", "count": 2}),
        LogEntry("warn", "slow"),
        LogEntry("error", "failed", {"error": "boom"}),
    ]


# ---------------------------------------------------------------------------------------------
# Bots, commands, preferences, configuration


def test_bots(api):
    bot = api.create_bot(username="helper", display_name="Helper", description="helps")
    assert (bot.owner_id, bot.username) == ("com.example.test", "helper")
    user = api.get_user(bot.user_id)
    assert (user.is_bot, user.first_name, user.email) == (True, "Helper", "helper@localhost")
    with pytest.raises(AlreadyExistsError):
        api.create_bot(username="helper")
    patched = api.patch_bot(bot.user_id, display_name="Helpful")
    assert (patched.display_name, patched.description) == ("Helpful", "helps")
    assert api.patch_bot(bot.user_id, username="helper2").username == "helper2"
    disabled = api.update_bot_active(bot.user_id, False)
    assert disabled.delete_at > 0 and api.get_user(bot.user_id).delete_at > 0
    with pytest.raises(NotFoundError):
        api.get_bot(bot.user_id)
    assert api.get_bot(bot.user_id, include_deleted=True).user_id == bot.user_id
    assert api.get_bots() == []
    assert [b.user_id for b in api.get_bots(include_deleted=True)] == [bot.user_id]
    api.update_bot_active(bot.user_id, True)
    assert [b.username for b in api.get_bots(owner_id="com.example.test")] == ["helper2"]
    api.permanent_delete_bot(bot.user_id)
    with pytest.raises(NotFoundError):
        api.get_user(bot.user_id)


def test_ensure_bot_user(api):
    bot_id = api.ensure_bot_user(username="notifier", display_name="Notifier")
    assert api.kv_get("mmi_botid") == bot_id.encode()
    assert api.get_bot(bot_id).owner_id == "com.example.test"
    # Again: the same bot, its display name and description brought up to date.
    assert (
        api.ensure_bot_user(username="notifier", display_name="Notices", description="d") == bot_id
    )
    assert (api.get_bot(bot_id).display_name, api.get_bot(bot_id).description) == ("Notices", "d")
    assert len(api.get_bots()) == 1


def test_ensure_bot_user_adopts_a_bot_but_not_a_person(api):
    existing = api.create_bot(username="adopted")
    assert api.ensure_bot_user(username="adopted") == existing.user_id
    other = FakePluginAPI()
    make_user(other, "human")
    with pytest.raises(AlreadyExistsError):
        other.ensure_bot_user(username="human")


def test_commands(api):
    api.register_command(trigger="hello", auto_complete=True, auto_complete_desc="Say hello")
    api.register_command(trigger="/team-only", team_id="t" * 26)
    api.register_command(trigger="hello", description="again")  # re-registering replaces
    commands = api.list_plugin_commands("t" * 26)
    assert [(c.trigger, c.plugin_id) for c in commands] == [
        ("hello", "com.example.test"),
        ("team-only", "com.example.test"),
    ]
    assert (commands[0].description, commands[0].auto_complete) == ("again", False)
    assert [c.trigger for c in api.list_plugin_commands("")] == ["hello"]
    with pytest.raises(ValidationError) as caught:
        api.register_command(trigger="two words")
    assert caught.value.error_id == "model.command.is_valid.trigger.app_error"
    api.unregister_command("", "hello")
    api.unregister_command("", "never-registered")
    assert api.list_plugin_commands("") == []


def test_preferences(api):
    ann, bob = make_user(api, "ann"), make_user(api, "bob")
    theme = {"user_id": ann.id, "category": "display_settings", "name": "theme", "value": "dark"}
    api.update_preferences_for_user(ann.id, [theme, {**theme, "name": "clock", "value": "24"}])
    assert api.get_preference_for_user(ann.id, "display_settings", "theme").value == "dark"
    assert [p.name for p in api.get_preferences_for_user(ann.id)] == ["clock", "theme"]
    api.update_preferences_for_user(ann.id, [{**theme, "value": "light"}])
    assert api.get_preference_for_user(ann.id, "display_settings", "theme").value == "light"
    with pytest.raises(PermissionDeniedError):
        api.update_preferences_for_user(bob.id, [theme])
    with pytest.raises(ValidationError) as caught:
        api.update_preferences_for_user(ann.id, [{**theme, "category": ""}])
    assert caught.value.error_id == "model.preference.is_valid.category.app_error"
    api.delete_preferences_for_user(ann.id, [theme])
    with pytest.raises(NotFoundError):
        api.get_preference_for_user(ann.id, "display_settings", "theme")


def test_server_facts_and_configuration():
    config = {
        "ServiceSettings": {"SiteURL": "https://chat.example.com"},
        "PluginSettings": {"Plugins": {}},
    }
    api = FakePluginAPI(
        plugin_id="my.plugin",
        server_version="10.0.0",
        config=config,
        plugin_config={"api_key": "k"},
    )
    assert (api.get_server_version(), api.get_plugin_id(), api.get_bundle_path()) == (
        "10.0.0",
        "my.plugin",
        "/plugins/my.plugin",
    )
    assert api.get_license() is None and api.is_enterprise_ready() is False
    assert api.get_plugin_config() == api.load_plugin_configuration() == {"api_key": "k"}
    assert api.get_config() == {
        "ServiceSettings": {"SiteURL": "https://chat.example.com"},
        "PluginSettings": {},
    }
    assert api.get_unsanitized_config()["PluginSettings"]["Plugins"] == {
        "my.plugin": {"api_key": "k"}
    }
    api.save_plugin_config({"api_key": "new"})
    assert api.get_plugin_config() == {"api_key": "new"}
    with pytest.raises(ValidationError):
        api.save_plugin_config([1, 2])
    assert config["PluginSettings"]["Plugins"] == {}  # the fake works on its own copy
    saved = api.get_unsanitized_config()
    saved["ServiceSettings"]["SiteURL"] = "https://new.example.com"
    api.save_config(saved)
    assert api.get_config()["ServiceSettings"]["SiteURL"] == "https://new.example.com"


# ---------------------------------------------------------------------------------------------
# Async


def test_async_fake_shares_the_state_of_the_sync_one(api):
    ann = make_user(api, "ann")
    async_api = api.as_async()

    async def main():
        async with async_api as client:
            assert (await client.get_user(ann.id)).username == "ann"
            assert await client.kv_compare_and_set("k", None, "v") is True
            with pytest.raises(NotFoundError):
                await client.get_user("z" * 26)
            with pytest.raises(PluginAPIError) as caught:
                await client.get_emoji("e" * 26)
            assert caught.value.status_code == 501

    asyncio.run(main())
    assert api.kv_get("k") == b"v"
    assert async_api.as_sync().kv_get("k") == b"v"


def test_async_fake_on_its_own():
    async def main():
        api = AsyncFakePluginAPI(plugin_id="p")
        await api.log_info("hi", n=1)
        await api.close()
        return api.logs

    assert asyncio.run(main()) == [LogEntry("info", "hi", {"n": 1})]


# ---------------------------------------------------------------------------------------------
# PluginHarness: hooks run as the plugin process runs them


class SamplePlugin(Plugin):
    def __init__(self):
        super().__init__()
        self.seen = []

    @hook(HookName.OnActivate)
    def on_activate(self):
        self.bot_id = self.api.ensure_bot_user(username="sample")
        self.logger.debug("bot %s", self.bot_id)

    @hook(HookName.OnInstall)
    def on_install(self, context, event):
        self.seen.append(("install", context.session_id, event))

    @hook(HookName.MessageWillBePosted)
    def will_post(self, context, post):
        if "spam" in post.message:
            return None, "spam"
        if post.message.startswith("shout "):
            post.message = post.message[6:].upper()
            return post, ""
        return None  # allow unchanged

    @hook(HookName.MessageWillBeUpdated)
    async def will_update(self, context, new_post, old_post):
        await asyncio.sleep(0)
        return new_post if new_post.message != "forbidden" else "no"

    @hook(HookName.MessageHasBeenPosted)
    def has_posted(self, context, post):
        if post.message == "boom":
            raise RuntimeError("handler exploded")
        self.api.create_post(
            channel_id=post.channel_id, user_id=self.bot_id, message=f"echo {post.message}"
        )

    @hook(HookName.UserWillLogIn)
    def will_log_in(self, context, user):
        return "" if user.username != "mallory" else "go away"

    @hook(HookName.UserHasJoinedChannel)
    def joined(self, context, channel_member, actor):
        self.seen.append(("joined", channel_member.user_id, actor and actor.username))

    @hook(HookName.MessagesWillBeConsumed)
    def consumed(self, posts):
        return [
            Post(id=p.id, message=p.message.replace("secret", "******"))
            for p in posts
            if "secret" in p.message
        ]

    @hook(HookName.FileWillBeUploaded)
    def uploading(self, context, file_info, content):
        if file_info.name.endswith(".exe"):
            return "no executables"
        return FileInfo(name=file_info.name.lower()), content.upper(), ""

    @hook(HookName.ExecuteCommand)
    def command(self, context, args):
        return {
            "response_type": "ephemeral",
            "text": f"ran {args.command} for {context.user_agent}",
        }

    @hook(HookName.ServeHTTP)
    def http(self, context, request):
        if request.path == "/fail":
            raise ValueError("bad request path")
        return {"status_code": 201, "headers": {"X-Path": request.path}, "body": request.body[::-1]}


@pytest.fixture
def harness():
    with PluginHarness(SamplePlugin, FakePluginAPI(plugin_id="sample.plugin")) as harness:
        yield harness


def test_harness_builds_the_plugin_with_the_fake(harness):
    assert harness.plugin.api is harness.api
    assert set(harness.implemented) >= {HookName.OnActivate, HookName.ServeHTTP}
    assert HookName.OnDeactivate not in harness.implemented
    assert harness.run(HookName.OnActivate) is None
    assert harness.api.get_user(harness.plugin.bot_id).is_bot


def test_harness_passes_an_instance_through():
    plugin = SamplePlugin()
    with PluginHarness(plugin) as harness:
        assert harness.plugin is plugin and plugin.api is harness.api


@pytest.mark.parametrize(
    "message, expected",
    [
        ("hello", ("hello", "")),  # None: allowed unchanged, the post it was given
        ("shout hi", ("HI", "")),  # modified
        ("buy spam", (None, "spam")),  # rejected
    ],
)
def test_message_will_be_posted_conventions(harness, message, expected):
    post, reason = harness.run(HookName.MessageWillBePosted, Post(message=message, user_id="u"))
    assert (post and post.message, reason) == expected
    if post is not None:
        assert isinstance(post, Post) and post.user_id == "u"


def test_a_dict_stands_for_a_model_and_the_handler_gets_a_copy(harness):
    given = Post(message="shout quiet")
    post, _ = harness.run(HookName.MessageWillBePosted, given)
    assert given.message == "shout quiet" and post.message == "QUIET"
    assert harness.run(HookName.MessageWillBePosted, {"message": "shout x"})[0].message == "X"


def test_async_handler_and_plain_rejection(harness):
    new, old = Post(message="edit"), Post(message="before")
    assert harness.run(HookName.MessageWillBeUpdated, new, old)[0].message == "edit"
    assert harness.run(HookName.MessageWillBeUpdated, Post(message="forbidden"), old) == (
        None,
        "no",
    )


def test_handler_errors_propagate(harness, caplog):
    harness.run(HookName.OnActivate)
    with pytest.raises(RuntimeError, match="handler exploded"):
        harness.run(HookName.MessageHasBeenPosted, Post(message="boom"))
    assert "MessageHasBeenPosted handler failed" in caplog.text  # as the plugin process logs it


def test_a_hook_calls_the_fake_api(harness, world_in):
    ann, channel = world_in(harness.api)
    harness.run(HookName.OnActivate)
    harness.run(
        HookName.MessageHasBeenPosted, Post(channel_id=channel.id, user_id=ann.id, message="hi")
    )
    (echo,) = harness.api.get_posts_for_channel(channel.id).posts
    assert (echo.message, echo.user_id) == ("echo hi", harness.plugin.bot_id)


@pytest.fixture
def world_in():
    def build(api):
        ann = make_user(api, "ann")
        team = api.create_team(name="team", display_name="Team")
        channel = api.create_channel(team_id=team.id, name="town", display_name="Town")
        api.add_channel_member(channel.id, ann.id)
        return ann, channel

    return build


def test_other_return_conventions(harness):
    assert harness.run(HookName.UserWillLogIn, User(username="ann")) == ""
    assert harness.run(HookName.UserWillLogIn, User(username="mallory")) == "go away"
    posts = [Post(id="a", message="a secret"), Post(id="b", message="public")]
    assert [p.message for p in harness.run(HookName.MessagesWillBeConsumed, posts)] == [
        "a ******",
        "public",
    ]
    info, content, reason = harness.run(
        HookName.FileWillBeUploaded, FileInfo(name="A.TXT"), b"data"
    )
    assert (info.name, content, reason) == ("a.txt", b"DATA", "")
    assert harness.run(HookName.FileWillBeUploaded, {"name": "x.exe"}, b"MZ") == (
        None,
        None,
        "no executables",
    )
    response = harness.run(
        HookName.ExecuteCommand, CommandArgs(command="/x"), context=Context(user_agent="ua")
    )
    assert response == CommandResponse(response_type="ephemeral", text="ran /x for ua")


def test_context_install_event_and_optional_arguments(harness):
    harness.run(HookName.OnInstall, InstallEvent(user_id="admin"), context={"session_id": "s1"})
    harness.run(HookName.UserHasJoinedChannel, {"user_id": "u1"})  # no actor
    harness.run(HookName.UserHasJoinedChannel, {"user_id": "u2"}, User(username="boss"))
    assert harness.plugin.seen == [
        ("install", "s1", InstallEvent(user_id="admin")),
        ("joined", "u1", None),
        ("joined", "u2", "boss"),
    ]


def test_harness_argument_errors(harness):
    with pytest.raises(LookupError, match="does not handle OnDeactivate"):
        harness.run(HookName.OnDeactivate)
    with pytest.raises(TypeError, match="takes"):
        harness.run(HookName.MessageWillBePosted)
    with pytest.raises(TypeError, match="no context"):
        harness.run(HookName.OnActivate, context={})
    with pytest.raises(TypeError, match="serve_http"):
        harness.run(HookName.ServeHTTP)


def test_a_wrong_answer_is_the_sdks_error(harness):
    harness.plugin.will_log_in = lambda context, user: 42
    with pytest.raises(TypeError, match="UserWillLogIn handler returns a str or None"):
        harness.run(HookName.UserWillLogIn, User())


def test_serve_http(harness):
    response = harness.serve_http("POST", "/echo", query="a=1", headers={"X-In": "1"}, body="abc")
    assert (response.status_code, response.headers["x-path"], response.body) == (
        201,
        "/echo",
        b"cba",
    )
    with pytest.raises(ValueError, match="bad request path"):
        harness.serve_http("GET", "/fail")


def test_serve_http_streaming_form_and_metrics():
    class Streaming(Plugin):
        @hook(HookName.ServeHTTP)
        def http(self, context, request, response):
            response.headers["Content-Type"] = "text/plain"
            for chunk in request.iter_body(4):
                response.write(chunk)
                response.flush()
            if request.path == "/late-failure":
                raise RuntimeError("after the head")

        @hook(HookName.ServeMetrics)
        async def metrics(self, context, request):
            return {"body": f"up 1 # {request.url}"}

    with PluginHarness(Streaming, FakePluginAPI(plugin_id="s")) as harness:
        response = harness.serve_http("PUT", "/upload", body=b"0123456789")
        assert (response.status_code, response.body) == (200, b"0123456789")
        assert response.headers["content-type"] == "text/plain"
        with pytest.raises(HookFailedError, match="after the head"):
            harness.serve_http("GET", "/late-failure", body=b"x")
        metrics = harness.serve_http(path="/metrics", hook=HookName.ServeMetrics)
        assert metrics.body == b"up 1 # /plugins/s/metrics"


def test_plugin_logger_logs_every_level(harness, caplog):
    with caplog.at_level(logging.DEBUG):
        harness.run(HookName.OnActivate)
    assert f"bot {harness.plugin.bot_id}" in caplog.messages


def test_kv_values_are_json_for_objects(api):
    api.kv_set("user", User(username="ann"))
    assert json.loads(api.kv_get("user"))["username"] == "ann"


# ---------------------------------------------------------------------------------------------
# The guide's example runs as shown

GUIDE = Path(__file__).resolve().parents[3] / "docs" / "python-plugins.md"


def guide_blocks():
    """The ```python blocks of the guide's "Testing your plugin" section, by the line before."""
    text = GUIDE.read_text(encoding="utf-8")
    section = text[text.index("## Testing your plugin") :]
    section = section[: section.index("\n## ", 1)]
    blocks = {}
    for match in re.finditer(r"(?:^|\n)([^\n]*)\n\n? *```python\n(.*?)\n *```", section, re.S):
        blocks.setdefault(match.group(1).strip(), textwrap.dedent(match.group(2)))
    return blocks


def test_the_guides_testing_example_passes(tmp_path):
    blocks = guide_blocks()
    (tmp_path / "server").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "conftest.py").write_text("")
    (tmp_path / "server" / "plugin.py").write_text(blocks["`server/plugin.py`:"])
    (tmp_path / "tests" / "test_plugin.py").write_text(blocks["`tests/test_plugin.py`:"])
    src = str(Path(__file__).resolve().parents[1] / "src")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": src},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_the_guides_subclass_example_works():
    (source,) = [code for code in guide_blocks().values() if "class MyFake" in code]
    namespace = {}
    exec(source, namespace)
    fake = namespace["MyFake"]()
    assert fake.has_permission_to("u", "manage_system") is True
    with pytest.raises(UnavailableError):
        fake.get_server_version()
