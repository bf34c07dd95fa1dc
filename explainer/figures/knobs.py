"""Figures for the knobs page: training history, and supervised vs unsupervised learning side
by side. (The points with the decision boundary are a picture: explainer/figures/decision_svg.py.)

Every text on a figure (axis titles, legend names) is passed in by the page, from the catalog.

Figures are written as plain dicts and wrapped by `figure` without plotly's per-property
validation (as explainer/figures/gradient_descent.py does): validation cost far more than the maths.
tests/test_knobs.py checks that plotly accepts every figure unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from explainer.figures.margins import ROOM
from explainer.figures.plotly_internals import unvalidated_figure
from explainer.knobs import Step

BLUE, ORANGE = "#1f77b4", "#ff7f0e"
LIMITS = (-3.5, 3.5)  # both axes of the point plots
KNOB_COLOURS = ("#9467bd", "#8c564b", "#17becf")
SHADES = [[0, "#c6dbef"], [0.5, "#ffffff"], [1, "#fdd0a2"]]  # p = 0 (blue) .. 0.5 (white) .. 1 (orange)


def figure(data: list[dict], layout: dict) -> go.Figure:
    """Wrap plain dicts in a go.Figure without validating them (st.plotly_chart only calls to_dict)."""
    return unvalidated_figure(data, layout)


def _points(x, y, name: str, marker: dict) -> dict:
    return {"type": "scatter", "x": x, "y": y, "mode": "markers", "name": name, "marker": marker}


def _square(x_title: str, y_title: str, height: int) -> dict:
    """Layout of a point plot: both axes LIMITS, one unit as long on each."""
    axis = {"range": list(LIMITS), "zeroline": False, "constrain": "domain"}
    return {
        "xaxis": axis | {"title": {"text": x_title}},
        "yaxis": axis | {"title": {"text": y_title}, "scaleanchor": "x", "scaleratio": 1},
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 30, "b": 104},  # the legend under the plot (margins.py)
        "legend": {"orientation": "h", "y": -0.2, "x": 0},
    }


def error_figure(history: Sequence[Step], *, x_title: str, y_title: str, height: int = 240) -> go.Figure:
    """The error after each training step (step 0 = where the knobs started)."""
    data = [
        {
            "type": "scatter",
            "x": list(range(len(history))),
            "y": [s.error for s in history],
            "mode": "lines+markers",
        }
    ]
    layout = {
        "height": height,
        "margin": ROOM | {"t": 10},
        "xaxis": {"title": {"text": x_title}},
        "yaxis": {"title": {"text": y_title}, "rangemode": "tozero"},
    }
    return figure(data, layout)


def knob_path_figure(
    history: Sequence[Step], *, names: Sequence[str], x_title: str, y_title: str, height: int = 240
) -> go.Figure:
    """How each knob (w1, w2, b) moved over the training steps."""
    steps = list(range(len(history)))
    data = [
        {
            "type": "scatter",
            "x": steps,
            "y": [getattr(s, attr) for s in history],
            "mode": "lines",
            "name": name,
            "line": {"color": colour},
        }
        for attr, name, colour in zip(("w1", "w2", "b"), names, KNOB_COLOURS, strict=True)
    ]
    layout = {
        "height": height,
        "margin": ROOM | {"t": 10},
        "xaxis": {"title": {"text": x_title}},
        "yaxis": {"title": {"text": y_title}},
        "legend": {"orientation": "h", "y": 1.15, "x": 0},
    }
    return figure(data, layout)


def labelled_figure(
    X, y, *, names: Sequence[str], x_title: str, y_title: str, height: int = 340
) -> go.Figure:
    """Supervised: every point comes with its colour (its label). names: (blue, orange)."""
    X, y = np.asarray(X), np.asarray(y)
    data = [
        _points(X[y == cls, 0], X[y == cls, 1], name, {"color": colour, "size": 9})
        for cls, colour, name in ((0, BLUE, names[0]), (1, ORANGE, names[1]))
    ]
    return figure(data, _square(x_title, y_title, height))


def grouped_figure(
    X, groups, centres, *, names: Sequence[str], x_title: str, y_title: str, height: int = 340
) -> go.Figure:
    """Unsupervised: the same points without colours, grouped by closeness.

    names: one legend name per group, then the name for the group centres.
    """
    X, groups, centres = np.asarray(X), np.asarray(groups), np.asarray(centres)
    symbols = ("circle-open", "square-open", "diamond-open", "triangle-up-open")
    k = len(centres)
    data = [
        _points(
            X[groups == g, 0],
            X[groups == g, 1],
            names[g],
            {"color": "#555555", "size": 9, "symbol": symbols[g % len(symbols)], "line": {"width": 2}},
        )
        for g in range(k)
    ]
    data.append(
        _points(
            centres[:, 0],
            centres[:, 1],
            names[k],
            {"color": "#2ca02c", "size": 16, "symbol": "star", "line": {"color": "black", "width": 1}},
        )
    )
    return figure(data, _square(x_title, y_title, height))
