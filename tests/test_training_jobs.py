"""The server's training queue and the Trainer: places in line with who is ahead, runs kept apart."""

import threading

import numpy as np
import pytest

from background import runs, viewers
from background.jobs import Trainer, TrainingQueue, max_trainings
from tests.test_live_training import settings, tiny_data
from tests.test_runs import fresh_store  # noqa: F401 - an empty store per test, a fixture


def test_max_trainings_setting(monkeypatch):
    monkeypatch.setenv("EXPLAINER_MAX_TRAININGS", "3")
    assert max_trainings() == 3
    monkeypatch.setenv("EXPLAINER_MAX_TRAININGS", "zero")
    assert max_trainings() >= 1


def test_queue_admits_k_and_reports_places_and_who_is_ahead():
    """With one slot, a second and third ticket wait as places 1 and 2, each told how many runs
    train (1) and wait (0, then 1) ahead of it; then they go in turn."""
    q = TrainingQueue(1)
    never = threading.Event()
    assert q.acquire("a", never)
    places = {}
    started = []

    def wait(ticket):
        places[ticket] = []
        q.acquire(ticket, never, on_wait=lambda *p: places[ticket].append(p))
        started.append(ticket)
        q.release()

    tb = threading.Thread(target=wait, args=("b",))
    tb.start()
    while q.position("b") == 0:
        pass
    tc = threading.Thread(target=wait, args=("c",))
    tc.start()
    while q.position("c") == 0:
        pass
    assert (q.position("b"), q.position("c"), q.waiting, q.running) == (1, 2, 2, 1)
    q.release()
    tb.join(5)
    tc.join(5)
    assert started == ["b", "c"]
    assert places["b"] == [(1, 1, 0)] and places["c"][0] == (2, 1, 1)


def test_stop_while_waiting_leaves_the_queue():
    q = TrainingQueue(1)
    assert q.acquire("a", threading.Event())
    cancel = threading.Event()
    cancel.set()
    assert q.acquire("b", cancel) is False
    assert q.position("b") == 0 and q.running == 1 and q.waiting == 0


@pytest.mark.slow
def test_two_runs_train_at_once_and_stay_apart(fresh_store):  # noqa: F811
    """Two trainers with two slots: each run keeps its own events, settings and weights."""
    import time

    q = TrainingQueue(2)
    sa = settings(epochs=2, batch_size=8, hidden_units=4, seed=1)
    sb = settings(epochs=3, batch_size=5, hidden_units=6, seed=2, n_images=60)
    now = time.time()
    for key, s in (("run-a", sa), ("run-b", sb)):
        assert fresh_store.claim_run(key, s.as_dict(), "test", now)
        viewers.register(key, "test-viewer")  # somebody watches (else it stops: nobody would)
    a = Trainer("run-a", sa, tiny_data(50, seed=1), now, queue=q).start()
    b = Trainer("run-b", sb, tiny_data(60, seed=2), now, queue=q).start()
    assert a.join(120) and b.join(120)
    assert (a.outcome, b.outcome) == ("finished", "finished")
    fa, fb = runs.follower("run-a"), runs.follower("run-b")
    fa.refresh(force=True)
    fb.refresh(force=True)
    snap_a, snap_b = fa.snapshot(), fb.snapshot()
    assert snap_a.iterations_done == 2 * 5 and snap_b.iterations_done == 3 * 10  # ceil(40/8), ceil(48/5)
    assert len(snap_a.ep_x) == 2 and len(snap_b.ep_x) == 3
    wa, wb = fresh_store.load_weights("run-a"), fresh_store.load_weights("run-b")
    assert wa[0].shape == (8 * 8 * 3, 4) and wb[0].shape == (8 * 8 * 3, 6)
    assert not np.shares_memory(np.asarray(snap_a.it_loss), np.asarray(snap_b.it_loss))
