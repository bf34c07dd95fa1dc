"""The viewers' watcher (background/viewers.py) never brings back a viewer who has left."""

from __future__ import annotations

import time
from types import SimpleNamespace

from background import runs, viewers
from store.base import Retention
from store.sqlite_store import SqliteStore
from tests.test_store import SETTINGS


def test_a_viewer_who_leaves_during_a_watch_round_is_not_touched_back(tmp_path, monkeypatch):
    """Stop pressed by the last viewer while the watcher is between its snapshot of the viewers
    and its touch: the touch must not count that viewer again, or Stop says "others still
    watch" (left_run) and the run trains on for nobody until the viewer's touch expires."""
    store = SqliteStore(tmp_path / "runs.sqlite3", Retention())
    runs.use_store(store)
    try:
        assert store.claim_run("k", SETTINGS, "owner", time.time())
        monkeypatch.setattr(viewers, "_thread", object())  # no watcher thread: the test runs the round
        viewers.register("k", "vb")
        assert viewers.present("k") == 1

        def status_then_leave(key: str):  # the watcher reads the run's state just before touching
            viewers.unregister(key, "vb")
            return SimpleNamespace(state="running")

        monkeypatch.setattr(store, "run_status", status_then_leave)
        viewers.check_once(touch=True)
        assert not viewers.watching("k", "vb")
        assert viewers.present("k") == 0
    finally:
        runs.use_store(None)
