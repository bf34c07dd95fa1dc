"""The doodle-pets generator: shapes, dtype, balance, determinism, speed, argument checks."""

import time

import numpy as np
import pytest
from PIL import Image

from explainer import doodles


def test_shapes_and_dtypes():
    """Images are uint8 (n, size, size, 3) and labels int64 (n,) in 0..2."""
    x, y = doodles.generate(30, seed=3, size=48)
    assert x.shape == (30, 48, 48, 3) and x.dtype == np.uint8
    assert y.shape == (30,) and y.dtype == np.int64
    assert set(np.unique(y)) <= {0, 1, 2}


@pytest.mark.parametrize("n", [0, 1, 2, 3, 10, 301])
def test_balanced(n):
    """Each class gets n // 3 pictures; the remainder goes one each to the first classes."""
    _, y = doodles.generate(n, seed=0, size=16)
    counts = np.bincount(y, minlength=3)
    assert counts.sum() == n
    assert counts.max() - counts.min() <= 1
    assert all(c >= n // 3 for c in counts)


def test_deterministic_for_a_seed():
    """The same seed gives identical pictures and labels; another seed gives other pictures."""
    a = doodles.generate(20, seed=5)
    b = doodles.generate(20, seed=5)
    c = doodles.generate(20, seed=6)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert not np.array_equal(a[0], c[0])


def test_pictures_vary():
    """No two pictures are the same, and each has more than a flat background."""
    x, _ = doodles.generate(60, seed=1)
    flat = x.reshape(60, -1)
    assert len({row.tobytes() for row in flat}) == 60
    assert all(img.reshape(-1, 3).std(axis=0).max() > 10 for img in x)


def test_speed():
    """1000 pictures at 64x64 cost under a second of CPU (about 0.5 s on one core).

    CPU time of this process, best of three, so other processes sharing the machine do not
    make it fail.
    """
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        doodles.generate(1000, seed=1)
        best = min(best, time.process_time() - t)
    assert best < 1.0


def test_sample_images_gallery():
    """The gallery cycles cat, dog, other and gives RGB PIL images of the asked size."""
    gallery = doodles.sample_images(per_class=2, size=96)
    assert [label for _, label in gallery] == [0, 1, 2, 0, 1, 2]
    assert all(
        isinstance(img, Image.Image) and img.size == (96, 96) and img.mode == "RGB" for img, _ in gallery
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"n": -1},
        {"n": 2.5},
        {"n": True},
        {"n": 10**7},
        {"n": 3, "seed": -1},
        {"n": 3, "size": 4},
        {"n": 3, "size": 10_000},
        {"n": 3, "size": "64"},
    ],
)
def test_bad_arguments_raise(kwargs):
    """Nonsense arguments raise ValueError naming the problem."""
    with pytest.raises(ValueError):
        doodles.generate(**kwargs)
