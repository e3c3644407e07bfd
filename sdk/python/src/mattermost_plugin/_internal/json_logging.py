"""Plugin log records as JSON lines on stderr, the format the server parses."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any, Dict

# Attributes every LogRecord has; anything else on a record came from `extra=`.
_PLAIN_RECORD = logging.LogRecord("", 0, "", 0, "", (), None)
_RECORD_ATTRS = frozenset(vars(_PLAIN_RECORD)) | {"message", "asctime"}


def level_name(levelno: int) -> str:
    """The server's level name for a logging level: debug, info, warn or error."""
    if levelno >= logging.ERROR:
        return "error"
    if levelno >= logging.WARNING:
        return "warn"
    if levelno >= logging.INFO:
        return "info"
    return "debug"


class JsonLineFormatter(logging.Formatter):
    """``{"level": ..., "msg": ..., "logger": ...}`` plus the record's ``extra`` fields."""

    def format(self, record: logging.LogRecord) -> str:
        line: Dict[str, Any] = {
            "level": level_name(record.levelno),
            "msg": record.getMessage(),
            "logger": record.name,
        }
        for key, value in vars(record).items():
            if key not in _RECORD_ATTRS and key not in line:
                line[key] = value
        if record.exc_info:
            line["traceback"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, default=str)


def configure_json_logging() -> None:
    """Send every log record of the process to stderr as one JSON object per line."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLineFormatter())
    # Libraries (grpc, asyncio …) log at WARNING and above, or their debug chatter would
    # fill the plugin's log; the plugin's own loggers are set to DEBUG by run_plugin, and the
    # server applies its own log level to what plugins write.
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)
