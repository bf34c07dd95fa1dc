"""The built-in network, computed in numpy: the same numbers as Keras, without loading TensorFlow.

The architecture of explainer.models' "cnn" box, filled with the shipped weights:

    x (64, 64, 3)  values in [0, 1]
    -> conv1: Conv 3x3, 16 filters, "same", ReLU  (64, 64, 16) -> pool1: MaxPool 2x2  (32, 32, 16)
    -> conv2: Conv 3x3, 32 filters, "same", ReLU  (32, 32, 32) -> pool2: MaxPool 2x2  (16, 16, 32)
    -> conv3: Conv 3x3, 64 filters, "same", ReLU  (16, 16, 64) -> pool3: MaxPool 2x2  (8, 8, 64)
    -> average over the 8x8 positions: h0 (64,)
    -> hidden:        h = relu(h0 W_h + b_h)     (64,)
    -> probabilities: z = h W + b,  p = softmax(z)  (3,)   classes explainer.doodles.CLASSES

A 3x3 convolution is one matrix product: each pixel's 3x3 neighbourhood (padded with zeros
at the border, like Keras's "same") is laid out as one row (im2col), and the rows times the
kernel reshaped to (9 c_in, c_out) give every output at once (computed in blocks of rows,
see _matmul_small). Convolutions run in float32 (as Keras does); h0, h, z, p are float64.
tests/test_network.py checks forward() and every intermediate against Keras's model, and
the last layer's gradients against tf.GradientTape.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.lib.stride_tricks import as_strided

from explainer import losses
from explainer.checks import finite_array, finite_number
from explainer.doodles import CLASSES
from explainer.models import INPUT_SIZE, WEIGHTS_FILE
from explainer.outputs import softmax

FILTERS = (16, 32, 64)  # conv1, conv2, conv3
HIDDEN = 64
K = len(CLASSES)
LOSSES = ("cross_entropy", "squared_error")
CHUNK = 32  # images per im2col pass: bounds the memory of a big batch (~15 MB per pass)
SMALL_PRODUCT = 200_000  # m * d * f below OpenBLAS's threshold (262,144) for using its threads


def _shapes() -> list[tuple[int, ...]]:
    """Shapes of w0..w9 in Keras's get_weights() order (kernels are HWIO)."""
    out, c_in = [], 3
    for f in FILTERS:
        out += [(3, 3, c_in, f), (f,)]
        c_in = f
    return out + [(c_in, HIDDEN), (HIDDEN,), (HIDDEN, K), (K,)]


SHAPES = tuple(_shapes())


def _read_only(a: np.ndarray) -> np.ndarray:
    """a itself if nobody can change it, else a read-only copy (the caller's array stays writable)."""
    if not a.flags.writeable:
        return a
    a = a.copy()
    a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)
class Weights:
    """The numbers inside the box, read-only. float32 as shipped; w_out may be float64 (see
    with_output_weight)."""

    conv_w: tuple[np.ndarray, ...]  # kernels (3, 3, c_in, c_out), c_out = 16, 32, 64
    conv_b: tuple[np.ndarray, ...]  # biases (c_out,)
    w_hidden: np.ndarray  # (64, 64)
    b_hidden: np.ndarray  # (64,)
    w_out: np.ndarray  # W (64, 3)
    b_out: np.ndarray  # b (3,)

    def __post_init__(self):
        if len(self.conv_w) != len(FILTERS) or len(self.conv_b) != len(FILTERS):
            raise ValueError(f"the network has {len(FILTERS)} conv layers, got {len(self.conv_w)} kernels")
        for i, (a, shape) in enumerate(zip(self.arrays(), SHAPES, strict=True)):
            if not isinstance(a, np.ndarray) or a.dtype not in (np.float32, np.float64):
                raise ValueError(f"w{i} must be a float array, got {getattr(a, 'dtype', type(a).__name__)}")
            if a.shape != shape:
                raise ValueError(f"w{i} must have shape {shape}, got {a.shape}")
            if not np.all(np.isfinite(a)):
                raise ValueError(f"w{i} contains NaN or infinity")
        for name in ("conv_w", "conv_b"):
            object.__setattr__(self, name, tuple(_read_only(a) for a in getattr(self, name)))
        for name in ("w_hidden", "b_hidden", "w_out", "b_out"):
            object.__setattr__(self, name, _read_only(getattr(self, name)))

    def arrays(self) -> list[np.ndarray]:
        """w0..w9 in Keras's get_weights() order."""
        pairs = [a for pair in zip(self.conv_w, self.conv_b, strict=True) for a in pair]
        return pairs + [self.w_hidden, self.b_hidden, self.w_out, self.b_out]


def weights_from_arrays(arrays) -> Weights:
    """A list like model.get_weights() (w0..w9, kernels HWIO) -> Weights (copies, float32)."""
    try:
        a = [np.asarray(w, dtype=np.float32) for w in arrays]
    except (TypeError, ValueError) as exc:
        raise ValueError("weights must be a list of numeric arrays (w0..w9)") from exc
    if len(a) != len(SHAPES):
        raise ValueError(f"the built-in network has {len(SHAPES)} weight arrays, got {len(a)}")
    n = len(FILTERS)
    return Weights(tuple(a[0 : 2 * n : 2]), tuple(a[1 : 2 * n : 2]), *a[2 * n :])


def load_weights(path: Path = WEIGHTS_FILE) -> Weights:
    """The shipped .npz (arrays w0..w9, plain numbers only) -> Weights; ValueError if it does not fit."""
    name = Path(path).name
    data = np.load(path, allow_pickle=False)  # raises ValueError for a file holding pickled objects
    if not isinstance(data, np.lib.npyio.NpzFile):
        raise ValueError(f"{name} is one array, not an .npz archive of w0..w{len(SHAPES) - 1}")
    with data:
        want = [f"w{i}" for i in range(len(SHAPES))]
        missing = [n for n in want if n not in data.files]
        extra = sorted(set(data.files) - set(want))
        if missing or extra:
            raise ValueError(f"{name}: missing arrays {missing}, unexpected arrays {extra}")
        raw = [data[n] for n in want]
    for i, (a, shape) in enumerate(zip(raw, SHAPES, strict=True)):
        if a.shape != shape:
            raise ValueError(f"{name}: w{i} has shape {a.shape}, the network needs {shape}")
        if not np.issubdtype(a.dtype, np.floating):
            raise ValueError(f"{name}: w{i} holds {a.dtype}, not floats")
    return weights_from_arrays(raw)


def _images(x) -> tuple[np.ndarray, bool]:
    """x (64, 64, 3) or (n, 64, 64, 3), floats in [0, 1] -> (float32 (n, 64, 64, 3), was one image)."""
    a = np.asarray(x)
    if a.dtype.kind in "iub":
        raise ValueError(f"x must be floats in [0, 1], got {a.dtype} values: divide pixels by 255 first")
    if a.dtype.kind != "f":
        raise ValueError(f"x must be floats in [0, 1], got dtype {a.dtype}")
    one = (INPUT_SIZE, INPUT_SIZE, 3)
    if a.shape[-3:] != one or a.ndim not in (3, 4):
        raise ValueError(f"x must have shape {one} or (n, {INPUT_SIZE}, {INPUT_SIZE}, 3), got {a.shape}")
    if a.size == 0:
        raise ValueError("x holds no images")
    if not np.all(np.isfinite(a)):
        raise ValueError("x contains NaN or infinity")
    if a.min() < 0.0 or a.max() > 1.0:
        raise ValueError(f"x must be in [0, 1], got values from {a.min():.4g} to {a.max():.4g}")
    single = a.ndim == 3
    return np.asarray(a[None] if single else a, dtype=np.float32), single


def _matmul_small(cols: np.ndarray, k: np.ndarray) -> np.ndarray:
    """cols (m, d) @ k (d, f) as products of at most SMALL_PRODUCT multiply-adds each.

    OpenBLAS hands bigger products to its worker threads, which spin-wait; on a 2-core server
    shared with other sessions that made one image ~20x slower (0.75 ms alone, 10-25 ms under
    load). Products this small run on the calling thread, so one image stays at ~1 ms.
    """
    m, d = cols.shape
    rows = max(1, SMALL_PRODUCT // (d * k.shape[1]))
    out = np.empty((m, k.shape[1]), dtype=np.float32)  # (m, f)
    for s in range(0, m, rows):
        np.matmul(cols[s : s + rows], k, out=out[s : s + rows])
    return out


def _conv3x3_relu(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a[n, r, c, :] = relu(sum_{dr, dc, i} x_pad[n, r + dr, c + dc, i] w[dr, dc, i, :] + b).

    x (n, H, W, c_in) -> (n, H, W, c_out); zero padding of 1 keeps H, W ("same").
    """
    n, hh, ww, c = x.shape
    xp = np.zeros((n, hh + 2, ww + 2, c), dtype=np.float32)  # (n, H+2, W+2, c_in)
    xp[:, 1:-1, 1:-1] = x
    s = xp.strides
    windows = as_strided(xp, (n, hh, ww, 3, 3, c), (s[0], s[1], s[2], s[1], s[2], s[3]), writeable=False)
    cols = windows.reshape(n * hh * ww, 9 * c)  # (n H W, 9 c_in): the copy that is im2col
    a = _matmul_small(cols, w.reshape(9 * c, -1).astype(np.float32, copy=False))  # (n H W, c_out)
    a += b.astype(np.float32, copy=False)
    return np.maximum(a, 0.0, out=a).reshape(n, hh, ww, -1)  # (n, H, W, c_out)


def _maxpool2(a: np.ndarray) -> np.ndarray:
    """m[n, r, c, :] = max of the 2x2 block at (2r, 2c); an odd last row/column is dropped ("valid")."""
    n, hh, ww, c = a.shape
    a = a[:, : hh // 2 * 2, : ww // 2 * 2]
    return a.reshape(n, hh // 2, 2, ww // 2, 2, c).max(axis=(2, 4))  # (n, H/2, W/2, c)


def _features(weights: Weights, x: np.ndarray, keep: list | None = None) -> np.ndarray:
    """x (n, 64, 64, 3) float32 -> h0 (n, 64) float64: the conv stack, then the average over positions."""
    a = x
    for w, b in zip(weights.conv_w, weights.conv_b, strict=True):
        a = _conv3x3_relu(a, w, b)
        m = _maxpool2(a)
        if keep is not None:
            keep.append((a, m))
        a = m
    return a.astype(np.float64).mean(axis=(1, 2))  # (n, 64)


def _head(weights: Weights, h0: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """h0 (n, 64) -> h = relu(h0 W_h + b_h) (n, 64), z = h W + b (n, 3), p = softmax(z) (n, 3)."""
    h = np.maximum(h0 @ weights.w_hidden.astype(np.float64) + weights.b_hidden, 0.0)  # (n, 64)
    z = h @ weights.w_out.astype(np.float64) + weights.b_out  # (n, 3)
    return h, z, softmax(z)


def forward(weights: Weights, x) -> np.ndarray:
    """Images x (n, 64, 64, 3) or one image (64, 64, 3), floats in [0, 1] -> p (n, 3) or (3,), float64."""
    x4, single = _images(x)
    h0 = np.concatenate([_features(weights, x4[i : i + CHUNK]) for i in range(0, len(x4), CHUNK)])
    p = _head(weights, h0)[2]  # (n, 3)
    return p[0] if single else p


@dataclass(frozen=True, eq=False)
class Trace:
    """Every number one image produces on its way through the network (conv maps after ReLU)."""

    x: np.ndarray  # (64, 64, 3) float32
    conv: tuple[np.ndarray, ...]  # (64, 64, 16), (32, 32, 32), (16, 16, 64) float32
    pool: tuple[np.ndarray, ...]  # (32, 32, 16), (16, 16, 32), (8, 8, 64) float32
    h0: np.ndarray  # (64,) the average of each of pool3's 64 maps
    h: np.ndarray  # (64,) hidden activations: the last layer's input
    z: np.ndarray  # (3,) scores (logits)
    p: np.ndarray  # (3,) probabilities = softmax(z)


def trace(weights: Weights, x) -> Trace:
    """One image (64, 64, 3) -> its Trace; trace(w, x).p equals forward(w, x)."""
    x4, single = _images(x)
    if not single:
        raise ValueError(f"trace takes one image (64, 64, 3), got shape {np.shape(x)}")
    keep: list = []
    h0 = _features(weights, x4, keep)  # (1, 64)
    h, z, p = _head(weights, h0)
    return Trace(x4[0], tuple(a[0] for a, _ in keep), tuple(m[0] for _, m in keep), h0[0], h[0], z[0], p[0])


def _target(y_true) -> np.ndarray:
    y = finite_array(y_true, "y_true", ndim=(1,))
    if y.shape != (K,) or np.any(y < 0) or abs(y.sum() - 1.0) > 1e-6:
        raise ValueError(f"y_true must be {K} numbers >= 0 that add up to 1 (one-hot), got {y_true!r:.60}")
    return y  # (3,)


def _loss_name(loss: str) -> str:
    if loss not in LOSSES:
        raise ValueError(f"loss must be one of {LOSSES}, got {loss!r:.40}")
    return loss


def loss_value(y_true, p, loss: str) -> float:
    """cross_entropy: L = -sum_i y_i log p_i (p clipped to [1e-7, 1 - 1e-7] like Keras);
    squared_error: L = sum_i (y_i - p_i)^2 (the course's SSE, not divided by k)."""
    fn = losses.cross_entropy if _loss_name(loss) == "cross_entropy" else losses.sse
    return fn(_target(y_true), p)


def last_layer_gradient(tr: Trace, y_true, loss: str) -> tuple[np.ndarray, np.ndarray]:
    """The slopes of the loss for the output layer's weights, for one image: (dL/dW (64, 3), dL/db (3,)).

    z = h W + b, p = softmax(z); the chain rule goes back through p and z:
        cross_entropy: dL/dz = p - y
        squared_error: g = dL/dp = -2 (y - p),  dL/dz = p * (g - sum(g * p))   (softmax's Jacobian)
        dL/dW = outer(h, dL/dz)  (64, 3),  dL/db = dL/dz  (3,)
    (For cross_entropy this is the slope of the unclipped loss; the clip in loss_value only
    matters when p_true < 1e-7.)
    """
    y, p = _target(y_true), tr.p  # (3,), (3,)
    if _loss_name(loss) == "cross_entropy":
        dz = p - y  # (3,)
    else:
        g = -2.0 * (y - p)  # (3,) dL/dp
        dz = p * (g - np.sum(g * p))  # (3,)
    return np.outer(tr.h, dz), dz  # (64, 3), (3,)


def with_output_weight(weights: Weights, i: int, j: int, value: float) -> Weights:
    """A copy of the weights with the one output weight W[i, j] (hidden unit i -> class j) set to value.

    The copy's W is float64, so a tiny step (value = W[i, j] - lr * slope) is kept exactly.
    """
    for name, v, hi in (("i", i, HIDDEN), ("j", j, K)):
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or not 0 <= v < hi:
            raise ValueError(f"{name} must be a whole number from 0 to {hi - 1}, got {v!r:.40}")
    w = weights.w_out.astype(np.float64)  # (64, 3), a copy
    w[i, j] = finite_number(value, "value")
    return dataclasses.replace(weights, w_out=w)
