"""The live-training callback on a tiny model: plain floats, Keras's own step count, stopping."""

import math
import threading

import numpy as np
import pytest

from explainer.datasets import Dataset
from explainer.live_sink import TrainingSink
from explainer.training import iterations_per_epoch
from explainer.training_settings import TrainingSettings

pytestmark = pytest.mark.slow


def tiny_data(n=50, size=8, seed=0) -> Dataset:
    """Three easy classes: dark, mid-grey and bright images."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n).astype(np.int64)
    base = (y * 100 + 20).astype(np.uint8)[:, None, None, None]
    x = np.clip(base + rng.integers(0, 30, (n, size, size, 3)), 0, 255).astype(np.uint8)
    return Dataset("tiny", ("cat", "dog", "other"), x, y, x[:10], y[:10])


def settings(**kw):
    base = dict(model="dense", hidden_units=8, epochs=1, batch_size=16, validation_split=0.2, n_images=50)
    base.update(kw)
    return TrainingSettings(**base)


@pytest.fixture(scope="module")
def lt():
    from explainer import live_training

    return live_training


def test_one_epoch_records_plain_floats_and_keras_step_count(lt):
    """After one epoch the sink holds ceil(N/B) iterations, every value a plain finite float."""
    s = settings(n_images=50, batch_size=16, validation_split=0.2)  # 40 train -> ceil(40/16) = 3
    sink = TrainingSink()
    model, outcome = lt.train(s, tiny_data(50), sink)
    snap = sink.snapshot()
    assert outcome == "finished" and snap.status == "finished"
    assert snap.steps_per_epoch == iterations_per_epoch(40, 16) == s.iterations_per_epoch == 3
    assert snap.iterations_done == 3 and snap.it_x == [1, 2, 3] and snap.iteration == 3
    assert snap.images_seen == 40 and snap.epoch == 1 and snap.epochs == 1
    values = (
        snap.it_loss
        + snap.it_accuracy
        + snap.ep_loss
        + snap.ep_accuracy
        + snap.ep_val_loss
        + snap.ep_val_accuracy
    )
    assert all(type(v) is float and math.isfinite(v) for v in values)
    assert all(0.0 <= a <= 1.0 for a in snap.it_accuracy + snap.ep_accuracy)
    assert snap.elapsed > 0 and snap.images_per_s > 0
    assert model.predict(np.zeros((1, 8, 8, 3), np.float32), verbose=0).shape == (1, 3)


def test_per_batch_losses_average_to_keras_epoch_loss(lt):
    """Batch losses weighted by batch size give back the epoch loss Keras reports."""
    s = settings(n_images=50, batch_size=16, validation_split=0.2)
    sink = TrainingSink()
    lt.train(s, tiny_data(50, seed=1), sink)
    snap = sink.snapshot()
    sizes = [16, 16, 8]
    mean = sum(loss * n for loss, n in zip(snap.it_loss, sizes, strict=True)) / 40
    assert mean == pytest.approx(snap.ep_loss[0], rel=1e-4)


@pytest.mark.parametrize("n,b", [(40, 1), (40, 7), (40, 40), (40, 512)])
def test_live_counter_agrees_with_keras_steps(lt, n, b):
    """The counter ticks once per step Keras really takes, for odd and even batch sizes."""
    s = settings(n_images=n, batch_size=b, validation_split=0.0, epochs=2)
    steps = []

    class Count(lt.keras.callbacks.Callback):
        def on_train_batch_end(self, batch, logs=None):
            steps.append(batch)

    sink = TrainingSink()
    (x, y), _ = lt.prepare(tiny_data(n), 0.0)
    model = lt.build(s, tiny_data(n))
    model.fit(x, y, batch_size=b, epochs=2, verbose=0, callbacks=[lt.LiveCallback(sink, n, b), Count()])
    snap = sink.snapshot()
    assert len(steps) == snap.iterations_done == 2 * s.iterations_per_epoch == 2 * math.ceil(n / b)
    assert snap.images_seen == 2 * n


@pytest.mark.parametrize("lr", [1e38, 1e20])
def test_huge_learning_rate_stops_training_as_diverged(lt, lr, monkeypatch):
    """lr = 1e38 drives the loss to inf/NaN; lr = 1e20 makes it explode: both stop early as 'diverged'."""
    if lr == 1e38:  # check the NaN/inf rule alone
        monkeypatch.setattr(lt, "EXPLODED", math.inf)
    s = settings(epochs=3, batch_size=4, validation_split=0.0)
    data = tiny_data(50)
    (x, y), _ = lt.prepare(data, 0.0)
    model = lt.build(s, data)
    model.compile(
        optimizer=lt.keras.optimizers.SGD(learning_rate=lr),
        loss="categorical_crossentropy",
        metrics=[lt.keras.metrics.CategoricalAccuracy(name="accuracy")],
    )
    sink = TrainingSink()
    callback = lt.LiveCallback(sink, 50, 4)
    model.fit(x, y, batch_size=4, epochs=3, verbose=0, callbacks=[callback])
    snap = sink.snapshot()
    assert callback.outcome == "diverged" and snap.status == "diverged"
    assert snap.iterations_done < 3 * 13
    last = snap.it_loss[-1]
    assert not math.isfinite(last) if lr == 1e38 else last > 1000 * snap.it_loss[0]


def test_stop_request_stops_within_one_batch(lt):
    """Setting the stop event ends training after the current batch; the model stays usable."""
    s = settings(n_images=200, batch_size=4, validation_split=0.0, epochs=5)
    stop = threading.Event()
    sink = TrainingSink()

    class StopAfterThree:
        def __init__(self, inner):
            self.inner = inner

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def batch(self, iteration, images, loss, accuracy):
            self.inner.batch(iteration, images, loss, accuracy)
            if self.inner.snapshot().iterations_done == 3:
                stop.set()

    model, outcome = lt.train(s, tiny_data(200), StopAfterThree(sink), stop)
    snap = sink.snapshot()
    assert outcome == "stopped" and snap.status == "stopped"
    assert snap.iterations_done == 3
    probs = model.predict(np.zeros((2, 8, 8, 3), np.float32), verbose=0)
    assert probs.shape == (2, 3) and np.allclose(probs.sum(axis=1), 1, atol=1e-5)
