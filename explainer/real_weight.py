"""Gradient descent on one real weight of the built-in network, for one image.

The last layer turns the 64 hidden activations h into the three scores, z = h W + b, and
p = softmax(z). One output weight W[i, j] carries hidden unit i into the score of class j.
We follow the one from the image's most active hidden unit (i = argmax h) into the class of
its label (j), and move it by the course's rule, nothing else changing:

    slope  = dL/dW[i, j] = h_i * dL/dz_j        (explainer.network.last_layer_gradient)
    W_new  = W - lr * slope                     (explainer.descent.update)
    z_new  = z + h_i * (W_new - W) e_j          only score j moves, by h_i times the change
    p_new  = softmax(z_new)

h does not depend on W (it is computed before the last layer), so p_new is exactly what the
whole network gives with W[i, j] = W_new (tests/test_real_weight.py runs the full forward pass
to check it).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from explainer import descent, network
from explainer.outputs import softmax

MAX_STEPS = 50  # presses of Step a walk may hold


@dataclass(frozen=True)
class OutputWeight:
    """Which weight: W[i, j], from hidden unit i to class j, and its shipped value."""

    i: int  # hidden unit: the most active one for this image
    j: int  # class: the image's label
    w0: float  # W[i, j] in the shipped network
    h_i: float  # that unit's activation for this image (>= 0, after ReLU)


@dataclass(frozen=True)
class Update:
    """One step W -> W_new on the chosen weight, with everything a learner reads."""

    w: float
    slope: float  # dL/dW[i, j]
    dz: float  # dL/dz_j: slope = h_i * dz
    lr: float
    w_new: float
    p: np.ndarray  # (3,) probabilities before the step
    p_new: np.ndarray  # (3,) after it
    loss: float  # L before the step
    loss_new: float  # L after it


def choose(weights: network.Weights, tr: network.Trace, j: int) -> OutputWeight:
    """The weight from the most active hidden unit (argmax h) into class j."""
    if isinstance(j, bool) or not isinstance(j, (int, np.integer)) or not 0 <= j < network.K:
        raise ValueError(f"j must be a class index from 0 to {network.K - 1}, got {j!r:.40}")
    i = int(np.argmax(tr.h))
    return OutputWeight(i, int(j), float(weights.w_out[i, j]), float(tr.h[i]))


def probabilities_at(tr: network.Trace, ow: OutputWeight, w: float) -> tuple[np.ndarray, np.ndarray]:
    """(z, p) of the network with W[i, j] = w: only score j moves, by h_i * (w - w0)."""
    z = np.array(tr.z, dtype=np.float64)  # (3,)
    z[ow.j] += ow.h_i * (float(w) - ow.w0)
    return z, softmax(z)


def one_hot(j: int) -> np.ndarray:
    y = np.zeros(network.K)
    y[j] = 1.0
    return y  # (3,)


def update_at(tr: network.Trace, ow: OutputWeight, loss: str, w: float, lr: float) -> Update:
    """One step of gradient descent on W[i, j] from the value w, with the label one_hot(j)."""
    y = one_hot(ow.j)
    z, p = probabilities_at(tr, ow, w)
    moved = dataclasses.replace(tr, z=z, p=p)  # the same image, the network with W[i, j] = w
    dw, dz = network.last_layer_gradient(moved, y, loss)
    slope = float(dw[ow.i, ow.j])
    w_new = descent.update(w, slope, lr)
    p_new = probabilities_at(tr, ow, w_new)[1]
    return Update(
        w=float(w),
        slope=slope,
        dz=float(dz[ow.j]),
        lr=float(lr),
        w_new=w_new,
        p=p,
        p_new=p_new,
        loss=network.loss_value(y, p, loss),
        loss_new=network.loss_value(y, p_new, loss),
    )


def walk(tr: network.Trace, ow: OutputWeight, loss: str, lrs) -> list[Update]:
    """Steps from the shipped value w0, the k-th with learning rate lrs[k] (at most MAX_STEPS)."""
    lrs = list(lrs)
    if len(lrs) > MAX_STEPS:
        raise ValueError(f"at most {MAX_STEPS} steps, got {len(lrs)}")
    out, w = [], ow.w0
    for lr in lrs:
        u = update_at(tr, ow, loss, w, lr)
        out.append(u)
        w = u.w_new
    return out
