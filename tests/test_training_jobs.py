"""Background training jobs: sessions stay apart, the server queue limits and orders them."""

import threading

import numpy as np
import pytest

from background.jobs import TrainingJob, TrainingQueue, max_trainings
from tests.test_live_training import settings, tiny_data


def test_max_trainings_setting(monkeypatch):
    monkeypatch.setenv("EXPLAINER_MAX_TRAININGS", "3")
    assert max_trainings() == 3
    monkeypatch.setenv("EXPLAINER_MAX_TRAININGS", "zero")
    assert max_trainings() >= 1


def test_queue_admits_k_and_reports_places():
    """With one slot, a second and third ticket wait as numbers 1 and 2, then go in turn."""
    q = TrainingQueue(1)
    never = threading.Event()
    assert q.acquire("a", never)
    places = {}
    started = []

    def wait(ticket):
        places[ticket] = []
        q.acquire(ticket, never, on_wait=places[ticket].append)
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
    assert (q.position("b"), q.position("c")) == (1, 2)
    q.release()
    tb.join(5)
    tc.join(5)
    assert started == ["b", "c"]
    assert places["b"] == [1] and places["c"][0] == 2


def test_stop_while_waiting_leaves_the_queue():
    q = TrainingQueue(1)
    assert q.acquire("a", threading.Event())
    cancel = threading.Event()
    cancel.set()
    assert q.acquire("b", cancel) is False
    assert q.position("b") == 0 and q.running == 1


@pytest.mark.slow
def test_two_sessions_train_at_once_and_stay_apart():
    """Two jobs train at the same time; each keeps its own model, history and settings."""
    q = TrainingQueue(2)
    a = TrainingJob(settings(epochs=2, batch_size=8, hidden_units=4, seed=1), tiny_data(50, seed=1), queue=q)
    b = TrainingJob(
        settings(epochs=3, batch_size=5, hidden_units=6, seed=2, n_images=60), tiny_data(60, seed=2), queue=q
    )
    a.start()
    b.start()
    assert a.join(120) and b.join(120)
    sa, sb = a.sink.snapshot(), b.sink.snapshot()
    assert (a.outcome, b.outcome) == ("finished", "finished")
    assert sa.iterations_done == 2 * 5 and sb.iterations_done == 3 * 10  # ceil(40/8), ceil(48/5)
    assert len(sa.ep_x) == 2 and len(sb.ep_x) == 3
    assert a.model is not b.model
    assert a.model.get_layer("hidden").units == 4 and b.model.get_layer("hidden").units == 6
    assert not np.shares_memory(np.asarray(sa.it_loss), np.asarray(sb.it_loss))


@pytest.mark.slow
def test_second_job_waits_its_turn_and_can_be_stopped():
    """With one slot, a job behind a running one shows place 1; stopping it ends it at once."""
    q = TrainingQueue(1)
    first = TrainingJob(settings(epochs=30, batch_size=2, n_images=50), tiny_data(50), queue=q).start()
    second = TrainingJob(settings(), tiny_data(50), queue=q).start()
    for _ in range(200):
        if second.sink.snapshot().queue_position == 1:
            break
        threading.Event().wait(0.05)
    assert second.sink.snapshot().status == "waiting" and second.sink.snapshot().queue_position == 1
    second.stop()
    assert second.join(5) and second.outcome == "stopped" and second.model is None
    first.stop()
    assert first.join(60) and first.outcome == "stopped" and first.model is not None


def test_abandoned_job_is_stopped():
    """A job whose session is gone for `grace` seconds is asked to stop; a live one is not."""
    from background.jobs import stop_when_abandoned

    class FakeJob:
        done = False
        stopped = False

        def stop(self):
            self.stopped = True
            self.done = True

    alive, gone = FakeJob(), FakeJob()
    w1 = stop_when_abandoned(alive, lambda: True, grace=0.05, poll=0.01)
    w2 = stop_when_abandoned(gone, lambda: False, grace=0.05, poll=0.01)
    w2.join(timeout=2)
    assert gone.stopped and not w2.is_alive()
    assert not alive.stopped
    alive.done = True  # the job ends by itself: its watcher ends too
    w1.join(timeout=2)
    assert not w1.is_alive()
