"""A trained model run in numpy: the architectures of explainer/models.py filled with plain arrays.

A run's final weights live in the store as plain arrays (model.get_weights() order). To
classify with them, nothing is unpickled and no model file is loaded: the architecture is
built here in code, from the run's settings, and the arrays go into it after their shapes
are checked. No TensorFlow is imported, so the inference page and the black box can use a
learner's model (or the built-in one) without the ~7 s import.

    cnn:   x (h, w, 3) -> [Conv 3x3 same + ReLU -> MaxPool 2x2] x 3 -> mean over positions
           -> h = relu(h0 W_h + b_h) -> p = softmax(h W + b)
    dense: x (h, w, 3) -> flatten (h*w*3, row by row, channels last, as Keras's Flatten)
           -> h = relu(x W_h + b_h) -> p = softmax(h W + b)

The convolutions are explainer/network.py's (checked against Keras there); tests compare
this whole forward pass with Keras's model for both kinds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explainer.network import FILTERS, _conv3x3_relu, _maxpool2
from explainer.outputs import softmax

KINDS = ("cnn", "dense")
CHUNK = 32  # images per pass: bounds the memory of a big batch


def weight_shapes(kind: str, input_shape, num_classes: int, hidden_units: int) -> list[tuple[int, ...]]:
    """Shapes of the arrays in Keras's get_weights() order (conv kernels are HWIO)."""
    h, w, c = (int(v) for v in input_shape)
    if kind == "dense":
        return [(h * w * c, hidden_units), (hidden_units,), (hidden_units, num_classes), (num_classes,)]
    if kind != "cnn":
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r:.40}")
    out, c_in = [], c
    for f in FILTERS:
        out += [(3, 3, c_in, f), (f,)]
        c_in = f
    return out + [(c_in, hidden_units), (hidden_units,), (hidden_units, num_classes), (num_classes,)]


@dataclass(frozen=True, eq=False)
class NumpyModel:
    """An architecture from code with plain float32 arrays in it; called like a Keras model.

    model(x, training=False) and model.predict(x) take images (n, h, w, 3) in [0, 1] and
    return probabilities (n, k); get_weights() gives the arrays back (Keras's order)."""

    kind: str
    input_shape_hwc: tuple[int, int, int]
    num_classes: int
    hidden_units: int
    weights: tuple[np.ndarray, ...]

    @classmethod
    def from_arrays(cls, kind, input_shape, num_classes, hidden_units, arrays) -> NumpyModel:
        """Check every array's shape against the architecture; ValueError if one does not fit."""
        shape = tuple(int(v) for v in input_shape)
        want = weight_shapes(kind, shape, int(num_classes), int(hidden_units))
        got = [np.asarray(a) for a in arrays]
        if len(got) != len(want):
            raise ValueError(f"a {kind} model has {len(want)} weight arrays, got {len(got)}")
        out = []
        for i, (a, s) in enumerate(zip(got, want, strict=True)):
            if a.shape != s or a.dtype.kind != "f":
                raise ValueError(f"weight {i} must be floats of shape {s}, got {a.dtype} {a.shape}")
            a = np.array(a, dtype=np.float32)  # a private copy
            a.flags.writeable = False
            out.append(a)
        return cls(kind, shape, int(num_classes), int(hidden_units), tuple(out))

    @property
    def input_shape(self) -> tuple:
        return (None, *self.input_shape_hwc)

    def get_weights(self) -> list[np.ndarray]:
        return [a.copy() for a in self.weights]

    def count_params(self) -> int:
        return int(sum(a.size for a in self.weights))

    def _features(self, x: np.ndarray) -> np.ndarray:
        """x (n, h, w, 3) float32 -> the input of the hidden dense layer (n, d) float64."""
        if self.kind == "dense":
            return x.reshape(len(x), -1).astype(np.float64)  # (n, h*w*3)
        a = x
        for i in range(len(FILTERS)):
            a = _maxpool2(_conv3x3_relu(a, self.weights[2 * i], self.weights[2 * i + 1]))
        return a.astype(np.float64).mean(axis=(1, 2))  # (n, 64)

    def __call__(self, x, training: bool = False) -> np.ndarray:
        a = np.asarray(x, dtype=np.float32)
        if a.ndim != 4 or tuple(a.shape[1:]) != self.input_shape_hwc:
            raise ValueError(
                f"x must have shape (n, {', '.join(map(str, self.input_shape_hwc))}), got {a.shape}"
            )
        w_h, b_h, w, b = (v.astype(np.float64) for v in self.weights[-4:])
        parts = []
        for s in range(0, len(a), CHUNK):
            h = np.maximum(self._features(a[s : s + CHUNK]) @ w_h + b_h, 0.0)  # (n, hidden)
            parts.append(softmax(h @ w + b))  # (n, k)
        return np.concatenate(parts) if parts else np.zeros((0, self.num_classes))

    def predict(self, x, verbose: int = 0, batch_size: int | None = None) -> np.ndarray:
        return self(x)
