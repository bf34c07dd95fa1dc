"""Outputs (course 01-03): scores -> softmax -> probabilities that add up to 1 -> label by argmax.

Each step is one idea and reads what it needs from the URL-backed session state
(urlstate.bind), so lecture mode can show any step on its own.
"""

import numpy as np
import pandas as pd
import streamlit as st

from explainer import output_charts as charts
from explainer.encoding import one_hot
from explainer.outputs import predict, softmax
from explainer.scores import is_low_confidence, random_scores, scores_for, top_k
from explainer.urlparams import ChoiceParam, FloatParam, IntParam
from ui import t, urlstate
from ui.page import run

PAGE = "outputs"
CLASSES = ("cat", "dog", "other")  # catalog ids; the shown names come from "outputs.class.<id>"
PRESETS = {"sure": (0.97, 0.01, 0.02), "unsure": (0.51, 0.48, 0.01)}  # the course's two examples
DEFAULT_SCORES = (2.0, 1.0, 0.1)
SPECS = {
    **{f"s{i}": FloatParam(DEFAULT_SCORES[i], -10.0, 10.0) for i in range(3)},  # one score per class
    "true": ChoiceParam("cat", CLASSES),  # the right answer for the perfect output
    "k": IntParam(10, 3, 1000),  # number of classes in the "many classes" step
    "seed": IntParam(0, 0, 999_999),  # which random scores the many-class step shows
}
PLOT_CONFIG = {"displayModeBar": False}


def state() -> dict:
    return urlstate.bind(PAGE, SPECS)


def names() -> list[str]:
    return [t(f"outputs.class.{c}") for c in CLASSES]


def current_probs() -> np.ndarray:
    v = state()
    return softmax([v["s0"], v["s1"], v["s2"]])  # (3,)


def _set_scores(scores) -> None:
    for i, s in enumerate(scores):
        st.session_state[urlstate.key(PAGE, f"s{i}")] = float(s)


def presets_ui() -> None:
    """Buttons that set the scores so softmax gives the course's probabilities exactly."""
    locked = any(urlstate.locked(f"s{i}") for i in range(3))  # a teacher's link fixed the scores
    cols = st.columns(3)
    for col, (name, probs) in zip(cols, PRESETS.items(), strict=False):
        col.button(
            " / ".join(f"{p:.2f}" for p in probs),
            key=f"outputs.preset.{name}",
            help=t("outputs.preset.help"),
            on_click=_set_scores,
            args=(scores_for(probs),),
            width="stretch",
            disabled=locked,
        )
    cols[2].button(
        t("outputs.preset.reset"),
        key="outputs.preset.reset",
        on_click=_set_scores,
        args=(DEFAULT_SCORES,),
        width="stretch",
        disabled=locked,
    )


def scores_ui() -> None:
    cols = st.columns(3)
    for i, (col, name) in enumerate(zip(cols, names(), strict=True)):
        col.slider(
            t("outputs.score_label", name=name),
            min_value=-10.0,
            max_value=10.0,
            step=0.1,
            format="%.2f",
            key=urlstate.key(PAGE, f"s{i}"),
            disabled=urlstate.locked(f"s{i}"),
        )


def scores_to_probabilities():
    st.subheader(t("outputs.scores.head"))
    st.markdown(t("outputs.scores.intro"))
    state()
    st.caption(t("outputs.preset.caption"))
    presets_ui()
    scores_ui()
    p = current_probs()
    fig = charts.probability_bars(names(), p, x_title=t("outputs.axis.class"), y_title=t("outputs.axis.prob"))
    st.plotly_chart(fig, key="outputs.bars", config=PLOT_CONFIG)
    expr = " + ".join(f"{v:.3f}" for v in p)
    st.markdown(t("outputs.sum", expr=expr, total=f"{p.sum():.3f}"))


def label_by_argmax():
    st.subheader(t("outputs.argmax.head"))
    st.markdown(t("outputs.argmax.intro"))
    p = current_probs()
    pred = predict(p, names())
    c1, c2, c3 = st.columns(3)
    c1.metric(t("outputs.metric.label"), pred.label)
    c2.metric(t("outputs.metric.confidence"), f"{pred.confidence:.2f}")
    c3.metric(t("outputs.metric.margin"), f"{pred.margin:.2f}")
    if is_low_confidence(pred.margin):
        st.warning(
            t("outputs.low_conf", label=pred.label, margin=f"{pred.margin:.2f}"), icon=":material/help:"
        )
    else:
        st.success(
            t("outputs.high_conf", label=pred.label, conf=f"{pred.confidence:.2f}"), icon=":material/check:"
        )


def perfect_answer():
    st.subheader(t("outputs.perfect.head"))
    st.markdown(t("outputs.perfect.intro"))
    state()
    labels = dict(zip(CLASSES, names(), strict=True))
    st.radio(
        t("outputs.perfect.true"),
        CLASSES,
        format_func=labels.get,
        horizontal=True,
        key=urlstate.key(PAGE, "true"),
        disabled=urlstate.locked("true"),
    )
    true_id = st.session_state[urlstate.key(PAGE, "true")]
    y_star = one_hot([CLASSES.index(true_id)], len(CLASSES))[0]  # (3,)
    p = current_probs()
    fig = charts.perfect_vs_actual(
        names(),
        y_star,
        p,
        perfect_name=t("outputs.perfect.legend_perfect"),
        actual_name=t("outputs.perfect.legend_actual"),
        x_title=t("outputs.axis.class"),
        y_title=t("outputs.axis.prob"),
    )
    st.plotly_chart(fig, key="outputs.perfect", config=PLOT_CONFIG)
    st.markdown(
        t(
            "outputs.perfect.vectors",
            perfect="(" + ", ".join(f"{v:g}" for v in y_star) + ")",
            actual="(" + ", ".join(f"{v:.2f}" for v in p) + ")",
        )
    )
    st.caption(t("outputs.perfect.caption"))


def _new_seed() -> None:
    k = urlstate.key(PAGE, "seed")
    st.session_state[k] = (st.session_state[k] + 1) % 1_000_000


def many_classes():
    st.subheader(t("outputs.many.head"))
    st.markdown(t("outputs.many.intro"))
    v = state()
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    left.slider(
        t("outputs.many.k"),
        min_value=3,
        max_value=1000,
        step=1,
        key=urlstate.key(PAGE, "k"),
        disabled=urlstate.locked("k"),
    )
    right.button(
        t("outputs.many.reroll"),
        key="outputs.reroll",
        on_click=_new_seed,
        width="stretch",
        disabled=urlstate.locked("seed"),
    )
    k = st.session_state[urlstate.key(PAGE, "k")]
    p = softmax(random_scores(k, v["seed"]))  # (k,)
    fig = charts.many_class_chart(p, x_title=t("outputs.many.axis_class"), y_title=t("outputs.axis.prob"))
    st.plotly_chart(fig, key="outputs.many", config=PLOT_CONFIG)
    class_name = [t("outputs.many.class_n", n=i + 1) for i in range(k)]
    pred = predict(p, class_name)
    st.markdown(
        t("outputs.many.result", k=k, label=pred.label, conf=f"{pred.confidence:.3f}", total=f"{p.sum():.3f}")
    )
    rows = top_k(p, 5)
    table = pd.DataFrame(
        {
            t("outputs.many.col_rank"): range(1, len(rows) + 1),
            t("outputs.many.col_class"): [class_name[i] for i, _ in rows],
            t("outputs.many.col_prob"): [round(q, 4) for _, q in rows],
        }
    )
    st.caption(t("outputs.many.top"))
    st.dataframe(table, hide_index=True)


run(PAGE, [scores_to_probabilities, label_by_argmax, perfect_answer, many_classes])
