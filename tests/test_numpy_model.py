"""A run's weights in an architecture built in code, in numpy: the same probabilities as Keras."""

import numpy as np
import pytest

from explainer import network
from explainer.models import build_model
from explainer.numpy_model import NumpyModel, weight_shapes

pytestmark = pytest.mark.slow  # builds Keras models


@pytest.mark.parametrize(
    "kind,size,k,hidden",
    [("cnn", 64, 3, 64), ("cnn", 28, 10, 32), ("cnn", 32, 3, 128), ("dense", 28, 10, 16)],
)
def test_numpy_forward_matches_keras(kind, size, k, hidden):
    """Both kinds, odd image sizes (28 -> 14 -> 7 -> 3 through the pools) and any width."""
    model = build_model(kind, (size, size, 3), k, hidden, seed=3)
    x = np.random.default_rng(0).random((40, size, size, 3)).astype(np.float32)  # more than one chunk
    npm = NumpyModel.from_arrays(kind, (size, size, 3), k, hidden, model.get_weights())
    np.testing.assert_allclose(npm(x), model.predict(x, verbose=0), atol=1e-5)
    assert npm.count_params() == model.count_params() and npm.input_shape == model.input_shape


def test_builtin_weights_give_the_networks_own_forward_pass():
    """The shipped weights in the generic CNN equal explainer/network.py's forward pass."""
    w = network.load_weights()
    npm = NumpyModel.from_arrays("cnn", (64, 64, 3), 3, network.HIDDEN, w.arrays())
    x = np.random.default_rng(1).random((3, 64, 64, 3)).astype(np.float32)
    np.testing.assert_allclose(npm(x), network.forward(w, x), atol=1e-6)


def test_arrays_that_do_not_fit_are_refused():
    """Wrong count, wrong shape or non-float arrays raise ValueError; nothing is loaded blindly."""
    shapes = weight_shapes("dense", (8, 8, 3), 3, 4)
    good = [np.zeros(s, np.float32) for s in shapes]
    NumpyModel.from_arrays("dense", (8, 8, 3), 3, 4, good)
    with pytest.raises(ValueError):
        NumpyModel.from_arrays("dense", (8, 8, 3), 3, 4, good[:-1])
    with pytest.raises(ValueError):
        NumpyModel.from_arrays("dense", (8, 8, 3), 3, 5, good)
    with pytest.raises(ValueError):
        NumpyModel.from_arrays("dense", (8, 8, 3), 3, 4, [a.astype(object) for a in good])
    with pytest.raises(ValueError):
        NumpyModel.from_arrays("rnn", (8, 8, 3), 3, 4, good)
    m = NumpyModel.from_arrays("dense", (8, 8, 3), 3, 4, good)
    with pytest.raises(ValueError):
        m(np.zeros((1, 9, 9, 3), np.float32))
    assert not m.weights[0].flags.writeable
