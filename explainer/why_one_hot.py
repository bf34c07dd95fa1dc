"""Why one-hot: integer codes put the classes on a line, which invents an order and distances.

With Cat = 0, Dog = 1, Other = 2 the "average" of Cat and Other is (0 + 2) / 2 = 1 = Dog,
and Cat looks twice as far from Other as from Dog. One-hot vectors e_i are all the same
distance apart, ||e_i - e_j|| = sqrt(2), and their average [0.5, 0, 0.5] is no class at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explainer.encoding import one_hot


@dataclass(frozen=True)
class Midpoint:
    """The average of two classes, once as integer codes and once as one-hot vectors."""

    code: float  # (i + j) / 2
    code_class: str | None  # the class whose integer code equals that average, if any
    vector: np.ndarray  # (k,) (e_i + e_j) / 2


def midpoint(classes, i: int, j: int) -> Midpoint:
    """Average class i and class j both ways: (i + j) / 2 and (e_i + e_j) / 2."""
    k = len(classes)
    code = (i + j) / 2
    code_class = classes[int(code)] if code == int(code) and 0 <= code < k else None
    e = one_hot([i, j], k)  # (2, k)
    return Midpoint(code=code, code_class=code_class, vector=e.mean(axis=0).astype(np.float64))


def integer_distances(k: int) -> np.ndarray:
    """|i - j| for every pair of integer codes: shape (k, k)."""
    idx = np.arange(k)
    return np.abs(idx[:, None] - idx[None, :]).astype(np.float64)


def one_hot_distances(k: int) -> np.ndarray:
    """||e_i - e_j|| for every pair of one-hot vectors: sqrt(2) off the diagonal, shape (k, k)."""
    e = one_hot(np.arange(k), k).astype(np.float64)  # (k, k)
    return np.sqrt(((e[:, None, :] - e[None, :, :]) ** 2).sum(axis=-1))
