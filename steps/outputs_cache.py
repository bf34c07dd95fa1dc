"""Cached content of the outputs page, shared by every session (see ui/shared_cache.py).

What a step shows depends on a few simple values (three probabilities or three scores, the true
class, k and the seed, the language), so its figure and its texts are built once per distinct
input and a rerun that changed nothing only sends them again. The catalog is fixed while the
app runs, so the language code stands for every text. Never change what is returned from here:
it is shared.
"""

from __future__ import annotations

import numpy as np

import catalog
from explainer.encoding import one_hot
from explainer.figures import outputs as charts
from explainer.figures.html_bars import many_bars, probability_bars
from explainer.figures.html_table import html_table
from explainer.outputs import predict, softmax
from explainer.scores import is_low_confidence, random_scores, top_k
from ui.shared_cache import cached

CLASSES = ("cat", "dog", "other")  # catalog ids; the shown names come from "outputs.class.<id>"


def names(lg: str) -> list[str]:
    return [catalog.text(f"outputs.class.{c}", lg) for c in CLASSES]


def _sum_line(p: np.ndarray, lg: str) -> str:
    expr = " + ".join(f"{v:.3f}" for v in p)
    return catalog.text("outputs.sum", lg, expr=expr, total=f"{p.sum():.3f}")


@cached(256)
def bars_view(probs: tuple, lg: str, height: int = 200):
    """The bar chart of three probabilities (HTML) and the line adding them up."""
    p = np.asarray(probs, dtype=np.float64)  # (3,)
    bars = probability_bars(
        names(lg),
        p,
        x_title=catalog.text("outputs.axis.class", lg),
        y_title=catalog.text("outputs.axis.prob", lg),
        height=height,
    )
    return bars, _sum_line(p, lg)


@cached(256)
def probabilities_view(scores: tuple, lg: str):
    """The bars of p = softmax(scores) and the line adding them up."""
    return bars_view(probs=tuple(float(v) for v in softmax(scores)), lg=lg, height=220)


@cached(256)
def argmax_view(probs: tuple, lg: str):
    """(label, confidence, margin as shown, low confidence?, the message under the metrics)."""
    pred = predict(np.asarray(probs, dtype=np.float64), names(lg))
    conf, margin = f"{pred.confidence:.2f}", f"{pred.margin:.2f}"
    low = is_low_confidence(pred.margin)
    if low:
        message = catalog.text("outputs.low_conf", lg, label=pred.label, margin=margin)
    else:
        message = catalog.text("outputs.high_conf", lg, label=pred.label, conf=conf)
    return pred.label, conf, margin, low, message


@cached(256)
def perfect_view(probs: tuple, true_id: str, lg: str):
    """The perfect one-hot answer beside the actual probabilities, and both vectors written out."""
    y_star = one_hot([CLASSES.index(true_id)], len(CLASSES))[0]  # (3,)
    p = np.asarray(probs, dtype=np.float64)  # (3,)
    bars = charts.perfect_vs_actual(
        names(lg),
        y_star,
        p,
        perfect_name=catalog.text("outputs.perfect.legend_perfect", lg),
        actual_name=catalog.text("outputs.perfect.legend_actual", lg),
        x_title=catalog.text("outputs.axis.class", lg),
        y_title=catalog.text("outputs.axis.prob", lg),
    )
    vectors = catalog.text(
        "outputs.perfect.vectors",
        lg,
        perfect="(" + ", ".join(f"{v:g}" for v in y_star) + ")",
        actual="(" + ", ".join(f"{v:.2f}" for v in p) + ")",
    )
    return bars, vectors


def _plain(v: float) -> str:
    """4 significant digits, never in scientific notation: 26900, 12.9, 0.000005449."""
    return np.format_float_positional(float(v), precision=4, unique=False, fractional=False, trim="-")


@cached(64)
def softmax_table(scores: tuple, lg: str) -> tuple[str, str, str, str]:
    """p_i = e^(s_i) / sum_j e^(s_j), one row per class: the score, e^score, and p; then, as shown,
    the sum of the e^s, the first row's e^s and its p."""
    s = np.asarray(scores, dtype=np.float64)  # (3,)
    e = np.exp(s - s.max()) * np.exp(s.max())  # e^s; the shift keeps large scores finite
    p = softmax(s)
    name = catalog.text("outputs.softmax.col_class", lg)
    table = {
        name: list(names(lg)),
        catalog.text("outputs.softmax.col_score", lg): [f"{v:.3f}" for v in s],
        catalog.text("outputs.softmax.col_exp", lg): [_plain(v) for v in e],
        catalog.text("outputs.softmax.col_p", lg): [f"{v:.3f}" for v in p],
    }
    return html_table(table, left=(name,), fit=True), _plain(e.sum()), _plain(e[0]), f"{p[0]:.3f}"


@cached(128)
def many_view(k: int, seed: int, lg: str):
    """k random outputs' probabilities: the chart, the result line, the top-5 table.

    The table is HTML (explainer/figures/html_table.py): five rows need no data grid."""
    p = softmax(random_scores(k, seed))  # (k,)
    bars = many_bars(
        p, x_title=catalog.text("outputs.many.axis_class", lg), y_title=catalog.text("outputs.axis.prob", lg)
    )
    pred = predict(p, [f"#{i + 1}" for i in range(k)])  # the label's name is written below
    label = catalog.text("outputs.many.class_n", lg, n=pred.index + 1)
    result = catalog.text(
        "outputs.many.result", lg, k=k, label=label, conf=f"{pred.confidence:.3f}", total=f"{p.sum():.3f}"
    )
    rows = top_k(p, 5)
    name = catalog.text("outputs.many.col_class", lg)
    table = {
        catalog.text("outputs.many.col_rank", lg): [str(r) for r in range(1, len(rows) + 1)],
        name: [catalog.text("outputs.many.class_n", lg, n=i + 1) for i, _ in rows],
        catalog.text("outputs.many.col_prob", lg): [f"{q:.4f}" for _, q in rows],
    }
    return bars, result, html_table(table, left=(name,), fit=True)
