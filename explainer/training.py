"""Counting training work: batches, iterations and epochs. (No TensorFlow here.)"""

from __future__ import annotations

import math


def iterations_per_epoch(n_samples, batch_size) -> int:
    """iterations = ceil(N / B): one iteration per batch, the last batch may be smaller.

    This is how Keras counts the steps of one epoch of `model.fit`.
    """
    if isinstance(n_samples, bool) or isinstance(batch_size, bool):
        raise ValueError("n_samples and batch_size must be whole numbers")
    try:
        n, b = int(n_samples), int(batch_size)
    except (TypeError, ValueError) as exc:
        raise ValueError("n_samples and batch_size must be whole numbers") from exc
    if n != n_samples or b != batch_size:
        raise ValueError("n_samples and batch_size must be whole numbers")
    if n < 1:
        raise ValueError(f"n_samples must be at least 1, got {n}")
    if b < 1:
        raise ValueError(f"batch_size must be at least 1, got {b}")
    return math.ceil(n / b)
