"""The knobs page's steps, widgets, callbacks and cached content (app_pages/knobs.py lists the steps).

The toy points are fixed, so everything the page shows depends only on the knobs (w1, w2, b),
the training history and the language. Figures (with their catalog texts) are built once per
distinct input with ui.figure_cache.cached, shared by every session and handed out read-only:
a rerun that changed nothing rebuilds nothing. State: the knobs live in st.session_state under
urlstate keys (shareable in the URL); the training history under HISTORY.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

import catalog
from explainer import knob_charts as charts
from explainer.grouping import kmeans
from explainer.knobs import KNOB_RANGE, Step, error, toy_points, train, wrong
from explainer.urlparams import FloatParam
from ui import lang, t, urlstate
from ui.figure_cache import cached, freeze
from ui.page import page_wide

PAGE = "knobs"
KNOBS = ("w1", "w2", "b")
DEFAULT = {"w1": -1.0, "w2": 0.5, "b": 0.5}  # a bad start: most points are called wrong
SPECS = {k: FloatParam(DEFAULT[k], *KNOB_RANGE) for k in KNOBS}
LR, STEPS = 1.0, 20  # one click of the training button: 20 gradient steps, learning rate 1
HISTORY = "knobs._history"  # session: the training steps so far, as (w1, w2, b, error) tuples
BEFORE = "knobs._before"  # session: the knobs before the last training click
PLOT_CONFIG = {"displayModeBar": False}

X, Y = toy_points(20, seed=0)  # the toy task, the same 40 points for everyone: X (40, 2), y (40,)
X.setflags(write=False)
Y.setflags(write=False)


def knobs_now() -> tuple[float, float, float]:
    """The knobs (w1, w2, b), bound to the URL. Call it before drawing the sliders."""
    v = urlstate.bind(PAGE, SPECS)
    return v["w1"], v["w2"], v["b"]


def locked() -> bool:
    return any(urlstate.locked(k) for k in KNOBS)


# ---------------------------------------------------------------- cached, pure in their inputs


def _text(name: str, lg: str, **fields) -> str:
    return catalog.text(f"{PAGE}.{name}", lg, **fields)


def scores(w1: float, w2: float, b: float) -> tuple[float, int]:
    """(error E, how many points are called wrong) for these knobs (~20 µs: cheaper than a cache)."""
    return error(X, Y, w1, w2, b), int(wrong(X, Y, w1, w2, b).sum())


@cached(256)
def decision_view(w1: float, w2: float, b: float, lg: str):
    """The points over the shading of p for these knobs (read-only figure), the error, how many wrong."""
    names = [_text(f"legend.{n}", lg) for n in ("blue", "orange", "wrong", "boundary", "p")]
    fig = charts.decision_figure(
        X, Y, w1, w2, b, names=names, x_title=_text("axis.x1", lg), y_title=_text("axis.x2", lg)
    )
    return (freeze(fig), *scores(w1, w2, b))


@cached(64)
def history_figs(history: bytes, lg: str):
    """The error and the knobs over a training history packed by history_bytes (read-only)."""
    steps = [Step(*row) for row in np.frombuffer(history, dtype=np.float64).reshape(-1, 4).tolist()]
    x_title = _text("axis.step", lg)
    err = charts.error_figure(steps, x_title=x_title, y_title=_text("metric.error", lg))
    names = [_text(f"knob.{k}", lg) for k in KNOBS]
    path = charts.knob_path_figure(steps, names=names, x_title=x_title, y_title=_text("axis.value", lg))
    return freeze(err), freeze(path)


@cached(4)
def learning_figs(lg: str):
    """Supervised (the points with their colours) and unsupervised (k-means groups), read-only."""
    groups, centres = kmeans(X, k=2, seed=0)
    axes = dict(x_title=_text("axis.x1", lg), y_title=_text("axis.x2", lg))
    names = [_text("legend.blue", lg), _text("legend.orange", lg)]
    labelled = charts.labelled_figure(X, Y, names=names, **axes)
    names = [_text("legend.group", lg, n=1), _text("legend.group", lg, n=2), _text("legend.centre", lg)]
    return freeze(labelled), freeze(charts.grouped_figure(X, groups, centres, names=names, **axes))


def history_bytes(history) -> bytes:
    """A training history [(w1, w2, b, error), ...] as bytes: a cheap, exact cache key."""
    return np.asarray(history, dtype=np.float64).tobytes()


# ---------------------------------------------------------------- callbacks and widgets


def _set_knobs(w1: float, w2: float, b: float) -> None:
    for name, val in zip(KNOBS, (w1, w2, b), strict=True):
        st.session_state[urlstate.key(PAGE, name)] = float(val)


def reset() -> None:
    """Button callback: the starting knobs again, and no training history."""
    _set_knobs(**DEFAULT)
    st.session_state.pop(HISTORY, None)


def train_knobs() -> None:
    """Button callback: run STEPS gradient steps from the current knobs and move the sliders."""
    start = tuple(st.session_state[urlstate.key(PAGE, k)] for k in KNOBS)
    steps = train(X, Y, *start, lr=LR, steps=STEPS)
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
    cols = st.columns(3)
    for col, name in zip(cols, KNOBS, strict=True):
        col.slider(
            t(f"knobs.knob.{name}"),
            min_value=KNOB_RANGE[0],
            max_value=KNOB_RANGE[1],
            step=0.1,
            format="%.2f",
            key=urlstate.key(PAGE, name),
            disabled=urlstate.locked(name),
            on_change=page_wide(),  # the training step starts from the knobs
        )


def render_knob_metrics(w1: float, w2: float, b: float) -> None:
    """The knobs now, how far the last training click moved them, and the error."""
    before = st.session_state.get(BEFORE)
    cols = st.columns(4)
    for i, (col, name, val) in enumerate(zip(cols, KNOBS, (w1, w2, b), strict=False)):
        delta = None if before is None else f"{val - before[i]:+.2f}"
        col.metric(t(f"knobs.knob.{name}"), f"{val:.2f}", delta=delta, delta_color="off")
    cols[3].metric(t("knobs.metric.error"), f"{error(X, Y, w1, w2, b):.3f}")


# ---------------------------------------------------------------- steps


def turn_the_knobs():
    st.subheader(t("knobs.turn.head"))
    st.markdown(t("knobs.turn.intro"))
    st.latex(r"p = \sigma(w_1 x_1 + w_2 x_2 + b)")
    w1, w2, b = knobs_now()  # before the sliders: they take their values from the session
    knob_sliders_ui()
    fig, err, n_wrong = decision_view(w1, w2, b, lang())
    left, right = st.columns([3, 2])
    left.plotly_chart(fig, key="knobs.decision", config=PLOT_CONFIG)
    with right:
        c1, c2 = st.columns(2)
        c1.metric(t("knobs.metric.error"), f"{err:.3f}")
        c2.metric(t("knobs.metric.wrong"), t("knobs.metric.wrong_value", n=n_wrong, total=len(Y)))
        st.markdown(t("knobs.turn.explain"))
        st.button(t("knobs.reset"), key="knobs.reset", on_click=page_wide(reset), icon=":material/restart_alt:",
                  disabled=locked())  # fmt: skip


def training_turns_them():
    st.subheader(t("knobs.train.head"))
    st.markdown(t("knobs.train.intro", steps=STEPS))
    knobs = knobs_now()
    st.button(t("knobs.train.button", steps=STEPS), key="knobs.train", on_click=page_wide(train_knobs), type="primary",
              icon=":material/model_training:", disabled=locked())  # fmt: skip
    render_knob_metrics(*knobs)
    history = st.session_state.get(HISTORY)
    if not history:
        st.info(t("knobs.train.none_yet"), icon=":material/touch_app:")
        return
    err_fig, path_fig = history_figs(history_bytes(history), lang())
    left, right = st.columns(2)
    with left:
        st.caption(t("knobs.train.error_caption"))
        st.plotly_chart(err_fig, key="knobs.error", config=PLOT_CONFIG)
    with right:
        st.caption(t("knobs.train.path_caption"))
        st.plotly_chart(path_fig, key="knobs.path", config=PLOT_CONFIG)


def supervised_vs_unsupervised():
    st.subheader(t("knobs.super.head"))
    st.markdown(t("knobs.super.intro"))
    labelled, grouped = learning_figs(lang())
    left, right = st.columns(2)
    with left:
        st.markdown(t("knobs.super.left"))
        st.plotly_chart(labelled, key="knobs.supervised", config=PLOT_CONFIG)
    with right:
        st.markdown(t("knobs.super.right"))
        st.plotly_chart(grouped, key="knobs.unsupervised", config=PLOT_CONFIG)
    st.caption(t("knobs.super.caption"))
