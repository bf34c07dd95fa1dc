"""Pictures that are not doodles, drawn from a seed: what the built-in box never saw in training.

Each family is a function (rng, size) -> uint8 (size, size, 3):

    solid     one colour, nothing drawn on it
    gradient  two colours blended along a random direction
    noise     every pixel a random colour (like a television without signal)
    texture   "pink" noise: brightness varying at every scale with amplitude ~ 1/frequency,
              as it does in photos of fur, grass or clouds
    blurred   soft, out-of-focus discs of colour on a background
    scene     a photo-like mix: blurred discs, light falling off across the picture,
              fine texture and a little sensor noise

explainer/familiar.py measures how its check and the built-in box do on them.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def _colour(rng) -> np.ndarray:
    return rng.integers(0, 256, 3).astype(np.float64)  # (3,)


def solid(rng, size: int = 64) -> np.ndarray:
    return np.broadcast_to(_colour(rng), (size, size, 3)).astype(np.uint8)


def gradient(rng, size: int = 64) -> np.ndarray:
    """c(t) = (1 - t) c0 + t c1, t running from 0 to 1 along a random direction."""
    angle = rng.uniform(0, 2 * np.pi)
    yy, xx = np.mgrid[0:size, 0:size] / (size - 1)  # (size, size) each
    t = np.cos(angle) * xx + np.sin(angle) * yy
    t = (t - t.min()) / max(float(np.ptp(t)), 1e-9)
    c0, c1 = _colour(rng), _colour(rng)
    return (c0 * (1 - t[..., None]) + c1 * t[..., None]).astype(np.uint8)


def noise(rng, size: int = 64) -> np.ndarray:
    return rng.integers(0, 256, (size, size, 3)).astype(np.uint8)


def _pink(rng, size: int) -> np.ndarray:
    """One plane of 1/f noise, mean 0 and standard deviation 1: amplitude ~ 1 / |frequency|."""
    f = np.sqrt(np.fft.fftfreq(size)[:, None] ** 2 + np.fft.fftfreq(size)[None, :] ** 2)  # (size, size)
    f[0, 0] = 1.0
    spectrum = (rng.normal(size=(size, size)) + 1j * rng.normal(size=(size, size))) / f
    spectrum[0, 0] = 0.0
    a = np.real(np.fft.ifft2(spectrum))
    return (a - a.mean()) / (a.std() + 1e-9)


def texture(rng, size: int = 64) -> np.ndarray:
    """Three correlated planes of pink noise around a random mean colour."""
    planes = np.stack([_pink(rng, size) for _ in range(3)], axis=-1)  # (size, size, 3)
    mix = np.eye(3) + 0.3 * rng.normal(size=(3, 3))  # channels vary together, as in photos
    img = _colour(rng) * 0.5 + 64 + 40 * planes @ mix
    return np.clip(img, 0, 255).astype(np.uint8)


def blurred(rng, size: int = 64) -> np.ndarray:
    img = Image.new("RGB", (size, size), tuple(int(v) for v in _colour(rng)))
    draw = ImageDraw.Draw(img)
    for _ in range(int(rng.integers(3, 10))):
        x, y = rng.integers(-size // 6, size, 2)
        r = int(rng.integers(size // 16, size // 2.5))
        draw.ellipse([int(x), int(y), int(x) + r, int(y) + r], fill=tuple(int(v) for v in _colour(rng)))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 3.0) * size / 64))
    return np.asarray(img)


def scene(rng, size: int = 64) -> np.ndarray:
    """Blurred discs, lit from one side, with fine texture and sensor noise on top."""
    base = blurred(rng, size).astype(np.float64)
    light = gradient(rng, size).astype(np.float64).mean(axis=-1, keepdims=True) / 255  # (size, size, 1)
    grain = 12 * _pink(rng, size)[..., None] + rng.normal(0, 3, (size, size, 3))
    return np.clip(base * (0.55 + 0.6 * light) + grain, 0, 255).astype(np.uint8)


ORANGE = (255, 140, 0)  # the plain square a question asks about


def orange(size: int = 64) -> np.ndarray:
    """A plain orange square, nothing drawn on it: uint8 (size, size, 3)."""
    return np.broadcast_to(np.array(ORANGE, dtype=np.uint8), (size, size, 3)).copy()


FAMILIES = {
    "solid": solid,
    "gradient": gradient,
    "noise": noise,
    "texture": texture,
    "blurred": blurred,
    "scene": scene,
}


def draw(family: str, n: int, seed: int = 0, size: int = 64) -> np.ndarray:
    """n pictures of one family -> uint8 (n, size, size, 3), the same for the same seed."""
    if family not in FAMILIES:
        raise ValueError(f"family must be one of {tuple(FAMILIES)}, got {family!r:.40}")
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or not 0 <= n <= 10_000:
        raise ValueError(f"n must be a whole number from 0 to 10000, got {n!r:.40}")
    rng = np.random.default_rng(int(seed))
    out = np.empty((n, size, size, 3), dtype=np.uint8)
    for i in range(n):
        out[i] = FAMILIES[family](rng, size)
    return out
