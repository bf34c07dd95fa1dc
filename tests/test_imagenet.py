"""The ImageNet -> cat/dog/other mapping of the pretrained box."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explainer import imagenet


def test_group_sizes():
    """5 cat classes (281-285), 118 dog classes (151-268), the other 877 are 'other'."""
    assert np.bincount(imagenet.GROUPS, minlength=3).tolist() == [5, 118, 877]


@pytest.mark.parametrize(
    ("index", "group"),
    [
        (150, 2),
        (151, 1),
        (207, 1),
        (268, 1),
        (269, 2),
        (280, 2),
        (281, 0),
        (285, 0),
        (286, 2),
        (0, 2),
        (999, 2),
    ],
)
def test_boundaries(index, group):
    """The first and last index of each range, and their neighbours, land in the right group."""
    assert imagenet.group_of(index) == group


def test_one_hot_inputs():
    """All mass on a tabby (281) -> cat; on a golden retriever (207) -> dog; on a car (817) -> other."""
    for index, expected in ((281, [1, 0, 0]), (207, [0, 1, 0]), (817, [0, 0, 1])):
        p = np.zeros(1000)
        p[index] = 1.0
        assert imagenet.to_cat_dog_other(p).tolist() == expected


def test_uniform_input():
    """Uniform probabilities give 5/1000, 118/1000 and 877/1000."""
    out = imagenet.to_cat_dog_other(np.full(1000, 1e-3))
    np.testing.assert_allclose(out, [0.005, 0.118, 0.877])


@settings(max_examples=50, deadline=None)
@given(
    arrays(np.float64, (2, 1000), elements=st.floats(0, 10, allow_subnormal=False)).filter(
        lambda a: (a.sum(axis=1) > 1e-6).all()
    )
)
def test_rows_sum_to_one(raw):
    """Any non-negative scores, normalised, map to three numbers in [0, 1] that add up to 1."""
    p = raw / raw.sum(axis=1, keepdims=True)
    out = imagenet.to_cat_dog_other(p)
    assert out.shape == (2, 3)
    np.testing.assert_allclose(out.sum(axis=1), 1.0)
    assert (out >= 0).all() and (out <= 1 + 1e-12).all()


@pytest.mark.parametrize(
    "bad",
    [np.ones(999) / 999, np.full(1000, np.nan), -np.ones(1000), np.zeros(1000), np.ones((2, 2, 1000)), []],
)
def test_bad_input_raises(bad):
    """Wrong length, NaN, negatives, all zeros, 3-D or empty input raise ValueError."""
    with pytest.raises(ValueError):
        imagenet.to_cat_dog_other(bad)


def test_mobilenet_without_download():
    """With weights=None (no download) MobileNetV2's output maps to three probabilities summing to 1."""
    model = imagenet.mobilenet(weights=None)
    assert model.output_shape == (None, 1000)
    x = np.random.default_rng(0).random((224, 224, 3))
    out = imagenet.predict_cat_dog_other(model, x)
    assert out.shape == (3,)
    np.testing.assert_allclose(out.sum(), 1.0, atol=1e-9)
