"""Images as a network sees them: safe decoding, resizing, and counting the numbers.

`load_image` is the single door every user image goes through. It refuses anything that
is not a real raster image, and refuses images too costly to decode *before* decoding
their pixels: the cost is read from the header (size, mode, format), since a 100 KB PNG
can hold a 7000x7000 canvas. It returns at most MAX_SIDE pixels a side: the app keeps one
small copy of each upload.

Bounds per call: peak memory at most 100 MB above the process's baseline, decode at most
1 s. The limits were chosen from benchmarks/bench_images.py (a fresh process per image,
2-core machine), which prints both figures for images at each limit:
- MAX_DECODED_BYTES caps the buffers Pillow holds while decoding: the full-size image for
  PNG, GIF, BMP and WebP, which cannot be decoded at reduced size. Converting it to RGB
  and scaling it down tile by tile adds ~6-12 MB: at the limit, a 16-bit grey PNG
  (5792x5792) peaked at 70 MB and an RGBA PNG (4096x4096) at 75 MB, in 0.4-0.55 s with
  the machine busy. 64 MiB leaves ~25 MB of margin; time binds later than memory.
- MAX_PIXELS caps the canvas of any format. JPEG is decoded at 1/2, 1/4 or 1/8 scale
  (`Image.draft`): a 50 MP photo (8.6 MB) took 0.11 s and 9 MB. A progressive JPEG keeps
  the full-size DCT coefficients (2 bytes a sample) while it decodes; they count against
  MAX_DECODED_BYTES (about 20 MP with 4:2:0 chroma subsampling).
"""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import ExifTags, Image, UnidentifiedImageError

MAX_SIDE = 1024  # longest side returned; the app shows 224-256 px and feeds networks 64-224 px
MAX_DECODED_BYTES = 64 * 2**20  # buffers a decode may hold (see the module doc)
MAX_PIXELS = 50_000_000  # canvas limit for every format, JPEG included (decode time)
MAX_DIMENSION = 65_535  # longest side (JPEG's and GIF's own limit): Pillow spends memory and time per row
FORMATS = ("PNG", "JPEG", "GIF", "BMP", "WEBP")  # JPEG also opens cameras' MPO files
TILE = 512  # pixels a side of the tiles converted one at a time

# Bytes per pixel in Pillow's buffer; every other mode takes 4 (RGB is stored as RGBX).
_MODE_BYTES = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16L": 2, "I;16B": 2, "I;16N": 2}
_MODE_NAMES = {"1": "black-and-white", "L": "grey", "P": "palette", "I;16": "16-bit grey", "RGBA": "RGBA"}
_LUT16 = ((np.arange(65536) + 128) // 257).astype(np.uint8)  # 16-bit -> 8-bit: round(x / 257)
_TRANSPOSE = {  # EXIF orientation -> the transposition that undoes it (as ImageOps.exif_transpose)
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

# Pillow only *warns* for images between its own limit and twice that; make it an error.
# Set once at import (warnings filters are process-wide, so never toggled per call).
Image.init()  # register every plugin, so `formats=` can name WebP and BMP
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)


def _header_size(data: bytes) -> tuple[int, int]:
    """(width, height) from the header of an image Pillow refused to open as too large, to say
    how large it is. Pillow's check is off while the header is read again (nothing is decoded);
    warnings filters are process-wide, so an image opened meanwhile in another thread may only
    warn instead of failing; load_image then refuses it by its own limit (50 MP), checked from
    the header before anything is decoded."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(data), formats=FORMATS) as img:
            return img.size


class ImageError(ValueError):
    """An upload that cannot be used as an image. `code` selects a translated message."""

    def __init__(self, code: str, message: str, **detail):
        super().__init__(message)
        self.code = code  # one of: empty, markup, not_image, too_large, truncated
        self.detail = detail  # too_large: w, h (pixels), mp (its megapixels), limit (megapixels)


def decoded_bytes(mode: str, width: int, height: int, copies: int = 1) -> int:
    """Bytes of `copies` full-size buffers of this mode and size, as Pillow stores them."""
    return width * height * _MODE_BYTES.get(mode, 4) * copies


def pixel_limit(mode: str, copies: int = 1) -> int:
    """The most pixels load_image accepts for an image decoded at full size (any format but JPEG)."""
    return min(MAX_PIXELS, MAX_DECODED_BYTES // decoded_bytes(mode, 1, 1, copies))


def _copies(img: Image.Image) -> int:
    """How many full-size buffers Pillow holds at once while decoding this file (measured)."""
    if img.format == "WEBP":  # libwebp's two RGBA canvases, then two copies in Pillow: 16 B/px
        return 4
    if img.format == "BMP" and img.info.get("compression") in (1, 2):  # RLE: decoded in Python, 3 B/px
        return 3
    if img.format == "GIF" and getattr(img, "dispose", None) is not None:  # frame 0's dispose buffer
        return 2
    return 1


def _looks_like_markup(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<?xml", b"<svg", b"<!doctype", b"<html")) or b"<svg" in head


def _fit(width: int, height: int, side: int) -> tuple[int, int]:
    """(width, height) scaled so the longest side is at most `side`, keeping the aspect."""
    scale = min(1.0, side / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _jpeg_multi_scan(data: bytes, components: int) -> bool:
    """True if the JPEG's first scan lacks some components: libjpeg then buffers them all."""
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the count of components in it comes next
            return pos + 4 < len(data) and data[pos + 4] < components
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return False


def _jpeg_cost(img, data: bytes, full: tuple[int, int]) -> int:
    """Peak bytes of decoding a JPEG after `draft`: the reduced image and, if the file has
    several scans (progressive), the full-size coefficients of every component."""
    w, h = img.size  # already reduced by draft
    cost = decoded_bytes(img.mode, w, h)
    layers = getattr(img, "layer", None) or [(0, 1, 1, 0)] * len(img.getbands())
    if img.info.get("progressive") or _jpeg_multi_scan(data, len(layers)):
        full_w, full_h = full
        h_max = max(1, *(layer[1] for layer in layers))
        v_max = max(1, *(layer[2] for layer in layers))
        for _, h_samp, v_samp, _ in layers:
            cost += 2 * -(-full_w * h_samp // h_max) * -(-full_h * v_samp // v_max)
    return cost


def _too_large(w: int, h: int, limit: int, kind: str = "any image", hint: str = "") -> ImageError:
    side = int(limit**0.5)
    return ImageError(
        "too_large",
        f"The image is {w}x{h} pixels ({w * h / 1e6:.1f} megapixels), too many for {kind}: at most "
        f"{limit / 1e6:.1f} megapixels (about {side}x{side}). Make it smaller{hint} and try again.",
        w=w,
        h=h,
        mp=f"{w * h / 1e6:.1f}",
        limit=f"{limit / 1e6:.1f}",
    )


def _check_size(img: Image.Image, data: bytes, full: tuple[int, int]) -> None:
    """Refuse, from the header, what would not decode within MAX_PIXELS and MAX_DECODED_BYTES."""
    w, h = full
    if w < 1 or h < 1 or w * h > MAX_PIXELS:
        raise _too_large(w, h, MAX_PIXELS)
    if max(w, h) > MAX_DIMENSION:
        raise _too_large(w, h, min(w * h, MAX_DIMENSION * min(w, h)))
    if img.format in ("JPEG", "MPO"):
        cost, kind, hint = _jpeg_cost(img, data, full), "a progressive JPEG", " or save it as baseline JPEG"
    else:
        cost, kind, hint = decoded_bytes(img.mode, w, h, _copies(img)), f"a {img.format} image", ""
        kind += f" in {_MODE_NAMES.get(img.mode, img.mode)} mode"
    if cost > MAX_DECODED_BYTES:
        raise _too_large(w, h, int(MAX_DECODED_BYTES / cost * w * h), kind, hint)


def _grey_to_l(tile: Image.Image, wide: bool) -> Image.Image:
    """A 16/32-bit integer or float grey tile -> 8-bit L, never through float64.

    `wide` data (16-bit modes, or values above 255) is divided by 257 and rounded, so
    65535 -> 255 and 32896 -> 128; 8-bit-range data is kept as it is.
    """
    a = np.asarray(tile)
    if a.dtype.kind == "u" and a.itemsize == 2:  # I;16 modes: one table lookup per pixel
        a = _LUT16[a]
    elif a.dtype.kind == "f":
        a = np.rint(a.astype(np.float32) / np.float32(257 if wide else 1))
    else:
        a = a.astype(np.int64)
        a = (a + 128) // 257 if wide else a
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode="L")


def _palette_on_white(img: Image.Image) -> None:
    """Compose a palette image's transparent entries onto white, in its palette (256 colours,
    not every pixel), so each tile then converts to RGB in one step."""
    entries = Image.frombytes("P", (256, 1), bytes(range(256)))
    entries.putpalette(img.getpalette() or [])
    entries.info["transparency"] = img.info.pop("transparency")
    img.putpalette(_to_rgb(entries).tobytes())


def _to_rgb(img: Image.Image, wide: bool = False, grey: bool = False) -> Image.Image:
    """Any Pillow mode -> RGB (or L for grey modes if `grey`); transparency goes onto white."""
    if img.mode.startswith("I") or img.mode == "F":
        img = _grey_to_l(img, wide or img.mode.startswith("I;16"))
    if img.mode == "P" and "transparency" in img.info:
        img = img.convert("RGBA")
    if img.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return img.convert("L" if grey and img.mode in ("1", "L") else "RGB")


def _shrink_to_rgb(img: Image.Image) -> Image.Image:
    """A decoded image -> RGB with its longest side at most MAX_SIDE.

    Converted and box-averaged (`Image.reduce`) one tile at a time, so no second full-size
    buffer is ever made; then resampled (Lanczos) to fit MAX_SIDE.
    """
    w, h = img.size
    k = max(1, max(w, h) // MAX_SIDE)  # reduced size stays >= MAX_SIDE for the final resample
    if img.mode == "RGB":
        out = img.reduce(k) if k > 1 else img
    else:
        if img.mode == "P" and "transparency" in img.info:
            _palette_on_white(img)
        wide = img.mode in ("I", "F") and img.getextrema()[1] > 255
        grey = img.mode in ("1", "L", "F") or img.mode.startswith("I")  # kept in L: a third of the work
        out = Image.new("L" if grey else "RGB", (-(-w // k), -(-h // k)))
        step = k * max(1, TILE // k)  # a multiple of k, so tiles reduce as the whole image would
        for y in range(0, h, step):
            for x in range(0, w, step):
                tile = _to_rgb(img.crop((x, y, min(w, x + step), min(h, y + step))), wide, grey)
                out.paste(tile.reduce(k) if k > 1 else tile, (x // k, y // k))
    if max(out.size) > MAX_SIDE:
        out = out.resize(_fit(*out.size, MAX_SIDE), Image.Resampling.LANCZOS)
    return out.convert("RGB") if out.mode == "L" or out is img else out  # a plain image, not the file


def load_image(data: bytes) -> Image.Image:
    """bytes -> an RGB PIL image: EXIF-rotated, the first frame of an animation, transparency
    composed onto white, at most MAX_SIDE (1024) pixels on its longest side (larger images
    are scaled down, keeping their aspect; `.info["original_size"]` is their size as shown).

    Raises ImageError (a ValueError with a `.code`) for empty, markup (SVG/HTML), unknown,
    truncated or oversized input. Oversized images are refused from their header, before
    decoding: over MAX_PIXELS (50 MP), over MAX_DIMENSION a side, or needing more than
    MAX_DECODED_BYTES to decode (`pixel_limit`: 16.7 MP for a colour PNG, 33.5 MP for
    16-bit grey, 50 MP for 8-bit grey or palette, 4.2 MP for WebP). A JPEG is decoded at
    reduced scale and may have 50 MP (a progressive one about 20 MP).
    """
    if not data:
        raise ImageError("empty", "The file is empty. Choose a PNG, JPEG, GIF, BMP or WebP image.")
    if _looks_like_markup(data):
        raise ImageError(
            "markup", "This is an SVG or HTML file, not a photo. Export it as PNG or JPEG first."
        )
    try:
        img = Image.open(io.BytesIO(data), formats=FORMATS)
    except Image.DecompressionBombWarning as exc:  # over Pillow's limit (89 MP), under twice it
        raise _too_large(*_header_size(data), MAX_PIXELS) from exc
    except Image.DecompressionBombError as exc:
        limit = f"{MAX_PIXELS / 1e6:.0f} megapixels"
        raise ImageError("too_large", f"The image has too many pixels. Use one under {limit}.") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ImageError(
            "not_image", "This file is not an image we can read. Use PNG, JPEG, GIF, BMP or WebP."
        ) from exc
    full = img.size
    try:
        img.seek(0)  # first frame of a GIF/WebP animation (and, for MPO, its tile again)
        if img.format in ("JPEG", "MPO"):
            img.draft("RGB", _fit(*img.size, MAX_SIDE))  # decode at 1/2, 1/4 or 1/8 scale
        _check_size(img, data, full)
        img.load()
        orientation = img.getexif().get(ExifTags.Base.Orientation, 1)
        out = _shrink_to_rgb(img)
        if orientation in _TRANSPOSE:
            out = out.transpose(_TRANSPOSE[orientation])
            full = full[::-1] if orientation >= 5 else full
        out.info = {"original_size": full}
        return out
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_large(*full, MAX_PIXELS) from exc
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
