"""Steps of the inference page, run in this order by app_pages/inference.py: accuracy, gallery, own_image, exports.

Inference (course 02-08): a trained model classifies images it never saw.

The model is the learner's own (ui/trained.py: the run of this session, or of the page's
?run= link, restored from the store) or, until there is one, the built-in model that ships
with the app, clearly labelled. Both run in numpy (explainer/numpy_model.py), so this page
needs no TensorFlow unless the learner downloads a .keras file. Test-set predictions are
computed once per model and kept in the session.
Nothing a user uploads is ever loaded as a model: uploads are images, decoded by
explainer.images.load_image inside ui/image_picker.py.
"""

import functools
import threading

import numpy as np
import streamlit as st

from explainer import builtin_eval, doodles, evaluation, export
from explainer.figures import inference as inference_figures
from explainer.figures.html_bars import probability_bars
from explainer.images import to_network_input
from explainer.model_file import keras_file_for
from explainer.models import INPUT_SIZE, predict_probs
from explainer.numpy_model import NumpyModel
from ui import present, t, trained
from ui.image_picker import image_picker_ui

PAGE = "inference"
EVAL = "inference._eval"  # session: (run id of the model, probabilities (n, k))
GALLERY_MAX = 24


@st.cache_resource(show_spinner=False)
def builtin_answers() -> tuple[np.ndarray, np.ndarray]:
    """The built-in model's (labels (n,), probabilities (n, k)) on its held-out doodles: the
    shipped numbers (models/builtin_eval.npz) when they fit the weights, else computed now.
    The same for every learner: once per process, read-only."""
    answers = builtin_eval.load() or builtin_eval.build()
    for a in answers:
        a.setflags(write=False)
    return answers


@st.cache_resource(show_spinner=False, max_entries=4)
def builtin_images(first: int) -> np.ndarray:
    """The first `first` held-out doodles uint8 (first, 64, 64, 3), read-only."""
    x = builtin_eval.held_out_images(first)
    x.setflags(write=False)
    return x


@st.cache_resource(show_spinner=False)
def builtin() -> dict:
    """The built-in model as the page's model entry: shipped weights, held-out doodles to test on."""
    return {
        "model": builtin_eval.builtin_model(),
        "input_size": INPUT_SIZE,
        "classes": tuple(doodles.CLASSES),
        "settings": None,
        "history": None,
        "outcome": "builtin",
        "run": "builtin",
        "dataset": "doodles",
        "y_test": builtin_answers()[0],
        "builtin": True,
    }


def model_or_hint(first: bool = False) -> dict:
    """The learner's own model, else the built-in one. The first step (and every slide in
    lecture mode, where each step is shown alone) says which, with a link to train one."""
    m = trained.trained()
    if m is None:
        m = builtin()
        if first or present.active():
            st.info(t("inference.builtin"), icon=":material/inventory_2:")
            if trained.running():
                st.caption(t("inference.builtin.training"))
            st.page_link(
                "app_pages/training.py", label=t("inference.go_train"), icon=":material/arrow_forward:"
            )
    return m


def test_probs(m: dict) -> np.ndarray:
    """Probabilities (n, k) for the test images, computed once per model (the built-in
    model's once per process, a learner's own once per session)."""
    if m.get("builtin"):
        with st.spinner(t("inference.predicting")):
            return builtin_answers()[1]
    cached = st.session_state.get(EVAL)
    if cached is not None and cached[0] == m["run"]:
        return cached[1]
    with st.spinner(t("inference.predicting")):
        probs = evaluation.predict_all(m["model"], m["x_test"])
    st.session_state[EVAL] = (m["run"], probs)
    return probs


def gallery_images(m: dict, idx: np.ndarray) -> np.ndarray:
    """The test images the gallery shows (indices idx): a learner's test set, or as many of the
    built-in model's held-out doodles as the highest index needs (they are drawn in order)."""
    if m.get("builtin"):
        return builtin_images(int(idx.max()) + 1 if len(idx) else 0)
    return m["x_test"]


def names(m: dict) -> list[str]:
    return [trained.class_name(c) for c in m["classes"]]


# --- step 1: accuracy and confusion matrix ------------------------------------------------
def accuracy() -> None:
    st.subheader(t("inference.accuracy.header"))
    st.markdown(t("inference.accuracy.intro"))
    m = model_or_hint(first=True)
    s = m["settings"]
    if s is not None:
        st.caption(
            t(
                "inference.model_info",
                model=t(f"training.model.{s.model}"),
                dataset=t(f"training.dataset.{s.dataset}"),
                epochs=len(m["history"].ep_x),
                outcome=t(f"inference.outcome.{m['outcome']}"),
            )
        )
    probs = test_probs(m)
    y_pred = evaluation.predicted_classes(probs)
    y_true = m["y_test"]
    acc = evaluation.accuracy(y_true, y_pred)
    c1, c2 = st.columns(2)
    c1.metric(t("inference.accuracy.metric"), f"{acc:.1%}")
    c1.caption(t("inference.accuracy.count", right=int((y_true == y_pred).sum()), n=len(y_true)))
    val = [v for v in m["history"].ep_val_accuracy if np.isfinite(v)] if m["history"] is not None else []
    if val:
        c2.metric(t("inference.accuracy.val"), f"{val[-1]:.1%}")
    st.markdown(f"**{t('inference.confusion.title')}**")
    st.caption(t("inference.confusion.help"))
    cm = evaluation.confusion_matrix(y_true, y_pred, len(m["classes"]))
    table = inference_figures.confusion_table(
        cm, names(m), t("inference.confusion.x"), t("inference.confusion.y")
    )
    with st.container(key="inference.confusion"):
        st.html(table)


# --- step 2: gallery ------------------------------------------------------------------------
def gallery() -> None:
    m = model_or_hint()
    st.subheader(t("inference.gallery.header"))
    probs = test_probs(m)
    y_pred = evaluation.predicted_classes(probs)
    y_true = m["y_test"]
    only_wrong = st.toggle(t("inference.gallery.mistakes"), key="inference.mistakes")
    idx = evaluation.gallery_indices(y_true, y_pred, only_wrong, GALLERY_MAX)
    if only_wrong and len(idx) == 0:
        st.success(t("inference.gallery.none_wrong"), icon=":material/celebration:")
        return
    total = int((y_true != y_pred).sum()) if only_wrong else len(y_true)
    st.caption(
        t("inference.gallery.shown", shown=len(idx), total=total) + " " + t("inference.gallery.legend")
    )
    labels = names(m)
    images = gallery_images(m, idx)
    cols = st.columns(6)
    for j, i in enumerate(idx):
        with cols[j % 6]:
            right = y_true[i] == y_pred[i]
            st.image(images[i], width="stretch")
            st.caption(
                t(
                    "inference.gallery.caption",
                    truth=labels[y_true[i]],
                    pred=labels[y_pred[i]],
                    mark="✓" if right else "✗",
                )
                + "  \n"
                + t("inference.gallery.probs", probs=_probs_text(labels, probs[i]))
            )


def _probs_text(labels: list[str], p: np.ndarray, top: int = 2) -> str:
    order = np.argsort(p)[::-1][:top]
    return " · ".join(f"{labels[k]} {p[k]:.0%}" for k in order)


# --- step 3: your own image ---------------------------------------------------------------------
def own_image() -> None:
    m = model_or_hint()
    st.subheader(t("inference.own.header"))
    size = m["input_size"]
    st.markdown(t("inference.own.intro", size=size))
    left, right = st.columns([1, 1])
    with left:
        image = image_picker_ui(PAGE)
    if image is None:
        return
    x = to_network_input(image, size)  # (size, size, 3) in [0, 1]
    p = predict_probs(m["model"], x)  # (k,)
    labels = names(m)
    with right:
        st.image((x * 255).astype(np.uint8), caption=t("inference.own.seen", size=size), width=160)
        k = int(np.argmax(p))
        st.markdown(t("inference.own.answer", label=labels[k], p=float(p[k])))
        bars = probability_bars(labels, p, x_title=t("inference.own.x"), y_title=t("inference.own.y"))
        st.container(key="inference.own_probs").html(bars)
        if m["dataset"] != "cifar_pets":
            st.caption(t("inference.own.domain"))


# --- step 4: export -------------------------------------------------------------------------------
_files: dict[str, bytes] = {}  # run id -> .keras bytes, the few most recent (made on demand)
_files_lock = threading.Lock()


def model_file(run: str, model: NumpyModel) -> bytes:
    """The model as a .keras file that any Keras loads with safe_mode (explainer/model_file.py).

    Made when the learner clicks the download (it imports TensorFlow), once per model."""
    with _files_lock:
        if run in _files:
            return _files[run]
    data = keras_file_for(model)
    with _files_lock:
        _files[run] = data
        while len(_files) > 4:
            _files.pop(next(iter(_files)))
    return data


def exports() -> None:
    m = model_or_hint()
    st.subheader(t("inference.export.header"))
    if m.get("builtin"):
        st.markdown(t("inference.export.builtin"))
        return
    st.markdown(t("inference.export.intro"))
    c1, c2, c3 = st.columns(3)
    c1.download_button(
        t("inference.export.model"),
        functools.partial(model_file, m["run"], m["model"]),  # made on click, in its own thread
        file_name="trained_model.keras",
        mime="application/octet-stream",
        help=t("inference.export.model.help"),
        icon=":material/download:",
        key="inference.dl_model",
    )
    c2.download_button(
        t("inference.export.csv"),
        export.history_csv(m["history"]),
        file_name="training_history.csv",
        mime="text/csv",
        icon=":material/table:",
        key="inference.dl_csv",
    )
    c3.download_button(
        t("inference.export.script"),
        export.training_script(m["settings"]),
        file_name="train_again.py",
        mime="text/x-python",
        help=t("inference.export.script.help"),
        icon=":material/code:",
        key="inference.dl_script",
    )
    st.caption(t("inference.export.safety"))


STEPS = [accuracy, gallery, own_image, exports]
