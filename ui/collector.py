"""Full garbage collections on request, one per burst of requests.

Why: a full collection (`gc.collect()`) walks every object the server holds and keeps the
interpreter lock while it does, so no student's rerun moves meanwhile: 175-320 ms on a server
with a class of 100 (benchmarks/RESULTS.md, "Classroom load"). The session reaper
(deploy/sessions.py) frees reference cycles that only a full collection reclaims (a session
shut down) and used to run one each time, one second after it shut sessions down. When a class
left and every disconnect made Streamlit's full session storage evict an older session, it ran
seven collections in eight seconds while the last students were still clicking.

What: `collect_soon()` only notes the request. One daemon thread runs a single `gc.collect()`
once no request has come for QUIET seconds (a class leaving is one collection), or MAX_WAIT
seconds after the first request not yet served (a class that keeps coming and going still
gets its memory back):

    due(now) = first is not None and (now - last >= QUIET or now - first >= MAX_WAIT)
"""

from __future__ import annotations

import gc
import threading
import time

QUIET = 3.0  # seconds without a new request before collecting
MAX_WAIT = 30.0  # seconds: a request waits at most this long


class Debounce:
    """When to act on requests that come in bursts: after a pause, or after waiting too long."""

    def __init__(self, quiet: float, max_wait: float) -> None:
        self.quiet, self.max_wait = quiet, max_wait
        self.first: float | None = None  # the oldest request not yet served
        self.last: float | None = None  # the newest request

    def ask(self, now: float) -> None:
        if self.first is None:
            self.first = now
        self.last = now

    def due(self, now: float) -> bool:
        if self.first is None or self.last is None:
            return False
        return now - self.last >= self.quiet or now - self.first >= self.max_wait

    def wait(self, now: float) -> float:
        """Seconds until due(now + wait) may turn true (0 when due; the quiet time when idle)."""
        if self.first is None or self.last is None:
            return self.quiet
        return max(0.0, min(self.last + self.quiet, self.first + self.max_wait) - now)

    def served(self) -> None:
        self.first = self.last = None


_lock = threading.Lock()
_asked = threading.Event()
_debounce = Debounce(QUIET, MAX_WAIT)
_thread: threading.Thread | None = None
collections_run = 0  # how many full collections this module has run (for tests)


def collect_soon() -> None:
    """Ask for one full collection; requests that come close together share it."""
    global _thread
    with _lock:
        _debounce.ask(time.monotonic())
        if _thread is None:
            _thread = threading.Thread(target=_collect_forever, name="gc-on-request", daemon=True)
            _thread.start()
        _asked.set()


def _collect_forever() -> None:
    global collections_run
    while True:
        _asked.wait()
        with _lock:
            now = time.monotonic()
            if _debounce.first is None:  # nothing asked since the last collection
                _asked.clear()
                continue
            due = _debounce.due(now)
            if due:
                _debounce.served()
                _asked.clear()
            else:
                pause = _debounce.wait(now)
        if not due:
            time.sleep(pause)
            continue
        gc.collect()
        collections_run += 1
