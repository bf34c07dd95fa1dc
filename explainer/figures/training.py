"""Figures for the training page: the live training curves and the class board (the loop
diagram is HTML, explainer/figures/training_loop.py).

Pure plotly: every word on a figure (axis titles, legend names) is passed in by the page from
the language catalog.
"""

from __future__ import annotations

import math

import plotly.graph_objects as go

from explainer.figures.margins import ROOM
from explainer.figures.plotly_internals import unvalidated_figure


def thin(x: list, y: list, max_points: int = 1500) -> tuple[list, list]:
    """Every s-th point (s = ceil(n / max_points)) plus the last, so a long run stays light."""
    n = len(x)
    if n <= max_points:
        return list(x), list(y)
    s = math.ceil(n / max_points)
    idx = list(range(0, n, s))
    if idx[-1] != n - 1:
        idx.append(n - 1)
    return [x[i] for i in idx], [y[i] for i in idx]


def curves(
    series: list[tuple[str, list, list, str]],
    x_title: str,
    y_title: str,
    y_range=None,
    x_max=None,
    markers: bool = False,
) -> go.Figure:
    """Line chart of (name, x, y, style) series; style "train", "val" or "faint"."""
    styles = {
        "train": {"color": "#1f77b4", "width": 2.5},
        "val": {"color": "#ff7f0e", "width": 2.5, "dash": "dash"},
        "faint": {"color": "rgba(31,119,180,0.6)", "width": 1},
    }
    data = [
        {
            "type": "scatter",
            "x": list(x),
            "y": [v if math.isfinite(v) else None for v in y],
            "name": name,
            "mode": "lines+markers" if markers else "lines",
            "line": styles[style],
        }
        for name, x, y, style in series
    ]
    layout = {
        "xaxis": {"title": {"text": x_title}},
        "yaxis": {"title": {"text": y_title}},
        "height": 300,
        "margin": ROOM | {"t": 42},  # drawn once per live update, not twice (margins.py)
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        "uirevision": "keep",  # keep zoom and hover state between live updates
    }
    if x_max:
        layout["xaxis"]["range"] = [0.5 if markers else 0, x_max]
    if y_range is not None:
        layout["yaxis"]["range"] = list(y_range)
    else:
        layout["yaxis"]["rangemode"] = "tozero"  # a loss is never below 0: keep 0 in view
    # Built from plain dicts without plotly's per-property validation: the live view redraws
    # these figures twice a second, and validation would cost ~50x the build.
    return unvalidated_figure(data, layout)


# The class board: colour AND marker shape carry the optimizer (colour-blind safe: Okabe-Ito).
OPTIMIZER_STYLE = {
    "sgd": ("#0072B2", "circle"),
    "momentum": ("#009E73", "square"),
    "adam": ("#D55E00", "diamond"),
}


def board(
    points: list[dict],
    names: dict[str, str],
    x_title: str,
    y_title: str,
    yours: str,
    diverged: str,
    x_ticks: tuple[float, ...] = (1e-4, 1e-3, 1e-2, 0.1, 1.0, 10.0),
) -> go.Figure:
    """Learning rate (log x) against final validation accuracy, one trace per optimizer.

    points: {"lr", "acc" (None: diverged, drawn hollow at 0), "opt", "own" (bool), "text"}.
    Colour and shape both tell the optimizer; the learner's own runs get a ring."""
    data = []
    for opt, (colour, symbol) in OPTIMIZER_STYLE.items():
        mine = [p for p in points if p["opt"] == opt]
        if not mine:
            continue
        data.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": names.get(opt, opt),
                "x": [p["lr"] for p in mine],
                "y": [p["acc"] if p["acc"] is not None else 0.0 for p in mine],
                "text": [p["text"] + ("" if p["acc"] is not None else f" ({diverged})") for p in mine],
                "hovertemplate": "%{text}<extra></extra>",
                "marker": {
                    "color": colour,
                    "size": 11,
                    "symbol": [symbol if p["acc"] is not None else f"{symbol}-open" for p in mine],
                    "line": {"width": 1.5, "color": colour},
                },
            }
        )
    own = [p for p in points if p["own"]]
    if own:
        data.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": yours,
                "x": [p["lr"] for p in own],
                "y": [p["acc"] if p["acc"] is not None else 0.0 for p in own],
                "hoverinfo": "skip",
                "marker": {"size": 22, "symbol": "circle-open", "color": "#222222", "line": {"width": 2}},
            }
        )
    layout = {
        "xaxis": {  # the whole range of choices, so the class sees where its runs sit in it
            "title": {"text": x_title},
            "type": "log",
            "range": [math.log10(min(x_ticks)) - 0.15, math.log10(max(x_ticks)) + 0.15],
            "tickvals": list(x_ticks),
            "ticktext": [f"{v:g}" for v in x_ticks],
        },
        "yaxis": {"title": {"text": y_title}, "range": [-0.03, 1.03], "tickformat": ".0%"},
        "height": 360,
        "margin": ROOM | {"t": 42},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
    }
    return unvalidated_figure(data, layout)
