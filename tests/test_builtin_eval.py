"""models/builtin_eval.npz: the built-in model's answers on its held-out doodles, shipped as numbers."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from explainer import builtin_eval, doodles
from explainer.evaluation import predict_all


def test_the_shipped_numbers_are_what_the_model_answers_now():
    """The file equals a fresh computation: same labels, same probabilities (to 1e-5). If this fails
    after the weights or explainer/doodles.py changed, run scripts/builtin_eval.py."""
    shipped = builtin_eval.load()
    assert shipped is not None, "models/builtin_eval.npz is missing or stale: run scripts/builtin_eval.py"
    y, probs = shipped
    n, seed = builtin_eval.TEST
    x, y_now = doodles.generate(n, seed)
    np.testing.assert_array_equal(y, y_now)
    np.testing.assert_allclose(probs, predict_all(builtin_eval.builtin_model(), x), atol=1e-5)
    np.testing.assert_allclose(probs.sum(1), 1.0, atol=1e-5)


def test_a_file_made_for_other_weights_is_not_used(tmp_path):
    """Retrained weights change the fingerprint: the old numbers are refused (None), never shown."""
    weights = tmp_path / "weights.npz"
    shutil.copy(builtin_eval.WEIGHTS_FILE, weights)
    y, probs = builtin_eval.load()
    builtin_eval.save(y, probs, tmp_path / "eval.npz", weights)
    assert builtin_eval.load(tmp_path / "eval.npz", weights) is not None
    with np.load(weights) as w:
        arrays = {k: w[k] for k in w.files}
    arrays["w0"] = arrays["w0"] * 1.01
    np.savez(weights, **arrays)
    assert builtin_eval.load(tmp_path / "eval.npz", weights) is None


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_a_missing_or_unreadable_file_is_not_used(tmp_path, content):
    assert builtin_eval.load(tmp_path / "absent.npz") is None
    bad = tmp_path / "bad.npz"
    bad.write_bytes(content)
    assert builtin_eval.load(bad) is None


def test_a_file_of_the_wrong_shape_is_not_used(tmp_path):
    y, probs = builtin_eval.load()
    builtin_eval.save(y[:10], probs[:10], tmp_path / "short.npz")
    assert builtin_eval.load(tmp_path / "short.npz") is None


def test_the_first_images_are_the_same_pixels_as_the_whole_set():
    """generate(first=m) draws only the first m images of generate(n, seed), pixel for pixel."""
    x, y = doodles.generate(40, 2)
    x5, y5 = doodles.generate(40, 2, first=5)
    np.testing.assert_array_equal(x5, x[:5])
    np.testing.assert_array_equal(y5, y)
    assert doodles.generate(40, 2, first=0)[0].shape == (0, 64, 64, 3)
    np.testing.assert_array_equal(builtin_eval.held_out_images(3), builtin_eval.held_out_images()[:3])
    for bad in (-1, 41):
        with pytest.raises(ValueError):
            doodles.generate(40, 2, first=bad)
