"""Images as a network sees them: safe decoding, resizing, and counting the numbers.

`load_image` is the single door every user image goes through. It refuses anything that
is not a real raster image, and refuses huge images *before* decoding their pixels.
"""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PIXELS = 50_000_000  # ~50 megapixels: a 7000x7000 photo passes, a decompression bomb does not
FORMATS = ("PNG", "JPEG", "GIF", "BMP", "WEBP")  # JPEG also opens cameras' MPO files

# Pillow only *warns* for images between its own limit and twice that; make it an error.
# Set once at import (warnings filters are process-wide, so never toggled per call).
Image.init()  # register every plugin, so `formats=` can name WebP and BMP
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)


class ImageError(ValueError):
    """An upload that cannot be used as an image. `code` selects a translated message."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code  # one of: empty, markup, not_image, too_large, truncated


def _looks_like_markup(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<?xml", b"<svg", b"<!doctype", b"<html")) or b"<svg" in head


def _to_rgb(img: Image.Image) -> Image.Image:
    """Any Pillow mode -> RGB; transparent pixels are composed onto white."""
    if img.mode.startswith("I") or img.mode == "F":
        a = np.asarray(img, dtype=np.float64)
        # 16-bit data (0..65535) is scaled down; 8-bit-range data is kept as it is.
        a = a / 257.0 if (img.mode.startswith("I;16") or a.max() > 255) else a
        img = Image.fromarray(np.clip(np.rint(a), 0, 255).astype(np.uint8), mode="L")
    if img.mode == "P" and "transparency" in img.info:
        img = img.convert("RGBA")
    if img.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return img.convert("RGB")


def load_image(data: bytes) -> Image.Image:
    """bytes -> an RGB PIL image, EXIF-rotated, first frame of an animation.

    Raises ImageError (a ValueError) for empty, markup (SVG/HTML), unknown, truncated or
    oversized input; oversized images are refused from their header, before decoding.
    """
    if not data:
        raise ImageError("empty", "The file is empty. Choose a PNG, JPEG, GIF, BMP or WebP image.")
    if _looks_like_markup(data):
        raise ImageError(
            "markup", "This is an SVG or HTML file, not a photo. Export it as PNG or JPEG first."
        )
    try:
        img = Image.open(io.BytesIO(data), formats=FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError("too_large", "The image has too many pixels. Use one under 50 megapixels.") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ImageError(
            "not_image", "This file is not an image we can read. Use PNG, JPEG, GIF, BMP or WebP."
        ) from exc
    w, h = img.size
    if w < 1 or h < 1 or w * h > MAX_PIXELS:
        raise ImageError("too_large", f"The image is {w}x{h} pixels. Use one under 50 megapixels.")
    try:
        img.seek(0)  # first frame of a GIF/WebP animation
        img.load()
        img = ImageOps.exif_transpose(img)
        return _to_rgb(img)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError("too_large", "The image has too many pixels. Use one under 50 megapixels.") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageError(
            "truncated", "The image is damaged or cut off. Save it again or choose another one."
        ) from exc


def _size_hw(size) -> tuple[int, int]:
    if isinstance(size, (int, np.integer)) and not isinstance(size, bool):
        hw = (int(size), int(size))
    else:
        try:
            hw = tuple(int(s) for s in size)
        except TypeError as exc:
            raise ValueError(f"size must be an int or (height, width), got {size!r}") from exc
    if len(hw) != 2 or min(hw) < 1 or max(hw) > 4096:
        raise ValueError(f"size must be between 1 and 4096 pixels a side, got {size!r}")
    return hw


def resize(image: Image.Image, size) -> Image.Image:
    """Resize to the network's fixed (height, width), stretching if the aspect differs."""
    h, w = _size_hw(size)
    return image.convert("RGB").resize((w, h), Image.Resampling.BILINEAR)


def to_network_input(image: Image.Image, size) -> np.ndarray:
    """PIL image -> float32 array (H, W, 3) with x = pixel / 255, so every value is in [0, 1]."""
    arr = np.asarray(resize(image, size), dtype=np.float32)  # (H, W, 3), 0..255
    return arr / 255.0


def number_count(shape) -> int:
    """How many numbers an input of this shape holds: the product, (256, 256, 3) -> 196608."""
    try:
        dims = [int(d) for d in shape]
    except TypeError as exc:
        raise ValueError(f"shape must be a list of sizes, got {shape!r}") from exc
    if not dims or any(d < 1 for d in dims) or any(d != s for d, s in zip(dims, shape, strict=True)):
        raise ValueError(f"every dimension must be a whole number of at least 1, got {shape!r}")
    return int(np.prod(dims, dtype=np.int64))
