"""Plotly figures for the loss page. Every text on them is passed in by the page (catalog).

    bars:    (y_i - y'_i)^2 per class, SSE = their sum
    batch:   SSE_i per sample, MSE = (1/n) sum_i SSE_i as a dashed line
    curves:  SSE(p) = (1 - p)^2 k/(k - 1) and CE(p) = -ln p against p = y'_true

Figures are written as plain dicts and wrapped once without plotly's per-property
validation (as explainer/figures/gradient_descent.py does): validating cost more than building.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from explainer.figures.plotly_internals import unvalidated_figure
from explainer.loss_curves import ce_curve, sse_curve
from explainer.losses import squared_errors

SSE_COLOR = "#4c78a8"
CE_COLOR = "#e45756"
_MARGIN = {"l": 10, "r": 10, "t": 30, "b": 10}
_LEGEND = {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0}


def _figure(data: list[dict], layout: dict) -> go.Figure:
    """Plain dicts in a go.Figure, not validated (st.plotly_chart only calls to_dict)."""
    return unvalidated_figure(data, layout)


def _axis(title: str, **props) -> dict:
    return {"title": {"text": title}, **props}


def sse_terms_figure(y_true, y_pred, classes, x_title: str, y_title: str) -> go.Figure:
    """One bar per class: the term (y_i - y'_i)^2, its value written on it. SSE = sum of the bars."""
    terms = squared_errors(y_true, y_pred)  # (k,)
    bar = {
        "type": "bar",
        "x": list(classes),
        "y": terms,
        "text": [f"{v:.4f}" for v in terms],
        "textposition": "outside",
        "marker": {"color": SSE_COLOR},
        "hoverinfo": "skip",
    }
    top = max(float(terms.max()), 0.1)
    layout = {
        "xaxis": _axis(x_title, type="category"),
        "yaxis": _axis(y_title, range=[0, top * 1.25]),
        "margin": _MARGIN,
        "height": 320,
    }
    return _figure([bar], layout)


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
    }
    mean = {  # the mean as a dashed line across the batch, named in the legend (no overlap)
        "type": "scatter",
        "x": [0.5, n + 0.5],
        "y": [mse, mse],
        "mode": "lines",
        "line": {"color": CE_COLOR, "dash": "dash", "width": 3},
        "name": f"{mse_label} = {mse:.4f}",
    }
    layout = {
        "xaxis": _axis(x_title, range=[0.5, n + 0.5]),
        "yaxis": _axis(y_title, rangemode="tozero"),
        "legend": _LEGEND,
        "margin": _MARGIN,
        "height": 320,
    }
    return _figure([bars, mean], layout)


def loss_curves_figure(k: int, p_now: float, sse_now: float, ce_now: float, text: dict) -> go.Figure:
    """SSE and CE against the probability given to the true class, with this sample marked.

    `text` holds "x_title", "y_title", "sse", "ce", "now" (legend and axis texts).
    """
    p = np.linspace(0.005, 1.0, 200)  # (200,)
    data = [
        {
            "type": "scatter",
            "x": p,
            "y": sse_curve(p, k),
            "name": text["sse"],
            "line": {"color": SSE_COLOR, "width": 3},
        },
        {
            "type": "scatter",
            "x": p,
            "y": ce_curve(p, k),
            "name": text["ce"],
            "line": {"color": CE_COLOR, "width": 3},
        },
        {
            "type": "scatter",
            "x": [p_now, p_now],
            "y": [sse_now, ce_now],
            "mode": "markers",
            "marker": {"size": 12, "color": [SSE_COLOR, CE_COLOR], "line": {"color": "white", "width": 2}},
            "name": text["now"],
        },
    ]
    vline = {  # this sample's p across the whole plot height
        "type": "line",
        "x0": p_now,
        "x1": p_now,
        "xref": "x",
        "y0": 0,
        "y1": 1,
        "yref": "y domain",
        "line": {"color": "grey", "dash": "dot"},
    }
    layout = {
        "shapes": [vline],
        "xaxis": _axis(text["x_title"], range=[0, 1.02]),
        "yaxis": _axis(text["y_title"], range=[0, 5.5]),
        "legend": _LEGEND,
        "margin": _MARGIN,
        "height": 380,
    }
    return _figure(data, layout)
