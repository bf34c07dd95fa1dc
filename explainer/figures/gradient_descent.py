"""Pictures of one weight on its loss curve, drawn on the server as SVG (svg_plot.py for the
axes and the curve, curve_svg.py for what is drawn over them). Every visible word comes in
`labels`.

    tangent at W:   y = L(W) + L'(W) (x - W)
    next move:      W -> W - lr L'(W)

The view always covers the curve's domain and every point of the path that is not
astronomically far away (`view`); a point further out is cut off at the frame (a line to it
stops at the frame's edge) and `view` counts such points so the page can say so.

Here: the shared parts (the view, the curve on its axes, a point with its tangent and the arrow
of its next step) and the valleys picture (`starts_svg`); the walk and the slope-sign pictures
are in gradient_descent_walk.py, the animation in gradient_descent_anim.py.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explainer.curves import Curve, grid
from explainer.figures.curve_svg import Frame, add, frame_of, label, line, point
from explainer.figures.svg_plot import Series, plot_svg

COLORS = {"curve": "#4C78A8", "point": "#E45756", "tangent": "#F58518", "next": "#2CA02C", "path": "#9467BD"}
SLOPE_TEXT = "#a84f00"  # the tangent's orange, dark enough to read as text (contrast 5 : 1 on white)
VALLEY_COLORS = ("#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B")
UNSETTLED, HILLTOP, STAR = "#999999", "#555555", "#31333f"
MAX_FRAMES = 150  # a long run is animated every k-th step
CURVE_POINTS = 240  # points along a drawn curve: a smoother line looks the same at picture size


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


def shown_steps(n_points: int) -> list[int]:
    """The points of a path of n_points given a frame or a dot: every k-th of 0 .. n_points - 1 (k
    chosen so there are at most MAX_FRAMES + 1), and the last one."""
    every = max(1, int(np.ceil((n_points - 1) / MAX_FRAMES)))
    return sorted({*range(0, n_points, every), n_points - 1})


def curve_points(curve: Curve, x_range) -> tuple[np.ndarray, np.ndarray, tuple[float, float]]:
    """The curve sampled across x_range (more points for a wide view) and the loss range shown:
    its finite values with 8% room above and below."""
    n = int(np.clip(24 * (x_range[1] - x_range[0]), CURVE_POINTS, 6 * CURVE_POINTS))
    xs, ys = grid(curve, x_range[0], x_range[1], n)
    finite = ys[np.isfinite(ys)]
    if finite.size == 0:
        return xs, ys, (-1.0, 1.0)
    lo, hi = float(finite.min()), float(finite.max())
    pad = 0.08 * (hi - lo) if hi > lo else 1.0
    return xs, ys, (lo - pad, hi + pad)


def curve_chart(
    curve: Curve, x_range, labels: Mapping[str, str], series=(), width: int = 520, height: int = 290
) -> tuple[str, Frame]:
    """The curve (thick, blue) on axes titled labels["w"] and labels["loss"], with `series` drawn
    over it, and its plot area for curve_svg to draw in."""
    xs, ys, y_range = curve_points(curve, x_range)
    x_range = (float(x_range[0]), float(x_range[1]))
    curve_line = Series(xs, ys, COLORS["curve"], width=3)
    svg = plot_svg([curve_line, *series], x_title=labels["w"], y_title=labels["loss"], width=width,
                   height=height, x_range=x_range, y_range=y_range)  # fmt: skip
    return svg, frame_of(svg, x_range, y_range)


def pointer(
    frame: Frame, curve: Curve, w: float, w_next: float | None, half: float, slope_text: str = ""
) -> str:
    """At W: the tangent (2 * half wide), the arrow to (w_next, L(w_next)) with a ring there, the
    point itself, and `slope_text` above it. Everything cut to the plot area."""
    with np.errstate(all="ignore"):
        loss, slope = float(curve.loss(w)), float(curve.slope(w))
    xs = [w - half, w + half]
    parts = [line(frame, xs, [loss + slope * (x - w) for x in xs], COLORS["tangent"], width=3)]
    if w_next is not None and np.isfinite(w_next) and w_next != w:
        with np.errstate(all="ignore"):
            y_next = float(curve.loss(w_next))
        parts.append(
            line(frame, [w, w_next], [loss, y_next], COLORS["next"], width=2.5, arrow=True, shorten=8)
        )
        parts.append(point(frame, w_next, y_next, COLORS["next"], r=6, ring=True))
    parts.append(point(frame, w, loss, COLORS["point"], r=7))
    if slope_text and frame.inside(w, loss):
        parts.append(
            label(frame, float(frame.px(w)), float(frame.py(loss)) - 22, slope_text, SLOPE_TEXT, "bold")
        )
    return "".join(parts)


def legend(
    labels: Mapping[str, str], path: bool = False, next_step: bool = True
) -> list[tuple[str, str, str]]:
    """The legend of a point on its curve (picture.picture_html's entries)."""
    out = [(COLORS["curve"], labels["curve"], "line")]
    out += [(COLORS["path"], labels["path"], "dashed")] if path else []
    out += [(COLORS["point"], labels["point"], "dot"), (COLORS["tangent"], labels["tangent"], "line")]
    return out + ([(COLORS["next"], labels["next"], "ring")] if next_step else [])


def starts_svg(
    curve: Curve, starts, finals, valley, bottoms, labels: Mapping[str, str], tops=(), width: int = 760,
    height: int = 330,
) -> str:  # fmt: skip
    """Where each start ends: every start is a dot coloured by the valley it rolls into
    (VALLEY_COLORS, grey for a run that did not settle), each valley's bottom a star of its colour
    with labels["valley_n"] (its number n) under it (over it with no room below), and the hilltops `tops` (the borders between
    valleys) dashed vertical lines. valley (m,) indexes bottoms (v,); -1 marks a run that did not settle."""
    starts = np.asarray(starts, dtype=np.float64)  # (m,)
    valley = np.asarray(valley)  # (m,)
    x_range = view(curve, np.append(starts, np.asarray(finals, dtype=np.float64)))[:2]
    _, _, (y0, y1) = curve_points(curve, x_range)
    with np.errstate(all="ignore"):
        start_loss = curve.loss(starts) + np.zeros_like(starts)  # (m,)
    series = [Series([x, x], [y0, y1], HILLTOP, dash=True, width=1.5) for x in tops]
    for j in range(-1, len(bottoms)):
        sel = valley == j
        colour = UNSETTLED if j < 0 else VALLEY_COLORS[j % len(VALLEY_COLORS)]
        if sel.any():
            series.append(Series(starts[sel], start_loss[sel], colour, lines=False, marker="dot", size=5))
    for j, b in enumerate(bottoms):
        colour = VALLEY_COLORS[j % len(VALLEY_COLORS)]
        series.append(Series([b], [float(curve.loss(b))], colour, lines=False, marker="star", size=11))
    svg, frame = curve_chart(curve, x_range, labels, series, width, height)
    names = []
    for j, b in enumerate(bottoms):
        sx, sy = float(frame.px(b)), float(frame.py(curve.loss(b)))
        sy = sy + 26 if sy + 26 <= frame.top + frame.h - 4 else sy - 16  # under its star, or over it
        names.append(label(frame, sx, sy, labels["valley_n"].format(n=j + 1), STAR))
    return add(svg, "".join(names))


def starts_legend(labels: Mapping[str, str], valley, bottoms, tops=()) -> list[tuple[str, str, str]]:
    """One entry per valley a start ended in (numbered left to right), then the starts that did
    not settle, the valley bottoms' stars and the hilltops' dashed lines."""
    valley = np.asarray(valley)
    out = [(VALLEY_COLORS[j % len(VALLEY_COLORS)], labels["valley"].format(n=j + 1), "dot")
           for j in range(len(bottoms)) if (valley == j).any()]  # fmt: skip
    out += [(UNSETTLED, labels["unsettled"], "dot")] if (valley < 0).any() else []
    out += [(STAR, labels["bottom"], "star")]
    return out + ([(HILLTOP, labels["hilltop"], "dashed")] if len(tops) else [])
