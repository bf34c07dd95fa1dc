"""One step of gradient descent on one weight, and the learning rates the pages offer.

The learning-rate grid runs from 1e-4 to 10 in 1-2-3-5-7 steps per decade, so equal slider
moves multiply lr by about the same factor: lr = m * 10^k, m in (1, 2, 3, 5, 7).
"""

from __future__ import annotations

from explainer.checks import finite_number

LR_GRID: tuple[float, ...] = tuple(float(f"{m}e{k}") for k in range(-4, 1) for m in (1, 2, 3, 5, 7)) + (
    10.0,
)  # 1e-4 .. 10, 26 values


def update(w, slope, learning_rate) -> float:
    """W_new = W - lr * slope: move against the slope's sign, scaled by the learning rate.

    The course's example: 0.38 - 0.01 * (-0.55) = 0.3855.
    """
    w = finite_number(w, "w")
    slope = finite_number(slope, "slope")
    lr = finite_number(learning_rate, "learning_rate")
    if lr <= 0:
        raise ValueError(f"learning_rate must be positive, got {lr}")
    w_new = w - lr * slope
    if w_new != w_new or abs(w_new) == float("inf"):
        raise ValueError("the update overflowed; use a smaller learning rate")
    return w_new
