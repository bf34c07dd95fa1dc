"""Who watches a run from this process, told to the store so any replica's trainer can see it.

A learner's session that trains or joins a run registers as one of its viewers, with a check
that says whether its browser is still connected (ui/streamlit_internals.session_alive_check:
Streamlit marks a session inactive the moment its websocket closes). One daemon thread per
process then, every POLL_S:
- drops a viewer whose browser has gone (`store.drop_viewer`), so its place is freed at once;
- every TOUCH_S, touches the viewers still here (`store.touch_viewers`), so the store can tell
  a live viewer on another replica from one whose server died (VIEWER_TTL_S without a touch);
- forgets the viewers of runs that have ended.
The trainer (background/jobs.py) stops a run, or leaves the line, once no viewer is left.
A viewer without a check (AppTest, scripts) counts as present until it is unregistered.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from background import runs

POLL_S = 0.5  # how often browsers are checked
TOUCH_S = 2.0  # how often the store hears that a viewer is still here
VIEWER_TTL_S = 3 * TOUCH_S  # a viewer not touched for this long counts as gone
log = logging.getLogger("explainer.training")

Alive = Callable[[], bool] | None
_viewers: dict[tuple[str, str], Alive] = {}  # (run key, viewer id) -> browser check
_lock = threading.Lock()
_thread: threading.Thread | None = None


def register(key: str, viewer: str, alive: Alive = None) -> None:
    """`viewer` watches run `key` (idempotent; a re-registration replaces its check)."""
    global _thread
    with _lock:
        _viewers[(key, viewer)] = alive
        if _thread is None:  # the watcher ends (and says so here) once nobody is left
            _thread = threading.Thread(target=_watch, name="explainer-viewers", daemon=True)
            _thread.start()
    runs.store().touch_viewers(key, [viewer], time.time())  # seen at once, not at the next round


def unregister(key: str, viewer: str) -> None:
    """`viewer` stopped watching run `key` (e.g. it pressed Stop, or moved to another run)."""
    with _lock:
        _viewers.pop((key, viewer), None)
    runs.store().drop_viewer(key, viewer)


def watching(key: str, viewer: str) -> bool:
    with _lock:
        return (key, viewer) in _viewers


def present(key: str, now: float | None = None) -> int:
    """How many viewers (on any replica) watch run `key` now."""
    now = time.time() if now is None else now
    return runs.store().viewers(key, now - VIEWER_TTL_S)


def _gone(alive: Alive) -> bool:
    try:
        return alive is not None and not alive()
    except Exception:  # a runtime shutting down: treat the browser as gone
        return True


def check_once(touch: bool) -> None:
    """One round of the watcher: drop the gone, touch (if asked) the rest, forget ended runs."""
    with _lock:
        items = list(_viewers.items())
    s = runs.store()
    by_key: dict[str, list[str]] = {}
    for (key, viewer), alive in items:
        if _gone(alive):
            with _lock:
                _viewers.pop((key, viewer), None)
            s.drop_viewer(key, viewer)
            log.info("viewer %s of run %s left", viewer[:8], key)
        else:
            by_key.setdefault(key, []).append(viewer)
    if not touch:
        return
    now = time.time()
    for key, viewers in by_key.items():
        info = s.run_status(key)
        if info is None or info.state != "running":
            with _lock:
                for v in viewers:
                    _viewers.pop((key, v), None)
            continue
        with _lock:  # not a viewer who unregistered since the snapshot: a touch would bring it back
            still = [v for v in viewers if (key, v) in _viewers]
            if still:
                s.touch_viewers(key, still, now)


def _watch() -> None:
    global _thread
    last_touch = 0.0
    while True:
        time.sleep(POLL_S)
        touch = time.monotonic() - last_touch >= TOUCH_S
        try:
            check_once(touch)
        except Exception:  # the store may be briefly busy; the next round retries
            log.exception("checking the viewers failed")
        if touch:
            last_touch = time.monotonic()
        with _lock:
            if not _viewers:
                _thread = None
                return
