"""explainer.network: the built-in network in numpy, checked against Keras and against finite differences."""

from __future__ import annotations

import time

import numpy as np
import pytest

from explainer import doodles, models, network
from explainer.images import to_network_input

LAYERS = ("conv1", "pool1", "conv2", "pool2", "conv3", "pool3", "average", "hidden")


@pytest.fixture(scope="module")
def weights() -> network.Weights:
    return network.load_weights()


@pytest.fixture(scope="module")
def keras_model():
    return models.load_builtin()


def gallery() -> np.ndarray:
    """The built-in doodle samples as the network sees them: (9, 64, 64, 3) floats in [0, 1]."""
    return np.stack([to_network_input(img, 64) for img, _ in doodles.sample_images(size=64)])


def random_image(seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).random((64, 64, 3)).astype(np.float32)  # (64, 64, 3)


def solid_image() -> np.ndarray:
    return np.broadcast_to(np.float32([0.2, 0.6, 0.9]), (64, 64, 3)).copy()  # (64, 64, 3)


def one_hot(j: int) -> np.ndarray:
    return np.eye(3)[j]  # (3,)


@pytest.mark.slow
def test_forward_matches_keras_on_single_images(weights, keras_model):
    """Each gallery doodle, a random image and a solid colour give Keras's probabilities (1e-5)."""
    images = [*gallery(), random_image(), solid_image()]
    worst = 0.0
    for x in images:
        p, ref = network.forward(weights, x), models.predict_probs(keras_model, x)
        assert p.shape == (3,) and p.dtype == np.float64
        np.testing.assert_allclose(p, ref, rtol=0, atol=1e-5)
        worst = max(worst, float(np.abs(p - ref).max()))
    print(f"max |numpy - keras| over {len(images)} single images: {worst:.2e}")


@pytest.mark.slow
def test_forward_matches_keras_on_a_batch(weights, keras_model):
    """A batch (doodles, gallery, random, solid; more than one im2col chunk) gives Keras's (n, 3) rows."""
    drawn, _ = doodles.generate(40, seed=11)
    x = np.concatenate([drawn / np.float32(255.0), gallery(), [random_image(1), solid_image()]])
    p, ref = network.forward(weights, x), models.predict_probs(keras_model, x)
    assert p.shape == (len(x), 3)
    np.testing.assert_allclose(p, ref, rtol=0, atol=1e-5)
    print(f"max |numpy - keras| over a batch of {len(x)}: {np.abs(p - ref).max():.2e}")


@pytest.mark.slow
def test_trace_matches_keras_layer_outputs(weights, keras_model):
    """Every intermediate of trace() equals the output of the Keras layer of the same name."""
    import keras

    probe = keras.Model(keras_model.input, [keras_model.get_layer(n).output for n in LAYERS])
    x = gallery()[1]
    tr = network.trace(weights, x)
    ours = [tr.conv[0], tr.pool[0], tr.conv[1], tr.pool[1], tr.conv[2], tr.pool[2], tr.h0, tr.h]
    for name, a, ref in zip(LAYERS, ours, probe(x[None], training=False), strict=True):
        ref = np.asarray(ref)[0]
        assert a.shape == ref.shape, name
        np.testing.assert_allclose(a, ref, rtol=1e-4, atol=1e-5, err_msg=name)
    np.testing.assert_allclose(tr.p, models.predict_probs(keras_model, x), rtol=0, atol=1e-5)


def test_trace_agrees_with_forward(weights):
    """trace's p is forward's p, is softmax of z, and z is h W + b."""
    x = random_image(2)
    tr = network.trace(weights, x)
    np.testing.assert_array_equal(tr.p, network.forward(weights, x))
    np.testing.assert_allclose(tr.z, tr.h @ weights.w_out.astype(np.float64) + weights.b_out, atol=1e-12)
    np.testing.assert_allclose(tr.p, np.exp(tr.z) / np.exp(tr.z).sum(), atol=1e-12)
    assert tr.h.shape == tr.h0.shape == (64,) and np.all(tr.h >= 0)


def keras_output_gradient(keras_model, x, y, loss):
    """tf.GradientTape's dL/dW (64, 3) and dL/db (3,) of the output layer, with the loss written out."""
    from explainer.tf_runtime import tensorflow

    tf = tensorflow()
    kernel, bias = keras_model.get_layer("probabilities").trainable_variables
    y_t = tf.constant(y, dtype=tf.float32)
    with tf.GradientTape() as tape:
        p = keras_model(x[None], training=False)[0]
        value = (
            -tf.reduce_sum(y_t * tf.math.log(p)) if loss == "cross_entropy" else tf.reduce_sum((y_t - p) ** 2)
        )
    dw, db = tape.gradient(value, [kernel, bias])
    return np.asarray(dw), np.asarray(db)


@pytest.mark.slow
@pytest.mark.parametrize("loss", network.LOSSES)
def test_last_layer_gradient_matches_gradient_tape(weights, keras_model, loss):
    """For two images and two true classes, our dL/dW and dL/db equal TensorFlow's (1e-5)."""
    worst = 0.0
    for x in (gallery()[0], random_image(3)):
        tr = network.trace(weights, x)
        for j in (0, 1):
            dw, db = network.last_layer_gradient(tr, one_hot(j), loss)
            ref_dw, ref_db = keras_output_gradient(keras_model, x, one_hot(j), loss)
            assert dw.shape == (64, 3) and db.shape == (3,)
            np.testing.assert_allclose(dw, ref_dw, rtol=0, atol=1e-5)
            np.testing.assert_allclose(db, ref_db, rtol=0, atol=1e-5)
            worst = max(worst, float(np.abs(dw - ref_dw).max()), float(np.abs(db - ref_db).max()))
    print(f"{loss}: max |numpy - GradientTape| = {worst:.2e}")


@pytest.mark.parametrize("loss", network.LOSSES)
def test_slope_of_one_weight_matches_finite_difference(weights, loss):
    """(L(W_ij + e) - L(W_ij - e)) / 2e equals dL/dW[i, j], and a small step against it lowers L."""
    x, y = gallery()[0], one_hot(1)  # a cat, scored as if it were a dog: a large, unclipped loss
    tr = network.trace(weights, x)
    dw, _ = network.last_layer_gradient(tr, y, loss)
    i, j, e = int(np.argmax(tr.h)), 1, 1e-4
    w_ij = float(weights.w_out[i, j])

    def loss_at(value: float) -> float:
        p = network.forward(network.with_output_weight(weights, i, j, value), x)
        return network.loss_value(y, p, loss)

    slope = (loss_at(w_ij + e) - loss_at(w_ij - e)) / (2 * e)
    assert abs(dw[i, j]) > 1e-3, "pick a weight whose slope is not ~0"
    np.testing.assert_allclose(dw[i, j], slope, rtol=1e-6)
    assert loss_at(w_ij - 0.01 * dw[i, j]) < network.loss_value(y, tr.p, loss)


def test_with_output_weight_changes_one_number_only(weights):
    """The copy differs in W[i, j] alone (kept exactly, float64); the original is untouched."""
    w2 = network.with_output_weight(weights, 5, 2, 0.123456789)
    assert w2.w_out[5, 2] == 0.123456789 and weights.w_out[5, 2] != 0.123456789
    changed = np.argwhere(w2.w_out != weights.w_out)
    assert changed.tolist() == [[5, 2]]
    assert w2.conv_w[0] is weights.conv_w[0] and not w2.w_out.flags.writeable


def test_loss_value_uses_the_course_formulas():
    """squared_error is the SSE (not divided by k); cross_entropy is -log p_true."""
    p = np.array([0.37, 0.50, 0.13])
    assert network.loss_value(one_hot(0), p, "squared_error") == pytest.approx(0.6638)
    assert network.loss_value(one_hot(1), p, "cross_entropy") == pytest.approx(-np.log(0.5))


@pytest.mark.parametrize(
    "x",
    [
        np.zeros((64, 64)),
        np.zeros((32, 32, 3)),
        np.zeros((64, 64, 4)),
        np.zeros((2, 1, 64, 64, 3)),
        np.zeros((0, 64, 64, 3)),
        np.full((64, 64, 3), np.nan),
        np.zeros((64, 64, 3), dtype=np.uint8),
        np.full((64, 64, 3), 255.0),
        np.full((64, 64, 3), "a"),
    ],
    ids=["2d", "small", "4ch", "5d", "empty", "nan", "uint8", "0-255", "text"],
)
def test_bad_images_raise(weights, x):
    """A wrong shape, NaN, integer pixels or values outside [0, 1] raise ValueError."""
    with pytest.raises(ValueError, match="x "):
        network.forward(weights, x)


def test_bad_arguments_raise(weights):
    """trace takes one image; loss names, targets and weight positions are checked."""
    tr = network.trace(weights, solid_image())
    with pytest.raises(ValueError, match="one image"):
        network.trace(weights, np.zeros((2, 64, 64, 3)))
    with pytest.raises(ValueError, match="loss"):
        network.last_layer_gradient(tr, one_hot(0), "mse")
    with pytest.raises(ValueError, match="y_true"):
        network.last_layer_gradient(tr, [1.0, 1.0, 0.0], "cross_entropy")
    with pytest.raises(ValueError, match="i must"):
        network.with_output_weight(weights, 64, 0, 1.0)
    with pytest.raises(ValueError, match="value"):
        network.with_output_weight(weights, 0, 0, float("nan"))


def write_weights(path, arrays: dict) -> None:
    np.savez(path, **arrays)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda a: a.pop("w9"), "missing"),
        (lambda a: a.update(w8=np.zeros((64, 4), np.float32)), "w8 has shape"),
        (lambda a: a.update(w10=np.zeros(3, np.float32)), "unexpected"),
        (lambda a: a.update(w0=np.zeros((3, 3, 3, 16), np.int32)), "not floats"),
        (lambda a: a.update(w1=np.full(16, np.inf, np.float32)), "NaN or infinity"),
    ],
    ids=["missing", "wrong-shape", "extra", "integers", "inf"],
)
def test_weights_file_that_does_not_fit_raises(tmp_path, change, message):
    """A weights file with a missing, extra, wrongly shaped or non-finite array raises ValueError."""
    with np.load(models.WEIGHTS_FILE, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    change(arrays)
    write_weights(tmp_path / "bad.npz", arrays)
    with pytest.raises(ValueError, match=message):
        network.load_weights(tmp_path / "bad.npz")


def test_single_array_file_raises(tmp_path):
    """A .npy file (one array, not an archive of w0..w9) raises ValueError."""
    np.save(tmp_path / "one.npy", np.zeros(3, np.float32))
    with pytest.raises(ValueError, match="archive"):
        network.load_weights(tmp_path / "one.npy")


def test_forward_is_fast(weights):
    """One image takes well under 50 ms (median of 20 runs); a batch of 90 is timed and printed."""
    x = gallery()
    network.forward(weights, x[0])  # warm up
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        network.forward(weights, x[0])
        times.append(time.perf_counter() - t0)
    one = float(np.median(times))
    batch = np.concatenate([x] * 10)  # (90, 64, 64, 3)
    t0 = time.perf_counter()
    network.forward(weights, batch)
    ninety = time.perf_counter() - t0
    print(f"forward: one image {one * 1e3:.2f} ms (median of 20), 90 images {ninety * 1e3:.1f} ms")
    assert one < 0.050, f"one image took {one * 1e3:.1f} ms"
