"""Pixels as numbers: an image becomes an array the network reads.

grey   = round(0.299 R + 0.587 G + 0.114 B)          one number per pixel, shape (H, W)
RGB    = three numbers per pixel (0..255)             shape (H, W, 3)
count  = H x W x 3, e.g. 256 x 256 x 3 = 196,608
1-D    = x.reshape(-1)                                shape (H*W*3,), order R, G, B, R, G, B, ...
planes = one 2-D array per channel                    shape (3, H, W): R, G, B
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from explainer.images import number_count, resize

LUMA = np.array([0.299, 0.587, 0.114])  # ITU-R BT.601 weights, as Pillow's "L" mode uses


def network_pixels(image: Image.Image, size: int) -> np.ndarray:
    """The image resized to the network's fixed size x size, as uint8 numbers 0..255, shape (size, size, 3)."""
    return np.asarray(resize(image, size), dtype=np.uint8)


def _rgb(a) -> np.ndarray:
    a = np.asarray(a)
    if a.ndim != 3 or a.shape[2] != 3 or a.size == 0:
        raise ValueError(f"an RGB image must have shape (height, width, 3), got {a.shape}")
    return a


def grey(rgb) -> np.ndarray:
    """grey = round(0.299 R + 0.587 G + 0.114 B): (H, W, 3) -> (H, W) uint8, black 0 to white 255."""
    a = _rgb(rgb).astype(np.float64)
    return np.clip(np.rint(a @ LUMA), 0, 255).astype(np.uint8)


def crop(a, top: int, left: int, n: int) -> np.ndarray:
    """The n x n block whose top-left pixel is (top, left); moved inside the image if it sticks out."""
    a = np.asarray(a)
    if a.ndim not in (2, 3):
        raise ValueError(f"expected an image array, got shape {a.shape}")
    n = max(1, min(int(n), a.shape[0], a.shape[1]))
    top = min(max(int(top), 0), a.shape[0] - n)
    left = min(max(int(left), 0), a.shape[1] - n)
    return a[top : top + n, left : left + n]


def planes(rgb) -> np.ndarray:
    """The three channel planes R, G, B as separate 2-D arrays: (H, W, 3) -> (3, H, W)."""
    return np.moveaxis(_rgb(rgb), -1, 0)


def flatten(rgb) -> np.ndarray:
    """All the numbers in one long 1-D vector: (H, W, 3) -> (H*W*3,), pixel by pixel, R G B each."""
    return _rgb(rgb).reshape(-1)


def where_in_image(i: int, shape) -> tuple[int, int, int]:
    """Position i of the flattened vector -> (row, column, channel) in the (H, W, 3) array."""
    n = number_count(shape)
    if not 0 <= int(i) < n:
        raise ValueError(f"position {i} is outside a vector of {n} numbers")
    r, c, ch = np.unravel_index(int(i), tuple(shape))
    return int(r), int(c), int(ch)


def count_expression(shape) -> str:
    """'256 × 256 × 3 = 196,608': the shape's sizes multiplied out, with thousands separators."""
    return " × ".join(str(int(d)) for d in shape) + f" = {number_count(shape):,}"


def _whole_pixels(a: np.ndarray, width: int) -> tuple[np.ndarray, int]:
    """(a scaled up k = width // W times by whole pixels (nearest neighbour), k), k >= 1."""
    k = max(1, int(width) // a.shape[1])
    return np.repeat(np.repeat(a, k, axis=0), k, axis=1), k


def enlarge(a, width: int = 256) -> Image.Image:
    """Scale an image array up by whole pixels (nearest neighbour), so each pixel shows as a sharp square."""
    return Image.fromarray(_whole_pixels(np.asarray(a, dtype=np.uint8), width)[0])


def mark_square(a, top: int, left: int, n: int, width: int = 300, line: int = 3) -> np.ndarray:
    """The image (grey or RGB) enlarged as `enlarge` does (k = width // W screen pixels a pixel), with a red
    outline `line` pixels wide just around the n x n pixels from (top, left):

        rows top*k .. (top+n)*k - 1 and columns left*k .. (left+n)*k - 1 stay as they are;
        the `line` rows and columns around them (inside the picture) turn red (255, 0, 0).
    """
    a = np.asarray(a, dtype=np.uint8)
    rgb = _rgb(np.repeat(a[..., None], 3, axis=2) if a.ndim == 2 else a)  # grey (H, W) or RGB
    big, k = _whole_pixels(rgb, width)
    h, w = big.shape[:2]
    r0, r1, c0, c1 = top * k, (top + n) * k, left * k, (left + n) * k
    ring = np.zeros((h, w), dtype=bool)
    ring[max(r0 - line, 0) : min(r1 + line, h), max(c0 - line, 0) : min(c1 + line, w)] = True
    ring[r0:r1, c0:c1] = False
    if not ring.any():  # the square is the whole picture: outline its own edge instead
        ring[:line], ring[-line:], ring[:, :line], ring[:, -line:] = True, True, True, True
    big[ring] = (255, 0, 0)
    return big


def tint(plane, channel: int) -> np.ndarray:
    """One channel plane (H, W) shown in its own colour: R -> (v, 0, 0), G -> (0, v, 0), B -> (0, 0, v)."""
    p = np.asarray(plane, dtype=np.uint8)
    out = np.zeros((*p.shape, 3), dtype=np.uint8)  # (H, W, 3)
    out[..., int(channel)] = p
    return out
