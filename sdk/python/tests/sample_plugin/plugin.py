"""A small plugin run as a real subprocess by test_process.py."""

from mattermost_plugin import HookName, Plugin, hook


class SamplePlugin(Plugin):
    def __init__(self) -> None:
        super().__init__()
        print("printed while constructing: must not reach stdout before the handshake")
        self.activated = False

    @hook(HookName.OnActivate)
    def on_activate(self) -> None:
        self.activated = True
        self.logger.info("activated", extra={"plugin_state": "on"})

    @hook(HookName.MessageWillBePosted)
    def filter_message(self, context, post):
        if "spam" in post.message.lower():
            return None, "Message rejected: spam detected"
        if post.message.startswith("!shout "):
            post.message = post.message[len("!shout ") :].upper()
            post.props["shouted_by"] = context.session_id
            post.props["count"] = post.props.get("count", 0) + 1
            return post, ""
        return None, ""

    @hook(HookName.ExecuteCommand)
    def execute_command(self, context, args):
        return {"response_type": "ephemeral", "text": f"you said {args.command}", "props": {"n": 1}}

    @hook(HookName.ServeHTTP)
    def serve_http(self, context, request):
        if request.path == "/echo":
            return {
                "status_code": 201,
                "headers": {"Content-Type": "application/octet-stream", "X-Method": request.method},
                "body": request.body * 3,
            }
        return {"status_code": 404, "body": f"no route for {request.path}?{request.query}"}


if __name__ == "__main__":
    from mattermost_plugin.server import run_plugin

    run_plugin(SamplePlugin)
