"""SSE and cross-entropy as the probability given to the true class goes from 0 to 1.

For a one-hot y with k classes, let p = y'_true and split the rest evenly, (1 - p)/(k - 1) each:
    SSE(p) = (1 - p)^2 + (k - 1) * ((1 - p)/(k - 1))^2 = (1 - p)^2 * k/(k - 1)
    CE(p)  = -log(p)
SSE stays below k/(k - 1) and its slope at p = 0 is only -2k/(k - 1); CE grows without
bound and its slope -1/p is steep exactly where the network is confidently wrong.
"""

from __future__ import annotations

import numpy as np

from explainer.checks import finite_array
from explainer.losses import EPS


def _check(p, k: int) -> np.ndarray:
    if int(k) < 2:
        raise ValueError(f"need at least 2 classes, got {k}")
    p = finite_array(p, "p")
    if np.any((p < 0) | (p > 1)):
        raise ValueError("p must lie between 0 and 1")
    return p


def sse_curve(p, k: int) -> np.ndarray:
    """SSE(p) = (1 - p)^2 * k/(k - 1), the rest split evenly over the other classes."""
    p = _check(p, k)
    return (1.0 - p) ** 2 * k / (k - 1)


def ce_curve(p, k: int) -> np.ndarray:
    """CE(p) = -log(p), with p clipped to [EPS, 1 - EPS] like Keras (finite at p = 0)."""
    p = _check(p, k)
    return -np.log(np.clip(p, EPS, 1.0 - EPS))


def sse_slope(p, k: int) -> np.ndarray:
    """dSSE/dp = -2 (1 - p) k/(k - 1)."""
    p = _check(p, k)
    return -2.0 * (1.0 - p) * k / (k - 1)


def ce_slope(p, k: int) -> np.ndarray:
    """dCE/dp = -1/p (p clipped to EPS)."""
    p = _check(p, k)
    return -1.0 / np.clip(p, EPS, None)
