"""Knobs (course 01-05): weights are knobs; training turns them; supervised vs unsupervised.

A single sigmoid neuron in numpy (explainer/knobs.py) on 2-D points of two colours.
No TensorFlow here: the page stays light.
"""

import streamlit as st

from explainer import knob_charts as charts
from explainer.grouping import kmeans
from explainer.knobs import KNOB_RANGE, Step, error, toy_points, train, wrong
from explainer.urlparams import FloatParam
from ui import t, urlstate
from ui.page import run

PAGE = "knobs"
KNOBS = ("w1", "w2", "b")
DEFAULT = {"w1": -1.0, "w2": 0.5, "b": 0.5}  # a bad start: most points are called wrong
SPECS = {k: FloatParam(DEFAULT[k], *KNOB_RANGE) for k in KNOBS}
LR, STEPS = 1.0, 20  # one click of the training button: 20 gradient steps, learning rate 1
HISTORY = "knobs._history"  # session: the training steps so far, as (w1, w2, b, error) tuples
PLOT_CONFIG = {"displayModeBar": False}


@st.cache_data
def points():
    """The toy task: the same 40 points for everyone (blue y = 0, orange y = 1)."""
    return toy_points(20, seed=0)


def knobs_now() -> tuple[float, float, float]:
    v = urlstate.bind(PAGE, SPECS)
    return v["w1"], v["w2"], v["b"]


def _set_knobs(w1: float, w2: float, b: float) -> None:
    for name, val in zip(KNOBS, (w1, w2, b), strict=True):
        st.session_state[urlstate.key(PAGE, name)] = float(val)


def _reset() -> None:
    _set_knobs(**DEFAULT)
    st.session_state.pop(HISTORY, None)


def _train() -> None:
    """Button callback: run STEPS gradient steps from the current knobs and move the sliders."""
    X, y = points()
    start = tuple(st.session_state[urlstate.key(PAGE, k)] for k in KNOBS)
    steps = train(X, y, *start, lr=LR, steps=STEPS)
    past = st.session_state.get(HISTORY, [])
    if past and past[-1][:3] == start:  # continue the same run; else start a new chart
        new = past + [(s.w1, s.w2, s.b, s.error) for s in steps[1:]]
    else:
        new = [(s.w1, s.w2, s.b, s.error) for s in steps]
    st.session_state[HISTORY] = new
    st.session_state["knobs._before"] = start
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


def render_error_metrics(w1: float, w2: float, b: float) -> None:
    X, y = points()
    c1, c2 = st.columns(2)
    c1.metric(t("knobs.metric.error"), f"{error(X, y, w1, w2, b):.3f}")
    c2.metric(
        t("knobs.metric.wrong"),
        t("knobs.metric.wrong_value", n=int(wrong(X, y, w1, w2, b).sum()), total=len(y)),
    )


def turn_the_knobs():
    st.subheader(t("knobs.turn.head"))
    st.markdown(t("knobs.turn.intro"))
    st.latex(r"p = \sigma(w_1 x_1 + w_2 x_2 + b)")
    knobs_now()
    knob_sliders_ui()
    w1, w2, b = knobs_now()
    X, y = points()
    left, right = st.columns([3, 2])
    with left:
        fig = charts.decision_figure(
            X,
            y,
            w1,
            w2,
            b,
            names=[t(f"knobs.legend.{n}") for n in ("blue", "orange", "wrong", "boundary", "p")],
            x_title=t("knobs.axis.x1"),
            y_title=t("knobs.axis.x2"),
        )
        st.plotly_chart(fig, key="knobs.decision", config=PLOT_CONFIG)
    with right:
        render_error_metrics(w1, w2, b)
        st.markdown(t("knobs.turn.explain"))
        st.button(
            t("knobs.reset"),
            key="knobs.reset",
            on_click=_reset,
            icon=":material/restart_alt:",
            disabled=any(urlstate.locked(k) for k in KNOBS),
        )


def training_turns_them():
    st.subheader(t("knobs.train.head"))
    st.markdown(t("knobs.train.intro", steps=STEPS))
    knobs_now()
    st.button(
        t("knobs.train.button", steps=STEPS),
        key="knobs.train",
        on_click=_train,
        type="primary",
        icon=":material/model_training:",
        disabled=any(urlstate.locked(k) for k in KNOBS),
    )
    w1, w2, b = knobs_now()
    before = st.session_state.get("knobs._before")
    cols = st.columns(4)
    for col, name, val in zip(cols, KNOBS, (w1, w2, b), strict=False):
        delta = None if before is None else f"{val - before[KNOBS.index(name)]:+.2f}"
        col.metric(t(f"knobs.knob.{name}"), f"{val:.2f}", delta=delta, delta_color="off")
    X, y = points()
    cols[3].metric(t("knobs.metric.error"), f"{error(X, y, w1, w2, b):.3f}")
    history = st.session_state.get(HISTORY)
    if not history:
        st.info(t("knobs.train.none_yet"), icon=":material/touch_app:")
        return
    steps = [Step(*row) for row in history]
    left, right = st.columns(2)
    with left:
        st.caption(t("knobs.train.error_caption"))
        fig = charts.error_figure(steps, x_title=t("knobs.axis.step"), y_title=t("knobs.metric.error"))
        st.plotly_chart(fig, key="knobs.error", config=PLOT_CONFIG)
    with right:
        st.caption(t("knobs.train.path_caption"))
        fig = charts.knob_path_figure(
            steps,
            names=[t(f"knobs.knob.{n}") for n in KNOBS],
            x_title=t("knobs.axis.step"),
            y_title=t("knobs.axis.value"),
        )
        st.plotly_chart(fig, key="knobs.path", config=PLOT_CONFIG)


def supervised_vs_unsupervised():
    st.subheader(t("knobs.super.head"))
    st.markdown(t("knobs.super.intro"))
    X, y = points()
    groups, centres = kmeans(X, k=2, seed=0)
    left, right = st.columns(2)
    axes = dict(x_title=t("knobs.axis.x1"), y_title=t("knobs.axis.x2"))
    with left:
        st.markdown(t("knobs.super.left"))
        fig = charts.labelled_figure(X, y, names=[t("knobs.legend.blue"), t("knobs.legend.orange")], **axes)
        st.plotly_chart(fig, key="knobs.supervised", config=PLOT_CONFIG)
    with right:
        st.markdown(t("knobs.super.right"))
        names = [t("knobs.legend.group", n=1), t("knobs.legend.group", n=2), t("knobs.legend.centre")]
        fig = charts.grouped_figure(X, groups, centres, names=names, **axes)
        st.plotly_chart(fig, key="knobs.unsupervised", config=PLOT_CONFIG)
    st.caption(t("knobs.super.caption"))


run(PAGE, [turn_the_knobs, training_turns_them, supervised_vs_unsupervised])
