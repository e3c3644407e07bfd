"""Benchmark plugin: takes a large upload and answers how many bytes it got.

With an SDK that has the streaming ServeHTTP form (handler ``(self, context, request,
response)``, ``request.iter_body()``) the body is counted chunk by chunk in bounded memory;
with an older SDK the simple form reads it whole (and the answer says so).
"""
import json
import resource

import mattermost_plugin.http as sdk_http
from mattermost_plugin import HookName, Plugin, hook

STREAMING = hasattr(sdk_http, "HTTPResponseWriter") and hasattr(sdk_http, "StreamingHTTPRequest")


def answer(count, form):
    # ru_maxrss is in KiB on Linux: the plugin's own peak, for the report's notes.
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return json.dumps({"bytes": count, "form": form, "plugin_peak_rss_mib": round(peak_mib, 1)})


if STREAMING:

    class UploadBench(Plugin):
        @hook(HookName.ServeHTTP)
        def serve_http(self, context, request, response):
            count = 0
            for chunk in request.iter_body():
                count += len(chunk)
            response.headers["Content-Type"] = "application/json"
            response.write(answer(count, "streaming"))

else:

    class UploadBench(Plugin):
        @hook(HookName.ServeHTTP)
        def serve_http(self, context, request):
            return {"status_code": 200, "headers": {"Content-Type": "application/json"},
                    "body": answer(len(request.body), "simple")}


if __name__ == "__main__":
    from mattermost_plugin.server import run_plugin

    run_plugin(UploadBench)
