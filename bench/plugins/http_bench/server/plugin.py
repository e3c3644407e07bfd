"""Benchmark plugin: ServeHTTP in the simple form, a body about the size of /api/v4/system/ping's."""
from mattermost_plugin import HookName, Plugin, hook

BODY = '{"status":"OK","version":"bench","ActiveSearchBackend":"database"}'
HEADERS = {"Content-Type": "application/json"}


class HttpBench(Plugin):
    @hook(HookName.ServeHTTP)
    def serve_http(self, context, request):
        return {"status_code": 200, "headers": HEADERS, "body": BODY}


if __name__ == "__main__":
    from mattermost_plugin.server import run_plugin

    run_plugin(HttpBench)
