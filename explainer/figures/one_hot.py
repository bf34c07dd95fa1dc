"""Plotly figure of the one-hot page: integer codes put the classes on a number line.

Every visible word comes in as an argument (the page passes catalog texts).
"""

from __future__ import annotations

import plotly.graph_objects as go

from explainer.figures.plotly_internals import unvalidated_figure
from explainer.why_one_hot import midpoint


def number_line_figure(classes, i: int, j: int, x_title: str, average_name: str) -> go.Figure:
    """Classes as points 0, 1, 2, … on a line, with the integer average of classes i and j marked.

    Written as plain dicts, not validated by plotly (validating cost more than building).
    """
    k = len(classes)
    m = midpoint(classes, i, j)
    points = {
        "type": "scatter",
        "x": list(range(k)),
        "y": [0] * k,
        "mode": "markers+text",
        "text": list(classes),
        "textposition": "top center",
        "marker": {"size": 16, "color": "#4c78a8"},
        "hoverinfo": "skip",
        "showlegend": False,
    }
    average = {
        "type": "scatter",
        "x": [m.code],
        "y": [0],
        "mode": "markers+text",
        "text": [average_name],
        "textposition": "bottom center",
        "marker": {"size": 22, "color": "rgba(228,87,86,0.35)", "line": {"color": "#e45756", "width": 2}},
        "hoverinfo": "skip",
        "showlegend": False,
    }
    arrows = [  # from the two averaged classes to their "average"
        {
            "x": m.code,
            "y": 0,
            "ax": end,
            "ay": 0,
            "xref": "x",
            "yref": "y",
            "axref": "x",
            "ayref": "y",
            "showarrow": True,
            "arrowhead": 2,
            "arrowcolor": "#e45756",
            "standoff": 12,
            "startstandoff": 10,
        }  # fmt: skip
        for end in (i, j)
    ]
    layout = {
        "annotations": arrows,
        "xaxis": {
            "title": {"text": x_title},
            "tickmode": "array",
            "tickvals": list(range(k)),
            "range": [-0.5, k - 0.5],
        },
        "yaxis": {"visible": False, "range": [-0.7, 0.7]},
        "height": 170,
        "margin": {"l": 10, "r": 10, "t": 10, "b": 66},  # room for the labels (margins.py)
    }
    return unvalidated_figure([points, average], layout)
