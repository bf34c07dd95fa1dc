"""Sessions that really leave: Streamlit's storage of disconnected sessions, reaped on time.

Why: Streamlit keeps a disconnected session (its session_state, widget states, navigation,
queued messages) for `server.disconnectedSessionTTL` seconds (120 s by default), so a learner
whose Wi-Fi blinks gets the page back as it was. Its MemorySessionStorage is a TTLCache that
only removes an expired session when *another* session is written to it, and then drops it
without AppSession.shutdown(). After a class has left, nothing is written any more, so up to
128 sessions (the cache's maxsize) stay in memory for good. Measured with benchmarks/loadtest.py: that was
the ~60 MB that never came back after a wave of 100 students (benchmarks/RESULTS.md).

What: ReapingSessionStorage behaves exactly like MemorySessionStorage, and in addition every
save() (made on the server's event loop when a learner disconnects) schedules a reap on that
loop for the moment the session expires, and takes out the sessions that have already
expired, so that none is dropped without its shutdown. A reap removes every expired session and shuts it
down as Streamlit shuts down a closed one (its uploaded and media files are released); one
garbage collection a second later frees the sessions' reference cycles. Everything runs on
the event loop, like the rest of the session manager, so the non-thread-safe cache is never
touched from another thread.

Also when the storage is full: it holds at most 128 sessions, and a 129th disconnect within
the TTL (a lecture hall, or a class reloading its tabs) makes Streamlit's cache evict the
least recently used one, again without its shutdown. Here the evicted session is shut down
too (EvictionHook), from the event loop like the expired ones.

deploy/serve.py installs it (install()) before Streamlit builds its server.
"""

from __future__ import annotations

import asyncio
import logging

from ui.collector import collect_soon
from ui.streamlit_internals import (
    EvictionHook,
    MemorySessionStorage,
    install_session_storage,
    replace_storage_cache,
    storage_cache,
)

log = logging.getLogger(__name__)

MARGIN = 0.5  # seconds after the expiry time, so the session is surely expired


class ReapingSessionStorage(MemorySessionStorage):
    """MemorySessionStorage whose sessions are shut down when they expire or are evicted."""

    def __init__(self, maxsize: int = 128, ttl_seconds: int = 2 * 60) -> None:
        super().__init__(maxsize=maxsize, ttl_seconds=ttl_seconds)
        self._evicted: list = []
        replace_storage_cache(self, EvictionHook(maxsize, ttl_seconds, self._evicted))
        self._ttl = float(ttl_seconds)
        self.reaped = 0  # sessions removed and shut down so far

    def save(self, session_info) -> None:
        # Take the expired sessions out first: the write below would drop them without their
        # shutdown; it may also evict the least recently used session when the storage is
        # full. Streamlit calls save() holding its session manager's lock, so they are shut
        # down just after, from the event loop, never inside that lock.
        expired = storage_cache(self).expire()
        super().save(session_info)
        expired += self._evicted
        self._evicted.clear()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not on an event loop (a test): nothing is locked here
            self._shut_down(expired)
            return
        if expired:
            loop.call_soon(self._shut_down_and_collect, expired)
        loop.call_later(self._ttl + MARGIN, self._reap_on_loop)

    def reap(self) -> int:
        """Remove the expired sessions and shut each down; returns how many."""
        return self._shut_down(storage_cache(self).expire())  # TTLCache.expire(): [(id, SessionInfo)]

    def _shut_down(self, removed: list) -> int:
        for session_id, info in removed:
            try:
                info.session.shutdown()
            except Exception:  # one broken session must not keep the others alive
                log.exception("shutting down expired session %s failed", session_id)
        self.reaped += len(removed)
        return len(removed)

    def _reap_on_loop(self) -> None:
        self._shut_down_and_collect(storage_cache(self).expire())

    def _shut_down_and_collect(self, removed: list) -> None:
        if self._shut_down(removed):
            collect_soon()


def install() -> None:
    """Make Streamlit's server build a ReapingSessionStorage for its disconnected sessions."""
    install_session_storage(ReapingSessionStorage)
