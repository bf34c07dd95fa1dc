"""A classifier's outputs: scores -> probabilities (softmax) -> a label (argmax)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explainer.checks import class_list, finite_array


def softmax(scores) -> np.ndarray:
    """p_i = exp(s_i - max s) / sum_j exp(s_j - max s), row by row.

    Subtracting the row maximum changes nothing mathematically but keeps exp() from
    overflowing, so scores of 1000 or -1000 still give exact probabilities.
    Accepts a 1-D vector of k scores or an (n, k) batch; each row sums to 1.
    """
    s = finite_array(scores, "scores", ndim=(1, 2))  # (k,) or (n, k)
    z = np.exp(s - s.max(axis=-1, keepdims=True))
    return z / z.sum(axis=-1, keepdims=True)


@dataclass(frozen=True)
class Prediction:
    """The label a network's output vector stands for."""

    label: str  # the class with the highest probability
    index: int  # its position in the class list (argmax)
    confidence: float  # its probability
    margin: float  # top-1 minus top-2 probability; small = unsure (0.51 vs 0.48 -> 0.03)


def predict(probs, classes) -> Prediction:
    """label = classes[argmax(p)]; confidence = max(p); margin = p_top1 - p_top2.

    Ties go to the first class, as numpy's argmax does.
    """
    p = finite_array(probs, "probabilities", ndim=(1,))
    names = class_list(classes)
    if len(names) != p.size:
        raise ValueError(f"{p.size} probabilities but {len(names)} classes")
    i = int(np.argmax(p))
    top2 = np.sort(p)[::-1][:2]
    margin = float(top2[0] - top2[1]) if p.size > 1 else float(top2[0])
    return Prediction(label=names[i], index=i, confidence=float(p[i]), margin=margin)
