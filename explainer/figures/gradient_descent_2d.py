"""Plotly figures for a loss of two weights. Every visible word comes in `labels`/`names`.

The gradient g = (dL/dw1, dL/dw2) points uphill; a step of gradient descent goes along -g.
Arrows are drawn with a fixed length on screen (their direction is exact, their length is
not to scale), because the real g can be tiny or enormous.

Built as plain dicts without plotly's validation, like explainer/figures/gradient_descent.py.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import plotly.colors
import plotly.graph_objects as go

from explainer.figures.gradient_descent import figure
from explainer.figures.margins import ROOM

OPT_COLORS = {"sgd": "#E45756", "momentum": "#F58518", "adam": "#2CA02C"}
GRAD_COLOR, STEP_COLOR = "#333333", "#D62728"
BLUES_R = plotly.colors.get_colorscale("Blues_r")  # [[0.0, "rgb(8,48,107)"], ...]: low loss is dark
_LEGEND = {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0}


def z_window(L) -> tuple[float, float]:
    """The loss range coloured in detail: from the lowest loss to the 60th percentile, so the
    valley floor shows its rings instead of vanishing under steep walls (higher is one colour)."""
    finite = np.asarray(L, dtype=np.float64)[np.isfinite(L)]
    lo, top = float(finite.min()), float(np.quantile(finite, 0.6))
    return lo, top if top > lo else lo + 1.0


def _hover(labels: Mapping[str, str]) -> str:
    return f"{labels['w1']}=%{{x:.3g}}<br>{labels['w2']}=%{{y:.3g}}<br>{labels['loss']}=%{{z:.4g}}<extra></extra>"


def _layout(w1, w2, labels: Mapping[str, str], height: int) -> dict:
    return {
        "height": height,
        "margin": ROOM | {"l": 24, "r": 16, "b": 74},  # the square plot leaves room at the left
        "xaxis": {
            "title": {"text": labels["w1"]},
            "range": [float(w1[0]), float(w1[-1])],
            "constrain": "domain",
        },
        "yaxis": {
            "title": {"text": labels["w2"]},
            "range": [float(w2[0]), float(w2[-1])],
            "scaleanchor": "x",  # equal scales: a narrow valley looks narrow, arrows meet contours at right angles
            "constrain": "domain",
        },
        "legend": dict(_LEGEND),
    }


def contour_figure(
    w1, w2, L, paths: Mapping[str, np.ndarray], names: Mapping[str, str], labels: Mapping[str, str],
    point=None, grad=None, height: int = 440, show_scale: bool = False, legend: bool = True,
) -> go.Figure:  # fmt: skip
    """Contour lines of L(w1, w2) with each path (k, 2) and, at `point`, the gradient arrow
    (uphill, labels["grad"]) and the descent direction -g (labels["step_dir"]).
    legend=False draws a small multiple: no legend, no margin above or below."""
    lo, top = z_window(L)
    data = [{
        "type": "contour", "x": w1, "y": w2, "z": L, "colorscale": BLUES_R, "showscale": show_scale,
        "name": labels["loss"],
        "contours": {"coloring": "heatmap", "showlines": True, "start": lo, "end": top, "size": (top - lo) / 24},
        "zmin": lo, "zmax": top, "line": {"width": 0.5, "color": "rgba(0,0,0,0.25)"},
        "colorbar": {"title": {"text": labels["loss"]}, "thickness": 12},
        "hovertemplate": _hover(labels),
    }]  # fmt: skip
    for key, p in paths.items():
        p = np.asarray(p, dtype=np.float64)
        data.append({
            "type": "scatter", "x": p[:, 0], "y": p[:, 1], "mode": "lines+markers", "name": names[key],
            "line": {"color": OPT_COLORS.get(key, "#E45756"), "width": 2}, "marker": {"size": 4},
        })  # fmt: skip
        data.append({
            "type": "scatter", "x": p[:1, 0], "y": p[:1, 1], "mode": "markers", "showlegend": False,
            "hoverinfo": "skip", "marker": {"size": 11, "color": "white", "line": {"width": 2, "color": "black"}},
        })  # fmt: skip
    layout = _layout(w1, w2, labels, height)
    if point is not None and grad is not None:
        _arrows(data, layout, np.asarray(point, float), np.asarray(grad, float), w1, w2, labels)
    if not legend:
        layout["showlegend"] = False
        layout["margin"] |= {"t": 0, "b": 0}
    return figure(data, layout)


def _arrows(data: list, layout: dict, p: np.ndarray, g: np.ndarray, w1, w2, labels) -> None:
    norm = float(np.hypot(*g))
    if not np.isfinite(norm) or norm == 0:
        return
    d = g / norm * 0.16 * float(max(w1[-1] - w1[0], w2[-1] - w2[0]))  # fixed length, exact direction
    notes = layout.setdefault("annotations", [])
    for vec, color, text in ((d, GRAD_COLOR, labels["grad"]), (-d, STEP_COLOR, labels["step_dir"])):
        tip = p + vec
        notes.append({
            "x": float(tip[0]), "y": float(tip[1]), "ax": float(p[0]), "ay": float(p[1]),
            "xref": "x", "yref": "y", "axref": "x", "ayref": "y",
            "showarrow": True, "arrowhead": 3, "arrowsize": 1.4, "arrowwidth": 2.5, "arrowcolor": color, "text": "",
        })  # fmt: skip
        data.append(
            {"type": "scatter", "x": [None], "y": [None], "mode": "lines", "name": text,
             "line": {"color": color, "width": 3}}
        )  # legend  # fmt: skip
    data.append({
        "type": "scatter", "x": [float(p[0])], "y": [float(p[1])], "mode": "markers", "name": labels["point"],
        "marker": {"size": 13, "color": STEP_COLOR},
    })  # fmt: skip
