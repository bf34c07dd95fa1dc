"""Training in a worker process: the same live numbers, Stop within a batch, the same model back."""

import math
import threading
import time

import numpy as np
import pytest

from background import runs, viewers
from background import worker as train_worker
from background.jobs import Trainer, TrainingQueue
from explainer.live_sink import TrainingSink
from explainer.numpy_model import NumpyModel
from tests.test_live_training import settings, tiny_data
from tests.test_runs import fresh_store  # noqa: F401 - an empty store per test, a fixture

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def in_workers(fresh_store, monkeypatch):  # noqa: F811
    monkeypatch.setenv("EXPLAINER_TRAIN_PROCESS", "1")
    assert train_worker.enabled()


class Job:
    """A claimed run trained by a Trainer in a worker process, read back from the store."""

    def __init__(self, s, data, key="job"):
        self.key, self.settings, self.data = key, s, data
        now = time.time()
        assert runs.store().claim_run(key, s.as_dict(), "test", now)
        viewers.register(key, "test-viewer")  # somebody watches (else it stops: nobody would)
        self.trainer = Trainer(key, s, data, now, queue=TrainingQueue(1)).start()

    def join(self, timeout):
        return self.trainer.join(timeout)

    @property
    def outcome(self):
        return self.trainer.outcome

    def snapshot(self):
        f = runs.follower(self.key)
        f.refresh(force=True)
        return f.snapshot()

    def model(self) -> NumpyModel:
        s = self.settings
        return NumpyModel.from_arrays(
            s.model, self.data.x_train.shape[1:], 3, s.hidden_units, runs.store().load_weights(self.key)
        )


def test_fingerprint_tells_data_apart():
    """The same images give the same digest; one changed label or pixel gives another."""
    d = tiny_data(50)
    assert train_worker.fingerprint(d.x_train, d.y_train) == train_worker.fingerprint(
        d.x_train.copy(), d.y_train.copy()
    )
    y = d.y_train.copy()
    y[0] = (y[0] + 1) % 3
    x = d.x_train.copy()
    x[0, 0, 0, 0] ^= 1
    assert train_worker.fingerprint(d.x_train, y) != train_worker.fingerprint(d.x_train, d.y_train)
    assert train_worker.fingerprint(x, d.y_train) != train_worker.fingerprint(d.x_train, d.y_train)


def test_worker_training_reports_plain_floats_and_keras_step_count():
    """A job trained in the worker process fills its sink as before: ceil(N/B) iterations per
    epoch, every value a plain finite float, and ends with its weights in the store."""
    s = settings(n_images=50, batch_size=16, validation_split=0.2, epochs=2)  # 40 train -> 3 per epoch
    job = Job(s, tiny_data(50))
    assert job.join(180) and job.outcome == "finished"
    snap = job.snapshot()
    assert snap.status == "finished" and snap.steps_per_epoch == 3 == math.ceil(40 / 16)
    assert snap.iterations_done == 6 and snap.it_x == [1, 2, 3, 4, 5, 6] and snap.images_seen == 80
    assert snap.ep_x == [1, 2] and snap.epochs == 2
    values = snap.it_loss + snap.it_accuracy + snap.ep_loss + snap.ep_val_loss + snap.ep_val_accuracy
    assert all(type(v) is float and math.isfinite(v) for v in values)
    sizes = [16, 16, 8]  # batch losses weighted by batch size give back Keras's epoch loss
    mean = sum(loss * n for loss, n in zip(snap.it_loss[3:], sizes, strict=True)) / 40
    assert mean == pytest.approx(snap.ep_loss[1], rel=1e-4)
    assert job.model().hidden_units == 8
    assert job.model().predict(np.zeros((1, 8, 8, 3), np.float32)).shape == (1, 3)
    phases = [e.get("p") for e in runs.store().read_progress(job.key)[0] if e["k"] == "phase"]
    assert phases[:2] == ["worker", "compile"]  # what "getting ready" shows, in order


def test_stop_set_before_the_first_batch_stops_after_it():
    """The worker's stop event reaches the child's callback: training ends after one batch,
    and the child still sends back the weights of that iteration."""
    s = settings(n_images=200, batch_size=4, validation_split=0.0, epochs=5)
    stop, sink = threading.Event(), TrainingSink()
    stop.set()
    pool = train_worker.server_pool()
    worker = pool.checkout()
    try:
        outcome, weights, message = worker.run(s, tiny_data(200), sink, stop)
    finally:
        pool.checkin(worker)
    snap = sink.snapshot()
    assert (outcome, message, snap.status) == ("stopped", "", "stopped")
    assert snap.iterations_done == 1
    assert weights and all(isinstance(w, np.ndarray) for w in weights)


def test_stop_during_a_run_keeps_the_partly_trained_model():
    """stop() while the worker trains ends the run early; its weights so far are stored."""
    s = settings(n_images=200, batch_size=1, validation_split=0.0, epochs=50)
    job = Job(s, tiny_data(200))
    for _ in range(1200):
        if job.trainer.sink.snapshot().iterations_done >= 5:
            break
        job.join(0.1)
    job.trainer.stop()
    assert job.join(60) and job.outcome == "stopped"
    snap = job.snapshot()
    assert snap.status == "stopped" and 5 <= snap.iterations_done < 50 * 200
    # 10,000 planned iterations are recorded in groups of 4 (MAX_POINTS): none lost on the way
    assert snap.it_x[-1] == snap.iterations_done and len(snap.it_x) == math.ceil(snap.iterations_done / 4)
    assert runs.store().load_weights(job.key) is not None


def test_rebuilt_model_predicts_like_the_same_training_in_this_process():
    """The stored weights, in the numpy architecture, predict what the same run (same seed,
    settings and data) trained in this process with Keras predicts."""
    from explainer import live_training

    s = settings(n_images=60, batch_size=10, validation_split=0.0, epochs=2, seed=3)
    data = tiny_data(60, seed=3)
    job = Job(s, data)
    assert job.join(180) and job.outcome == "finished"
    here, outcome = live_training.train(s, data, TrainingSink())
    assert outcome == "finished"
    x = data.x_train[:8].astype(np.float32) / 255.0  # (8, 8, 8, 3)
    p_worker, p_here = job.model().predict(x), here.predict(x, verbose=0)
    assert np.allclose(p_worker, p_here, atol=1e-4)
    assert not np.allclose(p_worker, 1 / 3, atol=1e-3)  # it learned something: not the untrained box


def test_worker_rebuilds_a_named_dataset_and_checks_it():
    """Doodles are regenerated in the child from (n, seed): the run matches one where the same
    arrays are sent. Images that differ from what (n, seed) gives are sent, not regenerated."""
    from dataclasses import replace

    from explainer import datasets

    s = settings(dataset="doodles", n_images=40, batch_size=20, validation_split=0.0, epochs=1)
    data = datasets.load("doodles", 40, s.n_test, s.seed)
    y_other = data.y_train.copy()
    y_other[0] = (y_other[0] + 1) % 3
    losses = []
    for i, d in enumerate((data, replace(data, name="mine"), replace(data, y_train=y_other))):
        job = Job(s, d, key=f"job{i}")
        assert job.join(180) and job.outcome == "finished"
        assert job.model().input_shape == (None, 64, 64, 3) and job.snapshot().iterations_done == 2
        losses.append(job.snapshot().it_loss)
    assert np.allclose(losses[0], losses[1], atol=1e-5)  # regenerated == sent
    assert not np.allclose(losses[0], losses[2], atol=1e-7)  # a changed label was not "regenerated" away


def test_a_crashed_worker_reports_error_and_is_replaced():
    """If the worker process dies mid-run the job ends as "error" with a clear message, and the
    next job trains in a fresh worker."""
    s = settings(n_images=200, batch_size=1, validation_split=0.0, epochs=50)
    job = Job(s, tiny_data(200))
    for _ in range(1200):
        if job.trainer.sink.snapshot().iterations_done >= 2:
            break
        job.join(0.1)
    dead = job.trainer._worker
    dead.process.kill()
    assert job.join(30) and job.outcome == "error"
    snap = job.snapshot()
    assert snap.status == "error" and "training process ended unexpectedly" in snap.message
    assert runs.store().run_status(job.key).state == "failed"  # the next learner trains it afresh
    again = Job(settings(), tiny_data(50), key="again")
    assert again.join(180) and again.outcome == "finished"
    assert not dead.alive()


def test_preload_hook_starts_the_workers(monkeypatch):
    """With EXPLAINER_PRELOAD_TF=1 the preload also starts one idle worker per training slot."""
    from background import preload

    pool = train_worker.WorkerPool(1)
    monkeypatch.setattr(train_worker, "_pool", pool)
    preload._load(workers=True)
    assert len(pool._idle) == 1 and pool._idle[0].alive()
    pool._idle.pop().close()
