"""The knobs page's steps, widgets, callbacks and cached content (app_pages/knobs.py lists the steps).

The toy points are fixed, so everything the page shows depends only on the knobs (w1, w2, b),
the training history and the language. Figures (with their catalog texts) are built once per
distinct input with ui.shared_cache.cached, shared by every session and handed out read-only:
a rerun that changed nothing rebuilds nothing. State: the knobs live in st.session_state under
urlstate keys (shareable in the URL); the training history under HISTORY.
"""

from __future__ import annotations

import streamlit as st

from explainer.knobs import KNOB_RANGE, START, TRAIN_LR, TRAIN_STEPS, error, train
from steps import knobs_cache as cache
from ui import lang, t, urlstate
from ui.formulas import show_formula
from ui.guard import callback
from ui.page import together
from ui.urlparams import FloatParam

PAGE = "knobs"
KNOBS = ("w1", "w2", "b")
DEFAULT = dict(zip(KNOBS, START, strict=True))  # a bad start: most points are called wrong
SPECS = {k: FloatParam(DEFAULT[k], *KNOB_RANGE) for k in KNOBS}
LR = TRAIN_LR  # one click of the training button: TRAIN_STEPS gradient steps
HISTORY = "knobs._history"  # session: the training steps so far, as (w1, w2, b, error) tuples
BEFORE = "knobs._before"  # session: the knobs before the last training click

X, Y = cache.X, cache.Y


def knobs_now() -> tuple[float, float, float]:
    """The knobs (w1, w2, b), bound to the URL. Call it before drawing the sliders."""
    v = urlstate.bind(PAGE, SPECS)
    return v["w1"], v["w2"], v["b"]


def locked() -> bool:
    return any(urlstate.locked(k) for k in KNOBS)


# ---------------------------------------------------------------- callbacks and widgets


def _set_knobs(w1: float, w2: float, b: float) -> None:
    for name, val in zip(KNOBS, (w1, w2, b), strict=True):
        st.session_state[urlstate.key(PAGE, name)] = float(val)


def reset() -> None:
    """Button callback: the starting knobs again, and no training history."""
    _set_knobs(**DEFAULT)
    st.session_state.pop(HISTORY, None)


def train_knobs() -> None:
    """Button callback: run TRAIN_STEPS gradient steps from the current knobs and move the sliders."""
    start = tuple(st.session_state[urlstate.key(PAGE, k)] for k in KNOBS)
    steps = train(X, Y, *start, lr=LR, steps=TRAIN_STEPS)
    past = st.session_state.get(HISTORY, [])
    if past and past[-1][:3] == start:  # continue the same run; else start a new chart
        new = past + [(s.w1, s.w2, s.b, s.error) for s in steps[1:]]
    else:
        new = [(s.w1, s.w2, s.b, s.error) for s in steps]
    st.session_state[HISTORY] = new
    st.session_state[BEFORE] = start
    last = steps[-1]
    _set_knobs(last.w1, last.w2, last.b)


def knob_sliders_ui() -> None:
    row = st.container(horizontal=True)  # a row: fewer elements to rerun than columns
    for name in KNOBS:
        row.slider(
            t(f"knobs.knob.{name}"),
            min_value=KNOB_RANGE[0],
            max_value=KNOB_RANGE[1],
            step=0.1,
            format="%.2f",
            key=urlstate.key(PAGE, name),
            disabled=urlstate.locked(name),
            # the training step (the next one, @together) starts from the knobs
        )


def render_knob_metrics(w1: float, w2: float, b: float) -> None:
    """The knobs now, how far the last training click moved them, and the error."""
    before = st.session_state.get(BEFORE)
    row = st.container(horizontal=True)
    for i, (name, val) in enumerate(zip(KNOBS, (w1, w2, b), strict=True)):
        delta = None if before is None else f"{val - before[i]:+.2f}"
        row.metric(t(f"knobs.knob.{name}"), f"{val:.2f}", delta=delta, delta_color="off")
    row.metric(t("knobs.metric.error"), f"{error(X, Y, w1, w2, b):.3f}")


# ---------------------------------------------------------------- steps


def weights_are_knobs():
    """The smallest network: p = sigma(w1*x1 + w2*x2 + b), drawn at its (bad) starting knobs."""
    st.subheader(t("knobs.box.head"))
    st.markdown(t("knobs.box.intro"))
    st.markdown(t("knobs.box.sigma"))
    show_formula(r"p = \sigma(w_1 x_1 + w_2 x_2 + b), \qquad \sigma(z) = \frac{1}{1 + e^{-z}}")
    fig, err, n_wrong = cache.decision_view(*START, lang())
    left, right = st.columns([3, 2])
    left.container(key="knobs.start").html(fig)
    with right:
        st.markdown(t("knobs.box.start", **{k: f"{v:g}" for k, v in DEFAULT.items()}))
        row = st.container(horizontal=True)
        row.metric(t("knobs.metric.error"), f"{err:.3f}")
        row.metric(t("knobs.metric.wrong"), t("knobs.metric.wrong_value", n=n_wrong, total=len(Y)))
        st.markdown(t("knobs.box.useless"))


@together("knobs")
def turn_the_knobs():
    """Turn w1, w2, b by hand: the boundary, the wrongly called points and the error follow."""
    st.subheader(t("knobs.turn.head"))
    w1, w2, b = knobs_now()  # before the sliders: they take their values from the session
    knob_sliders_ui()
    fig, err, n_wrong = cache.decision_view(w1, w2, b, lang())
    left, right = st.columns([3, 2])
    left.container(key="knobs.decision").html(fig)
    with right:
        row = st.container(horizontal=True)
        row.metric(t("knobs.metric.error"), f"{err:.3f}")
        row.metric(t("knobs.metric.wrong"), t("knobs.metric.wrong_value", n=n_wrong, total=len(Y)))
        st.markdown(t("knobs.turn.explain"))
        st.button(t("knobs.reset"), key="knobs.reset", on_click=callback(reset), icon=":material/restart_alt:",
                  disabled=locked())  # fmt: skip


@together("knobs")
def training_turns_them():
    """One press: TRAIN_STEPS gradient steps; the error falls and the knobs move."""
    st.subheader(t("knobs.train.head"))
    st.markdown(t("knobs.train.intro", steps=TRAIN_STEPS))
    knobs = knobs_now()
    st.button(t("knobs.train.button", steps=TRAIN_STEPS), key="knobs.train", on_click=callback(train_knobs), type="primary",
              icon=":material/model_training:", disabled=locked())  # fmt: skip
    render_knob_metrics(*knobs)
    history = st.session_state.get(HISTORY)
    if not history:
        st.info(t("knobs.train.none_yet"), icon=":material/touch_app:")
        return
    err_pic, path_pic = cache.history_view(cache.history_bytes(history), lang())
    left, right = st.columns(2)
    with left:
        st.caption(t("knobs.train.error_caption"))
        st.container(key="knobs.error").html(err_pic)
    with right:
        st.caption(t("knobs.train.path_caption"))
        st.container(key="knobs.path").html(path_pic)


def supervised_vs_unsupervised():
    """Supervised (labelled points, thousands per class for images) beside unsupervised (k-means)."""
    st.subheader(t("knobs.super.head"))
    st.markdown(t("knobs.super.intro"))
    labelled, grouped = cache.learning_view(lang())
    left, right = st.columns(2)
    with left:
        st.markdown(t("knobs.super.left"))
        st.container(key="knobs.supervised").html(labelled)
    with right:
        st.markdown(t("knobs.super.right"))
        st.container(key="knobs.unsupervised").html(grouped)
    st.caption(t("knobs.super.caption"))


STEPS = [weights_are_knobs, turn_the_knobs, training_turns_them, supervised_vs_unsupervised]
