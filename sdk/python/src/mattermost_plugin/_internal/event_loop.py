"""The event loop on which the SDK runs ``async def`` hook handlers."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Awaitable, Optional


async def _await(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


class EventLoopThread:
    """One asyncio loop in a daemon thread, started on first use, shared by all async handlers.

    One long-lived loop (rather than ``asyncio.run`` per call) lets handlers keep loop-bound
    objects, such as an ``AsyncPluginAPIClient``, across hook calls.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._thread: Optional[threading.Thread] = None

    def run(self, awaitable: Awaitable[Any]) -> Any:
        """Run ``awaitable`` on the loop and return its result (blocks the calling thread)."""
        return asyncio.run_coroutine_threadsafe(_await(awaitable), self._started_loop()).result()

    def _started_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                self._thread = threading.Thread(
                    target=loop.run_forever, name="mm-plugin-async", daemon=True
                )
                self._thread.start()
                self._loop = loop
            return self._loop

    def close(self) -> None:
        """Stop the loop (if it was started) and wait briefly for its thread."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=2)
        if not thread.is_alive():
            loop.close()
