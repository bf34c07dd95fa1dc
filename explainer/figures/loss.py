"""Charts for the loss page, drawn on the server. Every text on them is passed in by the page
(catalog).

    bars:    (y_i - y'_i)^2 per class, SSE = their sum (the course's example and the learner's
             image), as HTML bars (explainer/figures/html_bars.py)
    batch:   SSE_i per sample, MSE = (1/n) sum_i SSE_i as a dashed line (SVG, svg_plot.py)
    curves:  SSE(p) = (1 - p)^2 k/(k - 1) and CE(p) = -ln p against p = y'_true (SVG)

Numbers on a chart (bar labels, axis ticks) are plain decimals, never 1e-05. Why not plotly:
a page without a plotly chart never loads plotly's browser code, and a new batch redraws a
picture instead of a chart (benchmarks/RESULTS.md).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from explainer.figures.html_bars import Series as Bars
from explainer.figures.html_bars import bar_chart
from explainer.figures.svg_plot import Series, nice_step, plot_svg
from explainer.loss_curves import ce_curve, sse_curve
from explainer.loss_formula import loss_value, number, sum_decimals, total_text
from explainer.losses import squared_errors

SSE_COLOR = "#4c78a8"
CE_COLOR = "#e45756"
IMAGE_COLOR = "#f58518"  # the learner's image, beside the course's example
COURSE_MARK = "#808080"  # the course's example's p, on the curves
SAMPLE_COLORS = (SSE_COLOR, IMAGE_COLOR)
CURVE_TOP = 5.5  # the curves' y axis: CE at p = 0.005 is 5.3


def sse_terms_bars(samples: Sequence[tuple], classes, x_title: str, y_title: str) -> str:
    """One bar per class and sample: the term (y_i - y'_i)^2, its value written on it (plain
    decimals, as in the written-out sum). SSE = the sum of one sample's bars.

    samples: (name, y_true (k,), y_pred (k,)) each; the first is the course's example, a second
    one (the learner's image) stands beside it in another colour, named in a legend.
    """
    series, top = [], 0.1
    for (name, y_true, y_pred), color in zip(samples, SAMPLE_COLORS, strict=False):
        terms = squared_errors(y_true, y_pred)  # (k,)
        labels = tuple(loss_value(v, sum_decimals(terms.sum())) for v in terms)
        series.append(Bars(name, terms, color, labels=labels))
        top = max(top, float(terms.max()))
    step = nice_step(top * 1.2, 4)
    y_max = float(np.ceil(top * 1.2 / step) * step)  # a round top, room for the labels
    return bar_chart(
        list(classes),
        series,
        x_title=x_title,
        y_title=y_title,
        height=260,
        y_max=y_max,
        legend=len(series) > 1,
    )


def batch_sse_svg(sse_each, mse: float, x_title: str, y_title: str) -> str:
    """Each sample's SSE as a bar (samples 1..n), with the batch's MSE (their mean) as a dashed line."""
    sse_each = np.asarray(sse_each, dtype=np.float64)  # (n,)
    n = sse_each.size
    bars = Series(np.arange(1, n + 1), sse_each, SSE_COLOR, bars=0.8)
    mean = Series([0.5, n + 0.5], [float(mse)] * 2, CE_COLOR, dash=True)
    return plot_svg([bars, mean], x_title=x_title, y_title=y_title, width=640, height=260,
                    x_range=(0.5, n + 0.5), y_from_zero=True, x_integers=True)  # fmt: skip


def batch_legend(mse: float, y_title: str, mse_label: str) -> list[tuple[str, str, str]]:
    """The batch chart's legend: (colour, name, mark) for the bars and the mean line."""
    return [(SSE_COLOR, y_title, "square"), (CE_COLOR, f"{mse_label} = {loss_value(float(mse))}", "dashed")]


def loss_curves_svg(k: int, points: Sequence[tuple], text: dict) -> str:
    """SSE and CE against the probability given to the true class, with samples marked.

    points: (name, p, sse, ce) each, p = that sample's y'_true; the course's example first (its
    p a grey dotted line), the learner's image (if any) second (orange line, orange rings).
    `text` holds "x_title" and "y_title".
    """
    p = np.linspace(0.005, 1.0, 200)  # (200,)
    series = [Series(p, sse_curve(p, k), SSE_COLOR), Series(p, ce_curve(p, k), CE_COLOR)]
    for i, (_name, p_now, sse_now, ce_now) in enumerate(points):
        mark = COURSE_MARK if i == 0 else IMAGE_COLOR
        series.append(Series([p_now, p_now], [0, CURVE_TOP], mark, dash=True))
        for value, colour in ((sse_now, SSE_COLOR), (ce_now, CE_COLOR)):
            series.append(Series([p_now], [value], colour, lines=False, marker="dot",
                                 size=6 if i == 0 else 7, outline="#fff" if i == 0 else IMAGE_COLOR))  # fmt: skip
    return plot_svg(series, x_title=text["x_title"], y_title=text["y_title"], width=640, height=320,
                    x_range=(0, 1.02), y_range=(0, CURVE_TOP))  # fmt: skip


def curves_legend(points: Sequence[tuple], text: dict) -> list[tuple[str, str, str]]:
    """The curves' legend: the two curves, then each sample with its loss values."""
    legend = [(SSE_COLOR, text["sse"], "line"), (CE_COLOR, text["ce"], "line")]
    for i, (name, p_now, sse_now, ce_now) in enumerate(points):
        values = f"{name}: p = {number(p_now)}, SSE {total_text(sse_now)}, CE {loss_value(ce_now)}"  # as the metrics
        legend.append((COURSE_MARK if i == 0 else IMAGE_COLOR, values, "dot" if i == 0 else "ring"))
    return legend
