"""Figures for the outputs page: probability bars, the perfect answer beside the actual
output, and a compact chart for hundreds of classes.

Every text on a figure (axis titles, legend names) is passed in by the page, from the catalog.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from explainer.checks import finite_array

WINNER = "#d62728"  # the argmax bar
OTHER = "#8fa8c8"
PERFECT = "#2ca02c"


def _layout(fig: go.Figure, x_title: str, y_title: str, height: int) -> go.Figure:
    fig.update_layout(
        height=height,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis_title=x_title,
        yaxis_title=y_title,
        showlegend=fig.layout.showlegend,
    )
    return fig


def probability_bars(names, probs, *, x_title: str, y_title: str, height: int = 300) -> go.Figure:
    """One bar per class with its probability written on it; the largest bar is highlighted."""
    p = finite_array(probs, "probabilities", ndim=(1,))  # (k,)
    win = int(np.argmax(p))
    colours = [WINNER if i == win else OTHER for i in range(p.size)]
    fig = go.Figure(
        go.Bar(x=list(names), y=p, marker_color=colours, text=[f"{v:.3f}" for v in p], textposition="outside")
    )
    fig.update_yaxes(range=[0, 1.15])
    fig.update_layout(showlegend=False)
    return _layout(fig, x_title, y_title, height)


def perfect_vs_actual(
    names,
    perfect,
    actual,
    *,
    perfect_name: str,
    actual_name: str,
    x_title: str,
    y_title: str,
    height: int = 300,
) -> go.Figure:
    """Grouped bars: the one-hot perfect answer beside the network's actual probabilities."""
    y_star = finite_array(perfect, "perfect answer", ndim=(1,))  # (k,)
    p = finite_array(actual, "actual output", ndim=(1,))  # (k,)
    fig = go.Figure(
        [
            go.Bar(
                name=perfect_name,
                x=list(names),
                y=y_star,
                marker_color=PERFECT,
                text=[f"{v:g}" for v in y_star],
                textposition="outside",
            ),
            go.Bar(
                name=actual_name,
                x=list(names),
                y=p,
                marker_color=OTHER,
                text=[f"{v:.2f}" for v in p],
                textposition="outside",
            ),
        ]
    )
    fig.update_yaxes(range=[0, 1.2])
    fig.update_layout(barmode="group", showlegend=True, legend=dict(orientation="h", y=1.12, x=0))
    return _layout(fig, x_title, y_title, height)


def many_class_chart(probs, *, x_title: str, y_title: str, height: int = 280) -> go.Figure:
    """All k probabilities as thin bars by class number (1..k); the argmax bar stands out in red."""
    p = finite_array(probs, "probabilities", ndim=(1,))  # (k,)
    win = int(np.argmax(p))
    x = np.arange(1, p.size + 1)
    colours = np.where(np.arange(p.size) == win, WINNER, OTHER)
    fig = go.Figure(go.Bar(x=x, y=p, marker_color=colours.tolist(), marker_line_width=0))
    fig.add_annotation(
        x=int(x[win]), y=float(p[win]), text=f"{int(x[win])}", showarrow=True, arrowhead=2, ay=-25
    )
    fig.update_layout(bargap=0.05 if p.size > 50 else 0.2, showlegend=False)
    return _layout(fig, x_title, y_title, height)
