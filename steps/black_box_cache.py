"""The boxes an image can go into, and what the black-box page caches about them.

- "builtin":    the small convolutional network with the shipped weights, run in numpy
                (explainer/network.py, through ui.course_image.answer): no TensorFlow
- "untrained":  the same architecture with random weights (explainer/untrained.py), in numpy
- "pretrained": MobileNetV2 + ImageNet weights, downloaded on first use: the only box that needs
                TensorFlow, loaded behind its own choice while the page counts the seconds
- "trained":    the learner's own model from the training page, in
                st.session_state["trained_model"] = {"model", "input_size", "classes"}
                (a NumpyModel, per session, never cached globally)

Whether a picture is like the doodles the built-in box learned from comes from
explainer/familiar.py and its reference numbers (models/doodle_reference.npz).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np
import streamlit as st
from PIL import Image

from background import preload
from explainer import doodles, familiar, imagenet, models, network, photo_like, tf_runtime, untrained
from explainer.images import to_network_input
from ui import t, trained
from ui.course_image import CourseImage, answer
from ui.guard import callback
from ui.shared_cache import cached

BOXES = ("builtin", "pretrained", "untrained", "trained")
DEFAULT = "builtin"
_FAILED = "_pretrained_failed"  # session flag: the download failed, do not retry every rerun
EXAMPLES = (("gradient", 1), ("noise", 0), ("scene", 2))  # (family, seed) shown beside the orange square


class BoxUnavailable(Exception):
    """The pretrained box could not be loaded (usually: no internet for the download)."""


@cached(1)
def untrained_weights() -> network.Weights:
    return untrained.random_weights(seed=0)


@cached(1)
def reference() -> familiar.Reference:
    return familiar.load()


@st.cache_resource(show_spinner=False)
def pretrained_model():
    # A failed download raises, and cache_resource does not cache exceptions.
    return imagenet.mobilenet("imagenet")


def wait_for_tf() -> None:
    """Import TensorFlow in a background thread while the page counts the seconds."""
    if tf_runtime.is_loaded():
        return
    thread = preload.start_tf_preload(force=True)
    note, t0 = st.empty(), time.monotonic()
    while thread.is_alive() and not tf_runtime.is_loaded():
        note.info(t("black_box.tf_loading", s=int(time.monotonic() - t0)), icon=":material/hourglass_top:")
        thread.join(0.5)
    note.empty()
    tf_runtime.tensorflow()  # at once when loaded; raises if the import failed


def with_tf(load: Callable[[], Any]) -> Any:
    wait_for_tf()
    return load()


def trained_entry() -> dict | None:
    """The learner's own trained model from the training page (or restored from the store by a
    ?run= link, ui/trained.py), if it looks complete."""
    entry = trained.trained()
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
        wait_for_tf()
        with st.spinner(t("black_box.downloading")):
            return pretrained_model()
    except Exception as exc:  # network errors come out of Keras as a bare Exception
        st.session_state[_FAILED] = True
        raise BoxUnavailable from exc


@cached(64)
def _untrained_answer(key: str, _image: Image.Image) -> np.ndarray:
    return network.forward(untrained_weights(), to_network_input(_image, models.INPUT_SIZE))  # (3,)


def classify(box: str, ci: CourseImage) -> tuple[np.ndarray, tuple[str, ...]]:
    """Put the course image into a box -> (probabilities (k,), class ids). Raises BoxUnavailable."""
    if box == "builtin":
        return answer(ci).p, doodles.CLASSES
    if box == "untrained":
        return _untrained_answer(ci.key, _image=ci.image), doodles.CLASSES
    if box == "pretrained":
        model = _pretrained()
        x = to_network_input(ci.image, imagenet.INPUT_SIZE)  # (224, 224, 3)
        return imagenet.predict_cat_dog_other(model, x), doodles.CLASSES
    entry = trained_entry()
    if entry is None:
        raise BoxUnavailable
    x = to_network_input(ci.image, int(entry["input_size"]))
    return models.predict_probs(entry["model"], x), tuple(entry["classes"])


@cached(64)
def _familiarity(key: str, _x: np.ndarray) -> familiar.Familiarity:
    return familiar.check(reference(), _x)


def familiarity(ci: CourseImage) -> familiar.Familiarity:
    """Is the course image like the doodles the built-in box learned from?"""
    return _familiarity(ci.key, _x=answer(ci).x)


@cached(2)
def _fresh_doodles(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    return familiar.fresh_doodles(n, seed)


@cached(4)
def shared_accuracy(box: str, n: int = 90, seed: int = 4242) -> float:
    """Accuracy of the built-in or the untrained box on n fresh doodles (the same for everyone)."""
    x, y = _fresh_doodles(n, seed)  # (n, 64, 64, 3) in [0, 1], (n,)
    weights = builtin_weights() if box == "builtin" else untrained_weights()
    return float((network.forward(weights, x).argmax(axis=1) == y).mean())


@cached(1)
def builtin_weights() -> network.Weights:
    return network.load_weights()


def trained_accuracy(entry: dict, n: int = 90, seed: int = 4242) -> float:
    """Accuracy of the learner's own model on the same fresh doodles, remembered per model."""
    memo_key = f"_trained_accuracy.{id(entry['model'])}.{n}.{seed}"
    if memo_key not in st.session_state:
        size = int(entry["input_size"])
        x, y = _fresh_doodles(n, seed)
        if size != models.INPUT_SIZE:
            x = np.stack(
                [to_network_input(Image.fromarray((255 * a).round().astype(np.uint8)), size) for a in x]
            )
        p = models.predict_probs(entry["model"], x)  # (n, k)
        st.session_state[memo_key] = float((p.argmax(axis=1) == y).mean())
    return st.session_state[memo_key]


@cached(1)
def examples() -> list[tuple[str, Image.Image, np.ndarray, familiar.Familiarity]]:
    """Pictures that are not doodles: (family, picture, the built-in box's p (3,), the check)."""
    out = []
    pictures = [("solid", photo_like.orange())] + [(f, photo_like.draw(f, 1, seed=s)[0]) for f, s in EXAMPLES]
    for family, a in pictures:  # a: (64, 64, 3) uint8
        x = a.astype(np.float32) / 255.0
        out.append(
            (
                family,
                Image.fromarray(a),
                network.forward(builtin_weights(), x),
                familiar.check(reference(), x),
            )
        )
    return out
