"""Constants of the wire contract shared by the API client and the plugin's own gRPC server."""

from __future__ import annotations

#: Environment variable naming where the Plugin API listens (set by the server).
API_TARGET_ENV = "MATTERMOST_API_TARGET"
#: Environment variable holding the secret that identifies this plugin to the Plugin API.
PLUGIN_SECRET_ENV = "MATTERMOST_PLUGIN_SECRET"
#: Environment variable; "1" asks the plugin to exit when its stdin reaches end of file.
EXIT_ON_STDIN_EOF_ENV = "PLUGHOST_EXIT_ON_STDIN_EOF"

#: gRPC metadata key carrying the plugin secret on every API call.
SECRET_METADATA_KEY = "mm-plugin-secret"
#: gRPC trailing metadata key carrying a serialized ``plughost.v1.AppError``.
APP_ERROR_METADATA_KEY = "mm-app-error-bin"

#: Largest message either side sends or accepts (file uploads travel in one message).
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
#: Largest body chunk of a ServeHTTP frame.
HTTP_CHUNK_BYTES = 64 * 1024

MESSAGE_SIZE_OPTIONS = (
    ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
    ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
)

# gRPC's default reconnect backoff starts at 1 s: a plugin that dials the API a moment before
# it listens would stall that long. Retry quickly instead; the peer is on the same machine.
CLIENT_CHANNEL_OPTIONS = MESSAGE_SIZE_OPTIONS + (
    ("grpc.initial_reconnect_backoff_ms", 100),
    ("grpc.min_reconnect_backoff_ms", 100),
    ("grpc.max_reconnect_backoff_ms", 1000),
)
