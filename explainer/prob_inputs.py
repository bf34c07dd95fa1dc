"""Predicted probabilities typed by a learner: keep them summing to 1, and spot impossible ones.

A network's softmax output is never negative, never above 1, and sums to exactly 1.
Inputs that break these rules are still computed with, but flagged.
"""

from __future__ import annotations

import numpy as np

from explainer.checks import finite_array

SUM_TOL = 0.005  # a typed or rounded vector counts as summing to 1 within this


def rebalance(p, i: int, decimals: int = 2) -> np.ndarray:
    """Keep sum(p) = 1 after p[i] was set: scale the other entries so they share 1 - p[i].

    The others keep their proportions (all equal shares if they were all 0). Results are
    rounded to `decimals` places by largest-remainder rounding, so the vector still sums to
    1 exactly at that precision and no entry goes negative.
    """
    p = finite_array(p, "p", ndim=(1,)).copy()  # (k,)
    k = p.size
    if k == 1:
        return np.ones(1)
    scale = 10**decimals
    p_i = round(float(np.clip(p[i], 0.0, 1.0)) * scale) / scale
    others = np.delete(np.clip(p, 0.0, None), i)  # (k-1,)
    units = round((1.0 - p_i) * scale)  # what the others share, in steps of 10^-decimals
    return np.insert(_share(others, units) / scale, i, p_i)


def _share(weights: np.ndarray, units: int) -> np.ndarray:
    """Split `units` whole steps in proportion to `weights` (largest-remainder rounding)."""
    exact = (
        weights / weights.sum() * units if weights.sum() > 0 else np.full(weights.size, units / weights.size)
    )
    whole = np.floor(exact + 1e-9).astype(np.int64)
    order = np.argsort(-(exact - whole), kind="stable")
    whole[order[: int(units - whole.sum())]] += 1
    return whole


def round_to_one(p, decimals: int = 2) -> np.ndarray:
    """Non-negative weights -> proportions rounded to `decimals` places that sum to exactly 1."""
    p = np.clip(finite_array(p, "p", ndim=(1,)), 0.0, None)  # (k,)
    scale = 10**decimals
    return _share(p, scale) / scale


def problems(p, tol: float = SUM_TOL) -> list[str]:
    """What makes p impossible as a network output: "negative", "above_one", "sum" (≠ 1)."""
    p = finite_array(p, "p", ndim=(1, 2))
    found = []
    if np.any(p < 0):
        found.append("negative")
    if np.any(p > 1):
        found.append("above_one")
    if np.any(np.abs(p.reshape(-1, p.shape[-1]).sum(axis=1) - 1.0) > tol):
        found.append("sum")
    return found
