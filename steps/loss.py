"""The loss page's steps (course 02-03): SSE for one sample, MSE over a batch, cross-entropy beside them.

Kept apart from app_pages/loss.py so the page file stays a short list of steps. The sample
(true class and three predicted probabilities) lives in st.session_state and in the URL, so
every step reads it on its own. What a step shows is computed once per input by
steps/loss_cache.py; the steps here only draw it.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from explainer.batch_table import Batch, random_batch
from explainer.prob_inputs import rebalance, round_to_one
from steps import loss_cache as cache
from ui import lang, t, urlstate
from ui.page import page_wide
from ui.urlparams import BoolParam, FloatParam, IntParam

PAGE = "loss"
K = cache.K  # cat, dog, other: the course's three classes
SPECS = {
    "true": IntParam(0, 0, K - 1),  # index of the true class; the course example is a cat
    "p0": FloatParam(0.37, 0.0, 1.0),  # the course example's prediction (0.37, 0.50, 0.13)
    "p1": FloatParam(0.50, 0.0, 1.0),
    "p2": FloatParam(0.13, 0.0, 1.0),
    "norm": BoolParam(True),  # keep the sliders summing to 1
    "n": IntParam(32, 1, 256),  # batch size; 32 is the course's usual default
    "seed": IntParam(0, 0, 999_999),
}
SAMPLE_SPECS = {name: SPECS[name] for name in ("true", "p0", "p1", "p2")}
BATCH_SPECS = {name: SPECS[name] for name in ("n", "seed")}
BATCH = "loss._batch"  # the last valid batch table, for the Keras comparison step
CHART = {"displayModeBar": False}
WARN, ERROR = ":material/warning:", ":material/error:"


def key(name: str) -> str:
    return urlstate.key(PAGE, name)


def sample(v: dict | None = None) -> tuple[int, tuple[float, ...]]:
    """The single sample every step shares: (true index, y' as a tuple (k,)).

    The first step binds every parameter (so a bad link is reported once, at the top);
    the others bind only what they use."""
    v = v or urlstate.bind(PAGE, SAMPLE_SPECS)
    return v["true"], (v["p0"], v["p1"], v["p2"])


def sample_view(lg: str, v: dict | None = None):
    return cache.sample_view(lg, *sample(v))


def warn_probabilities(warnings) -> None:
    """Explain what is impossible about these numbers as a network output; computing goes on."""
    for text in warnings:
        st.warning(text, icon=WARN)


# ---- step 1: SSE of one sample ------------------------------------------------------------


def _keep_sum(i: int) -> None:
    if st.session_state.get(key("norm")):
        p = rebalance([st.session_state[key(f"p{j}")] for j in range(K)], i)
        for j in range(K):
            st.session_state[key(f"p{j}")] = float(p[j])


def _normalise_now() -> None:
    if st.session_state.get(key("norm")):
        p = [st.session_state[key(f"p{j}")] for j in range(K)]
        p = round_to_one(p) if sum(p) > 0 else np.full(K, 1 / K)
        for j in range(K):
            st.session_state[key(f"p{j}")] = float(p[j])


def sample_ui(names) -> None:
    """True class, the three probability sliders and the sum-to-1 switch."""
    st.selectbox(
        t("loss.single.true"),
        range(K),
        format_func=names.__getitem__,
        key=key("true"),
        disabled=urlstate.locked("true"),
        on_change=page_wide(),  # the cross-entropy step shows the same sample
    )
    for i, name in enumerate(names):
        st.slider(
            t("loss.single.p", name=name),
            0.0,
            1.0,
            step=0.01,
            key=key(f"p{i}"),
            on_change=page_wide(_keep_sum),
            args=(i,),
            disabled=urlstate.locked(f"p{i}"),
        )
    st.toggle(
        t("loss.single.norm"),
        key=key("norm"),
        on_change=page_wide(_normalise_now),
        help=t("loss.single.norm_help"),
    )


def single_sample():
    """SSE = sum over classes of (y - y')^2, each term shown as a bar."""
    st.subheader(t("loss.single.title"))
    st.markdown(t("loss.single.intro"))
    v = urlstate.bind(PAGE, SPECS)
    lg = lang()
    left, right = st.columns([2, 3])
    with left:
        sample_ui(cache.classes(lg))
    view = sample_view(lg, v)
    with right:
        st.metric(t("loss.single.sse"), view["sse"])
        st.plotly_chart(view["terms_fig"], key="loss.terms.fig", config=CHART)
    warn_probabilities(view["warnings"])
    st.latex(view["sse_latex"])
    st.dataframe(view["table"], width="stretch", column_config=view["table_columns"])
    st.caption(view["caption"])


# ---- step 2: MSE of a batch ---------------------------------------------------------------


def _new_seed() -> None:
    st.session_state[key("seed")] = (st.session_state.get(key("seed"), 0) + 1) % 1_000_000


def batch_table_ui(n: int, seed: int):
    """An editable table of n samples, generated from the seed; rows can be added and deleted.

    Returns the edited table (a DataFrame) and its edits as a cache key."""
    table, config = cache.batch_editor(lang(), n, seed)
    editor = f"loss.batch.{n}.{seed}"
    edited = st.data_editor(
        table,
        key=editor,
        num_rows="dynamic",
        column_config=config,
        width="stretch",
        height=300,
        on_change=page_wide(),  # the Keras step computes its MSE on this batch
    )
    return edited, cache.edits_key(st.session_state.get(editor))


def batch():
    """MSE = mean of each sample's SSE over a batch; batch size and iteration."""
    st.subheader(t("loss.batch.title"))
    v = urlstate.bind(PAGE, BATCH_SPECS)
    st.markdown(t("loss.batch.intro"))
    c1, c2, c3 = st.columns([1, 1, 1], vertical_alignment="bottom")
    c1.number_input(t("loss.batch.n"), 1, 256, step=1, key=key("n"), disabled=urlstate.locked("n"),
                    on_change=page_wide())  # fmt: skip
    c2.number_input(
        t("loss.batch.seed"),
        0,
        999_999,
        step=1,
        key=key("seed"),
        disabled=urlstate.locked("seed"),
        on_change=page_wide(),
    )
    c3.button(t("loss.batch.new"), key="loss.new_batch", on_click=page_wide(_new_seed),
              icon=":material/casino:")  # fmt: skip
    n, seed = v["n"], v["seed"]
    left, right = st.columns([3, 2])
    with left:
        edited, edits = batch_table_ui(n, seed)
    view = cache.batch_view(lang(), n, seed, edits, _table=edited)
    if "error" in view:
        st.session_state.pop(BATCH, None)
        st.error(view["error"], icon=ERROR)
        return
    st.session_state[BATCH] = view["batch"]
    if view["rows_warning"]:
        st.warning(view["rows_warning"])
    with right:
        st.metric(t("loss.batch.mse"), view["mse"])
        st.dataframe(view["sse_table"], width="stretch", height=220, column_config=view["sse_columns"])
    st.latex(view["latex"])
    st.plotly_chart(view["fig"], key="loss.batch.fig", config=CHART)
    st.info(view["terms"], icon=":material/school:")


# ---- step 3: cross-entropy beside SSE -----------------------------------------------------


def cross_entropy_step():
    """CE = -sum y ln y' next to SSE for the same sample, and both against p(true class)."""
    st.subheader(t("loss.ce.title"))
    view = sample_view(lang())
    st.markdown(view["ce_intro"])
    c1, c2 = st.columns(2)
    c1.metric(t("loss.single.sse"), view["sse"])
    c2.metric(t("loss.ce.metric"), view["ce"])
    warn_probabilities(view["warnings"])
    st.latex(view["sse_latex"])
    st.latex(view["ce_latex"])
    st.plotly_chart(view["curves_fig"], key="loss.ce.fig", config=CHART)
    st.markdown(view["ce_why"])


# ---- step 4: the course's MSE and Keras's MeanSquaredError --------------------------------


def keras_mse_step():
    """Course MSE = mean over samples of SSE; Keras MeanSquaredError also divides by k."""
    st.subheader(t("loss.keras.title"))
    v = urlstate.bind(PAGE, BATCH_SPECS)
    b: Batch = st.session_state.get(BATCH) or random_batch(v["n"], K, v["seed"])
    view = cache.keras_view(*cache.keras_args(lang(), b))
    st.markdown(t("loss.keras.intro", k=K))
    c1, c2 = st.columns(2)
    c1.metric(t("loss.keras.course"), view["course"])
    c2.metric(t("loss.keras.keras"), view["keras"])
    st.latex(view["latex"])
    st.code(view["code"], language="python")
    st.caption(view["caption"])


STEPS = [single_sample, batch, cross_entropy_step, keras_mse_step]
