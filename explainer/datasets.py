"""Labelled images to train on: the built-in doodle pets, and three real datasets.

Every loader returns a `Dataset`: uint8 RGB images (n, h, w, 3) with integer labels
(n,) that index `classes`, split into a training part and a test part.

- "doodles": drawn on the spot from a seed (explainer/doodles.py); offline and instant.
- "mnist", "fashion_mnist": 28x28 grey images, turned into RGB by repeating the grey
  channel (so every model takes 3 channels).
- "cifar_pets": CIFAR-10 regrouped into the course's task, cat / dog / other
  (CIFAR-10 label 3 = cat, 5 = dog, every other label = other), balanced per class.

The real datasets come through `keras.datasets` (TensorFlow is imported lazily through
explainer.tf_runtime); Keras keeps the downloaded file in ~/.keras/datasets, and this
module keeps the arrays in memory after the first load. Without internet the first load
fails: that becomes `DatasetUnavailable`, which the page reports in plain words.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

NAMES = ("doodles", "mnist", "fashion_mnist", "cifar_pets")
DEFAULT = "doodles"

MNIST_CLASSES = tuple(str(d) for d in range(10))
FASHION_CLASSES = (
    "tshirt",
    "trouser",
    "pullover",
    "dress",
    "coat",
    "sandal",
    "shirt",
    "sneaker",
    "bag",
    "boot",
)  # Fashion-MNIST's label order; display names live in the catalog
PET_CLASSES = ("cat", "dog", "other")
CIFAR_CAT, CIFAR_DOG = 3, 5  # CIFAR-10 label numbers


class DatasetUnavailable(RuntimeError):
    """A real dataset could not be fetched (usually: no internet for the first download)."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"dataset {name!r} is not available: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class Dataset:
    name: str
    classes: tuple[str, ...]
    x_train: np.ndarray  # (n_train, h, w, 3) uint8
    y_train: np.ndarray  # (n_train,) int64, indices into classes
    x_test: np.ndarray  # (n_test, h, w, 3) uint8
    y_test: np.ndarray  # (n_test,) int64

    @property
    def input_size(self) -> int:
        """Side of the square images, which is also the model's input size."""
        return int(self.x_train.shape[1])

    @property
    def num_classes(self) -> int:
        return len(self.classes)


def regroup_cifar10(labels) -> np.ndarray:
    """CIFAR-10 labels (0..9) -> cat/dog/other: 3 -> 0 (cat), 5 -> 1 (dog), rest -> 2 (other)."""
    y = np.asarray(labels).reshape(-1).astype(np.int64)  # (n,); CIFAR gives (n, 1)
    if y.size and (y.min() < 0 or y.max() > 9):
        raise ValueError("CIFAR-10 labels must be between 0 and 9")
    out = np.full_like(y, 2)
    out[y == CIFAR_CAT] = 0
    out[y == CIFAR_DOG] = 1
    return out


def to_rgb(x) -> np.ndarray:
    """(n, h, w) or (n, h, w, 1) grey -> (n, h, w, 3) by repeating the grey value; RGB passes."""
    x = np.asarray(x)
    if x.ndim == 3:
        x = x[..., None]
    if x.ndim != 4 or x.shape[-1] not in (1, 3):
        raise ValueError(f"expected images (n, h, w) or (n, h, w, 1|3), got shape {x.shape}")
    return np.repeat(x, 3, axis=-1) if x.shape[-1] == 1 else x


def subset(x, y, n: int, seed: int, balanced: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """A random subset of at most n samples, in random order.

    balanced: take the same number from every class (as many as the rarest class allows).
    """
    rng = np.random.default_rng(seed)
    y = np.asarray(y)
    if balanced:
        labels = np.unique(y)
        per = min(n // len(labels), *(int((y == c).sum()) for c in labels))
        idx = np.concatenate([rng.choice(np.flatnonzero(y == c), per, replace=False) for c in labels])
        rng.shuffle(idx)
    else:
        idx = rng.permutation(len(y))[: min(n, len(y))]
    return x[idx], y[idx]


def _keras_dataset(name: str):
    """The keras.datasets module for a real dataset."""
    from explainer.tf_runtime import keras

    return {
        "mnist": keras().datasets.mnist,
        "fashion_mnist": keras().datasets.fashion_mnist,
        "cifar_pets": keras().datasets.cifar10,
    }[name]


@functools.lru_cache(maxsize=3)
def _raw(name: str):
    """((x_train, y_train), (x_test, y_test)) from keras.datasets, downloaded once."""
    try:
        return _keras_dataset(name).load_data()
    except Exception as exc:  # Keras wraps every network error in a bare Exception
        raise DatasetUnavailable(name, str(exc)[:300]) from exc


def is_builtin(name: str) -> bool:
    return name == "doodles"


def load(name: str = DEFAULT, n_train: int = 3000, n_test: int = 600, seed: int = 0) -> Dataset:
    """The dataset `name` with n_train training and n_test test images (fewer if it has fewer).

    Raises DatasetUnavailable when a real dataset cannot be downloaded.
    """
    if name not in NAMES:
        raise ValueError(f"unknown dataset {name!r}; choose one of {NAMES}")
    if n_train < 1 or n_test < 1:
        raise ValueError("n_train and n_test must be at least 1")
    if name == "doodles":
        from explainer import doodles

        x_tr, y_tr = doodles.generate(n_train, seed=seed)
        x_te, y_te = doodles.generate(n_test, seed=seed + 1_000_003)  # a seed no learner picks
        return Dataset(name, tuple(doodles.CLASSES), x_tr, y_tr.astype(np.int64), x_te, y_te.astype(np.int64))
    (x_tr, y_tr), (x_te, y_te) = _raw(name)
    if name == "cifar_pets":
        classes, y_tr, y_te, balanced = PET_CLASSES, regroup_cifar10(y_tr), regroup_cifar10(y_te), True
    else:
        classes = MNIST_CLASSES if name == "mnist" else FASHION_CLASSES
        y_tr, y_te, balanced = np.asarray(y_tr).reshape(-1), np.asarray(y_te).reshape(-1), False
    x_tr, y_tr = subset(x_tr, y_tr, n_train, seed, balanced)
    x_te, y_te = subset(x_te, y_te, n_test, seed + 1, balanced)
    return Dataset(
        name,
        classes,
        to_rgb(x_tr).astype(np.uint8),
        y_tr.astype(np.int64),
        to_rgb(x_te).astype(np.uint8),
        y_te.astype(np.int64),
    )


def split_validation(x, y, fraction: float) -> tuple[tuple, tuple]:
    """The last round(n * fraction) samples become the validation set (data is already shuffled).

    Returns ((x_train, y_train), (x_val, y_val)); at least one training sample is kept.
    """
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"validation fraction must be in [0, 1), got {fraction}")
    n = len(y)
    n_val = min(int(round(n * fraction)), n - 1)
    cut = n - n_val
    return (x[:cut], y[:cut]), (x[cut:], y[cut:])
