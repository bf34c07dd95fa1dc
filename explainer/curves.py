"""Built-in loss curves of one weight, each with its exact (analytic) slope.

    bowl     L(w) = (w - 2)^2                         slope 2(w - 2)            one valley, convex
    valleys  L(w) = 0.1 w^2 + sin(2w) + 1             slope 0.2 w + 2 cos(2w)   three valleys in [-5, 5]
    plateau  L(w) = 1 - exp(-(w - 1)^2 / 2)           slope (w - 1) exp(-(w - 1)^2 / 2)   flat far from w = 1

Every function takes a number or an array of weights and returns the same shape.
A user's own formula becomes a Curve too (explainer/formula.py), with a numeric slope.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

Fn = Callable[[np.ndarray], np.ndarray]
DOMAIN = (-5.0, 5.0)  # the w range drawn for every curve (the path may leave it)


@dataclass(frozen=True)
class Curve:
    id: str  # "bowl" | "valleys" | "plateau" | "formula"
    loss: Fn  # L(w), vectorised
    slope: Fn  # dL/dw, vectorised
    domain: tuple[float, float] = DOMAIN
    # Learning rates that show each behaviour on this curve from its suggested start
    # (keys: "small", "good", "big", "diverge"); empty for a user's formula.
    presets: dict[str, float] = field(default_factory=dict)
    minima: tuple[float, ...] = ()  # where the valleys are (known for built-in curves)

    def curvature(self, w) -> np.ndarray:
        """d2L/dw2 by central differences of the slope: (L'(w + h) - L'(w - h)) / 2h."""
        w = np.asarray(w, dtype=np.float64)
        h = 1e-4 * np.maximum(1.0, np.abs(w))
        with np.errstate(all="ignore"):
            return (self.slope(w + h) - self.slope(w - h)) / (2 * h)


def _bowl(w):
    return (w - 2.0) ** 2  # L = (w - 2)^2


def _bowl_slope(w):
    return 2.0 * (w - 2.0)  # L' = 2 (w - 2)


def _valleys(w):
    return 0.1 * w**2 + np.sin(2.0 * w) + 1.0  # L = 0.1 w^2 + sin 2w + 1


def _valleys_slope(w):
    return 0.2 * w + 2.0 * np.cos(2.0 * w)  # L' = 0.2 w + 2 cos 2w


def _plateau(w):
    return 1.0 - np.exp(-((w - 1.0) ** 2) / 2.0)  # L = 1 - exp(-(w - 1)^2 / 2)


def _plateau_slope(w):
    return (w - 1.0) * np.exp(-((w - 1.0) ** 2) / 2.0)  # L' = (w - 1) exp(-(w - 1)^2 / 2)


def _valley_minima() -> tuple[float, ...]:
    """The three local minima of the valleys curve in [-5, 5], found by Newton steps on L'."""
    w = np.array([-3.9, -0.8, 2.4])  # (3,) near each valley bottom
    for _ in range(30):
        w = w - _valleys_slope(w) / (0.2 - 4.0 * np.sin(2.0 * w))  # L'' = 0.2 - 4 sin 2w
    return tuple(float(x) for x in w)


CURVES: dict[str, Curve] = {
    # Update factor near w = 2 is (1 - 2 lr): lr < 0.5 slides in, 0.5 < lr < 1 zig-zags in,
    # lr = 1 bounces between the same two points for ever, lr > 1 flies away.
    "bowl": Curve(
        "bowl",
        _bowl,
        _bowl_slope,
        presets={"small": 0.001, "good": 0.1, "big": 1.0, "diverge": 2.0},
        minima=(2.0,),
    ),
    "valleys": Curve(
        "valleys",
        _valleys,
        _valleys_slope,
        presets={"small": 0.001, "good": 0.05, "big": 0.5, "diverge": 20.0},
        minima=_valley_minima(),
    ),
    "plateau": Curve(
        "plateau",
        _plateau,
        _plateau_slope,
        presets={"small": 0.1, "good": 1.0, "big": 2.0, "diverge": 10.0},
        minima=(1.0,),
    ),
}
CURVE_IDS = (*CURVES, "formula")  # the choices a learner sees, in order


def grid(curve: Curve, lo: float, hi: float, n: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """n evenly spaced weights in [lo, hi] and the loss at each; non-finite losses become NaN (gaps)."""
    w = np.linspace(lo, hi, n)  # (n,)
    with np.errstate(all="ignore"):
        loss = np.asarray(curve.loss(w), dtype=np.float64) + np.zeros_like(w)  # (n,)
    loss[~np.isfinite(loss)] = np.nan
    return w, loss
