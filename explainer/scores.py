"""Scores <-> probabilities for the outputs page: presets, many classes, top-k, confidence.

softmax(s)_i = exp(s_i) / sum_j exp(s_j). Its inverse (up to adding a constant to every
score) is s = log(p): softmax(log p)_i = p_i / sum_j p_j = p_i when p sums to 1.
"""

from __future__ import annotations

import numpy as np

from explainer.checks import finite_array

LOW_MARGIN = 0.1  # top-1 minus top-2 below this: the network is unsure (0.51 vs 0.48 -> 0.03)


def scores_for(probs) -> np.ndarray:
    """s = log(p): the scores that softmax turns back into exactly these probabilities.

    p must be a 1-D vector of positive numbers that sums to 1 (within 1e-6).
    """
    p = finite_array(probs, "probabilities", ndim=(1,))  # (k,)
    if np.any(p <= 0):
        raise ValueError("every probability must be above 0 to have a score (log 0 is -infinity)")
    if abs(p.sum() - 1.0) > 1e-6:
        raise ValueError(f"probabilities must add up to 1, they add up to {p.sum():.6g}")
    return np.log(p)


def random_scores(k: int, seed: int = 0, spread: float = 2.0) -> np.ndarray:
    """k scores drawn from a normal distribution N(0, spread^2); the same seed gives the same scores."""
    k = int(k)
    if k < 1:
        raise ValueError(f"the number of classes must be at least 1, got {k}")
    if not spread > 0:
        raise ValueError(f"spread must be above 0, got {spread}")
    rng = np.random.default_rng(int(seed))
    return rng.normal(0.0, spread, size=k)  # (k,)


def top_k(probs, k: int) -> list[tuple[int, float]]:
    """The k largest probabilities as (class index, probability), largest first; ties keep index order."""
    p = finite_array(probs, "probabilities", ndim=(1,))
    if int(k) < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    order = np.argsort(-p, kind="stable")[: int(k)]
    return [(int(i), float(p[i])) for i in order]


def is_low_confidence(margin: float, threshold: float = LOW_MARGIN) -> bool:
    """True when the winner leads the runner-up by less than `threshold` (margin = p1 - p2)."""
    return float(margin) < threshold
