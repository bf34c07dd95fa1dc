"""Shared input checks: every public function rejects bad input with a clear ValueError."""

from __future__ import annotations

import numpy as np


def finite_array(x, name: str, ndim: tuple[int, ...] | None = None) -> np.ndarray:
    """Return `x` as a float64 array, or raise ValueError naming what is wrong with it."""
    try:
        a = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be numbers, got {x!r:.80}") from exc
    if a.size == 0:
        raise ValueError(f"{name} is empty")
    if ndim is not None and a.ndim not in ndim:
        raise ValueError(f"{name} must have {' or '.join(map(str, ndim))} dimension(s), got shape {a.shape}")
    if not np.all(np.isfinite(a)):
        raise ValueError(f"{name} contains NaN or infinity")
    return a


def finite_number(x, name: str) -> float:
    """Return `x` as a float, or raise ValueError if it is not a finite number."""
    if isinstance(x, bool):
        raise ValueError(f"{name} must be a number, got a boolean")
    try:
        v = float(x)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a number, got {x!r:.80}") from exc
    if not np.isfinite(v):
        raise ValueError(f"{name} must be finite, got {v}")
    return v


def same_shape(a: np.ndarray, b: np.ndarray, names: tuple[str, str]) -> None:
    """Raise ValueError when two arrays that are compared element by element differ in shape."""
    if a.shape != b.shape:
        raise ValueError(f"{names[0]} has shape {a.shape} but {names[1]} has shape {b.shape}")


def class_list(classes, name: str = "classes") -> list[str]:
    """Return the class names as a list of stripped strings; reject empty or duplicate names."""
    names = [str(c).strip() for c in classes]
    if not names:
        raise ValueError(f"{name} is empty")
    if any(not n for n in names):
        raise ValueError(f"{name} contains an empty name")
    seen: set[str] = set()
    for n in names:
        if n in seen:
            raise ValueError(f"{name} contains {n!r} twice")
        seen.add(n)
    return names
