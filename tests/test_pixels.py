"""Unit tests for explainer.pixels and explainer.figures.inputs."""

import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from PIL import Image

from explainer import pixels
from explainer.figures import inputs as figs

rgb_arrays = st.integers(1, 12).flatmap(
    lambda h: st.integers(1, 12).flatmap(lambda w: arrays(np.uint8, (h, w, 3)))
)


@pytest.mark.parametrize(
    ("size", "expr"),
    [
        (256, "256 × 256 × 3 = 196,608"),
        (224, "224 × 224 × 3 = 150,528"),
        (64, "64 × 64 × 3 = 12,288"),
        (28, "28 × 28 × 3 = 2,352"),
    ],
)
def test_network_pixels_and_count_for_every_size(size, expr):
    """Any image resized to size x size gives uint8 (size, size, 3) and the course's arithmetic."""
    img = Image.new("RGB", (300, 170), (10, 200, 30))
    a = pixels.network_pixels(img, size)
    assert a.shape == (size, size, 3) and a.dtype == np.uint8
    assert pixels.count_expression(a.shape) == expr


def test_grey_uses_the_luma_weights():
    """Pure red, green, blue and white give 76, 150, 29 and 255, as Pillow's 'L' conversion does."""
    a = np.array([[[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]]], dtype=np.uint8)
    assert pixels.grey(a).tolist() == [[76, 150, 29, 255]]
    np.testing.assert_array_equal(pixels.grey(a), np.asarray(Image.fromarray(a).convert("L")))


@given(rgb_arrays)
def test_flatten_and_planes_keep_every_number(a):
    """Flattening and splitting into planes rearrange the numbers without losing or adding any."""
    flat = pixels.flatten(a)
    p = pixels.planes(a)
    assert flat.shape == (a.size,) and p.shape == (3, *a.shape[:2])
    for i in range(0, a.size, max(1, a.size // 7)):
        r, c, ch = pixels.where_in_image(i, a.shape)
        assert flat[i] == a[r, c, ch] == p[ch, r, c]
    np.testing.assert_array_equal(np.moveaxis(p, 0, -1).reshape(-1), flat)


@given(rgb_arrays, st.integers(-20, 20), st.integers(-20, 20), st.integers(1, 16))
def test_crop_is_always_inside_the_image(a, top, left, n):
    """A crop that would stick out is moved inside; it is never empty or larger than the image."""
    c = pixels.crop(a, top, left, n)
    assert c.shape[0] == c.shape[1] == min(n, a.shape[0], a.shape[1])


def test_where_in_image_is_r_g_b_per_pixel():
    """Positions 0, 1, 2 are pixel (0, 0)'s R, G, B; position 3 is pixel (0, 1)'s R."""
    assert [pixels.where_in_image(i, (256, 256, 3)) for i in range(4)] == [
        (0, 0, 0),
        (0, 0, 1),
        (0, 0, 2),
        (0, 1, 0),
    ]
    with pytest.raises(ValueError):
        pixels.where_in_image(196608, (256, 256, 3))


def test_tint_and_enlarge():
    """A channel plane is shown in its own colour; enlarging repeats whole pixels."""
    plane = np.array([[0, 200]], dtype=np.uint8)
    assert pixels.tint(plane, 1)[0, 1].tolist() == [0, 200, 0]
    big = np.asarray(pixels.enlarge(np.zeros((2, 2, 3), np.uint8), 10))
    assert big.shape == (10, 10, 3)


def test_bad_arrays_raise():
    """A 2-D array is not an RGB image."""
    with pytest.raises(ValueError):
        pixels.flatten(np.zeros((4, 4)))
    with pytest.raises(ValueError):
        pixels.grey(np.zeros((4, 4, 4)))


def test_pixel_grid_writes_every_number():
    """The crop writes each pixel's numbers on a square of its colour (3 numbers in RGB, R over G
    over B; 1 in grey), light ink on dark pixels; column and row numbers are the whole image's."""
    a = np.arange(4 * 4 * 3, dtype=np.uint8).reshape(4, 4, 3) * 5
    html = figs.pixel_grid(a, 10, 20, x_title="X", y_title="Y")
    square = r'<div class="pg-px" style="background:rgb\((\d+),(\d+),(\d+)\);color:(#\w+)">([0-9<br>]*)</div>'
    squares = re.findall(square, html)
    assert len(squares) == 16
    r, g, b, ink, words = squares[0]
    assert (r, g, b) == ("0", "5", "10") and words == "0<br>5<br>10" and ink == "#fff"
    assert [int(v) for v in squares[-1][4].split("<br>")] == list(a[3, 3])
    heads = re.findall(r'<div class="pg-head">(\d*)</div>', html)
    assert heads[1:5] == ["20", "21", "22", "23"] and heads[5] == "10"  # columns, then the first row
    assert ">X</div>" in html and ">Y</div>" in html
    grey = figs.pixel_grid(pixels.grey(a), 0, 0, x_title="X", y_title="Y")
    assert grey.count('class="pg-px"') == 16 and "<br>" not in grey.split("</style>", 1)[1]
    strip = figs.vector_strip(pixels.flatten(a)[:12], channel_names="RGB", x_title="X", y_title="Y")
    colours = re.findall(r'background:(#[0-9a-f]{6})" data-value', strip)
    assert colours == list(figs.CHANNEL_COLOURS) * 4  # R, G, B, R, G, B, …
    assert [float(v) for v in re.findall(r'data-value="([^"]+)"', strip)] == list(pixels.flatten(a)[:12])


def test_mark_square_outlines_the_crop_in_red():
    """A 28 x 28 grey image drawn 10 screen pixels a pixel: the 4 x 4 square from row 2, column 5
    keeps its pixels, a 3-pixel red line runs just outside it, and the rest is untouched."""
    a = np.arange(28 * 28, dtype=np.uint8).reshape(28, 28)
    big = pixels.mark_square(a, 2, 5, 4, width=300, line=3)
    assert big.shape == (280, 280, 3)
    inside = big[20:60, 50:90]  # rows 2..5 and columns 5..8, 10 screen pixels each
    np.testing.assert_array_equal(inside[..., 0], np.repeat(np.repeat(a[2:6, 5:9], 10, 0), 10, 1))
    red = (255, 0, 0)
    assert (big[17:20, 47:93] == red).all() and (big[60:63, 47:93] == red).all()  # above, below
    assert (big[17:63, 47:50] == red).all() and (big[17:63, 90:93] == red).all()  # left, right
    assert (big[16, 47] == a[1, 4]).all() and (big[0, 0] == a[0, 0]).all()  # outside: grey pixels
    at_edge = pixels.mark_square(np.zeros((64, 64, 3), np.uint8), 0, 0, 8, width=256)
    assert (at_edge[0:32, 32:35] == red).all() and (at_edge[0:32, 0:32] == 0).all()
