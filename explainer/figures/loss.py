"""Plotly figures for the loss page. Every text on them is passed in by the page (catalog).

    bars:    (y_i - y'_i)^2 per class, SSE = their sum (the course's example and the learner's image)
    batch:   SSE_i per sample, MSE = (1/n) sum_i SSE_i as a dashed line
    curves:  SSE(p) = (1 - p)^2 k/(k - 1) and CE(p) = -ln p against p = y'_true

Numbers on a figure (bar labels, hover texts, axis ticks) are plain decimals, never 1e-05.

Figures are written as plain dicts and wrapped once without plotly's per-property
validation (as explainer/figures/gradient_descent.py does): validating cost more than building.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from explainer.figures.margins import ROOM
from explainer.figures.plotly_internals import unvalidated_figure
from explainer.loss_curves import ce_curve, sse_curve
from explainer.loss_formula import loss_value, sum_decimals
from explainer.losses import squared_errors

SSE_COLOR = "#4c78a8"
CE_COLOR = "#e45756"
IMAGE_COLOR = "#f58518"  # the learner's image, beside the course's example
SAMPLE_COLORS = (SSE_COLOR, IMAGE_COLOR)
_MARGIN = dict(ROOM)  # room for the labels and the legend above
_LEGEND = {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0}


def _figure(data: list[dict], layout: dict) -> go.Figure:
    """Plain dicts in a go.Figure, not validated (st.plotly_chart only calls to_dict)."""
    return unvalidated_figure(data, layout)


def _axis(title: str, **props) -> dict:
    return {"title": {"text": title}, **props}


def sse_terms_figure(samples: Sequence[tuple], classes, x_title: str, y_title: str) -> go.Figure:
    """One bar per class and sample: the term (y_i - y'_i)^2, its value written on it (plain
    decimals). SSE = the sum of one sample's bars.

    samples: (name, y_true (k,), y_pred (k,)) each; the first is the course's example, a second
    one (the learner's image) stands beside it in another colour.
    """
    bars, top = [], 0.1
    for (name, y_true, y_pred), color in zip(samples, SAMPLE_COLORS, strict=False):
        terms = squared_errors(y_true, y_pred)  # (k,)
        labels = [loss_value(v, sum_decimals(terms.sum())) for v in terms]  # as the written-out sum
        bars.append(
            {
                "type": "bar",
                "x": list(classes),
                "y": terms,
                "name": name,
                "text": labels,
                "textposition": "outside",
                "marker": {"color": color},
                "customdata": labels,
                "hovertemplate": f"{name}<br>%{{x}}: %{{customdata}}<extra></extra>",
            }
        )
        top = max(top, float(terms.max()))
    layout = {
        "barmode": "group",
        "xaxis": _axis(x_title, type="category"),
        "yaxis": _axis(y_title, range=[0, top * 1.25], exponentformat="none"),
        "legend": _LEGEND,
        "showlegend": len(bars) > 1,
        "margin": _MARGIN,
        "height": 320,
    }
    return _figure(bars, layout)


def batch_sse_figure(sse_each, mse: float, x_title: str, y_title: str, mse_label: str) -> go.Figure:
    """Each sample's SSE as a bar, with the batch's MSE (their mean) as a dashed line."""
    sse_each = np.asarray(sse_each, dtype=np.float64)  # (n,)
    n = sse_each.size
    mse = float(mse)
    bars = {
        "type": "bar",
        "x": np.arange(1, n + 1),
        "y": sse_each,
        "marker": {"color": SSE_COLOR},
        "name": y_title,
        "customdata": [loss_value(v) for v in sse_each],
        "hovertemplate": "%{x}: %{customdata}<extra></extra>",
    }
    mean = {  # the mean as a dashed line across the batch, named in the legend (no overlap)
        "type": "scatter",
        "x": [0.5, n + 0.5],
        "y": [mse, mse],
        "mode": "lines",
        "line": {"color": CE_COLOR, "dash": "dash", "width": 3},
        "name": f"{mse_label} = {loss_value(mse)}",
        "hoverinfo": "skip",
    }
    layout = {
        "xaxis": _axis(x_title, range=[0.5, n + 0.5]),
        "yaxis": _axis(y_title, rangemode="tozero", exponentformat="none"),
        "legend": _LEGEND,
        "margin": _MARGIN,
        "height": 320,
    }
    return _figure([bars, mean], layout)


def loss_curves_figure(k: int, points: Sequence[tuple], text: dict) -> go.Figure:
    """SSE and CE against the probability given to the true class, with samples marked.

    points: (name, p, sse, ce) each, p = that sample's y'_true; the course's example first, the
    learner's image (if any) second, as a diamond. `text` holds "x_title", "y_title", "sse",
    "ce" (legend and axis texts).
    """
    p = np.linspace(0.005, 1.0, 200)  # (200,)
    data = [
        {
            "type": "scatter",
            "x": p,
            "y": sse_curve(p, k),
            "name": text["sse"],
            "line": {"color": SSE_COLOR, "width": 3},
            "hovertemplate": "p = %{x:.2f}: %{y:.4f}<extra></extra>",
        },
        {
            "type": "scatter",
            "x": p,
            "y": ce_curve(p, k),
            "name": text["ce"],
            "line": {"color": CE_COLOR, "width": 3},
            "hovertemplate": "p = %{x:.2f}: %{y:.4f}<extra></extra>",
        },
    ]
    shapes = []
    for i, (name, p_now, sse_now, ce_now) in enumerate(points):
        labels = [f"SSE {loss_value(sse_now)}", f"CE {loss_value(ce_now)}"]
        data.append(
            {
                "type": "scatter",
                "x": [p_now, p_now],
                "y": [sse_now, ce_now],
                "mode": "markers",
                "marker": {
                    "size": 12 if i == 0 else 14,
                    "symbol": "circle" if i == 0 else "diamond",
                    "color": [SSE_COLOR, CE_COLOR],
                    "line": {"color": "white" if i == 0 else IMAGE_COLOR, "width": 2 if i == 0 else 3},
                },
                "name": name,
                "customdata": labels,
                "hovertemplate": f"{name}<br>%{{customdata}}<extra></extra>",
            }
        )
        shapes.append(  # this sample's p across the whole plot height
            {
                "type": "line",
                "x0": p_now,
                "x1": p_now,
                "xref": "x",
                "y0": 0,
                "y1": 1,
                "yref": "y domain",
                "line": {"color": "grey" if i == 0 else IMAGE_COLOR, "dash": "dot"},
            }
        )
    layout = {
        "shapes": shapes,
        "xaxis": _axis(text["x_title"], range=[0, 1.02]),
        "yaxis": _axis(text["y_title"], range=[0, 5.5]),
        "legend": _LEGEND,
        "margin": _MARGIN,
        "height": 380,
    }
    return _figure(data, layout)
