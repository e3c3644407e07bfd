"""Unit tests of the Hello Python plugin against the SDK's in-memory Plugin API (no server).

PluginHarness builds the plugin with a FakePluginAPI as `self.api` and runs its hooks as the
plugin process does; the fake keeps what the plugin did (commands, posts, …) for the asserts.
"""

import pytest
from server.plugin import HelloPythonPlugin

from mattermost_plugin import CommandArgs, CommandResponse, HookName, Post
from mattermost_plugin.testing import FakePluginAPI, PluginHarness


@pytest.fixture
def harness():
    with PluginHarness(HelloPythonPlugin, FakePluginAPI(server_version="9.5.0")) as harness:
        yield harness


def test_on_activate_logs_the_server_version_and_registers_hello(harness, caplog):
    harness.run(HookName.OnActivate)

    assert "Server version: 9.5.0" in caplog.messages
    (command,) = harness.api.list_plugin_commands(team_id="")
    assert (command.trigger, command.auto_complete) == ("hello", True)
    assert command.auto_complete_desc == "Say hello from Python"


def test_messages_with_badword_are_blocked(harness):
    post, reason = harness.run(
        HookName.MessageWillBePosted, Post(message="This has a BadWord in it")
    )

    assert (post, reason) == (None, "Message blocked")


def test_other_messages_pass_unchanged(harness):
    post, reason = harness.run(HookName.MessageWillBePosted, Post(message="Hello, world!"))

    assert (post.message, reason) == ("Hello, world!", "")


def test_hello_command(harness):
    response = harness.run(HookName.ExecuteCommand, CommandArgs(command="/hello"))

    assert response == CommandResponse(response_type="ephemeral", text="Hello from Python!")
    other = harness.run(HookName.ExecuteCommand, CommandArgs(command="/other"))
    assert other.text == "Unknown command"
