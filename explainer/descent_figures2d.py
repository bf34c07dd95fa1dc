"""Plotly figures for a loss of two weights. Every visible word comes in `labels`/`names`.

The gradient g = (dL/dw1, dL/dw2) points uphill; a step of gradient descent goes along -g.
Arrows are drawn with a fixed length on screen (their direction is exact, their length is
not to scale), because the real g can be tiny or enormous.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import plotly.graph_objects as go

OPT_COLORS = {"sgd": "#E45756", "momentum": "#F58518", "adam": "#2CA02C"}
GRAD_COLOR, STEP_COLOR = "#333333", "#D62728"


def _layout(fig: go.Figure, w1, w2, labels: Mapping[str, str], height: int) -> go.Figure:
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"title": {"text": labels["w1"]}, "range": [float(w1[0]), float(w1[-1])]},
        yaxis={"title": {"text": labels["w2"]}, "range": [float(w2[0]), float(w2[-1])]},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
    )
    return fig


def contour_figure(
    w1, w2, L, paths: Mapping[str, np.ndarray], names: Mapping[str, str], labels: Mapping[str, str],
    point=None, grad=None, height: int = 440, show_scale: bool = True,
) -> go.Figure:  # fmt: skip
    """Contour lines of L(w1, w2) with each path (k, 2) and, at `point`, the gradient arrow
    (uphill, labels["grad"]) and the descent direction -g (labels["step_dir"])."""
    fig = go.Figure()
    fig.add_contour(
        x=w1, y=w2, z=L, ncontours=28, colorscale="Blues_r", showscale=show_scale, name=labels["loss"],
        contours={"coloring": "heatmap", "showlines": True}, line={"width": 0.5, "color": "rgba(0,0,0,0.25)"},
        colorbar={"title": {"text": labels["loss"]}, "thickness": 12},
        hovertemplate=f"{labels['w1']}=%{{x:.3g}}<br>{labels['w2']}=%{{y:.3g}}<br>{labels['loss']}=%{{z:.4g}}<extra></extra>",
    )  # fmt: skip
    for key, p in paths.items():
        p = np.asarray(p, dtype=np.float64)
        fig.add_scatter(
            x=p[:, 0], y=p[:, 1], mode="lines+markers", name=names[key],
            line={"color": OPT_COLORS.get(key, "#E45756"), "width": 2}, marker={"size": 4},
        )  # fmt: skip
        fig.add_scatter(
            x=p[:1, 0], y=p[:1, 1], mode="markers", showlegend=False, hoverinfo="skip",
            marker={"size": 11, "color": "white", "line": {"width": 2, "color": "black"}},
        )  # fmt: skip
    if point is not None and grad is not None:
        _arrows(fig, np.asarray(point, float), np.asarray(grad, float), w1, w2, labels)
    return _layout(fig, w1, w2, labels, height)


def _arrows(fig: go.Figure, p: np.ndarray, g: np.ndarray, w1, w2, labels) -> None:
    norm = float(np.hypot(*g))
    if not np.isfinite(norm) or norm == 0:
        return
    span = np.array([w1[-1] - w1[0], w2[-1] - w2[0]], dtype=np.float64)
    d = g / norm * span * 0.18  # fixed on-screen length, exact direction in axis units
    for vec, color, text in ((d, GRAD_COLOR, labels["grad"]), (-d, STEP_COLOR, labels["step_dir"])):
        tip = p + vec
        fig.add_annotation(
            x=tip[0], y=tip[1], ax=p[0], ay=p[1], xref="x", yref="y", axref="x", ayref="y",
            showarrow=True, arrowhead=3, arrowsize=1.4, arrowwidth=2.5, arrowcolor=color, text="",
        )  # fmt: skip
        fig.add_annotation(
            x=tip[0], y=tip[1], text=text, showarrow=False, font={"color": color, "size": 13},
            bgcolor="rgba(255,255,255,0.85)", xshift=0, yshift=14,
        )  # fmt: skip
    fig.add_scatter(
        x=[p[0]], y=[p[1]], mode="markers", name=labels["point"], marker={"size": 13, "color": STEP_COLOR}
    )


def surface_figure(
    w1, w2, L, paths: Mapping[str, tuple[np.ndarray, np.ndarray]], names: Mapping[str, str],
    labels: Mapping[str, str], point=None, grad=None, height: int = 480,
) -> go.Figure:  # fmt: skip
    """The loss as a 3-D surface over (w1, w2), each path (points (k, 2), losses (k,)) lying on it,
    and a cone at `point` pointing along -g, the way a step goes."""
    fig = go.Figure()
    fig.add_surface(
        x=w1, y=w2, z=L, colorscale="Blues_r", opacity=0.85, showscale=False, name=labels["loss"],
        contours={"z": {"show": True, "usecolormap": True, "project": {"z": True}, "width": 1}},
        hovertemplate=f"{labels['w1']}=%{{x:.3g}}<br>{labels['w2']}=%{{y:.3g}}<br>{labels['loss']}=%{{z:.4g}}<extra></extra>",
    )  # fmt: skip
    for key, (p, loss) in paths.items():
        p = np.asarray(p, dtype=np.float64)
        inside = (
            (p[:, 0] >= w1[0]) & (p[:, 0] <= w1[-1]) & (p[:, 1] >= w2[0]) & (p[:, 1] <= w2[-1])
        )  # 3-D axes cannot hide far points, so points off the surface are left out of this view only
        fig.add_scatter3d(
            x=p[inside, 0], y=p[inside, 1], z=np.asarray(loss)[inside], mode="lines+markers", name=names[key],
            line={"color": OPT_COLORS.get(key, "#E45756"), "width": 6}, marker={"size": 3},
        )  # fmt: skip
    if point is not None and grad is not None and np.all(np.isfinite(grad)) and np.any(grad != 0):
        g = np.asarray(grad, float)
        span = max(float(w1[-1] - w1[0]), float(w2[-1] - w2[0]))
        u = -g / float(np.hypot(*g)) * span * 0.12
        z0 = float(np.nanmax(L))
        fig.add_cone(
            x=[point[0]], y=[point[1]], z=[z0], u=[u[0]], v=[u[1]], w=[0], sizemode="absolute", sizeref=span * 0.08,
            anchor="tail", showscale=False, colorscale=[[0, STEP_COLOR], [1, STEP_COLOR]], name=labels["step_dir"],
            hoverinfo="name",
        )  # fmt: skip
    fig.update_layout(
        height=height,
        margin={"l": 0, "r": 0, "t": 30, "b": 0},
        scene={
            "xaxis": {"title": {"text": labels["w1"]}},
            "yaxis": {"title": {"text": labels["w2"]}},
            "zaxis": {"title": {"text": labels["loss"]}},
            "camera": {"eye": {"x": -1.4, "y": -1.5, "z": 1.0}},
        },
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
    )
    return fig


def losses_figure(
    losses: Mapping[str, np.ndarray], names: Mapping[str, str], labels: Mapping[str, str], height=300
):
    """Loss per step for each optimizer on one chart (log axis when every loss is positive)."""
    fig = go.Figure()
    every = np.concatenate([np.asarray(v, float) for v in losses.values()]) if losses else np.zeros(0)
    for key, loss in losses.items():
        fig.add_scatter(
            x=np.arange(len(loss)), y=loss, mode="lines", name=names[key],
            line={"color": OPT_COLORS.get(key, "#E45756"), "width": 2.5},
        )  # fmt: skip
    log = bool(every.size and np.all(every > 0) and every.max() / every.min() > 100)
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"title": {"text": labels["step"]}},
        yaxis={
            "title": {"text": labels["loss"]},
            "type": "log" if log else "linear",
            "exponentformat": "power",
        },
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
    )
    return fig
