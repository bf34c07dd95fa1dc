"""Real Keras training that reports every iteration: a Callback, the loss choices, and `train`.

This module imports TensorFlow (through explainer.tf_runtime) when it is imported, so only
code that is about to train imports it, inside a function.

The callback follows keras/src/callbacks: __init__ only stores settings, per-run state is
reset in on_train_begin, every hook starts with `logs = logs or {}`, and training stops
through `self.model.stop_training = True`. It hands plain floats to a sink and never
touches Streamlit.

Keras reports, after batch k of an epoch, the *running mean* m_k of the loss over the
epoch so far, weighted by batch size. The loss of batch k alone follows from two means:
    loss_k = (m_k * N_k - m_(k-1) * N_(k-1)) / n_k      N_k = images seen so far this epoch
(and the same for accuracy). Those per-batch values are what one iteration did.

Divergence: training stops when a batch loss is NaN or inf, or has exploded to more than
EXPLODED times the loss of the run's first batch (with a bounded learning rate the loss
of a ReLU network tends to explode long before it overflows to inf).
"""

from __future__ import annotations

import math
import threading

import numpy as np

from explainer.datasets import Dataset, split_validation
from explainer.encoding import one_hot
from explainer.live_sink import TrainingSink
from explainer.tf_runtime import keras as _keras
from explainer.training_settings import MOMENTUM, TrainingSettings

keras = _keras()
EXPLODED = 1000.0  # loss > EXPLODED * first batch loss counts as diverged


@keras.saving.register_keras_serializable(package="explainer", name="sum_squared_error")
def sum_squared_error(y_true, y_pred):
    """SSE of each sample = sum_k (y_k - y'_k)^2; Keras then averages over the batch,
    which is the course's MSE = mean over samples of SSE."""
    return keras.ops.sum(keras.ops.square(y_true - y_pred), axis=-1)


def make_loss(name: str):
    return keras.losses.CategoricalCrossentropy() if name == "cross_entropy" else sum_squared_error


def make_optimizer(name: str, lr: float):
    if name == "sgd":
        return keras.optimizers.SGD(learning_rate=lr)
    if name == "momentum":
        return keras.optimizers.SGD(learning_rate=lr, momentum=MOMENTUM)
    return keras.optimizers.Adam(learning_rate=lr)


def compile_model(model, settings: TrainingSettings):
    """Optimizer, loss and a categorical accuracy (labels are one-hot)."""
    model.compile(
        optimizer=make_optimizer(settings.optimizer, settings.learning_rate),
        loss=make_loss(settings.loss),
        metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")],
    )
    return model


class LiveCallback(keras.callbacks.Callback):
    """Hands each iteration's and each epoch's numbers to `sink`; stops on NaN/inf or on request.

    Args:
        sink: a TrainingSink (anything with begin/set_phase/batch/epoch_end).
        n_train: training images per epoch (to know the size of the last, smaller batch).
        batch_size: images per iteration.
        stop_event: a threading.Event; once set, training stops after the current batch.
    """

    def __init__(self, sink: TrainingSink, n_train: int, batch_size: int, stop_event=None):
        super().__init__()
        self.sink = sink
        self.n_train = int(n_train)
        self.batch_size = int(batch_size)
        self.stop_event = stop_event

    def on_train_begin(self, logs=None):
        logs = logs or {}
        self.outcome = "finished"  # or "stopped" / "diverged"
        self._first_loss = None  # loss of the run's first batch
        self.steps = int(self.params.get("steps") or math.ceil(self.n_train / self.batch_size))
        self.sink.begin(self.params.get("epochs", 1), self.steps)

    def on_epoch_begin(self, epoch, logs=None):
        logs = logs or {}
        self._seen = 0  # images seen this epoch (N_k)
        self._prev = {"loss": 0.0, "accuracy": 0.0}  # running means after the previous batch
        self.sink.set_phase("train", epoch + 1)

    def on_train_batch_end(self, batch, logs=None):
        logs = logs or {}
        n_k = min(self.batch_size, self.n_train - batch * self.batch_size)
        seen = self._seen + n_k
        values = {}
        for name in ("loss", "accuracy"):
            m_k = float(logs.get(name, math.nan))
            values[name] = (m_k * seen - self._prev[name] * self._seen) / n_k
            self._prev[name] = m_k
        self._seen = seen
        self.sink.batch(batch + 1, n_k, values["loss"], values["accuracy"])
        if self._first_loss is None:
            self._first_loss = abs(values["loss"])
        if not math.isfinite(values["loss"]) or values["loss"] > EXPLODED * max(self._first_loss, 1e-3):
            self.outcome = "diverged"
            self.model.stop_training = True
        elif self.stop_event is not None and self.stop_event.is_set():
            self.outcome = "stopped"
            self.model.stop_training = True

    def on_test_begin(self, logs=None):
        logs = logs or {}
        self.sink.set_phase("validate")

    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        self.sink.epoch_end(
            epoch + 1,
            float(logs.get("loss", math.nan)),
            float(logs.get("accuracy", math.nan)),
            float(logs.get("val_loss", math.nan)),
            float(logs.get("val_accuracy", math.nan)),
        )
        self.sink.set_phase("train")

    def on_train_end(self, logs=None):
        logs = logs or {}
        self.sink.end(self.outcome)


def prepare(data: Dataset, validation_split: float):
    """uint8 images -> float32 x in [0, 1] (x = pixel / 255) and one-hot y, split off validation."""
    x = data.x_train.astype(np.float32) / 255.0  # (n, h, w, 3)
    y = one_hot(data.y_train, data.num_classes)  # (n, k)
    return split_validation(x, y, validation_split)


def build(settings: TrainingSettings, data: Dataset):
    """A fresh compiled model for these settings and this data."""
    from explainer.models import build_model

    model = build_model(
        kind=settings.model,
        input_shape=tuple(data.x_train.shape[1:]),
        num_classes=data.num_classes,
        hidden_units=settings.hidden_units,
        seed=settings.seed,
    )
    return compile_model(model, settings)


def train(settings: TrainingSettings, data: Dataset, sink: TrainingSink, stop_event=None):
    """Train a new model with `settings` on `data`, reporting live to `sink`.

    Reports the phase "compile" first (building the model; Keras traces its training step in
    the first batch), then every iteration and epoch through the callback.
    Returns (model, outcome) with outcome "finished", "stopped" or "diverged"; a stopped or
    diverged model is returned too (it holds the weights of the last iteration).
    """
    stop_event = stop_event or threading.Event()
    sink.set_phase("compile")  # until the first batch: the model is built and Keras traces its step
    (x_tr, y_tr), (x_val, y_val) = prepare(data, settings.validation_split)
    model = build(settings, data)
    callback = LiveCallback(sink, len(x_tr), settings.batch_size, stop_event)
    model.fit(
        x_tr,
        y_tr,
        batch_size=settings.batch_size,
        epochs=settings.epochs,
        validation_data=(x_val, y_val) if len(x_val) else None,
        shuffle=True,
        verbose=0,
        callbacks=[callback],
    )
    return model, callback.outcome
