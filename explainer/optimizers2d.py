"""A loss of two weights, its gradient (a vector), and three optimizers walking down it.

Surfaces (w = (w1, w2)):
    ravine   L = 0.05 u^2 + 2.5 v^2,  u = (w1 + w2) / sqrt 2,  v = (w1 - w2) / sqrt 2
             grad = ((0.1 u + 5 v) / sqrt 2, (0.1 u - 5 v) / sqrt 2)
             a long narrow valley along the diagonal w1 = w2: steep across, almost flat along
    valleys  L = (w1^2 - 1)^2 + w2^2 + 0.3 w1       grad = (4 w1 (w1^2 - 1) + 0.3, 2 w2)
             two valleys, the left one deeper

Optimizers, as Keras defines them (g = grad L at the current w, t = step number from 1):
    SGD       w <- w - lr g
    momentum  v <- beta v - lr g ;  w <- w + v                      (keras SGD(momentum=beta))
    Adam      m <- b1 m + (1 - b1) g ;  s <- b2 s + (1 - b2) g^2
              w <- w - lr sqrt(1 - b2^t) / (1 - b1^t) * m / (sqrt(s) + eps)
              (Keras's form of the bias-corrected step m_hat / (sqrt(s_hat) + eps))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from explainer.checks import finite_number

OPTIMIZERS = ("sgd", "momentum", "adam")
ADAM_B1, ADAM_B2, ADAM_EPS = 0.9, 0.999, 1e-7  # Keras defaults
MAX_STEPS = 2000


@dataclass(frozen=True)
class Surface:
    id: str
    loss: Callable  # L(w1, w2), vectorised over arrays of the same shape
    grad: Callable  # (dL/dw1, dL/dw2)
    w1_range: tuple[float, float]
    w2_range: tuple[float, float]
    start: tuple[float, float]  # a start that shows the optimizers apart


_R2 = np.sqrt(2.0)


def _ravine(w1, w2):
    u, v = (w1 + w2) / _R2, (w1 - w2) / _R2  # along and across the valley
    return 0.05 * u**2 + 2.5 * v**2  # L = 0.05 u^2 + 2.5 v^2


def _ravine_grad(w1, w2):
    u, v = (w1 + w2) / _R2, (w1 - w2) / _R2
    return (0.1 * u + 5.0 * v) / _R2, (0.1 * u - 5.0 * v) / _R2


def _valleys(w1, w2):
    return (w1**2 - 1.0) ** 2 + w2**2 + 0.3 * w1  # L = (w1^2 - 1)^2 + w2^2 + 0.3 w1


def _valleys_grad(w1, w2):
    return 4.0 * w1 * (w1**2 - 1.0) + 0.3, 2.0 * w2


SURFACES: dict[str, Surface] = {
    "ravine": Surface("ravine", _ravine, _ravine_grad, (-5.0, 5.0), (-5.0, 5.0), (-4.0, -1.5)),
    "valleys": Surface("valleys", _valleys, _valleys_grad, (-2.0, 2.0), (-2.0, 2.0), (1.8, 1.5)),
}


@dataclass(frozen=True)
class OptPath:
    name: str  # "sgd" | "momentum" | "adam"
    w: np.ndarray  # (k + 1, 2) every point finite
    loss: np.ndarray  # (k + 1,)
    stop_step: int | None = None  # the step at which a number overflowed, if one did


def grid(surface: Surface, n: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """w1 (n,), w2 (n,) and the loss on every grid point, L[i, j] = L(w1[j], w2[i]) (n, n)."""
    w1 = np.linspace(*surface.w1_range, n)  # (n,)
    w2 = np.linspace(*surface.w2_range, n)  # (n,)
    W1, W2 = np.meshgrid(w1, w2)  # (n, n) each
    return w1, w2, surface.loss(W1, W2)


def gradient(surface: Surface, w) -> np.ndarray:
    """The gradient vector (dL/dw1, dL/dw2) at w = (w1, w2)."""
    w1, w2 = (finite_number(x, "w") for x in w)
    return np.array(surface.grad(w1, w2), dtype=np.float64)  # (2,)


def _settings(lr, steps, beta):
    lr = finite_number(lr, "lr")
    beta = finite_number(beta, "beta")
    if lr <= 0:
        raise ValueError(f"lr must be positive, got {lr}")
    if not 0 <= beta < 1:
        raise ValueError(f"beta must be in [0, 1), got {beta}")
    if isinstance(steps, bool) or int(steps) != steps or not 0 <= steps <= MAX_STEPS:
        raise ValueError(f"steps must be a whole number from 0 to {MAX_STEPS}")
    return lr, int(steps), beta


def run(surface: Surface, name: str, start, lr, steps, beta: float = 0.9) -> OptPath:
    """The path of one optimizer from `start`; it stops at the first inf/NaN and says when."""
    if name not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {name!r}; choose one of {OPTIMIZERS}")
    lr, steps, beta = _settings(lr, steps, beta)
    w = np.array([finite_number(x, "start") for x in start], dtype=np.float64)  # (2,)
    if w.shape != (2,):
        raise ValueError("start must be two numbers (w1, w2)")
    out = [w.copy()]
    v = np.zeros(2)  # momentum's velocity, or Adam's first moment m
    s = np.zeros(2)  # Adam's second moment
    stop = None
    with np.errstate(all="ignore"):
        for t in range(1, steps + 1):
            g = np.array(surface.grad(w[0], w[1]))  # (2,)
            if name == "sgd":
                w = w - lr * g
            elif name == "momentum":
                v = beta * v - lr * g
                w = w + v
            else:
                v = ADAM_B1 * v + (1 - ADAM_B1) * g
                s = ADAM_B2 * s + (1 - ADAM_B2) * g * g
                alpha = lr * np.sqrt(1 - ADAM_B2**t) / (1 - ADAM_B1**t)
                w = w - alpha * v / (np.sqrt(s) + ADAM_EPS)
            if not np.all(np.isfinite(w)) or not np.isfinite(surface.loss(w[0], w[1])):
                stop = t
                break
            out.append(w.copy())
    path = np.array(out)  # (k + 1, 2)
    return OptPath(name, path, surface.loss(path[:, 0], path[:, 1]), stop)


def run_all(surface: Surface, start, lr, steps, beta: float = 0.9) -> dict[str, OptPath]:
    """SGD, momentum and Adam from the same start with the same learning rate."""
    return {name: run(surface, name, start, lr, steps, beta) for name in OPTIMIZERS}
