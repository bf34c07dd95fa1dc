"""The boxes: network architectures defined in code, and the built-in weights that fill them.

Only numbers are ever loaded from disk (np.load with allow_pickle=False) into an architecture
built here, and only from the file this project ships: never a model file a user supplies.
TensorFlow is imported inside the functions (explainer.tf_runtime), never at module top.

    cnn:   x (64, 64, 3) -> [Conv 3x3 -> MaxPool] x 3 -> GlobalAveragePooling -> Dense -> softmax
    dense: x (64, 64, 3) -> Flatten (12,288) -> Dense(hidden_units, relu) -> Dense(k, softmax)
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from explainer.doodles import CLASSES

KINDS = ("cnn", "dense")
INPUT_SIZE = 64  # the built-in box sees 64x64 RGB images, values in [0, 1]
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "models" / "doodles_cnn.weights.npz"


def _check(kind, input_shape, num_classes, hidden_units) -> tuple[int, int, int]:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r:.40}")
    try:
        h, w, c = (int(s) for s in input_shape)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"input_shape must be (height, width, channels), got {input_shape!r:.60}") from exc
    if min(h, w) < 8 or max(h, w) > 512 or c not in (1, 3):
        raise ValueError(f"input_shape must be 8..512 pixels a side with 1 or 3 channels, got {input_shape}")
    for name, v, lo, hi in (("num_classes", num_classes, 2, 1000), ("hidden_units", hidden_units, 1, 4096)):
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or not lo <= v <= hi:
            raise ValueError(f"{name} must be a whole number from {lo} to {hi}, got {v!r:.40}")
    return h, w, c


def build_model(
    kind: str = "cnn",
    input_shape=(INPUT_SIZE, INPUT_SIZE, 3),
    num_classes: int = len(CLASSES),
    hidden_units: int = 64,
    seed: int = 0,
):
    """An uncompiled Keras model: float32 images in [0, 1] -> num_classes probabilities (softmax).

    The same `seed` gives the same starting weights.
    """
    h, w, c = _check(kind, input_shape, num_classes, hidden_units)
    from explainer.tf_runtime import keras

    k = keras()
    k.utils.set_random_seed(int(seed))
    inputs = k.Input(shape=(h, w, c), name="image")
    if kind == "dense":
        x = k.layers.Flatten(name="flatten")(inputs)  # (h*w*c,)
        x = k.layers.Dense(hidden_units, activation="relu", name="hidden")(x)
    else:
        x = inputs
        for i, filters in enumerate((16, 32, 64)):
            x = k.layers.Conv2D(filters, 3, padding="same", activation="relu", name=f"conv{i + 1}")(x)
            x = k.layers.MaxPooling2D(2, name=f"pool{i + 1}")(x)
        x = k.layers.GlobalAveragePooling2D(name="average")(x)  # (64,)
        x = k.layers.Dense(hidden_units, activation="relu", name="hidden")(x)
    outputs = k.layers.Dense(num_classes, activation="softmax", name="probabilities")(x)
    return k.Model(inputs, outputs, name=f"doodles_{kind}")


def untrained(seed: int = 0):
    """The built-in architecture with random weights: a box whose knobs are not yet set."""
    return build_model("cnn", seed=seed)


def save_weights(model, path: Path = WEIGHTS_FILE) -> None:
    """Store only the weight arrays (no code, no pickles) as w0, w1, ... in an .npz file."""
    arrays = {f"w{i}": np.asarray(w, dtype=np.float32) for i, w in enumerate(model.get_weights())}
    np.savez_compressed(path, **arrays)


def load_builtin(path: Path = WEIGHTS_FILE):
    """The built-in box: the CNN architecture from code, filled with the shipped weights."""
    model = build_model("cnn")
    with np.load(path, allow_pickle=False) as data:
        weights = [data[f"w{i}"] for i in range(len(data.files))]
    model.set_weights(weights)  # raises ValueError if the shapes do not fit the architecture
    return model


def predict_probs(model, x: np.ndarray) -> np.ndarray:
    """Images (n, h, w, 3) or one image (h, w, 3), floats in [0, 1] -> probabilities (n, k) or (k,)."""
    a = np.asarray(x, dtype=np.float32)
    single = a.ndim == 3
    batch = a[None] if single else a  # (n, h, w, 3)
    p = np.asarray(model(batch, training=False), dtype=np.float64)  # (n, k)
    return p[0] if single else p
