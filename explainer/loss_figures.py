"""Plotly figures for the loss page. Every text on them is passed in by the page (catalog)."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from explainer.loss_curves import ce_curve, sse_curve
from explainer.losses import squared_errors

SSE_COLOR = "#4c78a8"
CE_COLOR = "#e45756"
_LAYOUT = {"margin": {"l": 10, "r": 10, "t": 30, "b": 10}, "height": 320}


def sse_terms_figure(y_true, y_pred, classes, x_title: str, y_title: str) -> go.Figure:
    """One bar per class: the term (y_i - y'_i)^2, its value written on it. SSE = sum of the bars."""
    terms = squared_errors(y_true, y_pred)  # (k,)
    fig = go.Figure(
        go.Bar(
            x=list(classes),
            y=terms,
            text=[f"{v:.4f}" for v in terms],
            textposition="outside",
            marker_color=SSE_COLOR,
            hoverinfo="skip",
        )
    )
    top = max(float(terms.max()), 0.1)
    fig.update_xaxes(title=x_title, type="category")
    fig.update_yaxes(title=y_title, range=[0, top * 1.25])
    fig.update_layout(**_LAYOUT)
    return fig


def batch_sse_figure(sse_each, mse: float, x_title: str, y_title: str, mse_label: str) -> go.Figure:
    """Each sample's SSE as a bar, with the batch's MSE (their mean) as a dashed line."""
    sse_each = np.asarray(sse_each, dtype=np.float64)  # (n,)
    n = sse_each.size
    fig = go.Figure(go.Bar(x=np.arange(1, n + 1), y=sse_each, marker_color=SSE_COLOR, name=y_title))
    fig.add_trace(  # the mean as a dashed line across the batch, named in the legend (no overlap)
        go.Scatter(
            x=[0.5, n + 0.5],
            y=[mse, mse],
            mode="lines",
            line={"color": CE_COLOR, "dash": "dash", "width": 3},
            name=f"{mse_label} = {mse:.4f}",
        )
    )
    fig.update_xaxes(title=x_title, range=[0.5, n + 0.5])
    fig.update_yaxes(title=y_title, rangemode="tozero")
    fig.update_layout(legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0}, **_LAYOUT)
    return fig


def loss_curves_figure(k: int, p_now: float, sse_now: float, ce_now: float, text: dict) -> go.Figure:
    """SSE and CE against the probability given to the true class, with this sample marked.

    `text` holds "x_title", "y_title", "sse", "ce", "now" (legend and axis texts).
    """
    p = np.linspace(0.005, 1.0, 200)  # (200,)
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=p, y=sse_curve(p, k), name=text["sse"], line={"color": SSE_COLOR, "width": 3}))
    fig.add_trace(go.Scatter(x=p, y=ce_curve(p, k), name=text["ce"], line={"color": CE_COLOR, "width": 3}))
    fig.add_trace(
        go.Scatter(
            x=[p_now, p_now],
            y=[sse_now, ce_now],
            mode="markers",
            marker={"size": 12, "color": [SSE_COLOR, CE_COLOR], "line": {"color": "white", "width": 2}},
            name=text["now"],
        )
    )
    fig.add_vline(x=p_now, line_dash="dot", line_color="grey")
    fig.update_xaxes(title=text["x_title"], range=[0, 1.02])
    fig.update_yaxes(title=text["y_title"], range=[0, 5.5])
    fig.update_layout(
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0}, **{**_LAYOUT, "height": 380}
    )
    return fig
