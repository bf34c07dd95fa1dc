"""The pretrained box: MobileNetV2's 1,000 ImageNet probabilities summed into cat, dog, other.

    p(cat)   = sum of p_i for i in 281..285   (tabby, tiger cat, Persian, Siamese, Egyptian cat)
    p(dog)   = sum of p_i for i in 151..268   (the 118 dog breeds)
    p(other) = sum of every other p_i         (so the three still add up to 1)

The mapping is pure numpy. The Keras model (`mobilenet`) downloads its ImageNet weights on
first use (about 14 MB, cached by Keras in ~/.keras/models); callers cache the model.
"""

from __future__ import annotations

import numpy as np

from explainer.checks import finite_array

NUM_IMAGENET = 1000
CAT = range(281, 286)  # ImageNet's domestic cats, indices 281-285 inclusive
DOG = range(151, 269)  # ImageNet's dogs, indices 151-268 inclusive
INPUT_SIZE = 224  # MobileNetV2's input: 224 x 224 RGB


def group_of(index: int) -> int:
    """Which of cat (0), dog (1), other (2) an ImageNet class index falls into."""
    if not 0 <= index < NUM_IMAGENET:
        raise ValueError(f"an ImageNet index is 0..999, got {index}")
    return 0 if index in CAT else 1 if index in DOG else 2


# (1000,) the group of every ImageNet class, built once
GROUPS = np.array([group_of(i) for i in range(NUM_IMAGENET)], dtype=np.int64)
_MEMBERSHIP = np.eye(3)[GROUPS]  # (1000, 3): row i is the one-hot group of ImageNet class i


def to_cat_dog_other(probs_1000) -> np.ndarray:
    """1000 ImageNet probabilities (1000,) or (n, 1000) -> (3,) or (n, 3): cat, dog, other.

    Each row is summed per group and then divided by its total, so it adds up to exactly 1
    even when the network's float32 probabilities add up to 0.9999999.
    """
    p = finite_array(probs_1000, "probabilities", ndim=(1, 2))
    if p.shape[-1] != NUM_IMAGENET:
        raise ValueError(f"expected {NUM_IMAGENET} ImageNet probabilities, got {p.shape[-1]}")
    if np.any(p < 0):
        raise ValueError("probabilities cannot be negative")
    rows = p.reshape(-1, NUM_IMAGENET)  # (n, 1000)
    total = rows.sum(axis=1, keepdims=True)  # (n, 1)
    if np.any(total <= 0):
        raise ValueError("probabilities add up to 0")
    grouped = rows @ _MEMBERSHIP / total  # (n, 1000) @ (1000, 3) -> (n, 3): sums per group
    return grouped[0] if p.ndim == 1 else grouped


def mobilenet(weights: str | None = "imagenet"):
    """Keras MobileNetV2 (224 x 224 x 3 -> 1000 softmax). weights=None skips the download."""
    from explainer.tf_runtime import keras

    return keras().applications.MobileNetV2(weights=weights, input_shape=(INPUT_SIZE, INPUT_SIZE, 3))


def predict_cat_dog_other(model, x01: np.ndarray) -> np.ndarray:
    """One image (224, 224, 3) in [0, 1] -> (3,) cat/dog/other via MobileNetV2.

    MobileNetV2 expects pixels scaled to [-1, 1]: x = 2 * x01 - 1 (its preprocess_input).
    """
    a = np.asarray(x01, dtype=np.float32)
    if a.shape != (INPUT_SIZE, INPUT_SIZE, 3):
        raise ValueError(f"expected an image of shape ({INPUT_SIZE}, {INPUT_SIZE}, 3), got {a.shape}")
    p = np.asarray(model(a[None] * 2.0 - 1.0, training=False), dtype=np.float64)[0]  # (1000,)
    return to_cat_dog_other(p)
