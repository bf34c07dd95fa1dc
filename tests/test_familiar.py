"""The black box's "is this like a doodle?" check (explainer/familiar.py), the photo-like pictures
it is measured on (explainer/photo_like.py), and the untrained box in numpy (explainer/untrained.py)."""

import numpy as np
import pytest

from explainer import doodles, familiar, network, photo_like, untrained
from explainer.images import to_network_input
from explainer.models import INPUT_SIZE


@pytest.fixture(scope="module")
def ref():
    return familiar.load()


def test_the_committed_reference_is_what_the_code_builds(ref):
    """models/doodle_reference.npz holds exactly what familiar.build() measures now (rerun
    scripts/doodle_reference.py after changing the weights, the doodles or the check)."""
    built = familiar.build()
    np.testing.assert_allclose(ref.stats, built.stats, rtol=0, atol=1e-6)
    assert ref.threshold == pytest.approx(built.threshold, abs=1e-6)
    assert ref.accuracy == pytest.approx(built.accuracy, abs=1e-12)
    assert list(ref.measured) == list(built.measured) == ["doodles", *photo_like.FAMILIES]
    for family, (n, flagged, top) in built.measured.items():
        assert ref.measured[family] == (n, pytest.approx(flagged, abs=1e-12), pytest.approx(top, abs=1e-9))


def test_fresh_doodles_pass_and_pictures_that_are_not_doodles_do_not(ref):
    """What the page quotes: about 1 fresh doodle in 100 is called unlike; plain colours, static,
    photo-like textures and scenes nearly always are, while the box stays "sure" of them."""
    assert ref.measured["doodles"][1] <= 0.03
    for family in ("solid", "noise", "texture", "scene"):
        n, flagged, top = ref.measured[family]
        assert flagged >= 0.9, family
        assert top >= 0.9, family  # the box's confidence says nothing about being out of its depth


@pytest.mark.parametrize("n", range(1, 10))
def test_every_gallery_sample_is_familiar(ref, n):
    """The gallery's doodles (drawn at 128 px and resized, as the course image is) pass the check."""
    image, _ = doodles.sample_images(per_class=3, size=128)[n - 1]
    assert familiar.check(ref, to_network_input(image, INPUT_SIZE)).familiar


@pytest.mark.parametrize("family", ["solid", "noise", "texture", "scene"])
def test_new_photo_like_pictures_are_unfamiliar(ref, family):
    """Pictures of the clear families, drawn from seeds the reference never used, fail the check."""
    x = photo_like.draw(family, 20, seed=999).astype(np.float32) / 255.0
    d = ref.distance(familiar.image_stats(x))
    assert np.mean(d > ref.threshold) >= 0.9


def test_the_plain_orange_square_is_unfamiliar_but_the_box_is_sure(ref):
    """The question's square: the check flags it, the box gives one class more than 0.9."""
    x = photo_like.orange().astype(np.float32) / 255.0
    assert not familiar.check(ref, x).familiar
    assert network.forward(network.load_weights(), x).max() > 0.9


def test_image_stats_shape_and_bad_input():
    """10 numbers per picture, for one picture or a batch; a wrong shape is a ValueError."""
    x = np.zeros((2, 64, 64, 3), dtype=np.float32)
    assert familiar.image_stats(x).shape == (2, len(familiar.STATS))
    assert familiar.image_stats(x[0]).shape == (len(familiar.STATS),)
    with pytest.raises(ValueError):
        familiar.image_stats(np.zeros((64, 64)))


def test_photo_like_pictures_are_seeded_and_checked():
    """The same seed draws the same pictures; an unknown family or a bad count is a ValueError."""
    for family in photo_like.FAMILIES:
        a = photo_like.draw(family, 2, seed=5)
        assert a.shape == (2, 64, 64, 3) and a.dtype == np.uint8
        np.testing.assert_array_equal(a, photo_like.draw(family, 2, seed=5))
    with pytest.raises(ValueError):
        photo_like.draw("sunset", 1)
    with pytest.raises(ValueError):
        photo_like.draw("solid", -1)


def test_untrained_weights_are_glorot_uniform_with_zero_biases():
    """Kernels lie within +-sqrt(6 / (fan_in + fan_out)) and spread over it; biases are 0."""
    w = untrained.random_weights(seed=0)
    for a, shape in zip(w.arrays(), network.SHAPES, strict=True):
        if len(shape) == 1:
            assert not a.any()
        else:
            limit = untrained.glorot_limit(shape)
            assert np.abs(a).max() <= limit and a.std() == pytest.approx(limit / np.sqrt(3), rel=0.2)
    assert untrained.glorot_limit((3, 3, 3, 16)) == pytest.approx(np.sqrt(6 / (27 + 144)))


def test_the_untrained_box_answers_near_a_third():
    """Random weights give small scores, so every class gets about 1/3 and accuracy is chance."""
    x, y = doodles.generate(30, seed=3)
    p = network.forward(untrained.random_weights(seed=0), x.astype(np.float32) / 255.0)
    assert np.all(np.abs(p - 1 / 3) < 0.15)
