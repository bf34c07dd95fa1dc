"""The smallest network with knobs: one sigmoid neuron on 2-D points of two colours.

    z = w1*x1 + w2*x2 + b          p = sigmoid(z) = 1 / (1 + exp(-z))
    error E = mean_i (p_i - y_i)^2    (y_i = 1 for an orange point, 0 for a blue one)
    dE/dw1 = mean_i 2 (p_i - y_i) p_i (1 - p_i) x1_i,   likewise x2 for w2 and 1 for b
    one gradient step: w <- w - lr * dE/dw

The three numbers (w1, w2, b) are the knobs. The decision boundary is where p = 0.5,
the line w1*x1 + w2*x2 + b = 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explainer.checks import finite_array, finite_number

KNOB_RANGE = (-6.0, 6.0)  # how far a knob (slider) turns; training stays inside it too
START = (-1.0, 0.5, 0.5)  # the page's first knobs (w1, w2, b): a bad start, most points called wrong
TRAIN_LR, TRAIN_STEPS = 1.0, 20  # one press of the page's training button: 20 steps, learning rate 1


@dataclass(frozen=True)
class Step:
    """The knobs and the error at one point of training."""

    w1: float
    w2: float
    b: float
    error: float


def toy_points(n_per_class: int = 20, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two clouds of 2-D points: blue (y = 0) around (-1, -0.5), orange (y = 1) around (1.2, 1).

    Returns X (2n, 2) and y (2n,) with values 0 or 1; the same seed gives the same points.
    """
    n = int(n_per_class)
    if n < 1:
        raise ValueError(f"n_per_class must be at least 1, got {n_per_class}")
    rng = np.random.default_rng(int(seed))
    blue = rng.normal([-1.0, -0.5], 0.7, size=(n, 2))  # (n, 2)
    orange = rng.normal([1.2, 1.0], 0.7, size=(n, 2))  # (n, 2)
    X = np.vstack([blue, orange])  # (2n, 2)
    y = np.concatenate([np.zeros(n), np.ones(n)])  # (2n,)
    return X, y


def _check(X, y=None) -> tuple[np.ndarray, np.ndarray | None]:
    X = finite_array(X, "points", ndim=(2,))
    if X.shape[1] != 2:
        raise ValueError(f"points must have 2 coordinates each, got shape {X.shape}")
    if y is None:
        return X, None
    y = finite_array(y, "labels", ndim=(1,))
    if y.shape[0] != X.shape[0]:
        raise ValueError(f"{X.shape[0]} points but {y.shape[0]} labels")
    return X, y


def sigmoid(z) -> np.ndarray:
    """sigmoid(z) = 1 / (1 + exp(-z)), computed without overflow for large |z|."""
    z = np.asarray(z, dtype=np.float64)
    return np.exp(-np.logaddexp(0.0, -z))


def predict_proba(X, w1: float, w2: float, b: float) -> np.ndarray:
    """p = sigmoid(w1*x1 + w2*x2 + b) for each point: the chance it is orange. X (n, 2) -> (n,)."""
    X, _ = _check(X)
    return sigmoid(X @ np.array([w1, w2], dtype=np.float64) + float(b))


def error(X, y, w1: float, w2: float, b: float) -> float:
    """E = mean_i (p_i - y_i)^2: 0 when every point is called right with certainty, at most 1."""
    X, y = _check(X, y)
    return float(np.mean((predict_proba(X, w1, w2, b) - y) ** 2))


def gradient(X, y, w1: float, w2: float, b: float) -> tuple[float, float, float]:
    """(dE/dw1, dE/dw2, dE/db) with dE/dw_j = mean_i 2 (p_i - y_i) p_i (1 - p_i) x_ij (x_i3 = 1 for b)."""
    X, y = _check(X, y)
    p = predict_proba(X, w1, w2, b)  # (n,)
    g = 2.0 * (p - y) * p * (1.0 - p)  # (n,)  dE_i/dz_i, before the mean
    return float(np.mean(g * X[:, 0])), float(np.mean(g * X[:, 1])), float(np.mean(g))


def train(X, y, w1: float, w2: float, b: float, lr: float = 2.0, steps: int = 25) -> list[Step]:
    """Gradient descent from (w1, w2, b): w <- clip(w - lr * dE/dw) for `steps` steps.

    Returns the start and every step after it (steps + 1 entries), so the error and the
    knobs can be drawn over time. Knobs are clipped to KNOB_RANGE, as a real knob stops.
    """
    X, y = _check(X, y)
    lr = finite_number(lr, "learning rate")
    if lr <= 0:
        raise ValueError(f"learning rate must be above 0, got {lr}")
    if int(steps) < 1:
        raise ValueError(f"steps must be at least 1, got {steps}")
    w = np.array([finite_number(w1, "w1"), finite_number(w2, "w2"), finite_number(b, "b")])  # (3,)
    history = [Step(*w.tolist(), error(X, y, *w))]
    for _ in range(int(steps)):
        w = np.clip(w - lr * np.array(gradient(X, y, *w)), *KNOB_RANGE)
        history.append(Step(*w.tolist(), error(X, y, *w)))
    return history


def wrong(X, y, w1: float, w2: float, b: float) -> np.ndarray:
    """Which points are on the wrong side: predicted orange (p >= 0.5) but blue, or the reverse. (n,) bool."""
    X, y = _check(X, y)
    return (predict_proba(X, w1, w2, b) >= 0.5) != (y == 1)


def boundary(w1: float, w2: float, b: float, lo: float, hi: float) -> tuple[np.ndarray, np.ndarray] | None:
    """Two end points (xs, ys) of the line w1*x1 + w2*x2 + b = 0 across [lo, hi], or None if w1 = w2 = 0
    (both within 1e-9 of it: no line to draw)."""
    if abs(w2) > 1e-9 and abs(w2) >= abs(w1):
        xs = np.array([lo, hi])
        return xs, -(w1 * xs + b) / w2
    if abs(w1) > 1e-9:
        ys = np.array([lo, hi])
        return -(w2 * ys + b) / w1, ys
    return None
