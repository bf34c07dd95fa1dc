"""Figures for the training page: the training loop diagram and the live training curves.

Pure plotly: every word on a figure (node names, axis titles, legend names) is passed in
by the page from the language catalog.
"""

from __future__ import annotations

import math

import plotly.graph_objects as go

from explainer.figures.margins import ROOM
from explainer.figures.plotly_internals import unvalidated_figure

# The loop (course 02-06):  image -> network -> y' -> loss(y, y') -> gradient -> update -> network
LOOP_NODES = ("image", "network", "y_pred", "loss", "gradient", "update", "y_true")
_POS = {
    "image": (0.0, 1.0),
    "network": (1.0, 1.0),
    "y_pred": (2.0, 1.0),
    "loss": (3.0, 1.0),
    "y_true": (3.0, 2.0),
    "gradient": (3.0, 0.0),
    "update": (1.0, 0.0),
}
_EDGES = (
    ("image", "network"),
    ("network", "y_pred"),
    ("y_pred", "loss"),
    ("y_true", "loss"),
    ("loss", "gradient"),
    ("gradient", "update"),
    ("update", "network"),
)
FORWARD = ("image", "network", "y_pred", "loss", "y_true")  # what validation runs: no weight change
ACTIVE = "#e4572e"
IDLE = "#4a6fa5"
DIM = "#c7ced8"


def loop_diagram(names: dict[str, str], active=(), dimmed=()) -> go.Figure:
    """The training loop as boxes and arrows. `active` nodes are highlighted, `dimmed` greyed."""
    active, dimmed = set(active), set(dimmed)
    notes = []
    for a, b in _EDGES:
        (x0, y0), (x1, y1) = _POS[a], _POS[b]
        on = a in active and b in active
        colour = ACTIVE if on else (DIM if a in dimmed or b in dimmed else IDLE)
        notes.append(
            {
                "x": x1,
                "y": y1,
                "ax": x0,
                "ay": y0,
                "xref": "x",
                "yref": "y",
                "axref": "x",
                "ayref": "y",
                "showarrow": True,
                "arrowhead": 3,
                "arrowsize": 1.4,
                "arrowwidth": 3 if on else 2,
                "arrowcolor": colour,
                "standoff": 34,
                "startstandoff": 34,
                "text": "",
            }
        )
    for node in LOOP_NODES:
        x, y = _POS[node]
        colour = ACTIVE if node in active else (DIM if node in dimmed else IDLE)
        notes.append(
            {
                "x": x,
                "y": y,
                "text": f"<b>{names[node]}</b>",
                "showarrow": False,
                "font": {"color": "white", "size": 15},
                "bgcolor": colour,
                "bordercolor": colour,
                "borderpad": 8,
            }
        )
    layout = {
        "annotations": notes,
        "xaxis": {"visible": False, "range": [-0.6, 3.6], "fixedrange": True},
        "yaxis": {"visible": False, "range": [-0.5, 2.5], "fixedrange": True},
        "height": 300,
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "plot_bgcolor": "rgba(0,0,0,0)",
        "paper_bgcolor": "rgba(0,0,0,0)",
        "showlegend": False,
    }
    # Built from plain dicts without plotly's per-property validation: the live view redraws
    # these figures twice a second, and validation would cost ~50x the build.
    return unvalidated_figure([], layout)


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
    return unvalidated_figure(data, layout)  # see loop_diagram


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
