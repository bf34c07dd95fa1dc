"""Cached pixels and encoded pictures of the inputs page, shared by every session.

An image is named by `image_key(image)` (a digest of its pixels, made once per image object),
so everything the page derives from it (the resized pixels, the JPEGs st.image sends, the
figures) is computed once per (image, size, ...) and a rerun that changed nothing reuses it.
The image itself is passed as an argument whose name starts with "_" (st.cache_resource does
not hash those): it is only read when the entry is not cached yet. Cached functions are
called with keyword arguments: for a positional one, st.cache_resource looks its name up
with inspect.signature on every call (a cached lookup costs ~3x more).

st.image re-encodes an array or a PIL image on every call (a JPEG at quality 100, then, if
wider than `width`, a bilinear resize and a JPEG at quality 90); `st_image_jpeg` makes those
same bytes once, and `jpeg_uri` wraps them in a data: URI, which st.image passes to the
browser untouched (bytes it would open twice more to check): the same picture, pixel for
pixel, as st.image(array, width=...) shows. Large messages are cached by the browser
(Streamlit's message cache), so the inline pictures are not sent again on every rerun.
"""

from __future__ import annotations

import base64
import hashlib
import io
import weakref

import numpy as np
import pandas as pd
import pyarrow as pa
from PIL import Image

from explainer import pixels
from ui.figure_cache import cached

SHOW = 256  # width in pixels at which images are drawn
PLANE_SHOW = 200  # width of each colour plane

_KEYS: dict[int, tuple[weakref.ref, str]] = {}  # id(image) -> (the image, its digest)


def image_key(image: Image.Image) -> str:
    """A digest of the image's pixels, mode and size; computed once per image object."""
    hit = _KEYS.get(id(image))
    if hit is not None and hit[0]() is image:
        return hit[1]
    h = hashlib.blake2b(image.tobytes(), digest_size=16)
    h.update(f"{image.mode}{image.size}".encode())
    key = h.hexdigest()
    if len(_KEYS) > 256:  # forget images that no longer exist
        for i, (ref, _) in list(_KEYS.items()):  # a copy made in one step: other sessions may add
            if ref() is None:
                _KEYS.pop(i, None)
    _KEYS[id(image)] = (weakref.ref(image), key)
    return key


def st_image_jpeg(img: Image.Image, width: int) -> bytes:
    """The bytes st.image(img, width=width) sends for an RGB or grey image (see the module doc)."""
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=100)
    if img.width <= width:
        return buf.getvalue()
    height = int(1.0 * img.height * width / img.width)
    small = Image.open(io.BytesIO(buf.getvalue())).resize((width, height), resample=Image.BILINEAR)
    buf = io.BytesIO()
    small.save(buf, format="JPEG", quality=90)
    return buf.getvalue()


def jpeg_uri(img: Image.Image, width: int) -> str:
    """st_image_jpeg(img, width) as a data: URI, for st.image(uri, width=width)."""
    return "data:image/jpeg;base64," + base64.b64encode(st_image_jpeg(img, width)).decode("ascii")


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
def plane_tables(key: str, size: int, _image: Image.Image) -> tuple:
    """The top-left 5 x 5 numbers of each channel plane as Arrow tables (what st.table sends).

    Draw them with hide_index=True: st.table hides a DataFrame's default index by itself, but
    would convert an Arrow table back to a DataFrame on every call to find that out."""
    a = network_pixels(key=key, size=size, _image=_image)
    return tuple(pa.Table.from_pandas(pd.DataFrame(plane[:5, :5])) for plane in pixels.planes(a))
