"""The inputs page's cached pictures and figures (steps/inputs_cache.py, steps/inputs.py).

A cached figure must be exactly what explainer.figures.inputs builds for the same input (the
same HTML); a cached picture must be, byte for byte, what st.image would have encoded from
the array.
"""

import base64
import io

import numpy as np
import pytest
from PIL import Image
from streamlit.elements.lib import image_utils
from streamlit.elements.lib.layout_utils import LayoutConfig

from catalog import text
from explainer import pixels
from explainer.figures import inputs as figs
from steps import inputs_cache as img
from tests.apptest_utils import html_frame
from ui import pictures
from ui.image_picker import gallery

AXES = {"x_title": text("inputs.axis.col", "en"), "y_title": text("inputs.axis.row", "en")}


def what_st_image_sends(a, width: int) -> bytes:
    """Streamlit's own encoding of st.image(a, width=width) for an array or PIL image."""
    data = (
        image_utils._pil_to_bytes(a, "JPEG")
        if isinstance(a, Image.Image)
        else image_utils._np_array_to_bytes(a)
    )
    return image_utils._ensure_image_size_and_format(data, LayoutConfig(width=width), "JPEG")


def decoded(uri: str) -> bytes:
    head, data = uri.split(",", 1)
    assert head == "data:image/jpeg;base64"
    return base64.b64decode(data)


@pytest.fixture(scope="module")
def sample():
    image = gallery()[0][0]
    return pictures.image_key(image), image


def test_image_key_names_the_pixels_not_the_object(sample):
    """Two images with the same pixels share a key; another image gets another key."""
    key, image = sample
    assert pictures.image_key(image) == key == pictures.image_key(image.copy())
    assert pictures.image_key(gallery()[1][0]) != key


@pytest.mark.parametrize("size", [28, 256])
def test_cached_pictures_are_what_st_image_would_send(sample, size):
    """The colour step's pictures are byte for byte st.image's JPEGs of the same arrays."""
    key, image = sample
    a = pixels.network_pixels(image, size)
    jpegs = img.colour_jpegs(key=key, size=size, _image=image)
    assert decoded(jpegs["rgb"]) == what_st_image_sends(pixels.enlarge(a, img.SHOW), img.SHOW)
    assert decoded(jpegs["grey"]) == what_st_image_sends(pixels.enlarge(pixels.grey(a), img.SHOW), img.SHOW)
    for ch, uri in enumerate(jpegs["planes"]):
        tinted = pixels.enlarge(pixels.tint(pixels.planes(a)[ch], ch), img.PLANE_SHOW)
        assert decoded(uri) == what_st_image_sends(tinted, img.PLANE_SHOW)
    assert Image.open(io.BytesIO(decoded(jpegs["planes"][0]))).width <= img.PLANE_SHOW


def test_gallery_thumbnail_is_what_st_image_would_send(sample):
    """A 128-pixel doodle shown 64 wide: st.image's resized JPEG, made once."""
    _, image = sample
    assert decoded(pictures.jpeg_uri(image, 64)) == what_st_image_sends(image, 64)


@pytest.mark.parametrize(
    ("size", "mode", "row", "col", "zoom"), [(256, "rgb", 178, 132, 8), (28, "grey", 16, 3, 12)]
)
def test_cached_grid_figures_equal_the_built_ones(sample, size, mode, row, col, zoom):
    """grid_view gives a PNG of pixels.mark_square and figs.pixel_grid of the same pixels."""
    key, image = sample
    overview, crop = img.grid_view(
        key=key, size=size, mode=mode, row=row, col=col, zoom=zoom, lg="en", _image=image
    )
    a = pixels.network_pixels(image, size)
    shown = pixels.grey(a) if mode == "grey" else a
    assert overview.startswith("data:image/png;base64,")
    drawn = np.asarray(Image.open(io.BytesIO(base64.b64decode(overview.split(",", 1)[1]))))
    np.testing.assert_array_equal(drawn, pixels.mark_square(shown, row, col, zoom, img.OVERVIEW))
    assert crop == figs.pixel_grid(pixels.crop(shown, row, col, zoom), row, col, **AXES)
    assert (
        img.grid_view(key=key, size=size, mode=mode, row=row, col=col, zoom=zoom, lg="en", _image=image)[1]
        is crop
    )


def test_cached_vector_figure_and_tables(sample):
    """vector_view gives figs.vector_strip of the first 24 numbers and each plane's 5 x 5 corner."""
    key, image = sample
    strip, tables = img.vector_view(key=key, size=64, lg="en", _image=image)
    a = pixels.network_pixels(image, 64)
    built = figs.vector_strip(
        pixels.flatten(a)[:24],
        channel_names=[text(f"inputs.channel.{c}", "en") for c in "RGB"],
        x_title=text("inputs.axis.position", "en"),
        y_title=text("inputs.axis.value", "en"),
    )
    assert strip == built
    for ch, table in enumerate(tables):
        df = html_frame(table)
        assert list(df.columns) == ["row", "0", "1", "2", "3", "4"]  # the caption names both
        assert list(df["row"]) == [0, 1, 2, 3, 4]
        np.testing.assert_array_equal(df.iloc[:, 1:].to_numpy(dtype=int), pixels.planes(a)[ch][:5, :5])


def test_grey_refuses_an_image_of_four_channels():
    with pytest.raises(ValueError):
        pixels.grey(np.zeros((4, 4, 4)))
