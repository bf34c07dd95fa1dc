"""Cached content of the loss page, shared by every session (see ui/shared_cache.py).

Each function is pure in a few simple values (the language, the true class, the three
probabilities; the batch size, seed and the learner's table edits; the course image's key,
label and the built-in network's output for it) and returns everything a step draws: texts
from the catalog, charts as HTML or SVG pictures, the batch's SSE table as HTML (explainer/figures/html_table.py)
and the batch editor's starting table. A rerun whose inputs did not change only sends what was
built before.

Never change what is returned from here: it is shared.
"""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np
import streamlit as st

import catalog
from background import warm_imports
from explainer.batch_table import Batch, random_batch, read_table, with_sample
from explainer.figures import loss as charts
from explainer.figures.code_html import python_html
from explainer.figures.html_table import html_table
from explainer.figures.picture import picture_html
from explainer.input_errors import InputError
from explainer.loss_curves import ce_slope, sse_slope
from explainer.loss_formula import ce_latex, loss_value, number, prob_text, sse_latex, total_text, vector_text
from explainer.losses import cross_entropy, keras_mse, mse, sse, sse_per_sample
from explainer.prob_inputs import problems
from ui.shared_cache import cached

if TYPE_CHECKING:
    import pandas as pd

K = 3  # cat, dog, other: the course's three classes, in the built-in network's order
TINY = 0.001  # a loss below this is "practically 0" for the learner


def classes(lang: str) -> tuple[str, ...]:
    return tuple(catalog.text(f"loss.class.{i}", lang) for i in range(K))


def _warnings(lang: str, y_pred) -> tuple[str, ...]:
    """What is impossible about these numbers as a network output (computing goes on)."""
    total = number(np.sum(y_pred))
    return tuple(catalog.text(f"loss.warn.{code}", lang, total=total) for code in problems(y_pred))


def _y(true_i: int) -> np.ndarray:
    return np.eye(K)[true_i]  # (k,) the one-hot label


def _sample_names(lang: str) -> tuple[str, str]:
    return catalog.text("loss.single.course", lang), catalog.text("loss.single.yours", lang)


@cached(256)
def sample_view(lang: str, true_i: int, p: tuple, image: tuple | None = None) -> MappingProxyType:
    """Everything the single-sample and cross-entropy steps show for the course's sample
    (true_i, y' = p) and, beside it, the course image `image` = (true class, y' (k,)) if its
    label is known."""
    tx = lambda key, **f: catalog.text(key, lang, **f)  # noqa: E731
    names = classes(lang)
    course_name, image_name = _sample_names(lang)
    y_true, y_pred = _y(true_i), np.array(p, dtype=np.float64)  # (k,), (k,)
    s, ce = sse(y_true, y_pred), cross_entropy(y_true, y_pred)
    samples = [(course_name, y_true, y_pred)]
    p_plot = min(max(float(y_pred[true_i]), 0.0), 1.0)
    points = [(course_name, p_plot, s, ce)]
    if image is not None:
        y_img, p_img = _y(image[0]), np.array(image[1], dtype=np.float64)
        samples.append((image_name, y_img, p_img))
        points.append((image_name, float(p_img[image[0]]), sse(y_img, p_img), cross_entropy(y_img, p_img)))
    text = {"x_title": tx("loss.axis.p_true"), "y_title": tx("loss.axis.loss")}
    text |= {"sse": tx("loss.curve.sse"), "ce": tx("loss.curve.ce")}
    return MappingProxyType(
        {
            "sse": total_text(s),
            "ce": loss_value(ce),
            "y": tx("loss.single.vectors", y=vector_text(y_true), yp=vector_text(y_pred)),
            "sum": tx("loss.single.sum", total=number(np.sum(y_pred))),
            "terms_fig": charts.sse_terms_bars(samples, names, tx("loss.axis.class"), tx("loss.axis.term")),
            "warnings": _warnings(lang, y_pred),
            "sse_latex": sse_latex(y_true, y_pred, name="SSE"),
            "ce_latex": ce_latex(y_true, y_pred, name="CE"),
            "caption": tx("loss.single.caption"),
            "ce_intro": tx("loss.ce.intro"),
            "ce_course": tx("loss.ce.course", name=names[true_i], p=number(y_pred[true_i])),
            "curves_fig": picture_html(
                charts.loss_curves_svg(K, points, text),
                charts.curves_legend(points, text),
                tx("loss.curves_alt", p=number(p_plot)),
                700,
                kind="loss-curves",
            ),
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


@cached(128)
def image_view(lang: str, truth: int | None, p: tuple) -> MappingProxyType:
    """The "your image" column: the course image's label y (when known) and the built-in
    network's output y' = p, with its SSE and cross-entropy written out term by term.

    {"output": text} only while its label is unknown."""
    tx = lambda key, **f: catalog.text(key, lang, **f)  # noqa: E731
    y_pred = np.array(p, dtype=np.float64)  # (k,)
    out = {"output": tx("loss.image.output", yp=vector_text(y_pred, prob_text))}
    if truth is None:
        return MappingProxyType(out)
    y_true = _y(truth)
    s, ce = sse(y_true, y_pred), cross_entropy(y_true, y_pred)
    out |= {
        "label": tx("loss.image.label", name=classes(lang)[truth], y=vector_text(y_true)),
        "sse": total_text(s),
        "ce": loss_value(ce),
        "sse_latex": sse_latex(y_true, y_pred, name="SSE", fmt=prob_text),
        "ce_latex": ce_latex(y_true, y_pred, name="CE", fmt=prob_text),
        "ce_text": tx("loss.ce.yours", name=classes(lang)[truth], p=prob_text(y_pred[truth])),
        "tiny": tx("loss.image.tiny") if s < TINY else None,
    }
    return MappingProxyType(out)


@cached(64)
def batch_editor(lang: str, n: int, seed: int) -> tuple[pd.DataFrame, dict]:
    """The editable batch of n samples from the seed (rows 1..n) and its column configs.

    A read-only DataFrame: st.data_editor edits a copy of it."""
    pd = warm_imports.pandas()  # imported by the warm-up thread only
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


def relabel(table: pd.DataFrame, old: str, new: str) -> pd.DataFrame:
    """The batch table with its true classes named in language `new` instead of `old` (a cell
    that is no class name, e.g. empty, is kept as it is)."""
    names = dict(zip(classes(old), classes(new), strict=True))
    return table.assign(true=table["true"].map(lambda v: names.get(v, v)))


def edits_key(edits) -> str:
    """A data editor's edit state (edited, added, deleted rows) as a cache key."""
    return json.dumps(edits, sort_keys=True, default=str)


@cached(128)
def batch_view(
    lang: str, n: int, seed: int, edits: str = "", _table: pd.DataFrame | None = None
) -> MappingProxyType:
    """Everything the batch step shows for the table `_table`: batch_editor(lang, n, seed) with
    the edits `edits` (edits_key) applied, so those four values name it; `_table` None (and no
    edits) is the generated batch random_batch(n, K, seed) itself, read without pandas.
    {"error": text} if the table cannot be read."""
    tx = lambda key, **f: catalog.text(key, lang, **f)  # noqa: E731
    names = classes(lang)
    try:
        b = (
            random_batch(n, K, seed)
            if _table is None
            else read_table(_table["true"], _table[[f"p{i}" for i in range(K)]].to_numpy(dtype=object), names)
        )
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
    sse_table = html_table(  # HTML, not a canvas grid: a new batch or a nudged y′ lays out a table, once
        {
            "#": [str(r) for r in range(1, rows + 1)],
            tx("loss.col.true"): [names[i] for i in b.labels],
            "SSE": [loss_value(v) for v in sse_each],
        },
        max_height=220,
        left=(tx("loss.col.true"),),
    )
    batch_table = html_table(  # the batch as the editor shows it (2 decimals), when it is not being edited
        {"#": [str(r) for r in range(1, rows + 1)], tx("loss.col.true"): [names[i] for i in b.labels]}
        | {
            tx("loss.col.p_of", name=name): [f"{v:.2f}" for v in b.y_pred[:, i]]
            for i, name in enumerate(names)
        },
        max_height=300,
        left=(tx("loss.col.true"),),
    )
    return MappingProxyType(
        {
            "batch": b,
            "batch_table": batch_table,
            "rows_warning": rows_warning,
            "mse": loss_value(m),
            "mse_value": m,
            "rows": rows,
            "sse_table": sse_table,
            "latex": rf"\text{{MSE}} = \frac{{1}}{{n}} \sum_{{i=1}}^{{n}} \text{{SSE}}_i = {loss_value(m)}",
            "fig": picture_html(
                charts.batch_sse_svg(sse_each, m, tx("loss.axis.sample"), tx("loss.axis.sse")),
                charts.batch_legend(m, tx("loss.axis.sse"), "MSE"),
                tx("loss.batch_alt", n=rows, mse=loss_value(m)),
                700,
                kind="loss-batch",
            ),
            "terms": tx("loss.batch.terms", n=rows),
        }
    )


def image_in_batch(lang: str, b: Batch, truth: int, p: tuple) -> tuple[str, str]:
    """The course image added to batch b as one more sample: (text, LaTeX of the new MSE).

    MSE_new = (SSE_1 + ... + SSE_n + SSE_image) / (n + 1), the mean of n + 1 SSEs."""
    n, y_img, p_img = len(b.labels), _y(truth), np.array(p, dtype=np.float64)
    bigger = with_sample(b, truth, p_img)
    total, s_img = float(np.sum(sse_per_sample(b.y_true, b.y_pred))), sse(y_img, p_img)
    m_new = mse(bigger.y_true, bigger.y_pred)
    text = catalog.text(
        "loss.batch.image", lang, sse=total_text(s_img), n=n, n1=n + 1, total=loss_value(total)
    )
    latex = (
        rf"\text{{MSE}} = \frac{{{loss_value(total)} + {total_text(s_img)}}}{{{n + 1}}} = {loss_value(m_new)}"
    )
    return text, latex


def keras_args(lang: str, b: Batch) -> tuple:
    """keras_view's arguments for batch b."""
    return lang, len(b.labels), b.y_true.tobytes(), b.y_pred.tobytes()


@cached(128)
def keras_view(lang: str, n: int, y_true: bytes, y_pred: bytes) -> MappingProxyType:
    """The course's MSE beside Keras's MeanSquaredError for the batch y_true, y_pred (n, k),
    packed with .tobytes()."""
    y = np.frombuffer(y_true, dtype=np.float64).reshape(n, K)  # (n, k)
    yp = np.frombuffer(y_pred, dtype=np.float64).reshape(n, K)  # (n, k)
    course, keras = mse(y, yp), keras_mse(y, yp)
    return MappingProxyType(
        {
            "course": loss_value(course),
            "keras": loss_value(keras),
            "latex": rf"\text{{MSE}}_\text{{Keras}} = \frac{{1}}{{n \cdot k}} \sum_{{i=1}}^{{n}} \sum_{{j=1}}^{{k}}"
            rf"(y_{{ij}} - y'_{{ij}})^2 = \frac{{{loss_value(course)}}}{{{K}}} = {loss_value(keras)}",
            # MSE only: cross-entropy is the next step's subject, not a number to show before it
            "code": f"keras.losses.MeanSquaredError()(y_true, y_pred)  # {loss_value(keras)}",
            "code_html": python_html(
                f"keras.losses.MeanSquaredError()(y_true, y_pred)  # {loss_value(keras)}"
            ),
            "caption": catalog.text("loss.keras.caption", lang, n=n),
        }
    )
