"""The built-in model on its held-out test doodles: its probabilities, shipped as numbers.

The inference page opens with the built-in model's accuracy and confusion matrix on 600 fresh
doodles (seed 2; it trained on seed 1). Drawing them and running the network over them takes
~1.3 s of a laptop's core, the whole of a fresh server's first view of that page. The answer
depends only on the shipped weights and the doodle generator, so scripts/builtin_eval.py
computes it once, with the code below, into models/builtin_eval.npz (~10 KB: labels and
probabilities, plain numbers). `load()` uses that file only when its fingerprint (the
weights file's bytes and what the doodle generator draws) matches, and returns None otherwise,
so a stale file is never shown: the page then computes the same numbers live.
tests/test_builtin_eval.py checks that the shipped numbers equal a fresh computation.

    p_i = softmax(network(x_i)), y_pred_i = argmax_k p_ik, accuracy = mean(y_pred == y)
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import numpy as np

from explainer import doodles, network
from explainer.evaluation import predict_all
from explainer.models import INPUT_SIZE, WEIGHTS_FILE
from explainer.numpy_model import NumpyModel

TEST = (600, 2)  # the held-out doodles: n, seed (the built-in model trained on seed 1)
EVAL_FILE = Path(__file__).resolve().parents[1] / "models" / "builtin_eval.npz"


def builtin_model(weights_file: Path = WEIGHTS_FILE) -> NumpyModel:
    """The built-in CNN in numpy, from its shipped weights."""
    w = network.load_weights(weights_file)
    return NumpyModel.from_arrays(
        "cnn", (INPUT_SIZE, INPUT_SIZE, 3), len(doodles.CLASSES), network.HIDDEN, w.arrays()
    )


def fingerprint(weights_file: Path = WEIGHTS_FILE) -> str:
    """sha256 of what the answer depends on: the weights file's bytes, what the doodle generator
    draws (the first held-out images and every label, ~5 ms), and TEST."""
    n, seed = TEST
    x, y = doodles.generate(n, seed, INPUT_SIZE, first=4)
    h = hashlib.sha256()
    for part in (
        Path(weights_file).read_bytes(),
        x.tobytes(),
        y.astype(np.int64).tobytes(),
        repr(TEST).encode(),
    ):
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def held_out_images(first: int | None = None) -> np.ndarray:
    """The test doodles uint8 (n, 64, 64, 3), or only the first `first` of them."""
    n, seed = TEST
    return doodles.generate(n, seed, INPUT_SIZE, first=first)[0]


def build(weights_file: Path = WEIGHTS_FILE) -> tuple[np.ndarray, np.ndarray]:
    """Computed now: labels int64 (n,) and probabilities float32 (n, k) of the test doodles."""
    n, seed = TEST
    x, y = doodles.generate(n, seed, INPUT_SIZE)
    return y.astype(np.int64), predict_all(builtin_model(weights_file), x).astype(np.float32)


def save(y: np.ndarray, probs: np.ndarray, path: Path = EVAL_FILE, weights_file: Path = WEIGHTS_FILE) -> None:
    """Plain numbers only (np.load with allow_pickle=False reads them back)."""
    np.savez_compressed(
        path,
        y=y.astype(np.int64),
        probs=probs.astype(np.float32),
        fingerprint=np.array(fingerprint(weights_file)),
    )


def load(path: Path = EVAL_FILE, weights_file: Path = WEIGHTS_FILE) -> tuple[np.ndarray, np.ndarray] | None:
    """(labels, probabilities) from the shipped file, or None when it is missing, unreadable,
    of the wrong shape, or made for other weights or another doodle generator."""
    try:
        with np.load(path, allow_pickle=False) as data:
            y, probs, made_for = data["y"], data["probs"], str(data["fingerprint"])
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return None
    n, k = TEST[0], len(doodles.CLASSES)
    if made_for != fingerprint(weights_file) or y.shape != (n,) or probs.shape != (n, k):
        return None
    return y.astype(np.int64), probs.astype(np.float32)
