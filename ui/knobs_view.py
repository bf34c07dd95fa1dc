"""The knobs page's widgets, callbacks and cached results (kept apart to keep the page thin).

The toy points are fixed, so everything the page shows depends only on the knobs (w1, w2, b),
the training history and the texts of the user's language. Figures and numbers are built
once per distinct input with ui.figure_cache.cached (shared by every session) and handed out
read-only: a rerun that changed nothing rebuilds nothing.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from explainer import knob_charts as charts
from explainer.grouping import kmeans
from explainer.knobs import KNOB_RANGE, Step, error, toy_points, train, wrong
from explainer.urlparams import FloatParam
from ui import t, urlstate
from ui.figure_cache import cached, freeze

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
    v = urlstate.bind(PAGE, SPECS)
    return v["w1"], v["w2"], v["b"]


def locked() -> bool:
    return any(urlstate.locked(k) for k in KNOBS)


# ---------------------------------------------------------------- cached, pure in their inputs


def scores(w1: float, w2: float, b: float) -> tuple[float, int]:
    """(error E, how many points are called wrong) for these knobs (~20 µs: cheaper than a cache)."""
    return error(X, Y, w1, w2, b), int(wrong(X, Y, w1, w2, b).sum())


@cached(128)
def decision_fig(w1: float, w2: float, b: float, texts: tuple):
    """explainer.knob_charts.decision_figure of the toy points for these knobs (read-only).

    texts: the five legend names (blue, orange, wrong, boundary, p), then the two axis titles.
    """
    names, (x_title, y_title) = texts[:5], texts[5:]
    return freeze(charts.decision_figure(X, Y, w1, w2, b, names=names, x_title=x_title, y_title=y_title))


@cached(64)
def history_figs(history: bytes, texts: dict):
    """The error and the knobs over a training history packed by history_bytes (read-only).

    texts: step, error, value (axis titles) and w1, w2, b (legend names).
    """
    steps = [Step(*row) for row in np.frombuffer(history, dtype=np.float64).reshape(-1, 4).tolist()]
    err = charts.error_figure(steps, x_title=texts["step"], y_title=texts["error"])
    path = charts.knob_path_figure(
        steps, names=[texts[k] for k in KNOBS], x_title=texts["step"], y_title=texts["value"]
    )
    return freeze(err), freeze(path)


@cached(8)
def learning_figs(texts: dict):
    """Supervised (the points with their colours) and unsupervised (k-means groups), read-only.

    texts: x1, x2 (axis titles), blue, orange, group1, group2, centre (legend names).
    """
    groups, centres = kmeans(X, k=2, seed=0)
    axes = dict(x_title=texts["x1"], y_title=texts["x2"])
    labelled = charts.labelled_figure(X, Y, names=[texts["blue"], texts["orange"]], **axes)
    names = [texts["group1"], texts["group2"], texts["centre"]]
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
        )


def render_decision(w1: float, w2: float, b: float) -> None:
    legend = ("knobs.legend.blue", "knobs.legend.orange", "knobs.legend.wrong", "knobs.legend.boundary")
    texts = tuple(t(k) for k in (*legend, "knobs.legend.p", "knobs.axis.x1", "knobs.axis.x2"))
    fig = decision_fig(w1, w2, b, texts)
    st.plotly_chart(fig, key="knobs.decision", config=PLOT_CONFIG)


def render_error_metrics(w1: float, w2: float, b: float) -> None:
    err, n_wrong = scores(w1, w2, b)
    c1, c2 = st.columns(2)
    c1.metric(t("knobs.metric.error"), f"{err:.3f}")
    c2.metric(t("knobs.metric.wrong"), t("knobs.metric.wrong_value", n=n_wrong, total=len(Y)))


def render_knob_metrics(w1: float, w2: float, b: float) -> None:
    """The knobs now, how far the last training click moved them, and the error."""
    before = st.session_state.get(BEFORE)
    cols = st.columns(4)
    for i, (col, name, val) in enumerate(zip(cols, KNOBS, (w1, w2, b), strict=False)):
        delta = None if before is None else f"{val - before[i]:+.2f}"
        col.metric(t(f"knobs.knob.{name}"), f"{val:.2f}", delta=delta, delta_color="off")
    cols[3].metric(t("knobs.metric.error"), f"{scores(w1, w2, b)[0]:.3f}")


def render_history(history) -> None:
    """The error and the knobs over the training so far, side by side."""
    texts = {k: t(f"knobs.knob.{k}") for k in KNOBS}
    texts |= {"step": t("knobs.axis.step"), "error": t("knobs.metric.error"), "value": t("knobs.axis.value")}
    err_fig, path_fig = history_figs(history_bytes(history), texts)
    left, right = st.columns(2)
    with left:
        st.caption(t("knobs.train.error_caption"))
        st.plotly_chart(err_fig, key="knobs.error", config=PLOT_CONFIG)
    with right:
        st.caption(t("knobs.train.path_caption"))
        st.plotly_chart(path_fig, key="knobs.path", config=PLOT_CONFIG)


def render_learning() -> None:
    """Supervised and unsupervised learning of the same points, side by side."""
    texts = {k: t(f"knobs.legend.{k}") for k in ("blue", "orange", "centre")}
    texts |= {"x1": t("knobs.axis.x1"), "x2": t("knobs.axis.x2")}
    texts |= {f"group{n}": t("knobs.legend.group", n=n) for n in (1, 2)}
    labelled, grouped = learning_figs(texts)
    left, right = st.columns(2)
    with left:
        st.markdown(t("knobs.super.left"))
        st.plotly_chart(labelled, key="knobs.supervised", config=PLOT_CONFIG)
    with right:
        st.markdown(t("knobs.super.right"))
        st.plotly_chart(grouped, key="knobs.unsupervised", config=PLOT_CONFIG)
