"""Pictures as the browser gets them: a digest that names an image, and st.image's JPEG bytes.

An image is named by `image_key(image)` (a digest of its pixels, made once per image object),
so everything a page derives from it can be cached per (image, size, ...).

st.image re-encodes an array or a PIL image on every call (a JPEG at quality 100, then, if
wider than `width`, a bilinear resize and a JPEG at quality 90); `st_image_jpeg` makes those
same bytes once, and `jpeg_uri` wraps them in a data: URI, which st.image passes to the
browser untouched: the same picture, pixel for pixel, as st.image(array, width=...) shows.
Large messages are cached by the browser (Streamlit's message cache), so the inline pictures
are not sent again on every rerun.
"""

from __future__ import annotations

import base64
import hashlib
import io
import weakref

import numpy as np
from PIL import Image

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


def png_uri(a) -> str:
    """An image array (uint8) as a PNG data: URI: sharp pixels and a clean red line, which a JPEG
    (what st.image makes of raw bytes) would blur."""
    buf = io.BytesIO()
    Image.fromarray(np.asarray(a, dtype=np.uint8)).save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def jpeg_uri(img: Image.Image, width: int) -> str:
    """st_image_jpeg(img, width) as a data: URI, for st.image(uri, width=width)."""
    return "data:image/jpeg;base64," + base64.b64encode(st_image_jpeg(img, width)).decode("ascii")
