"""Plotly figures for one weight on a loss curve. Every visible word comes in `labels`.

    tangent at W:   y = L(W) + L'(W) (x - W)
    next move:      W -> W - lr L'(W)

The view always covers the curve's domain and every point of the path that is not
astronomically far away; points further out stay in the figure's data (nothing is
clipped) and `view` reports how many lie outside so the page can say so.

Figures are written as plain dicts and wrapped once by `figure` without plotly's
per-property validation (as explainer/figures/training.py does): validation cost ~50x the
build and made every rerun of the page slow. tests/test_descent_figures_dict.py checks that
plotly accepts every figure and that its content is what the maths says.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go

from explainer.curves import Curve, grid
from explainer.figures.margins import ROOM
from explainer.figures.plotly_internals import unvalidated_figure

COLORS = {"curve": "#4C78A8", "point": "#E45756", "tangent": "#F58518", "next": "#2CA02C", "path": "#9467BD"}
VALLEY_COLORS = ("#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B")
MAX_FRAMES = 150  # a long run is animated every k-th step
CURVE_POINTS = 240  # points along a drawn curve: a smoother line looks the same at chart size
_NO_BAR = {"displayModeBar": False}


def figure(data: list[dict], layout: dict, frames: Sequence[dict] = ()) -> go.Figure:
    """Plain dicts as a go.Figure, frames included, not validated (see plotly_internals)."""
    return unvalidated_figure(data, layout, frames)


def _scatter(x, y, **props) -> dict:
    return {"type": "scatter", "x": x, "y": y, **props}


def view(curve: Curve, w_points, reach: float = 20.0) -> tuple[float, float, int]:
    """x-range (lo, hi) covering the domain and the path points within `reach` domain widths,
    and how many path points lie outside it."""
    lo, hi = curve.domain
    width = hi - lo
    w = np.asarray(w_points, dtype=np.float64).reshape(-1)
    w = w[np.isfinite(w)]
    near = w[(w > lo - reach * width) & (w < hi + reach * width)]
    if near.size:
        lo, hi = min(lo, float(near.min())), max(hi, float(near.max()))
    pad = 0.04 * (hi - lo)
    return lo - pad, hi + pad, int(w.size - near.size)


def _y_range(loss: np.ndarray) -> list[float]:
    finite = loss[np.isfinite(loss)]
    if finite.size == 0:
        return [-1.0, 1.0]
    lo, hi = float(finite.min()), float(finite.max())
    pad = 0.08 * (hi - lo) if hi > lo else 1.0
    return [lo - pad, hi + pad]


def _base(curve: Curve, x_range, labels: Mapping[str, str], height: int) -> tuple[list[dict], dict]:
    """The curve as the first trace, and the layout with both axis titles and ranges."""
    n = int(np.clip(24 * (x_range[1] - x_range[0]), CURVE_POINTS, 6 * CURVE_POINTS))  # wide views need more
    xs, ys = grid(curve, x_range[0], x_range[1], n)
    data = [_scatter(xs, ys, mode="lines", name=labels["curve"], line={"color": COLORS["curve"], "width": 3})]
    layout = {
        "height": height,
        "margin": dict(ROOM),
        "xaxis": {
            "title": {"text": labels["w"]},
            "range": [float(x) for x in x_range[:2]],
            "zeroline": False,
        },
        "yaxis": {"title": {"text": labels["loss"]}, "range": _y_range(ys)},
        "legend": {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
        "hovermode": "closest",
    }
    return data, layout


def _tangent(curve: Curve, w: float, half: float) -> tuple[list[float], list[float]]:
    loss, slope = float(curve.loss(w)), float(curve.slope(w))
    xs = [w - half, w + half]
    return xs, [loss + slope * (x - w) for x in xs]  # y = L(W) + L'(W)(x - W)


def animation_figure(curve: Curve, w: np.ndarray, labels: Mapping[str, str], height=440, ms_per_step=250):
    """The whole path as a client-side animation: a Play button and a step slider in the figure.

    Frames move the point, its tangent and the arrow to the next point; the full path is
    drawn faintly underneath. Long runs show every k-th step (at most MAX_FRAMES frames).
    """
    w = np.asarray(w, dtype=np.float64)  # (k + 1,)
    lo, hi, _ = view(curve, w)
    data, layout = _base(curve, (lo, hi), labels, height)
    with np.errstate(all="ignore"):
        loss = np.asarray(curve.loss(w), dtype=np.float64) + np.zeros_like(w)
    data.append(
        _scatter(
            w, loss, mode="lines+markers", name=labels["path"],
            line={"color": COLORS["path"], "width": 1, "dash": "dot"}, marker={"size": 5, "opacity": 0.5},
        )
    )  # fmt: skip
    half = 0.12 * (hi - lo)
    w_list, loss_list = w.tolist(), loss.tolist()  # plain floats, as plotly would store them

    def moving(k: int) -> list[dict]:
        tx, ty = _tangent(curve, w_list[k], half)
        nxt = min(k + 1, len(w_list) - 1)
        return [
            _scatter(tx, ty, mode="lines", name=labels["tangent"], line={"color": COLORS["tangent"], "width": 3}),
            _scatter(
                [w_list[k], w_list[nxt]], [loss_list[k], loss_list[nxt]], mode="lines", name=labels["next"],
                line={"color": COLORS["next"], "width": 3},
            ),
            _scatter(
                [w_list[k]], [loss_list[k]], mode="markers", name=labels["point"],
                marker={"size": 14, "color": COLORS["point"]},
            ),
        ]  # fmt: skip

    data += moving(0)
    every = max(1, int(np.ceil((len(w) - 1) / MAX_FRAMES)))
    ks = sorted({*range(0, len(w), every), len(w) - 1})
    frames = [{"data": moving(k), "traces": [2, 3, 4], "name": str(k)} for k in ks]
    play = {
        "frame": {"duration": ms_per_step, "redraw": False},
        "fromcurrent": True,
        "transition": {"duration": 0},
    }
    stop = {"frame": {"duration": 0, "redraw": False}, "mode": "immediate", "transition": {"duration": 0}}
    layout |= {
        "updatemenus": [
            {
                "type": "buttons", "direction": "left", "x": 0, "y": 1.02, "xanchor": "left", "yanchor": "bottom",
                "pad": {"t": 0, "r": 0}, "showactive": False,
                "buttons": [
                    {"label": labels["play"], "method": "animate", "args": [None, play]},
                    {"label": labels["pause"], "method": "animate", "args": [[None], stop]},
                ],
            }
        ],
        "sliders": [
            {
                "x": 0, "len": 1.0, "y": -0.14, "yanchor": "top", "pad": {"t": 10},
                "currentvalue": {"prefix": labels["step"] + " "},
                "steps": [
                    {"label": str(k), "method": "animate", "args": [[str(k)], {**stop, "frame": {"duration": 0}}]}
                    for k in ks
                ],
            }
        ],
        "margin": ROOM | {"t": 50, "b": 130},  # the Play buttons above, the step slider below
        "showlegend": False,
    }  # fmt: skip
    return figure(data, layout, frames)


def starts_figure(
    curve: Curve, starts, finals, valley, bottoms, labels: Mapping[str, str], height=400, tops=()
):
    """Where each start ends: every start marker is coloured by the valley it rolls into, and the
    hilltops `tops` (the borders between valleys) are dashed vertical lines (labels["hilltop"]).

    valley (m,) indexes bottoms (v,); -1 marks a run that did not settle (labels["unsettled"]).
    Legend names are labels["valley"] formatted with the valley's number n.
    """
    starts = np.asarray(starts, dtype=np.float64)  # (m,)
    finals = np.asarray(finals, dtype=np.float64)  # (m,)
    valley = np.asarray(valley)  # (m,)
    lo, hi, _ = view(curve, np.append(starts, finals))
    data, layout = _base(curve, (lo, hi), labels, height)
    with np.errstate(all="ignore"):
        start_loss = curve.loss(starts) + np.zeros_like(starts)
    for j in range(-1, len(bottoms)):
        sel = valley == j
        if not sel.any():
            continue
        color = "#999999" if j < 0 else VALLEY_COLORS[j % len(VALLEY_COLORS)]
        name = labels["unsettled"] if j < 0 else labels["valley"].format(n=j + 1)
        data.append(
            _scatter(
                starts[sel], start_loss[sel], mode="markers", name=name,
                marker={"size": 10, "color": color, "line": {"width": 1, "color": "white"}},
            )
        )  # fmt: skip
        if j >= 0:
            b = float(bottoms[j])
            data.append(
                _scatter(
                    [b], [float(curve.loss(b))], mode="markers", showlegend=False, hoverinfo="skip",
                    marker={"size": 22, "color": color, "symbol": "star", "line": {"width": 1, "color": "black"}},
                )
            )  # fmt: skip
    tops = [float(x) for x in tops]
    if tops:
        line = {"color": "#555555", "width": 1.5, "dash": "dash"}
        layout["shapes"] = [
            {"type": "line", "x0": x, "x1": x, "y0": 0, "y1": 1, "xref": "x", "yref": "paper", "line": line}
            for x in tops
        ]
        data.append(
            _scatter([None], [None], mode="lines", name=labels["hilltop"], line=line)
        )  # its legend entry
    return figure(data, layout)


CONFIG = _NO_BAR
