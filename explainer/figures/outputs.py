"""Figures for the outputs page: the perfect answer beside the actual output (HTML bars, like
the probability bars of explainer/figures/html_bars.py), and a compact plotly chart for
hundreds of classes.

Every text on a figure (axis titles, legend names) is passed in by the page, from the catalog.
Figures are written as plain dicts and wrapped without plotly's per-property validation
(as explainer/figures/gradient_descent.py does): validating cost far more than building them.
tests/test_scores.py checks the figures against what plotly's validated builders give.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from explainer.checks import finite_array
from explainer.figures.html_bars import OTHER, WINNER, Series, bar_chart
from explainer.figures.margins import ROOM
from explainer.figures.plotly_internals import unvalidated_figure

PERFECT = "#2ca02c"


def _figure(data: list[dict], layout: dict, x_title: str, y_title: str, height: int) -> go.Figure:
    """Wrap plain dicts in a go.Figure (no validation) with height, margins and both axis titles."""
    layout = {
        **layout,
        "height": height,
        "margin": ROOM | {"t": 32},  # room for the labels and the text above a bar
        "xaxis": {"title": {"text": x_title}},
        "yaxis": {**layout.get("yaxis", {}), "title": {"text": y_title}},
    }
    return unvalidated_figure(data, layout)


def perfect_vs_actual(
    names,
    perfect,
    actual,
    *,
    perfect_name: str,
    actual_name: str,
    x_title: str,
    y_title: str,
    height: int = 220,
) -> str:
    """Grouped HTML bars: the one-hot perfect answer beside the network's actual probabilities."""
    y_star = finite_array(perfect, "perfect answer", ndim=(1,))  # (k,)
    p = finite_array(actual, "actual output", ndim=(1,))  # (k,)
    series = [Series(perfect_name, y_star, PERFECT, "g"), Series(actual_name, p, OTHER, ".2f")]
    return bar_chart(names, series, x_title=x_title, y_title=y_title, height=height, legend=True)


def many_class_chart(probs, *, x_title: str, y_title: str, height: int = 280) -> go.Figure:
    """All k probabilities as thin bars by class number (1..k); the argmax bar stands out in red."""
    p = finite_array(probs, "probabilities", ndim=(1,))  # (k,)
    win = int(np.argmax(p))
    x = np.arange(1, p.size + 1)  # (k,)
    colours = np.where(np.arange(p.size) == win, WINNER, OTHER)
    bar = {"type": "bar", "x": x, "y": p, "marker": {"color": colours.tolist(), "line": {"width": 0}}}
    note = {
        "x": win + 1,
        "y": float(p[win]),
        "text": f"{win + 1}",
        "showarrow": True,
        "arrowhead": 2,
        "ay": -25,
    }
    layout = {"annotations": [note], "bargap": 0.05 if p.size > 50 else 0.2, "showlegend": False}
    return _figure([bar], layout, x_title, y_title, height)
