"""Loss functions (course 02-03): SSE for one sample, MSE over a batch, cross-entropy beside them.

The sample (true class and three predicted probabilities) lives in st.session_state and in
the URL, so every step reads it on its own. No TensorFlow here: the losses are numpy, and the
tests check them against Keras.
"""

import numpy as np
import pandas as pd
import streamlit as st

from explainer.batch_table import Batch, random_batch, read_table
from explainer.input_errors import InputError
from explainer.loss_curves import ce_slope, sse_slope
from explainer.loss_figures import batch_sse_figure, loss_curves_figure, sse_terms_figure
from explainer.loss_formula import ce_latex, loss_value, number, sse_latex
from explainer.losses import cross_entropy, keras_mse, mse, squared_errors, sse, sse_per_sample
from explainer.prob_inputs import problems, rebalance, round_to_one
from explainer.training import iterations_per_epoch
from explainer.urlparams import BoolParam, FloatParam, IntParam
from ui import t, urlstate
from ui.page import run

PAGE = "loss"
K = 3  # cat, dog, other: the course's three classes
SPECS = {
    "true": IntParam(0, 0, K - 1),  # index of the true class; the course example is a cat
    "p0": FloatParam(0.37, 0.0, 1.0),  # the course example's prediction (0.37, 0.50, 0.13)
    "p1": FloatParam(0.50, 0.0, 1.0),
    "p2": FloatParam(0.13, 0.0, 1.0),
    "norm": BoolParam(True),  # keep the sliders summing to 1
    "n": IntParam(32, 1, 256),  # batch size; 32 is the course's usual default
    "seed": IntParam(0, 0, 999_999),
}
BATCH = "loss._batch"  # the last valid batch table, for the Keras comparison step
CHART = {"displayModeBar": False}


def key(name: str) -> str:
    return urlstate.key(PAGE, name)


def classes() -> list[str]:
    return [t(f"loss.class.{i}") for i in range(K)]


def sample() -> tuple[int, np.ndarray, np.ndarray]:
    """The single sample every step shares: (true index, y (k,), y' (k,))."""
    v = urlstate.bind(PAGE, SPECS)
    y_true = np.eye(K)[v["true"]]  # (k,)
    y_pred = np.array([v[f"p{i}"] for i in range(K)])  # (k,)
    return v["true"], y_true, y_pred


def warn_probabilities(y_pred) -> None:
    """Explain what is impossible about these numbers as a network output; computing goes on."""
    for code in problems(y_pred):
        st.warning(t(f"loss.warn.{code}", total=number(np.sum(y_pred))), icon=":material/warning:")


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


def sample_ui() -> None:
    """True class, the three probability sliders and the sum-to-1 switch."""
    names = classes()
    st.selectbox(
        t("loss.single.true"),
        range(K),
        format_func=names.__getitem__,
        key=key("true"),
        disabled=urlstate.locked("true"),
    )
    for i, name in enumerate(names):
        st.slider(
            t("loss.single.p", name=name),
            0.0,
            1.0,
            step=0.01,
            key=key(f"p{i}"),
            on_change=_keep_sum,
            args=(i,),
            disabled=urlstate.locked(f"p{i}"),
        )
    st.toggle(
        t("loss.single.norm"), key=key("norm"), on_change=_normalise_now, help=t("loss.single.norm_help")
    )


def single_sample():
    """SSE = sum over classes of (y - y')^2, each term shown as a bar."""
    st.subheader(t("loss.single.title"))
    st.markdown(t("loss.single.intro"))
    urlstate.bind(PAGE, SPECS)
    left, right = st.columns([2, 3])
    with left:
        sample_ui()
    true_i, y_true, y_pred = sample()
    names = classes()
    with right:
        st.metric(t("loss.single.sse"), loss_value(sse(y_true, y_pred)))
        fig = sse_terms_figure(y_true, y_pred, names, t("loss.axis.class"), t("loss.axis.term"))
        st.plotly_chart(fig, key="loss.terms.fig", config=CHART)
    warn_probabilities(y_pred)
    st.latex(sse_latex(y_true, y_pred, name="SSE"))
    table = pd.DataFrame(
        {
            t("loss.col.y"): y_true,
            t("loss.col.p"): y_pred,
            t("loss.col.diff"): y_true - y_pred,
            t("loss.col.term"): squared_errors(y_true, y_pred),
        },
        index=names,
    )
    st.dataframe(table.style.format("{:.4f}"), width="stretch")
    st.caption(t("loss.single.caption", label=names[true_i], y=", ".join(number(x) for x in y_true)))


# ---- step 2: MSE of a batch ---------------------------------------------------------------


def _new_seed() -> None:
    st.session_state[key("seed")] = (st.session_state.get(key("seed"), 0) + 1) % 1_000_000


def batch_table_ui(n: int, seed: int) -> pd.DataFrame:
    """An editable table of n samples, generated from the seed; rows can be added and deleted."""
    names = classes()
    b = random_batch(n, K, seed)
    data = pd.DataFrame({"true": [names[i] for i in b.labels]}, index=pd.RangeIndex(1, n + 1))  # rows 1..n
    for i in range(K):
        data[f"p{i}"] = b.y_pred[:, i]
    config = {"true": st.column_config.SelectboxColumn(t("loss.col.true"), options=names, required=True)}
    for i, name in enumerate(names):
        config[f"p{i}"] = st.column_config.NumberColumn(
            t("loss.col.p_of", name=name), step=0.01, format="%.2f"
        )
    return st.data_editor(
        data,
        key=f"loss.batch.{n}.{seed}",
        num_rows="dynamic",
        column_config=config,
        width="stretch",
        height=300,
    )


def batch():
    """MSE = mean of each sample's SSE over a batch; batch size and iteration."""
    st.subheader(t("loss.batch.title"))
    v = urlstate.bind(PAGE, SPECS)
    st.markdown(t("loss.batch.intro"))
    c1, c2, c3 = st.columns([1, 1, 1], vertical_alignment="bottom")
    c1.number_input(t("loss.batch.n"), 1, 256, step=1, key=key("n"), disabled=urlstate.locked("n"))
    c2.number_input(
        t("loss.batch.seed"), 0, 999_999, step=1, key=key("seed"), disabled=urlstate.locked("seed")
    )
    c3.button(t("loss.batch.new"), key="loss.new_batch", on_click=_new_seed, icon=":material/casino:")
    n, seed = v["n"], v["seed"]
    left, right = st.columns([3, 2])
    with left:
        edited = batch_table_ui(n, seed)
    names = classes()
    try:
        b = read_table(edited["true"], edited[[f"p{i}" for i in range(K)]].to_numpy(dtype=object), names)
    except InputError as e:
        st.session_state.pop(BATCH, None)
        st.error(t(f"loss.err.{e.code}", row=e.detail), icon=":material/error:")
        return
    st.session_state[BATCH] = b
    bad = [r + 1 for r in range(len(b.labels)) if problems(b.y_pred[r])]
    if bad:
        st.warning(t("loss.warn.rows", rows=", ".join(map(str, bad[:10])), more="…" if len(bad) > 10 else ""))
    sse_each = sse_per_sample(b.y_true, b.y_pred)  # (n,)
    with right:
        st.metric(t("loss.batch.mse"), loss_value(mse(b.y_true, b.y_pred)))
        st.dataframe(
            pd.DataFrame(
                {t("loss.col.true"): [names[i] for i in b.labels], "SSE": sse_each},
                index=pd.RangeIndex(1, len(b.labels) + 1),
            ).style.format({"SSE": "{:.4f}"}),
            width="stretch",
            height=220,
        )
    st.latex(
        rf"\text{{MSE}} = \frac{{1}}{{n}} \sum_{{i=1}}^{{n}} \text{{SSE}}_i = {loss_value(mse(b.y_true, b.y_pred))}"
    )
    fig = batch_sse_figure(
        sse_each, mse(b.y_true, b.y_pred), t("loss.axis.sample"), t("loss.axis.sse"), "MSE"
    )
    st.plotly_chart(fig, key="loss.batch.fig", config=CHART)
    rows = len(b.labels)
    st.info(
        t("loss.batch.terms", n=rows, iters=iterations_per_epoch(1000, rows)),
        icon=":material/school:",
    )


# ---- step 3: cross-entropy beside SSE -----------------------------------------------------


def cross_entropy_step():
    """CE = -sum y ln y' next to SSE for the same sample, and both against p(true class)."""
    st.subheader(t("loss.ce.title"))
    true_i, y_true, y_pred = sample()
    p_true = float(y_pred[true_i])
    s, ce = sse(y_true, y_pred), cross_entropy(y_true, y_pred)
    st.markdown(t("loss.ce.intro", name=classes()[true_i], p=number(p_true)))
    c1, c2 = st.columns(2)
    c1.metric(t("loss.single.sse"), loss_value(s))
    c2.metric(t("loss.ce.metric"), loss_value(ce))
    warn_probabilities(y_pred)
    st.latex(sse_latex(y_true, y_pred, name="SSE"))
    st.latex(ce_latex(y_true, y_pred, name="CE"))
    text = {
        "x_title": t("loss.axis.p_true"),
        "y_title": t("loss.axis.loss"),
        "sse": t("loss.curve.sse"),
        "ce": t("loss.curve.ce"),
        "now": t("loss.curve.now"),
    }
    p_plot = min(max(p_true, 0.0), 1.0)
    st.plotly_chart(loss_curves_figure(K, p_plot, s, ce, text), key="loss.ce.fig", config=CHART)
    st.markdown(
        t(
            "loss.ce.why",
            p=number(p_plot),
            s_sse=f"{abs(float(sse_slope(p_plot, K))):.2f}",
            s_ce=f"{abs(float(ce_slope(p_plot, K))):.2f}",
            low_sse=f"{abs(float(sse_slope(0.01, K))):.2f}",
            low_ce=f"{abs(float(ce_slope(0.01, K))):.0f}",
        )
    )


# ---- step 4: the course's MSE and Keras's MeanSquaredError --------------------------------


def keras_mse_step():
    """Course MSE = mean over samples of SSE; Keras MeanSquaredError also divides by k."""
    st.subheader(t("loss.keras.title"))
    v = urlstate.bind(PAGE, SPECS)
    b: Batch = st.session_state.get(BATCH) or random_batch(v["n"], K, v["seed"])
    course, keras = mse(b.y_true, b.y_pred), keras_mse(b.y_true, b.y_pred)
    st.markdown(t("loss.keras.intro", k=K))
    c1, c2 = st.columns(2)
    c1.metric(t("loss.keras.course"), loss_value(course))
    c2.metric(t("loss.keras.keras"), loss_value(keras))
    st.latex(
        rf"\text{{MSE}}_\text{{Keras}} = \frac{{1}}{{n \cdot k}} \sum_{{i=1}}^{{n}} \sum_{{j=1}}^{{k}}"
        rf"(y_{{ij}} - y'_{{ij}})^2 = \frac{{{loss_value(course)}}}{{{K}}} = {loss_value(keras)}"
    )
    st.code(
        f"keras.losses.MeanSquaredError()(y_true, y_pred)  # {keras:.4f}\n"
        f"keras.losses.CategoricalCrossentropy()(y_true, y_pred)  # {cross_entropy(b.y_true, b.y_pred):.4f}",
        language="python",
    )
    st.caption(t("loss.keras.caption", n=len(b.labels)))


run(PAGE, [single_sample, batch, cross_entropy_step, keras_mse_step])
