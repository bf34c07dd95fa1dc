"""Does a picture look like the doodles the built-in box learned from? A check on simple statistics.

The box answers every picture with three probabilities, even a photo or a plain square it has
never seen anything like; there its "99 %" means nothing. So before trusting an answer we ask
how far the picture is from the training doodles, measured on what the box sees (64 x 64 x 3):

    s(x) = 10 statistics: how much is flat brightness / flat colour, how much is sharp edges,
           how much changes gently, the average change, how many colours it uses, how much of
           it the most common colour(s) cover                                   (image_stats)
    d(x) = distance from s(x) to its k-th nearest reference doodle, each statistic measured
           in standard deviations of the reference doodles                      (distance)
    familiar  <=>  d(x) <= threshold = the 99th percentile of d over other fresh doodles

scripts/doodle_reference.py draws the reference doodles, sets the threshold and measures the
check on fresh doodles and on photo-like pictures (explainer/photo_like.py); it saves plain
numbers in models/doodle_reference.npz, and tests/test_familiar.py checks that file against
this code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from explainer import doodles, network, photo_like
from explainer.images import to_network_input
from explainer.models import INPUT_SIZE

REFERENCE_FILE = Path(__file__).resolve().parents[1] / "models" / "doodle_reference.npz"
STATS = (
    "flat_brightness",
    "flat_colour",
    "sharp_edges",
    "brightness_change",
    "colour_change",
    "top_colour",
    "top_4_colours",
    "colours_used",
    "gentle_brightness",
    "gentle_colour",
)
K = 3  # compare with the 3rd nearest reference doodle: one odd doodle does not make a picture familiar
QUANTILE = 0.99  # 1 fresh doodle in 100 is called unfamiliar
SEEDS = {"reference": 31, "threshold": 32, "test": 33}  # none is a training seed (1, 2)
SIZES = (64, 96, 128, 192, 256)  # the sizes the doodles are drawn at before resizing to 64
LUMA = np.array([0.299, 0.587, 0.114])


def image_stats(x) -> np.ndarray:
    """Network inputs (64, 64, 3) or (n, 64, 64, 3), floats in [0, 1] -> statistics (10,) or (n, 10)."""
    a = np.asarray(x, dtype=np.float64)
    single = a.ndim == 3
    if a.shape[-1] != 3 or a.ndim not in (3, 4):
        raise ValueError(f"x must have shape (h, w, 3) or (n, h, w, 3), got {a.shape}")
    a = 255.0 * (a[None] if single else a)  # (n, h, w, 3), 0..255
    luma = a @ LUMA  # (n, h, w)
    chroma = np.stack([a[..., 0] - a[..., 1], a[..., 2] - a[..., 1]], axis=-1)  # (n, h, w, 2)
    lx, ly = np.abs(np.diff(luma, axis=2))[:, :-1], np.abs(np.diff(luma, axis=1))[:, :, :-1]
    cx = np.abs(np.diff(chroma, axis=2)).max(-1)[:, :-1]
    cy = np.abs(np.diff(chroma, axis=1)).max(-1)[:, :, :-1]  # (n, h-1, w-1) each
    flat_l = ((lx <= 2) & (ly <= 2)).mean((1, 2))
    flat_c = ((cx <= 3) & (cy <= 3)).mean((1, 2))
    edges = ((np.maximum(lx, ly) > 40) | (np.maximum(cx, cy) > 40)).mean((1, 2))
    gentle_l = (((lx > 2) & (lx <= 40)) | ((ly > 2) & (ly <= 40))).mean((1, 2))
    gentle_c = (((cx > 3) & (cx <= 40)) | ((cy > 3) & (cy <= 40))).mean((1, 2))
    q = np.clip(a, 0, 255).astype(np.int64) // 32  # 8 levels per channel: 512 colours
    codes = (q[..., 0] * 64 + q[..., 1] * 8 + q[..., 2]).reshape(len(a), -1)  # (n, h w)
    counts = np.stack([np.bincount(c, minlength=512) for c in codes]) / codes.shape[1]  # (n, 512)
    top = -np.sort(-counts, axis=1)
    s = np.stack(
        [
            flat_l,
            flat_c,
            edges,
            np.log1p((lx + ly).mean((1, 2))),
            np.log1p((cx + cy).mean((1, 2))),
            top[:, 0],
            top[:, :4].sum(1),
            np.log((counts > 0).sum(1)),
            gentle_l,
            gentle_c,
        ],
        axis=1,
    )  # (n, 10)
    return s[0] if single else s


@dataclass(frozen=True, eq=False)
class Reference:
    stats: np.ndarray  # (n, 10) the reference doodles' statistics
    mean: np.ndarray  # (10,)
    sd: np.ndarray  # (10,)
    threshold: float  # d above this: unfamiliar
    measured: dict  # family -> (pictures, share called unfamiliar, the box's mean top probability)
    accuracy: float  # the built-in box on the "test" doodles

    def distance(self, s) -> np.ndarray:
        """d = the distance from statistics s (10,) or (n, 10) to the K-th nearest reference doodle."""
        z = (np.atleast_2d(s) - self.mean) / self.sd  # (n, 10)
        zr = (self.stats - self.mean) / self.sd  # (m, 10)
        d2 = (z * z).sum(1)[:, None] - 2 * z @ zr.T + (zr * zr).sum(1)[None, :]  # (n, m)
        d = np.sqrt(np.maximum(np.partition(d2, K - 1, axis=1)[:, K - 1], 0.0))
        return d if np.ndim(s) == 2 else d[:1]


@dataclass(frozen=True)
class Familiarity:
    distance: float  # d(x)
    threshold: float
    familiar: bool


def check(ref: Reference, x) -> Familiarity:
    """One network input x (64, 64, 3) in [0, 1]: is it like the training doodles?"""
    d = float(ref.distance(image_stats(x))[0])
    return Familiarity(d, ref.threshold, d <= ref.threshold)


def fresh_doodles(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """n fresh doodles as a learner's picture reaches the box: drawn at one of SIZES pixels (the
    gallery's are drawn at 128), then resized to the network's input by to_network_input."""
    rng = np.random.default_rng(seed)
    y = doodles.balanced_labels(n, rng)  # (n,)
    x = np.empty((n, INPUT_SIZE, INPUT_SIZE, 3), dtype=np.float32)  # (n, 64, 64, 3) in [0, 1]
    for i, label in enumerate(y):
        image = Image.fromarray(doodles.draw_one(int(label), rng, int(rng.choice(SIZES))))
        x[i] = to_network_input(image, INPUT_SIZE)
    return x, y


def build(n_ref: int = 1500, n_threshold: int = 600, n_test: int = 600, n_family: int = 100) -> Reference:
    """Draw the reference doodles, set the threshold on other doodles, and measure the check and
    the built-in box on fresh doodles and on each photo-like family (seeded: the same every time)."""
    xr, _ = fresh_doodles(n_ref, SEEDS["reference"])
    stats = image_stats(xr).astype(np.float32).astype(np.float64)  # as saved
    mean, sd = stats.mean(0), stats.std(0) + 1e-9
    ref = Reference(stats, mean, sd, np.inf, {}, 0.0)
    xc, _ = fresh_doodles(n_threshold, SEEDS["threshold"])
    threshold = float(np.quantile(ref.distance(image_stats(xc)), QUANTILE))
    ref = Reference(stats, mean, sd, threshold, {}, 0.0)
    weights = network.load_weights()
    xt, yt = fresh_doodles(n_test, SEEDS["test"])
    pt = network.forward(weights, xt)  # (n_test, 3)
    measured = {"doodles": _measure(ref, xt, pt)}
    for i, family in enumerate(photo_like.FAMILIES):
        xf = photo_like.draw(family, n_family, seed=100 + i).astype(np.float32) / 255.0
        measured[family] = _measure(ref, xf, network.forward(weights, xf))
    return Reference(stats, mean, sd, threshold, measured, float((pt.argmax(1) == yt).mean()))


def _measure(ref: Reference, x: np.ndarray, p: np.ndarray) -> tuple[int, float, float]:
    flagged = ref.distance(image_stats(x)) > ref.threshold
    return len(x), float(flagged.mean()), float(p.max(1).mean())


def save(ref: Reference, path: Path = REFERENCE_FILE) -> None:
    """Plain numbers only (np.load with allow_pickle=False reads them back)."""
    names = list(ref.measured)
    np.savez_compressed(
        path,
        stats=ref.stats.astype(np.float32),
        threshold=np.float64(ref.threshold),
        accuracy=np.float64(ref.accuracy),
        families=np.array(names),
        measured=np.array([ref.measured[f] for f in names], dtype=np.float64),  # (families, 3)
    )


def load(path: Path = REFERENCE_FILE) -> Reference:
    with np.load(path, allow_pickle=False) as data:
        stats = data["stats"].astype(np.float64)
        rows = data["measured"]
        measured = {
            str(f): (int(r[0]), float(r[1]), float(r[2])) for f, r in zip(data["families"], rows, strict=True)
        }
        threshold, accuracy = float(data["threshold"]), float(data["accuracy"])
    if stats.ndim != 2 or stats.shape[1] != len(STATS):
        raise ValueError(f"{Path(path).name}: stats must have shape (n, {len(STATS)}), got {stats.shape}")
    return Reference(stats, stats.mean(0), stats.std(0) + 1e-9, threshold, measured, accuracy)
