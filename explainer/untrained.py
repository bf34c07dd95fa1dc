"""The built-in network's architecture with random weights: a box whose knobs were never set.

The weights are drawn as Keras draws a new layer's by default, so this is the box Keras would
build before any training (explainer.models.untrained), computed in numpy without TensorFlow:

    kernel W ~ Uniform(-a, a),  a = sqrt(6 / (fan_in + fan_out))     (Glorot uniform)
        conv 3x3: fan_in = 9 c_in, fan_out = 9 c_out;  dense: fan_in = rows, fan_out = columns
    bias b = 0

Its scores z = h W + b are small, so p = softmax(z) stays near 1/3 for every class.
"""

from __future__ import annotations

import numpy as np

from explainer import network


def glorot_limit(shape: tuple[int, ...]) -> float:
    """a = sqrt(6 / (fan_in + fan_out)) for a kernel of this shape (HWIO or (rows, columns))."""
    receptive = int(np.prod(shape[:-2])) if len(shape) > 2 else 1  # 3 x 3 = 9 for a conv kernel
    fan_in, fan_out = shape[-2] * receptive, shape[-1] * receptive
    return float(np.sqrt(6.0 / (fan_in + fan_out)))


def random_weights(seed: int = 0) -> network.Weights:
    """Glorot-uniform kernels and zero biases for every layer of the built-in network."""
    rng = np.random.default_rng(int(seed))
    arrays = []
    for shape in network.SHAPES:
        if len(shape) == 1:
            arrays.append(np.zeros(shape, dtype=np.float32))  # a bias
        else:
            a = glorot_limit(shape)
            arrays.append(rng.uniform(-a, a, shape).astype(np.float32))
    return network.weights_from_arrays(arrays)
