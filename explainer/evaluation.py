"""How well a trained model does on images it never trained on: accuracy and the confusion matrix.

accuracy = (number of images whose predicted class == true class) / n
confusion[i, j] = number of images of true class i that the model called class j
"""

from __future__ import annotations

import numpy as np


def predicted_classes(probs) -> np.ndarray:
    """argmax of each row: (n, k) probabilities -> (n,) class indices."""
    p = np.asarray(probs)
    if p.ndim != 2 or p.shape[1] < 1:
        raise ValueError(f"probabilities must have shape (n, k), got {p.shape}")
    return np.argmax(p, axis=1).astype(np.int64)


def accuracy(y_true, y_pred) -> float:
    """Share of images where the prediction equals the true class."""
    t, p = np.asarray(y_true), np.asarray(y_pred)
    if t.shape != p.shape or t.ndim != 1 or t.size == 0:
        raise ValueError("y_true and y_pred must be two 1-D lists of the same, non-zero length")
    return float(np.mean(t == p))


def confusion_matrix(y_true, y_pred, num_classes: int) -> np.ndarray:
    """(k, k) int64 counts: rows = true class, columns = predicted class."""
    t, p = np.asarray(y_true, dtype=np.int64), np.asarray(y_pred, dtype=np.int64)
    if t.shape != p.shape or t.ndim != 1:
        raise ValueError("y_true and y_pred must be two 1-D lists of the same length")
    k = int(num_classes)
    if t.size and (min(t.min(), p.min()) < 0 or max(t.max(), p.max()) >= k):
        raise ValueError(f"class indices must be between 0 and {k - 1}")
    cm = np.zeros((k, k), dtype=np.int64)
    np.add.at(cm, (t, p), 1)
    return cm


def gallery_indices(y_true, y_pred, mistakes_only: bool, limit: int) -> np.ndarray:
    """Which test images to show: the first `limit`, or the first `limit` mistakes."""
    t, p = np.asarray(y_true), np.asarray(y_pred)
    idx = np.flatnonzero(t != p) if mistakes_only else np.arange(len(t))
    return idx[: max(0, int(limit))]


def predict_all(model, x_uint8, batch: int = 256) -> np.ndarray:
    """Probabilities (n, k) for uint8 images (n, h, w, 3), fed as x = pixel / 255 in batches."""
    from explainer.models import predict_probs

    x = np.asarray(x_uint8)
    if x.ndim != 4 or len(x) == 0:
        raise ValueError(f"expected images (n, h, w, c) with n >= 1, got shape {x.shape}")
    parts = [
        predict_probs(model, x[i : i + batch].astype(np.float32) / 255.0) for i in range(0, len(x), batch)
    ]
    return np.concatenate(parts, axis=0)  # (n, k)
