"""The event loop on which the SDK runs ``async def`` hook handlers."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Awaitable, Callable, Optional, TypeVar

_T = TypeVar("_T")


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


class OwnThread:
    """Runs blocking calls for async code, one at a time, on a thread of its own.

    Each blocking object used from async handlers (a streaming request, a response writer)
    has one, so a call that waits long, such as a read waiting for a slow client, never holds
    up another's; the loop's shared default executor has few threads. The thread starts on the
    first call and ends when this object is garbage-collected.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._executor: Optional[ThreadPoolExecutor] = None

    async def run(self, function: Callable[..., _T], *args: Any) -> _T:
        """``function(*args)`` on the thread, awaited without blocking the event loop."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)
