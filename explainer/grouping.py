"""Unsupervised grouping without labels: k-means in numpy.

repeat: each point joins its nearest centre, g_i = argmin_j ||x_i - c_j||^2
        each centre moves to the mean of its points, c_j = mean{x_i : g_i = j}
until the groups stop changing.
"""

from __future__ import annotations

import numpy as np

from explainer.checks import finite_array


def kmeans(X, k: int = 2, seed: int = 0, max_iter: int = 50) -> tuple[np.ndarray, np.ndarray]:
    """Group the rows of X (n, d) into k groups. Returns (groups (n,) ints, centres (k, d)).

    Deterministic for a seed: the first centres are k distinct points picked by that seed.
    Groups are renumbered by their centre's first coordinate, so group 0 is the leftmost.
    """
    X = finite_array(X, "points", ndim=(2,))  # (n, d)
    k = int(k)
    if not 1 <= k <= X.shape[0]:
        raise ValueError(f"k must be between 1 and the number of points ({X.shape[0]}), got {k}")
    rng = np.random.default_rng(int(seed))
    centres = X[rng.choice(X.shape[0], size=k, replace=False)].copy()  # (k, d)
    groups = np.full(X.shape[0], -1)
    for _ in range(int(max_iter)):
        d2 = ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)  # (n, k)
        new = np.argmin(d2, axis=1)  # (n,)
        if np.array_equal(new, groups):
            break
        groups = new
        for j in range(k):
            if np.any(groups == j):  # an empty group keeps its old centre
                centres[j] = X[groups == j].mean(axis=0)
    order = np.argsort(centres[:, 0], kind="stable")  # (k,) leftmost first
    rank = np.empty(k, dtype=np.int64)
    rank[order] = np.arange(k)
    return rank[groups], centres[order]
