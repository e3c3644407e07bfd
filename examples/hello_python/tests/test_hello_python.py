"""Unit tests of the Hello Python plugin, in the style of the SDK guide (no server needed)."""

from unittest.mock import MagicMock

from server.plugin import HelloPythonPlugin

from mattermost_plugin import CommandArgs, Post


def make_plugin():
    plugin = HelloPythonPlugin()
    plugin.api = MagicMock()
    plugin.logger = MagicMock()
    return plugin


def test_on_activate_logs_the_server_version_and_registers_hello():
    plugin = make_plugin()
    plugin.api.get_server_version.return_value = "9.5.0"

    plugin.on_activate()

    plugin.logger.info.assert_any_call("Server version: 9.5.0")
    plugin.api.register_command.assert_called_once()
    assert plugin.api.register_command.call_args.kwargs["trigger"] == "hello"


def test_messages_with_badword_are_blocked():
    plugin = make_plugin()

    result, reason = plugin.filter_message(None, Post(message="This has a BadWord in it"))

    assert result is None
    assert reason == "Message blocked"


def test_other_messages_pass():
    plugin = make_plugin()
    post = Post(message="Hello, world!")

    result, reason = plugin.filter_message(None, post)

    assert result is post
    assert reason == ""


def test_hello_command():
    plugin = make_plugin()

    response = plugin.execute_command(None, CommandArgs(command="/hello"))

    assert response == {"response_type": "ephemeral", "text": "Hello from Python!"}
    assert plugin.execute_command(None, CommandArgs(command="/other"))["text"] == "Unknown command"
