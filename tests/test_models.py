"""The boxes: architectures from code, the shipped built-in weights and their accuracy."""

import numpy as np
import pytest

from explainer import doodles, models


@pytest.mark.parametrize("kind", ["cnn", "dense"])
def test_build_model_shapes(kind):
    """Each kind maps (n, 64, 64, 3) images to (n, 3) probabilities that add up to 1."""
    model = models.build_model(kind)
    assert model.input_shape == (None, 64, 64, 3)
    assert model.output_shape == (None, 3)
    x = np.random.default_rng(0).random((4, 64, 64, 3)).astype("float32")
    p = models.predict_probs(model, x)
    assert p.shape == (4, 3)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-5)


def test_dense_layers_follow_the_settings():
    """The dense box is Flatten -> Dense(hidden_units, relu) -> Dense(num_classes, softmax)."""
    model = models.build_model("dense", input_shape=(28, 28, 3), num_classes=5, hidden_units=7)
    dense = [layer for layer in model.layers if layer.__class__.__name__ == "Dense"]
    assert [d.units for d in dense] == [7, 5]
    assert dense[0].activation.__name__ == "relu" and dense[1].activation.__name__ == "softmax"
    assert model.count_params() == 28 * 28 * 3 * 7 + 7 + 7 * 5 + 5


def test_same_seed_same_start():
    """The same seed gives the same starting weights; another seed gives other ones."""
    a = models.build_model("cnn", seed=3).get_weights()[0]
    b = models.build_model("cnn", seed=3).get_weights()[0]
    c = models.build_model("cnn", seed=4).get_weights()[0]
    assert np.array_equal(a, b) and not np.array_equal(a, c)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kind": "rnn"},
        {"input_shape": (64, 64)},
        {"input_shape": (4, 4, 3)},
        {"input_shape": (64, 64, 2)},
        {"num_classes": 1},
        {"num_classes": 2.0},
        {"hidden_units": 0},
    ],
)
def test_bad_arguments_raise(kwargs):
    """Unknown kinds and impossible shapes raise ValueError before TensorFlow builds anything."""
    with pytest.raises(ValueError):
        models.build_model(**kwargs)


def test_weights_file_is_small_and_plain():
    """The shipped file is under 2 MB and holds only numeric arrays (loadable without pickle)."""
    assert models.WEIGHTS_FILE.stat().st_size < 2_000_000
    with np.load(models.WEIGHTS_FILE, allow_pickle=False) as data:
        assert all(data[name].dtype == np.float32 for name in data.files)


def test_builtin_reaches_95_percent_on_fresh_doodles():
    """The built-in box classifies >= 95% of 600 freshly drawn doodles (a seed never trained on)."""
    model = models.load_builtin()
    x, y = doodles.generate(600, seed=777)
    p = models.predict_probs(model, x.astype("float32") / 255.0)  # (600, 3)
    accuracy = float((p.argmax(axis=1) == y).mean())
    assert accuracy >= 0.95, accuracy


def test_untrained_is_not_the_builtin():
    """The untrained box has the built-in architecture but different (random) weights."""
    a, b = models.untrained(seed=1), models.load_builtin()
    assert [w.shape for w in a.get_weights()] == [w.shape for w in b.get_weights()]
    assert not np.array_equal(a.get_weights()[0], b.get_weights()[0])


def test_wrong_weights_file_is_refused(tmp_path):
    """A weights file with the wrong arrays raises ValueError instead of loading half a model."""
    bad = tmp_path / "bad.npz"
    np.savez(bad, w0=np.zeros((2, 2), dtype=np.float32))
    with pytest.raises(ValueError):
        models.load_builtin(bad)
