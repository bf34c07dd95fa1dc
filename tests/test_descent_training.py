"""explainer.descent.update and explainer.training.iterations_per_epoch."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.descent import update
from explainer.training import iterations_per_epoch


def test_course_update_example():
    """W_e2 = 0.38 − 0.01 × (−0.55) = 0.3855."""
    assert update(0.38, -0.55, 0.01) == pytest.approx(0.3855, abs=1e-15)


def test_moves_against_the_slope():
    """Negative slope -> W grows; positive slope -> W shrinks."""
    assert update(1.0, -2.0, 0.1) > 1.0
    assert update(1.0, 2.0, 0.1) < 1.0


@pytest.mark.parametrize(
    "args, msg",
    [((0.0, float("nan"), 0.1), "finite"), ((0.0, 1.0, 0.0), "positive"), ((0.0, 1e308, 1e10), "overflow")],
)
def test_update_bad_input(args, msg):
    with pytest.raises(ValueError, match=msg):
        update(*args)


@pytest.mark.parametrize("n, b, it", [(1000, 32, 32), (960, 32, 30), (1, 512, 1), (33, 32, 2)])
def test_iterations_examples(n, b, it):
    assert iterations_per_epoch(n, b) == it


@given(st.integers(1, 10**6), st.integers(1, 4096))
def test_iterations_is_ceil(n, b):
    """iterations = ceil(N / B)."""
    assert iterations_per_epoch(n, b) == math.ceil(n / b)


def test_iterations_match_keras_steps():
    """Keras takes exactly ceil(N / B) steps in one epoch of model.fit."""
    import keras
    import numpy as np

    x = np.zeros((70, 2), dtype="float32")
    y = np.zeros((70, 1), dtype="float32")
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    model.compile("sgd", "mse")
    steps = []

    class Count(keras.callbacks.Callback):
        def on_train_batch_end(self, batch, logs=None):
            steps.append(batch)

    model.fit(x, y, batch_size=32, epochs=1, verbose=0, callbacks=[Count()])
    assert len(steps) == iterations_per_epoch(70, 32) == 3


@pytest.mark.parametrize("n, b", [(0, 32), (10, 0), (10, -1), (10.5, 2), (True, 2), ("x", 2)])
def test_iterations_bad_input(n, b):
    with pytest.raises(ValueError):
        iterations_per_epoch(n, b)
