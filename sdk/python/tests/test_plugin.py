"""Plugin base class and hook registration."""

from unittest.mock import MagicMock

import pytest

from mattermost_plugin import HookName, Plugin, hook
from mattermost_plugin._internal.gen.plughost.v1 import hooks_pb2


class MyPlugin(Plugin):
    """The plugin of the spec's "Testing Your Plugin" section."""

    def is_valid(self, post):
        return not self.contains_spam(post) and post.message == self.sanitize(post.message)

    def contains_spam(self, post):
        return "spam" in post.message.lower()

    def sanitize(self, message):
        return message.strip()

    @hook(HookName.MessageWillBePosted)
    def filter_message(self, context, post):
        if self.is_valid(post):
            return post, ""
        if self.contains_spam(post):
            return None, "Message rejected: spam detected"
        post.message = self.sanitize(post.message)
        return post, ""


def test_spec_pytest_example():
    plugin = MyPlugin()
    plugin.api = MagicMock()
    plugin.logger = MagicMock()

    # Test that spam is rejected
    post = MagicMock(message="This is spam")
    result, reason = plugin.filter_message(None, post)
    assert result is None
    assert "spam" in reason.lower()

    # Test that normal messages pass
    post = MagicMock(message="Hello, world!")
    result, reason = plugin.filter_message(None, post)
    assert result is not None
    assert reason == ""


def test_plugin_constructs_without_arguments():
    plugin = MyPlugin()
    assert plugin.api is None
    assert plugin.logger.name == "MyPlugin"
    plugin.logger.info("usable before run_plugin")


def test_hooks_register_by_enum_and_by_string():
    class Both(Plugin):
        @hook(HookName.OnActivate)
        def on_activate(self):
            pass

        @hook("OnDeactivate")
        def handle_deactivate(self):
            pass

    assert dict(Both._hook_methods) == {
        HookName.OnActivate: "on_activate",
        HookName.OnDeactivate: "handle_deactivate",
    }


def test_unknown_hook_name_fails_at_class_definition():
    with pytest.raises(ValueError, match="OnActivated"):

        class Typo(Plugin):
            @hook("OnActivated")
            def on_activate(self):
                pass


def test_hook_without_name_is_a_clear_error():
    with pytest.raises(TypeError, match="HookName"):

        class Bare(Plugin):
            @hook
            def OnActivate(self):
                pass


def test_two_handlers_for_one_hook_in_one_class_fail():
    with pytest.raises(ValueError, match="OnActivate twice"):

        class Twice(Plugin):
            @hook(HookName.OnActivate)
            def first(self):
                pass

            @hook(HookName.OnActivate)
            def second(self):
                pass


def test_registries_are_per_class_and_subclass_safe():
    class Base(Plugin):
        @hook(HookName.OnActivate)
        def on_activate(self):
            return "base"

        @hook(HookName.MessageHasBeenPosted)
        def posted(self, context, post):
            pass

    class Child(Base):
        @hook(HookName.OnActivate)
        def activate_differently(self):
            return "child"

        @hook(HookName.OnDeactivate)
        def on_deactivate(self):
            pass

    class Unrelated(Plugin):
        @hook(HookName.ExecuteCommand)
        def command(self, context, args):
            pass

    assert dict(Base._hook_methods) == {
        HookName.OnActivate: "on_activate",
        HookName.MessageHasBeenPosted: "posted",
    }
    assert dict(Child._hook_methods) == {
        HookName.OnActivate: "activate_differently",
        HookName.MessageHasBeenPosted: "posted",
        HookName.OnDeactivate: "on_deactivate",
    }
    assert dict(Unrelated._hook_methods) == {HookName.ExecuteCommand: "command"}
    assert dict(Plugin._hook_methods) == {}


def test_one_method_may_handle_several_hooks():
    class Membership(Plugin):
        @hook(HookName.UserHasJoinedChannel)
        @hook(HookName.UserHasLeftChannel)
        def membership_changed(self, context, channel_member, actor):
            pass

    assert dict(Membership._hook_methods) == {
        HookName.UserHasJoinedChannel: "membership_changed",
        HookName.UserHasLeftChannel: "membership_changed",
    }


def test_hook_names_are_exactly_the_hook_rpcs():
    service = hooks_pb2.DESCRIPTOR.services_by_name["PluginHooks"]
    rpcs = {method.name for method in service.methods} - {"Implemented", "Multiplex"}
    assert {name.value for name in HookName} == rpcs
    assert str(HookName.ServeHTTP) == "ServeHTTP"
    assert HookName("OnActivate") is HookName.OnActivate
