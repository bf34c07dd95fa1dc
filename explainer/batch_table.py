"""A batch of predictions as an editable table: generate one, and read one back safely.

Each row is one sample: its true class and the network's k predicted probabilities.
The loss of the batch is MSE = (1/n) sum_samples SSE (explainer.losses.mse).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explainer.encoding import one_hot
from explainer.input_errors import InputError
from explainer.outputs import softmax
from explainer.prob_inputs import round_to_one

MAX_ROWS = 512  # a batch bigger than this is not something to read in a table


@dataclass(frozen=True)
class Batch:
    labels: np.ndarray  # (n,) int, index of each sample's true class
    y_true: np.ndarray  # (n, k) one-hot
    y_pred: np.ndarray  # (n, k) predicted probabilities


def random_batch(n: int, k: int, seed: int, lean: float = 1.0) -> Batch:
    """n samples of a half-trained network: softmax(noise + lean on the true class), 2 decimals.

    The same (n, k, seed) always gives the same batch.
    """
    if not 1 <= n <= MAX_ROWS:
        raise ValueError(f"batch size must be 1 to {MAX_ROWS}, got {n}")
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, k, size=n)  # (n,)
    scores = rng.normal(0.0, 1.0, size=(n, k))  # (n, k)
    scores[np.arange(n), labels] += lean
    y_pred = np.stack([round_to_one(row, 2) for row in softmax(scores)])  # (n, k)
    return Batch(labels=labels, y_true=one_hot(labels, k).astype(np.float64), y_pred=y_pred)


def _missing(v) -> bool:
    """An empty table cell: None, NaN, pandas' NA or blank text."""
    if v is None:
        return True
    if isinstance(v, str):
        return not v.strip()
    try:
        return bool(v != v)  # only NaN is unequal to itself
    except TypeError:  # pandas.NA refuses to be a bool
        return True


def read_table(true_names, probs, classes) -> Batch:
    """Rows of an edited table -> a Batch, or InputError naming the first bad row (1-based).

    Codes: "empty" (no rows), "too_many_rows", "missing_class", "unknown_class",
    "missing_value" (an empty cell: a ragged row), "not_a_number".
    """
    names = list(true_names)
    rows = [list(r) for r in probs]
    k = len(classes)
    if not names:
        raise InputError("empty")
    if len(names) > MAX_ROWS:
        raise InputError("too_many_rows", str(MAX_ROWS))
    index = {c: i for i, c in enumerate(classes)}
    labels = np.empty(len(names), dtype=np.int64)  # (n,)
    y_pred = np.empty((len(names), k))  # (n, k)
    for r, (name, row) in enumerate(zip(names, rows, strict=True)):
        where = str(r + 1)
        if _missing(name):
            raise InputError("missing_class", where)
        if str(name).strip() not in index:
            raise InputError("unknown_class", where)
        labels[r] = index[str(name).strip()]
        if len(row) != k or any(_missing(v) for v in row):
            raise InputError("missing_value", where)
        try:
            y_pred[r] = [float(v) for v in row]
        except (TypeError, ValueError):
            raise InputError("not_a_number", where) from None
        if not np.all(np.isfinite(y_pred[r])):
            raise InputError("not_a_number", where)
    return Batch(labels=labels, y_true=one_hot(labels, k).astype(np.float64), y_pred=y_pred)


def with_sample(b: Batch, label: int, y_pred) -> Batch:
    """The batch with one more sample at the end (true class `label`, prediction y_pred (k,)):
    its MSE is (n * MSE + SSE_new) / (n + 1), since the MSE is the mean of the samples' SSEs."""
    k = b.y_true.shape[1]
    y_pred = np.asarray(y_pred, dtype=np.float64).reshape(1, k)  # (1, k)
    return Batch(
        labels=np.append(b.labels, int(label)),
        y_true=np.vstack([b.y_true, one_hot([int(label)], k).astype(np.float64)]),
        y_pred=np.vstack([b.y_pred, y_pred]),
    )
