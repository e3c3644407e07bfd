"""Benchmark plugin: implements only MessageWillBePosted, as the hello_python example does."""
from mattermost_plugin import HookName, Plugin, hook


class HookBench(Plugin):
    @hook(HookName.MessageWillBePosted)
    def filter_message(self, context, post):
        if "badword" in post.message.lower():
            return None, "Message blocked"
        return post, ""


if __name__ == "__main__":
    from mattermost_plugin.server import run_plugin

    run_plugin(HookBench)
