from mattermost_plugin import Plugin, hook, HookName


class HelloPythonPlugin(Plugin):
    @hook(HookName.OnActivate)
    def on_activate(self) -> None:
        self.logger.info("Hello Python plugin activated!")
        version = self.api.get_server_version()
        self.logger.info(f"Server version: {version}")
        # A slash command reaches ExecuteCommand only once the plugin has registered it.
        self.api.register_command(
            trigger="hello",
            auto_complete=True,
            auto_complete_desc="Say hello from Python",
        )

    @hook(HookName.MessageWillBePosted)
    def filter_message(self, context, post):
        blocked_words = ["badword"]
        for word in blocked_words:
            if word in post.message.lower():
                return None, "Message blocked"
        return post, ""

    @hook(HookName.ExecuteCommand)
    def execute_command(self, context, args):
        if args.command == "/hello":
            return {
                "response_type": "ephemeral",
                "text": "Hello from Python!"
            }
        return {"response_type": "ephemeral", "text": "Unknown command"}


if __name__ == "__main__":
    from mattermost_plugin.server import run_plugin
    run_plugin(HelloPythonPlugin)
