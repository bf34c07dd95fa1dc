"""explainer.losses against the course's example and Keras's own losses."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explainer.losses import cross_entropy, keras_mse, mse, squared_errors, sse, sse_per_sample

Y = [1.0, 0.0, 0.0]
Y_PRED = [0.37, 0.50, 0.13]


def test_sse_course_example():
    """(1−0.37)² + (0−0.50)² + (0−0.13)² = 0.6638."""
    assert sse(Y, Y_PRED) == pytest.approx(0.6638, abs=1e-12)
    np.testing.assert_allclose(squared_errors(Y, Y_PRED), [0.3969, 0.25, 0.0169])


def _batch(seed=0, n=32, k=3):
    rng = np.random.default_rng(seed)
    y = np.eye(k)[rng.integers(0, k, n)]
    p = rng.dirichlet(np.ones(k), n)
    return y, p


def test_mse_is_mean_of_sse():
    """The course's MSE is the mean over samples of each sample's SSE."""
    y, p = _batch()
    assert mse(y, p) == pytest.approx(np.mean([sse(a, b) for a, b in zip(y, p, strict=True)]))


def test_keras_mse_divides_by_classes_too():
    """Keras's MeanSquaredError = course MSE / number of classes."""
    import keras

    y, p = _batch(k=3)
    ref = float(keras.losses.MeanSquaredError()(y, p))
    assert keras_mse(y, p) == pytest.approx(ref, rel=1e-5)
    assert mse(y, p) == pytest.approx(3 * ref, rel=1e-5)


def test_cross_entropy_matches_keras():
    """Our cross-entropy equals keras.losses.CategoricalCrossentropy on probabilities."""
    import keras

    y, p = _batch(seed=1)
    ref = float(keras.losses.CategoricalCrossentropy()(y, p))
    assert cross_entropy(y, p) == pytest.approx(ref, rel=1e-5)


def test_cross_entropy_finite_at_zero():
    """A zero probability on the true class gives a large but finite loss, like Keras."""
    v = cross_entropy([1, 0, 0], [0.0, 0.5, 0.5])
    assert np.isfinite(v) and v > 15


@given(arrays(np.float64, (4, 3), elements=st.floats(0, 1)), st.integers(0, 2))
def test_losses_non_negative(p, cls):
    y = np.zeros((4, 3))
    y[:, cls] = 1
    assert mse(y, p) >= 0 and cross_entropy(y, p) >= 0
    assert sse_per_sample(y, p).shape == (4,)


@pytest.mark.parametrize(
    "a, b, msg",
    [
        ([1, 0], [0.5, 0.3, 0.2], "shape"),
        ([], [], "empty"),
        ([1, 0, 0], [np.nan, 0, 0], "NaN"),
        ([[1, 0], [0, 1]], [[0.5, 0.5], [0.5, 0.5]], "one sample"),
    ],
)
def test_sse_bad_input(a, b, msg):
    with pytest.raises(ValueError, match=msg):
        sse(a, b)
