"""ChannelWillBeArchived, ChannelMemberWillBeAdded and TeamMemberWillBeAdded: names, wrappers
and return conventions, over a real gRPC channel."""

import grpc
import pytest

from mattermost_plugin import Channel, ChannelMember, HookName, Plugin, TeamMember, hook
from mattermost_plugin._internal.gen.plughost.v1 import hooks_pb2, models_pb2

CONTEXT = models_pb2.Context(session_id="sess")

MEMBERSHIP_HOOKS = ["ChannelWillBeArchived", "ChannelMemberWillBeAdded", "TeamMemberWillBeAdded"]


class MembershipPlugin(Plugin):
    def __init__(self):
        super().__init__()
        self.calls = []
        self.answer = None

    @hook(HookName.ChannelWillBeArchived)
    def archiving(self, context, channel):
        self.calls.append(("archive", context.session_id, channel))
        return self.answer

    @hook(HookName.ChannelMemberWillBeAdded)
    def joining_channel(self, context, channel_member):
        self.calls.append(("channel", context.session_id, channel_member))
        return self.answer(channel_member) if callable(self.answer) else self.answer

    @hook(HookName.TeamMemberWillBeAdded)
    async def joining_team(self, context, team_member):
        self.calls.append(("team", context.session_id, team_member))
        return self.answer(team_member) if callable(self.answer) else self.answer


@pytest.fixture
def hooks(serve_hooks):
    return serve_hooks(MembershipPlugin())


def test_hook_names_match_the_contract():
    service = hooks_pb2.DESCRIPTOR.services_by_name["PluginHooks"]
    for name in MEMBERSHIP_HOOKS:
        assert HookName(name).value == name
        assert name in service.methods_by_name


def test_implemented(hooks):
    _, stub = hooks
    assert sorted(stub.Implemented(hooks_pb2.ImplementedRequest()).hooks) == sorted(MEMBERSHIP_HOOKS)


def _archive(stub):
    channel = models_pb2.Channel(id="c1", name="town", type="O")
    return stub.ChannelWillBeArchived(hooks_pb2.ChannelWillBeArchivedRequest(context=CONTEXT, channel=channel))


@pytest.mark.parametrize("answer, reason", [(None, ""), ("", ""), ("keep it", "keep it")])
def test_channel_will_be_archived(hooks, answer, reason):
    plugin, stub = hooks
    plugin.answer = answer
    assert _archive(stub).rejection_reason == reason
    [(kind, session, channel)] = plugin.calls
    assert (kind, session) == ("archive", "sess")
    assert isinstance(channel, Channel) and (channel.id, channel.name) == ("c1", "town")


def test_channel_will_be_archived_bad_return_fails(hooks):
    plugin, stub = hooks
    plugin.answer = 7
    with pytest.raises(grpc.RpcError) as caught:
        _archive(stub)
    assert caught.value.code() == grpc.StatusCode.INTERNAL


def _join_channel(stub):
    member = models_pb2.ChannelMember(channel_id="c1", user_id="u1", roles="channel_user", scheme_user=True)
    return stub.ChannelMemberWillBeAdded(hooks_pb2.ChannelMemberWillBeAddedRequest(context=CONTEXT, channel_member=member))


def _promote(member):
    member.roles = "channel_user channel_admin"
    member.scheme_admin = True
    return member, ""


@pytest.mark.parametrize(
    "answer, reason, roles",
    [
        (None, "", None),
        ((None, ""), "", None),
        ("not you", "not you", None),
        ((None, "no"), "no", None),
        (_promote, "", "channel_user channel_admin"),
        ({"channel_id": "c1", "user_id": "u1", "roles": "channel_user"}, "", "channel_user"),
    ],
)
def test_channel_member_will_be_added(hooks, answer, reason, roles):
    plugin, stub = hooks
    plugin.answer = answer
    response = _join_channel(stub)
    assert response.rejection_reason == reason
    assert (response.channel_member.roles if response.HasField("channel_member") else None) == roles
    [(kind, session, member)] = plugin.calls
    assert (kind, session) == ("channel", "sess")
    assert isinstance(member, ChannelMember) and (member.channel_id, member.user_id) == ("c1", "u1")


def test_team_member_will_be_added_async_handler(hooks):
    plugin, stub = hooks
    member = models_pb2.TeamMember(team_id="t1", user_id="u1", roles="team_user", scheme_user=True)
    request = hooks_pb2.TeamMemberWillBeAddedRequest(context=CONTEXT, team_member=member)
    plugin.answer = lambda m: (None, f"{m.user_id} may not join {m.team_id}")
    assert stub.TeamMemberWillBeAdded(request).rejection_reason == "u1 may not join t1"
    plugin.answer = lambda m: TeamMember(team_id=m.team_id, user_id=m.user_id, roles="team_user team_admin", scheme_admin=True)
    response = stub.TeamMemberWillBeAdded(request)
    assert not response.rejection_reason and response.team_member.scheme_admin
    assert all(isinstance(call[2], TeamMember) for call in plugin.calls)
