"""Who watches a run, in the store (SQLite and a real Redis): touched, dropped, counted, forgotten."""

from __future__ import annotations

import numpy as np

from tests.redis_server import redis_url  # noqa: F401 - the session's redis-server, a fixture
from tests.test_store import SETTINGS, store  # noqa: F401 - the both-backends store fixture


def test_viewers_are_counted_since_their_last_touch(store):  # noqa: F811
    """Two viewers touched at t=10; one again at t=20: since 15 only that one counts."""
    assert store.claim_run("k1", SETTINGS, "owner", 1.0)
    store.touch_viewers("k1", ["a", "b"], 10.0)
    assert store.viewers("k1", 5.0) == 2
    store.touch_viewers("k1", ["a"], 20.0)
    store.touch_viewers("k1", ["a"], 12.0)  # an older touch never moves a viewer back
    assert store.viewers("k1", 15.0) == 1
    assert store.viewers("other", 0.0) == 0
    store.touch_viewers("k1", [], 30.0)  # nothing to touch: nothing happens


def test_a_dropped_viewer_is_gone_at_once(store):  # noqa: F811
    """A closed tab is dropped: the trainer sees no viewer without waiting for any timeout."""
    assert store.claim_run("k2", SETTINGS, "owner", 1.0)
    store.touch_viewers("k2", ["a", "b"], 10.0)
    store.drop_viewer("k2", "a")
    assert store.viewers("k2", 0.0) == 1
    store.drop_viewer("k2", "b")
    store.drop_viewer("k2", "nobody")
    assert store.viewers("k2", 0.0) == 0


def test_viewers_are_forgotten_with_their_run(store):  # noqa: F811
    """Deleting, pruning or claiming a stopped run afresh forgets its viewers."""
    for key in ("k3", "k4"):
        assert store.claim_run(key, SETTINGS, "owner", 1.0)
        store.touch_viewers(key, ["a"], 10.0)
    store.delete_run("k3")
    assert store.viewers("k3", 0.0) == 0
    assert store.finish_run("k4", "stopped", {}, [np.zeros(2, np.float32)], 11.0)
    assert store.viewers("k4", 0.0) == 1  # an ended run keeps them until it is claimed again
    assert store.claim_run("k4", SETTINGS, "owner", 12.0)
    assert store.viewers("k4", 0.0) == 0
