"""Cached content of the loss page, shared by every session (see ui/shared_cache.py).

Each function is pure in a few simple values (the language, the true class, the three
probabilities; the batch size, seed and the learner's table edits) and returns everything a
step draws: texts from the catalog, frozen figures, and tables as read-only pyarrow Tables
(st.dataframe sends those as they are; a pandas Styler cost ~4 ms per rerun). A rerun whose
inputs did not change only sends what was built before.

Never change what is returned from here: it is shared.
"""

from __future__ import annotations

import json
from types import MappingProxyType

import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st

import catalog
from explainer.batch_table import Batch, random_batch, read_table
from explainer.figures.loss import batch_sse_figure, loss_curves_figure, sse_terms_figure
from explainer.input_errors import InputError
from explainer.loss_curves import ce_slope, sse_slope
from explainer.loss_formula import ce_latex, loss_value, number, sse_latex
from explainer.losses import cross_entropy, keras_mse, mse, squared_errors, sse, sse_per_sample
from explainer.prob_inputs import problems
from explainer.training import iterations_per_epoch
from ui.shared_cache import cached, freeze

K = 3  # cat, dog, other: the course's three classes


def classes(lang: str) -> tuple[str, ...]:
    return tuple(catalog.text(f"loss.class.{i}", lang) for i in range(K))


def _number_columns(names, fmt: str) -> dict:
    """Column configs showing numbers with a printf format, as a Styler's "{:.4f}" did."""
    return {name: st.column_config.NumberColumn(format=fmt) for name in names}


def _warnings(lang: str, y_pred) -> tuple[str, ...]:
    """What is impossible about these numbers as a network output (computing goes on)."""
    total = number(np.sum(y_pred))
    return tuple(catalog.text(f"loss.warn.{code}", lang, total=total) for code in problems(y_pred))


@cached(256)
def sample_view(lang: str, true_i: int, p: tuple) -> MappingProxyType:
    """Everything the single-sample and cross-entropy steps show for one sample (true_i, y' = p)."""
    tx = lambda key, **f: catalog.text(key, lang, **f)  # noqa: E731
    names = classes(lang)
    y_true = np.eye(K)[true_i]  # (k,)
    y_pred = np.array(p, dtype=np.float64)  # (k,)
    s, ce = sse(y_true, y_pred), cross_entropy(y_true, y_pred)
    cols = (tx("loss.col.y"), tx("loss.col.p"), tx("loss.col.diff"), tx("loss.col.term"))
    frame = pd.DataFrame(
        dict(zip(cols, (y_true, y_pred, y_true - y_pred, squared_errors(y_true, y_pred)), strict=True)),
        index=list(names),
    )
    p_true = float(y_pred[true_i])
    p_plot = min(max(p_true, 0.0), 1.0)
    text = {
        "x_title": tx("loss.axis.p_true"),
        "y_title": tx("loss.axis.loss"),
        "sse": tx("loss.curve.sse"),
        "ce": tx("loss.curve.ce"),
        "now": tx("loss.curve.now"),
    }
    return MappingProxyType(
        {
            "sse": loss_value(s),
            "ce": loss_value(ce),
            "terms_fig": freeze(
                sse_terms_figure(y_true, y_pred, names, tx("loss.axis.class"), tx("loss.axis.term"))
            ),
            "warnings": _warnings(lang, y_pred),
            "sse_latex": sse_latex(y_true, y_pred, name="SSE"),
            "ce_latex": ce_latex(y_true, y_pred, name="CE"),
            "table": pa.Table.from_pandas(frame),
            "table_columns": _number_columns(cols, "%.4f"),
            "caption": tx("loss.single.caption", label=names[true_i], y=", ".join(number(x) for x in y_true)),
            "ce_intro": tx("loss.ce.intro", name=names[true_i], p=number(p_true)),
            "curves_fig": freeze(loss_curves_figure(K, p_plot, s, ce, text)),
            "ce_why": tx(
                "loss.ce.why",
                p=number(p_plot),
                s_sse=f"{abs(float(sse_slope(p_plot, K))):.2f}",
                s_ce=f"{abs(float(ce_slope(p_plot, K))):.2f}",
                low_sse=f"{abs(float(sse_slope(0.01, K))):.2f}",
                low_ce=f"{abs(float(ce_slope(0.01, K))):.0f}",
            ),
        }
    )


@cached(64)
def batch_editor(lang: str, n: int, seed: int) -> tuple[pd.DataFrame, dict]:
    """The editable batch of n samples from the seed (rows 1..n) and its column configs.

    A read-only DataFrame: st.data_editor edits a copy of it."""
    names = classes(lang)
    b = random_batch(n, K, seed)
    data = pd.DataFrame({"true": [names[i] for i in b.labels]}, index=pd.RangeIndex(1, n + 1))
    for i in range(K):
        data[f"p{i}"] = b.y_pred[:, i]
    config = {
        "true": st.column_config.SelectboxColumn(
            catalog.text("loss.col.true", lang), options=list(names), required=True
        )
    }
    for i, name in enumerate(names):
        config[f"p{i}"] = st.column_config.NumberColumn(
            catalog.text("loss.col.p_of", lang, name=name), step=0.01, format="%.2f"
        )
    return data, config


def edits_key(edits) -> str:
    """A data editor's edit state (edited, added, deleted rows) as a cache key."""
    return json.dumps(edits, sort_keys=True, default=str)


@cached(128)
def batch_view(lang: str, n: int, seed: int, edits: str, _table: pd.DataFrame) -> MappingProxyType:
    """Everything the batch step shows for the table `_table`: batch_editor(lang, n, seed) with
    the edits `edits` (edits_key) applied, so those four values name it. {"error": text} if the
    table cannot be read."""
    tx = lambda key, **f: catalog.text(key, lang, **f)  # noqa: E731
    names = classes(lang)
    try:
        b = read_table(_table["true"], _table[[f"p{i}" for i in range(K)]].to_numpy(dtype=object), names)
    except InputError as e:
        return MappingProxyType({"error": tx(f"loss.err.{e.code}", row=e.detail)})
    bad = [r + 1 for r in range(len(b.labels)) if problems(b.y_pred[r])]
    rows_warning = None
    if bad:
        rows_warning = tx(
            "loss.warn.rows", rows=", ".join(map(str, bad[:10])), more="…" if len(bad) > 10 else ""
        )
    sse_each = sse_per_sample(b.y_true, b.y_pred)  # (n,)
    m, rows = mse(b.y_true, b.y_pred), len(b.labels)
    sse_table = pd.DataFrame(
        {tx("loss.col.true"): [names[i] for i in b.labels], "SSE": sse_each},
        index=pd.RangeIndex(1, rows + 1),
    )
    return MappingProxyType(
        {
            "batch": b,
            "rows_warning": rows_warning,
            "mse": loss_value(m),
            "sse_table": pa.Table.from_pandas(sse_table),
            "sse_columns": _number_columns(["SSE"], "%.4f"),
            "latex": rf"\text{{MSE}} = \frac{{1}}{{n}} \sum_{{i=1}}^{{n}} \text{{SSE}}_i = {loss_value(m)}",
            "fig": freeze(batch_sse_figure(sse_each, m, tx("loss.axis.sample"), tx("loss.axis.sse"), "MSE")),
            "terms": tx("loss.batch.terms", n=rows, iters=iterations_per_epoch(1000, rows)),
        }
    )


def keras_args(lang: str, b: Batch) -> tuple:
    """keras_view's arguments for batch b."""
    return lang, len(b.labels), b.y_true.tobytes(), b.y_pred.tobytes()


@cached(128)
def keras_view(lang: str, n: int, y_true: bytes, y_pred: bytes) -> MappingProxyType:
    """The course's MSE beside Keras's MeanSquaredError (and CategoricalCrossentropy) for the
    batch y_true, y_pred (n, k), packed with .tobytes()."""
    y = np.frombuffer(y_true, dtype=np.float64).reshape(n, K)  # (n, k)
    yp = np.frombuffer(y_pred, dtype=np.float64).reshape(n, K)  # (n, k)
    course, keras = mse(y, yp), keras_mse(y, yp)
    return MappingProxyType(
        {
            "course": loss_value(course),
            "keras": loss_value(keras),
            "latex": rf"\text{{MSE}}_\text{{Keras}} = \frac{{1}}{{n \cdot k}} \sum_{{i=1}}^{{n}} \sum_{{j=1}}^{{k}}"
            rf"(y_{{ij}} - y'_{{ij}})^2 = \frac{{{loss_value(course)}}}{{{K}}} = {loss_value(keras)}",
            "code": f"keras.losses.MeanSquaredError()(y_true, y_pred)  # {keras:.4f}\n"
            f"keras.losses.CategoricalCrossentropy()(y_true, y_pred)  # {cross_entropy(y, yp):.4f}",
            "caption": catalog.text("loss.keras.caption", lang, n=n),
        }
    )
