"""The boxes an image can go into, loaded once and shared, or kept per learner.

- "builtin":    the small CNN with the shipped weights (st.cache_resource: read-only, shared)
- "pretrained": MobileNetV2 + ImageNet weights, downloaded on first use (shared, cached)
- "untrained":  the built-in architecture with random weights (shared, read-only)
- "trained":    the learner's own model from the training page, in
                st.session_state["trained_model"] = {"model", "input_size", "classes"}
                (per session, never cached globally)

TensorFlow is imported only when a box is first needed, behind a spinner that says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import streamlit as st
from PIL import Image

from explainer import doodles, imagenet, models, tf_runtime
from explainer.images import to_network_input
from ui import t
from ui.guard import callback
from ui.shared_cache import cached

BOXES = ("builtin", "pretrained", "untrained", "trained")
DEFAULT = "builtin"
TRAINED_KEY = "trained_model"  # set by the training page
_FAILED = "_pretrained_failed"  # session flag: the download failed, do not retry every rerun


class BoxUnavailable(Exception):
    """The pretrained box could not be loaded (usually: no internet for the download)."""


@st.cache_resource(show_spinner=False)
def builtin_model():
    return models.load_builtin()


@st.cache_resource(show_spinner=False)
def untrained_model():
    return models.untrained(seed=0)


@st.cache_resource(show_spinner=False)
def pretrained_model():
    # A failed download raises, and cache_resource does not cache exceptions.
    return imagenet.mobilenet("imagenet")


def with_tf(load: Callable[[], Any]) -> Any:
    """Run `load`, behind a spinner while TensorFlow is still being imported."""
    if tf_runtime.is_loaded():
        return load()
    with st.spinner(t("app.tf_loading")):
        tf_runtime.tensorflow()
    return load()


def trained_entry() -> dict | None:
    """The learner's own trained model from the training page, if it looks complete."""
    entry = st.session_state.get(TRAINED_KEY)
    if isinstance(entry, dict) and {"model", "input_size", "classes"} <= entry.keys():
        return entry
    return None


def available() -> list[str]:
    """The boxes this learner can choose now ("trained" only after training one)."""
    return [b for b in BOXES if b != "trained" or trained_entry() is not None]


def class_names(classes) -> list[str]:
    """Display names: the catalog's for the doodle classes, the given name otherwise."""
    return [t(f"doodles.class.{c}") if c in doodles.CLASSES else str(c) for c in classes]


def pretrained_failed() -> bool:
    return bool(st.session_state.get(_FAILED))


@callback
def retry_pretrained() -> None:
    st.session_state.pop(_FAILED, None)


def _pretrained() -> Any:
    if pretrained_failed():
        raise BoxUnavailable
    try:
        with_tf(lambda: None)
        with st.spinner(t("black_box.downloading")):
            return pretrained_model()
    except Exception as exc:  # network errors come out of Keras as a bare Exception
        st.session_state[_FAILED] = True
        raise BoxUnavailable from exc


def classify(box: str, image: Image.Image) -> tuple[np.ndarray, tuple[str, ...]]:
    """Put one image into a box -> (probabilities (k,), class ids). Raises BoxUnavailable."""
    if box == "pretrained":
        model = _pretrained()
        x = to_network_input(image, imagenet.INPUT_SIZE)  # (224, 224, 3)
        return imagenet.predict_cat_dog_other(model, x), doodles.CLASSES
    if box == "trained":
        entry = trained_entry()
        if entry is None:
            raise BoxUnavailable
        x = to_network_input(image, int(entry["input_size"]))
        return models.predict_probs(entry["model"], x), tuple(entry["classes"])
    model = with_tf(untrained_model if box == "untrained" else builtin_model)
    return models.predict_probs(model, to_network_input(image, models.INPUT_SIZE)), doodles.CLASSES


@cached(4)
def shared_accuracy(box: str, n: int = 90, seed: int = 4242) -> float:
    """Accuracy of a shared box on n fresh doodles (deterministic, so cached for everyone)."""
    model = builtin_model() if box == "builtin" else untrained_model()
    x, y = doodles.generate(n, seed=seed)
    p = models.predict_probs(model, x.astype(np.float32) / 255.0)  # (n, 3)
    return float((p.argmax(axis=1) == y).mean())


def trained_accuracy(entry: dict, n: int = 90, seed: int = 4242) -> float:
    """Accuracy of the learner's own model on n fresh doodles, remembered per model in the session."""
    memo_key = f"_trained_accuracy.{id(entry['model'])}.{n}.{seed}"
    if memo_key not in st.session_state:
        size = int(entry["input_size"])
        x, y = doodles.generate(n, seed=seed)
        x = np.stack([to_network_input(Image.fromarray(img), size) for img in x])  # (n, size, size, 3)
        p = models.predict_probs(entry["model"], x)  # (n, k)
        st.session_state[memo_key] = float((p.argmax(axis=1) == y).mean())
    return st.session_state[memo_key]
