"""Benchmark plugin: the smallest useful plugin, for cold start and idle memory."""
from mattermost_plugin import HookName, Plugin, hook


class IdleBench(Plugin):
    @hook(HookName.OnActivate)
    def on_activate(self):
        self.logger.info("idle benchmark plugin activated")


if __name__ == "__main__":
    from mattermost_plugin.server import run_plugin

    run_plugin(IdleBench)
