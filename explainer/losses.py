"""Loss functions: how far a prediction y' is from the truth y.

The course defines MSE as the mean over samples of each sample's SSE. Keras's
`MeanSquaredError` also divides by the number of classes k, so keras_mse = mse / k.
"""

from __future__ import annotations

import numpy as np

from explainer.checks import finite_array, same_shape

EPS = 1e-7  # Keras's epsilon: probabilities are clipped to [EPS, 1 - EPS] before log


def _pair(y_true, y_pred) -> tuple[np.ndarray, np.ndarray]:
    y = finite_array(y_true, "y_true", ndim=(1, 2))
    yp = finite_array(y_pred, "y_pred", ndim=(1, 2))
    same_shape(y, yp, ("y_true", "y_pred"))
    if y.ndim == 1:
        y, yp = y.reshape(1, -1), yp.reshape(1, -1)  # (1, k)
    return y, yp


def squared_errors(y_true, y_pred) -> np.ndarray:
    """The terms (y_i - y'_i)^2, same shape as the inputs."""
    y, yp = _pair(y_true, y_pred)
    out = (y - yp) ** 2
    return out[0] if np.ndim(y_true) == 1 else out


def sse(y_true, y_pred) -> float:
    """SSE = sum_i (y_i - y'_i)^2 for one sample: (1-0.37)^2 + (0-0.50)^2 + (0-0.13)^2 = 0.6638."""
    y, yp = _pair(y_true, y_pred)
    if y.shape[0] != 1:
        raise ValueError(f"sse takes one sample, got {y.shape[0]}; use mse for a batch")
    return float(np.sum((y - yp) ** 2))


def sse_per_sample(y_true, y_pred) -> np.ndarray:
    """SSE of each row of an (n, k) batch: shape (n,)."""
    y, yp = _pair(y_true, y_pred)
    return np.sum((y - yp) ** 2, axis=1)


def mse(y_true, y_pred) -> float:
    """MSE = (1/n) sum_samples SSE = mean(SSE), the course's definition."""
    return float(np.mean(sse_per_sample(y_true, y_pred)))


def keras_mse(y_true, y_pred) -> float:
    """Keras's MeanSquaredError: mean over samples AND classes = mse / k."""
    y, yp = _pair(y_true, y_pred)
    return float(np.mean((y - yp) ** 2))


def cross_entropy(y_true, y_pred) -> float:
    """CE = (1/n) sum_samples -sum_i y_i log(y'_i), with y' clipped to [EPS, 1-EPS] like Keras,
    so it stays finite even when y' = 0."""
    y, yp = _pair(y_true, y_pred)
    yp = np.clip(yp, EPS, 1.0 - EPS)
    return float(np.mean(-np.sum(y * np.log(yp), axis=1)))
