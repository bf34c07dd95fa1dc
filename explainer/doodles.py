"""The built-in dataset, "doodle pets": procedurally drawn cartoon cats, dogs and other things.

Every image is drawn from a seed, so the same seed always gives the same pictures, and no
file has to ship with the app. A cat has pointed triangular ears and whiskers; a dog has
floppy ears hanging beside its head and a snout with a big nose; "other" is a house, car,
tree, ball, fish, flower or sun. Colours, sizes, positions, rotations and backgrounds are
random.

Shapes are polygons in a local frame (the head has radius ~1), placed on the canvas by
    p' = centre + scale * R(theta) @ p
and drawn at twice the size, then halved (a cheap anti-aliasing).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

CLASSES = ("cat", "dog", "other")  # the order of the network's outputs; display names live in the catalog
OTHER_KINDS = ("house", "car", "tree", "ball", "fish", "flower", "sun")
MIN_SIZE, MAX_SIZE = 8, 512
MAX_N = 200_000

_CIRCLE = np.stack(
    [
        np.cos(np.linspace(0, 2 * np.pi, 24, endpoint=False)),
        np.sin(np.linspace(0, 2 * np.pi, 24, endpoint=False)),
    ],
    axis=1,
)  # (24, 2) unit circle


def _check(n, seed, size) -> None:
    for name, v in (("n", n), ("seed", seed), ("size", size)):
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
            raise ValueError(f"{name} must be a whole number, got {v!r:.40}")
    if not 0 <= n <= MAX_N:
        raise ValueError(f"n must be between 0 and {MAX_N}, got {n}")
    if seed < 0:
        raise ValueError(f"seed must be 0 or more, got {seed}")
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be between {MIN_SIZE} and {MAX_SIZE} pixels, got {size}")


class _Pen:
    """Draws local-frame polygons onto a canvas after scaling, rotating and moving them."""

    def __init__(self, draw: ImageDraw.ImageDraw, centre, scale: float, theta: float):
        c, s = np.cos(theta), np.sin(theta)
        self.draw = draw
        self.m = scale * np.array([[c, -s], [s, c]])  # (2, 2)
        self.centre = np.asarray(centre, dtype=float)
        self.scale = scale

    def pts(self, p) -> list[tuple[float, float]]:
        q = np.asarray(p, dtype=float) @ self.m.T + self.centre  # (k, 2)
        return [tuple(r) for r in q]

    def poly(self, p, fill) -> None:
        self.draw.polygon(self.pts(p), fill=fill)

    def ellipse(self, cx, cy, rx, ry, fill, tilt: float = 0.0) -> None:
        c, s = np.cos(tilt), np.sin(tilt)
        e = _CIRCLE * (rx, ry) @ np.array([[c, s], [-s, c]]) + (cx, cy)
        self.poly(e, fill)

    def line(self, p, fill, width: float = 0.06) -> None:
        self.draw.line(self.pts(p), fill=fill, width=max(1, round(width * self.scale)))


def _colour(rng, avoid=None, min_dist: int = 160) -> tuple[int, int, int]:
    """A random colour at least `min_dist` (sum of |differences|) away from `avoid`."""
    for _ in range(20):
        c = rng.integers(0, 256, 3)
        if avoid is None or np.abs(c - np.asarray(avoid)).sum() >= min_dist:
            break
    return tuple(int(v) for v in c)


def _shade(c, f: float) -> tuple[int, int, int]:
    """Darker (f < 1) or lighter (f > 1) version of a colour."""
    a = np.asarray(c, dtype=float)
    a = a * f if f < 1 else a + (255 - a) * (f - 1)
    return tuple(int(v) for v in np.clip(a, 0, 255))


def _background(rng, size: int) -> tuple[np.ndarray, tuple[int, int, int]]:
    """Solid, gradient, stripes or noise. Returns (pixels (size, size, 3) uint8, mean colour)."""
    c0 = np.array(_colour(rng), dtype=float)
    kind = rng.integers(0, 4)
    if kind == 0:
        img = np.broadcast_to(c0, (size, size, 3))
    elif kind == 1:
        c1 = np.array(_colour(rng, c0, 60), dtype=float)
        t = np.linspace(0, 1, size)[:, None, None]  # (size, 1, 1)
        img = np.broadcast_to(c0 * (1 - t) + c1 * t, (size, size, 3))
    elif kind == 2:
        c1 = np.clip(c0 + rng.integers(-60, 61, 3), 0, 255)
        period = int(rng.integers(4, 12)) * size // 64 + 2
        band = (np.arange(size) // period) % 2  # (size,)
        img = np.where(band[None, :, None] == 1, c1, c0)
        img = np.broadcast_to(img, (size, size, 3))
        if rng.random() < 0.5:
            img = img.transpose(1, 0, 2)
    else:
        img = c0 + rng.normal(0, 18, (size, size, 1))
    img = np.clip(img, 0, 255).astype(np.uint8)
    return img, tuple(int(v) for v in c0)


def _eyes(pen, rng, y: float, dx: float, r: float) -> None:
    white = rng.random() < 0.5
    for sx in (-1, 1):
        if white:
            pen.ellipse(sx * dx, y, r * 1.3, r * 1.3, (250, 250, 250))
        pen.ellipse(sx * dx, y, r, r, (20, 20, 20))


def _body(pen, colour) -> None:
    pen.ellipse(0.0, 1.55, 1.05, 0.85, colour)


def _cat(pen: _Pen, rng, fur) -> None:
    """Pointed triangular ears on top, whiskers on both sides."""
    if rng.random() < 0.35:
        _body(pen, _shade(fur, 0.8))
    inner = _shade(fur, 1.5) if rng.random() < 0.5 else (240, 160, 170)
    ear_h = rng.uniform(1.3, 1.65)
    for sx in (-1, 1):
        pen.poly([(sx * 0.98, -0.25), (sx * 0.78, -ear_h), (sx * 0.15, -0.8)], fur)
        pen.poly([(sx * 0.82, -0.45), (sx * 0.74, -ear_h + 0.3), (sx * 0.38, -0.75)], inner)
    pen.ellipse(0, 0, 1.0, 0.88, fur)
    _eyes(pen, rng, -0.12, 0.4, 0.13)
    pen.poly([(-0.13, 0.18), (0.13, 0.18), (0, 0.33)], (235, 120, 140))
    wc = _colour(rng, fur, 200)
    for sx in (-1, 1):
        for y_end in (0.1, 0.35, 0.6):
            pen.line([(sx * 0.3, 0.33), (sx * 1.45, y_end)], wc, 0.07)


def _dog(pen: _Pen, rng, fur) -> None:
    """Floppy ears hanging beside the head, a pale snout with a big dark nose."""
    if rng.random() < 0.35:
        _body(pen, _shade(fur, 0.8))
    ear = _shade(fur, rng.uniform(0.45, 0.7))
    for sx in (-1, 1):
        pen.ellipse(sx * 0.92, 0.25, 0.32, 0.8, ear, tilt=sx * rng.uniform(0.1, 0.4))
    pen.ellipse(0, 0, 0.9, 1.0, fur)
    if rng.random() < 0.3:
        pen.ellipse(0.38, -0.2, 0.28, 0.25, ear)  # a patch round one eye
    _eyes(pen, rng, -0.2, 0.36, 0.12)
    pen.ellipse(0, 0.5, 0.52, 0.38, _shade(fur, 1.6))
    if rng.random() < 0.4:
        pen.ellipse(0, 0.9, 0.16, 0.2, (230, 90, 110))  # tongue
    pen.ellipse(0, 0.32, 0.22, 0.14, (15, 15, 15))


def _other(pen: _Pen, rng, c) -> None:
    kind = OTHER_KINDS[rng.integers(0, len(OTHER_KINDS))]
    c2 = _colour(rng, c, 120)
    if kind == "house":
        pen.poly([(-0.9, -0.1), (0.9, -0.1), (0.9, 1.0), (-0.9, 1.0)], c)
        pen.poly([(-1.15, -0.1), (0, -1.1), (1.15, -0.1)], c2)
        pen.poly([(-0.2, 0.35), (0.2, 0.35), (0.2, 1.0), (-0.2, 1.0)], _shade(c, 0.4))
        pen.poly([(0.4, 0.15), (0.7, 0.15), (0.7, 0.45), (0.4, 0.45)], (200, 230, 250))
    elif kind == "car":
        pen.poly([(-0.55, -0.45), (0.45, -0.45), (0.7, 0.0), (-0.75, 0.0)], c2)
        pen.poly([(-1.3, 0.0), (1.3, 0.0), (1.3, 0.5), (-1.3, 0.5)], c)
        for sx in (-0.75, 0.75):
            pen.ellipse(sx, 0.55, 0.3, 0.3, (25, 25, 25))
            pen.ellipse(sx, 0.55, 0.12, 0.12, (190, 190, 190))
    elif kind == "tree":
        pen.poly([(-0.18, 0.2), (0.18, 0.2), (0.18, 1.2), (-0.18, 1.2)], (110, 70, 30))
        for cx, cy in ((0, -0.5), (-0.5, -0.1), (0.5, -0.1)):
            pen.ellipse(cx, cy, 0.6, 0.55, c)
    elif kind == "ball":
        pen.ellipse(0, 0, 1.0, 1.0, c)
        pen.poly([(-1.0, -0.15), (1.0, -0.15), (1.0, 0.15), (-1.0, 0.15)], c2)
    elif kind == "fish":
        pen.poly([(0.7, 0), (1.4, -0.55), (1.4, 0.55)], c2)
        pen.ellipse(0, 0, 1.0, 0.55, c)
        pen.ellipse(-0.55, -0.1, 0.1, 0.1, (20, 20, 20))
    elif kind == "flower":
        pen.line([(0, 0.3), (0, 1.4)], (40, 140, 40), 0.15)
        for a in np.linspace(0, 2 * np.pi, int(rng.integers(5, 8)), endpoint=False):
            pen.ellipse(0.45 * np.cos(a), 0.45 * np.sin(a), 0.35, 0.35, c)
        pen.ellipse(0, 0, 0.3, 0.3, c2)
    else:  # sun
        for a in np.linspace(0, 2 * np.pi, 10, endpoint=False):
            d = np.array([np.cos(a), np.sin(a)])
            pen.line([0.8 * d, 1.35 * d], c, 0.12)
        pen.ellipse(0, 0, 0.75, 0.75, c)


_DRAW = (_cat, _dog, _other)


def draw_one(label: int, rng: np.random.Generator, size: int = 64) -> np.ndarray:
    """One picture of class CLASSES[label] -> uint8 array (size, size, 3)."""
    big = 2 * size  # draw at double size, then halve: smoother edges
    bg, bg_colour = _background(rng, big)
    img = Image.fromarray(bg)
    scale = big * rng.uniform(0.17, 0.27)  # head radius in pixels
    margin = 1.4 * scale
    centre = rng.uniform(margin, big - margin, 2)
    pen = _Pen(ImageDraw.Draw(img), centre, scale, rng.uniform(-0.5, 0.5))  # +-29 degrees
    _DRAW[label](pen, rng, _colour(rng, bg_colour))
    return np.asarray(img.reduce(2))


def balanced_labels(n: int, rng: np.random.Generator) -> np.ndarray:
    """n labels, n // 3 of each class (the remainder goes to the first classes), shuffled."""
    k = len(CLASSES)
    counts = [n // k + (1 if i < n % k else 0) for i in range(k)]
    labels = np.repeat(np.arange(k, dtype=np.int64), counts)  # (n,)
    rng.shuffle(labels)
    return labels


def generate(
    n: int, seed: int = 0, size: int = 64, first: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """n doodles -> (images uint8 (n, size, size, 3), labels int64 (n,)), balanced, from a seed.

    first=m draws only the first m images (the same pixels as generate(n, seed)[0][:m], as the
    images come one after another from one random stream) and returns (images (m, ...), all n
    labels): a gallery of a few test images need not draw the whole set (~1 ms per image)."""
    _check(n, seed, size)
    m = n if first is None else int(first)
    if not 0 <= m <= n:
        raise ValueError(f"first must be between 0 and n={n}, got {first!r:.40}")
    rng = np.random.default_rng(seed)
    y = balanced_labels(n, rng)  # (n,)
    x = np.empty((m, size, size, 3), dtype=np.uint8)  # (m, size, size, 3)
    for i, label in enumerate(y[:m]):
        x[i] = draw_one(int(label), rng, size)
    return x, y


GALLERY_SEED = 2024  # the gallery's pictures (kept away from the training seeds)


def sample_images(
    seed: int = GALLERY_SEED, per_class: int = 3, size: int = 128
) -> list[tuple[Image.Image, int]]:
    """A small gallery: `per_class` pictures of each class, in class order cat, dog, other, ...

    Returns [(PIL RGB image, label), ...] of length per_class * 3, cycling through the classes
    so the first three are one cat, one dog and one other.
    """
    _check(per_class, seed, size)
    if per_class < 1:
        raise ValueError("per_class must be at least 1")
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(per_class):
        for label in range(len(CLASSES)):
            out.append((Image.fromarray(draw_one(label, rng, size)), label))
    return out
