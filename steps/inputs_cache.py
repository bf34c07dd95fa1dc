"""Cached content of the inputs page, shared by every session (see ui/shared_cache.py).

Everything the page derives from an image (the resized pixels, the JPEGs st.image sends, the
figures) is computed once per (image, size, ...) and a rerun that changed nothing reuses it.
An image is named by `ui.pictures.image_key(image)`; the image itself is passed as an argument
whose name starts with "_" (not part of the cache key): it is only read when the entry is not
cached yet. Never change what is returned from here: it is shared.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

import catalog
from explainer import pixels
from explainer.figures import inputs as figs
from explainer.figures.html_table import html_table
from ui.pictures import jpeg_uri, png_uri
from ui.shared_cache import cached

SHOW = 256  # width in pixels at which images are drawn
HALF_SHOW = 192  # width of an image in one of two columns
PLANE_SHOW = 200  # width of each colour plane
OVERVIEW = 300  # width of the whole image with the red square
CH = ("R", "G", "B")  # the colour channels, in the order of the last axis


def _read_only(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


@cached(32)
def network_pixels(key: str, size: int, _image: Image.Image) -> np.ndarray:
    """explainer.pixels.network_pixels of the image named `key`: uint8 (size, size, 3), read-only."""
    return _read_only(pixels.network_pixels(_image, size))


@cached(64)
def shown_pixels(key: str, size: int, mode: str, _image: Image.Image) -> np.ndarray:
    """The pixels as the grid shows them: grey (size, size) or RGB (size, size, 3), read-only."""
    a = network_pixels(key=key, size=size, _image=_image)
    return _read_only(pixels.grey(a)) if mode == "grey" else a


@cached(32)
def colour_jpegs(key: str, size: int, _image: Image.Image) -> dict:
    """The pictures of the grey-and-colour step as data: URIs for st.image:
    {"rgb": ..., "grey": ..., "planes": (R, G, B)}, the planes each in its own colour."""
    a = network_pixels(key=key, size=size, _image=_image)  # (size, size, 3)
    planes = tuple(
        jpeg_uri(pixels.enlarge(pixels.tint(plane, ch), PLANE_SHOW), PLANE_SHOW)
        for ch, plane in enumerate(pixels.planes(a))
    )
    return {
        "rgb": jpeg_uri(pixels.enlarge(a, SHOW), SHOW),
        "grey": jpeg_uri(
            pixels.enlarge(shown_pixels(key=key, size=size, mode="grey", _image=_image), SHOW), SHOW
        ),
        "planes": planes,
    }


@cached(32)
def plane_tables(key: str, size: int, lg: str, _image: Image.Image) -> tuple[str, ...]:
    """The top-left 5 x 5 numbers of each channel plane as HTML tables (html_table; no data grid
    for 25 numbers): the first column is the row number, the other columns are headed by their
    column number."""
    a = network_pixels(key=key, size=size, _image=_image)
    row = catalog.text("inputs.shape.row", lg)
    return tuple(
        html_table(
            {row: [str(r) for r in range(5)], **{str(c): [str(v) for v in plane[:5, c]] for c in range(5)}}
        )
        for plane in pixels.planes(a)
    )


def _axes(lg: str) -> dict:
    return {"x_title": catalog.text("inputs.axis.col", lg), "y_title": catalog.text("inputs.axis.row", lg)}


@cached(128)
def grid_view(key: str, size: int, mode: str, row: int, col: int, zoom: int, lg: str, _image: Image.Image):
    """The whole image with the zoom x zoom square at (row, col) outlined in red, as a PNG data
    URI (pixels.mark_square; a picture, not a chart: nothing for the browser to lay out when the
    square moves), and the square's pixels with their numbers written on them (figs.pixel_grid),
    both of the pixels shown in `mode`."""
    a = shown_pixels(key=key, size=size, mode=mode, _image=_image)
    crop = figs.pixel_grid(pixels.crop(a, row, col, zoom), row, col, **_axes(lg))
    return png_uri(pixels.mark_square(a, row, col, zoom, OVERVIEW)), crop


@cached(32)
def vector_view(key: str, size: int, lg: str, _image: Image.Image):
    """figs.vector_strip of the first 24 numbers of the flattened image, and the planes' tables."""
    flat = pixels.flatten(network_pixels(key=key, size=size, _image=_image))  # (size*size*3,)
    strip = figs.vector_strip(
        flat[:24],
        channel_names=[catalog.text(f"inputs.channel.{c}", lg) for c in CH],
        x_title=catalog.text("inputs.axis.position", lg),
        y_title=catalog.text("inputs.axis.value", lg),
    )
    return strip, plane_tables(key=key, size=size, lg=lg, _image=_image)
