"""Figures for the knobs page: points with the decision boundary, training history,
and supervised vs unsupervised learning side by side.

Every text on a figure (axis titles, legend names) is passed in by the page, from the catalog.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from explainer.knobs import Step, boundary, predict_proba, wrong

BLUE, ORANGE = "#1f77b4", "#ff7f0e"
LIMITS = (-3.5, 3.5)  # both axes of the point plots
KNOB_COLOURS = ("#9467bd", "#8c564b", "#17becf")


def _square(fig: go.Figure, x_title: str, y_title: str, height: int) -> go.Figure:
    fig.update_xaxes(range=LIMITS, title_text=x_title, zeroline=False, constrain="domain")
    fig.update_yaxes(
        range=LIMITS, title_text=y_title, zeroline=False, scaleanchor="x", scaleratio=1, constrain="domain"
    )
    fig.update_layout(
        height=height, margin=dict(l=10, r=10, t=30, b=10), legend=dict(orientation="h", y=-0.2, x=0)
    )
    return fig


def decision_figure(
    X,
    y,
    w1: float,
    w2: float,
    b: float,
    *,
    names: Sequence[str],
    x_title: str,
    y_title: str,
    height: int = 440,
) -> go.Figure:
    """Points coloured by their true class over a shaded map of p = sigmoid(w1*x1 + w2*x2 + b).

    names: legend names for (blue points, orange points, wrongly called, boundary p = 0.5, shading p).
    """
    grid = np.linspace(*LIMITS, 60)  # (60,)
    g1, g2 = np.meshgrid(grid, grid)  # (60, 60) each
    p = predict_proba(np.column_stack([g1.ravel(), g2.ravel()]), w1, w2, b).reshape(g1.shape)  # (60, 60)
    fig = go.Figure(
        go.Heatmap(
            x=grid,
            y=grid,
            z=p,
            zmin=0,
            zmax=1,
            colorscale=[[0, "#c6dbef"], [0.5, "#ffffff"], [1, "#fdd0a2"]],
            showscale=False,
            hovertemplate=f"{names[4]} = %{{z:.2f}}<extra></extra>",
        )
    )
    bad = wrong(X, y, w1, w2, b)  # (n,)
    for cls, colour, name in ((0, BLUE, names[0]), (1, ORANGE, names[1])):
        m = y == cls
        fig.add_scatter(
            x=X[m, 0],
            y=X[m, 1],
            mode="markers",
            name=name,
            marker=dict(color=colour, size=10, line=dict(color="white", width=1)),
        )
    fig.add_scatter(
        x=X[bad, 0],
        y=X[bad, 1],
        mode="markers",
        name=names[2],
        marker=dict(symbol="x-thin-open", size=13, color="#333333", line=dict(width=1.5)),
    )
    line = boundary(w1, w2, b, *LIMITS)
    if line is not None:
        fig.add_scatter(
            x=line[0], y=line[1], mode="lines", name=names[3], line=dict(color="black", dash="dash")
        )
    return _square(fig, x_title, y_title, height)


def error_figure(history: Sequence[Step], *, x_title: str, y_title: str, height: int = 240) -> go.Figure:
    """The error after each training step (step 0 = where the knobs started)."""
    fig = go.Figure(
        go.Scatter(x=list(range(len(history))), y=[s.error for s in history], mode="lines+markers")
    )
    fig.update_layout(
        height=height, margin=dict(l=10, r=10, t=10, b=10), xaxis_title=x_title, yaxis_title=y_title
    )
    fig.update_yaxes(rangemode="tozero")
    return fig


def knob_path_figure(
    history: Sequence[Step], *, names: Sequence[str], x_title: str, y_title: str, height: int = 240
) -> go.Figure:
    """How each knob (w1, w2, b) moved over the training steps."""
    steps = list(range(len(history)))
    fig = go.Figure()
    for attr, name, colour in zip(("w1", "w2", "b"), names, KNOB_COLOURS, strict=True):
        fig.add_scatter(
            x=steps, y=[getattr(s, attr) for s in history], mode="lines", name=name, line=dict(color=colour)
        )
    fig.update_layout(
        height=height,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis_title=x_title,
        yaxis_title=y_title,
        legend=dict(orientation="h", y=1.15, x=0),
    )
    return fig


def labelled_figure(
    X, y, *, names: Sequence[str], x_title: str, y_title: str, height: int = 340
) -> go.Figure:
    """Supervised: every point comes with its colour (its label). names: (blue, orange)."""
    fig = go.Figure()
    for cls, colour, name in ((0, BLUE, names[0]), (1, ORANGE, names[1])):
        m = y == cls
        fig.add_scatter(x=X[m, 0], y=X[m, 1], mode="markers", name=name, marker=dict(color=colour, size=9))
    return _square(fig, x_title, y_title, height)


def grouped_figure(
    X, groups, centres, *, names: Sequence[str], x_title: str, y_title: str, height: int = 340
) -> go.Figure:
    """Unsupervised: the same points without colours, grouped by closeness.

    names: one legend name per group, then the name for the group centres.
    """
    fig = go.Figure()
    symbols = ("circle-open", "square-open", "diamond-open", "triangle-up-open")
    k = len(centres)
    for g in range(k):
        m = groups == g
        fig.add_scatter(
            x=X[m, 0],
            y=X[m, 1],
            mode="markers",
            name=names[g],
            marker=dict(color="#555555", size=9, symbol=symbols[g % len(symbols)], line=dict(width=2)),
        )
    fig.add_scatter(
        x=centres[:, 0],
        y=centres[:, 1],
        mode="markers",
        name=names[k],
        marker=dict(color="#2ca02c", size=16, symbol="star", line=dict(color="black", width=1)),
    )
    return _square(fig, x_title, y_title, height)
