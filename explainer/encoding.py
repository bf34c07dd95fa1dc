"""Labels as numbers: integer encoding, one-hot encoding, and decoding back to names."""

from __future__ import annotations

import numpy as np

from explainer.checks import class_list, finite_array


def integer_encode(labels, classes) -> np.ndarray:
    """label -> its index in the class list: ["Dog", "Cat"] with [Cat, Dog, Other] -> [1, 0]."""
    names = class_list(classes)
    index = {n: i for i, n in enumerate(names)}
    out = []
    for lab in labels:
        key = str(lab).strip()
        if key not in index:
            raise ValueError(f"unknown label {key!r}; the classes are {', '.join(names)}")
        out.append(index[key])
    return np.asarray(out, dtype=np.int64)


def one_hot(indices, num_classes) -> np.ndarray:
    """index i -> a row of num_classes zeros with a 1 at position i; float32, shape (n, k)."""
    k = int(num_classes)
    if k < 1:
        raise ValueError(f"num_classes must be at least 1, got {num_classes}")
    idx = np.asarray(indices)
    if idx.ndim == 0:
        idx = idx.reshape(1)
    if idx.ndim != 1:
        raise ValueError(f"indices must be a 1-D list, got shape {idx.shape}")
    if idx.size and not np.issubdtype(idx.dtype, np.integer):
        f = finite_array(idx, "indices")
        if not np.all(f == np.round(f)):
            raise ValueError("indices must be whole numbers")
        idx = f.astype(np.int64)
    bad = idx[(idx < 0) | (idx >= k)]
    if bad.size:
        raise ValueError(f"index {int(bad[0])} is out of range for {k} classes (0 to {k - 1})")
    out = np.zeros((idx.size, k), dtype=np.float32)  # (n, k)
    out[np.arange(idx.size), idx] = 1.0
    return out


def decode(vectors, classes) -> list[str]:
    """Each row (one-hot or probabilities) -> the class name at its argmax."""
    names = class_list(classes)
    v = finite_array(vectors, "vectors", ndim=(1, 2))
    if v.ndim == 1:
        v = v.reshape(1, -1)  # (1, k)
    if v.shape[1] != len(names):
        raise ValueError(f"each vector has {v.shape[1]} entries but there are {len(names)} classes")
    return [names[i] for i in np.argmax(v, axis=1)]


def has_single_max(vector) -> bool:
    """True when exactly one entry holds the largest value (so decoding is unambiguous)."""
    v = finite_array(vector, "vector", ndim=(1,))
    return int(np.sum(v == v.max())) == 1
