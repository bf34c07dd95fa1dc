"""The walk pictures of the gradient-descent page, SVG drawn on the server: one weight's point on
its loss curve, its tangent, and the arrow to where the next step lands,

    tangent at W:   y = L(W) + L'(W) (x - W)          next step:   W_new = W - lr L'(W)

for the walk so far (`walk_svg`) or for several points on one curve (`slope_sign_svg`: the
slope-sign step's two points, downhill to the right where the slope is negative, to the left
where it is positive). Built from gradient_descent.py's curve chart and pointer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from explainer.curves import Curve
from explainer.figures.curve_svg import add, arrow_defs, line, point
from explainer.figures.gradient_descent import COLORS, curve_chart, pointer, shown_steps, view

TANGENT_SHARE = 0.12  # the tangent is drawn 2 x 0.12 of the view wide


def next_w(curve: Curve, w: float, lr: float) -> float:
    """W - lr L'(W), the weight one step of gradient descent leads to."""
    with np.errstate(all="ignore"):
        return float(w - lr * float(curve.slope(w)))


def walk_svg(
    curve: Curve, w_path: Sequence[float], lr: float, labels: Mapping[str, str],
    x_range: tuple[float, float] | None = None, width: int = 520, height: int = 290,
) -> str:  # fmt: skip
    """The curve, the points visited so far (a dashed line with small dots), the current point
    with its tangent and labels["slope_text"] above it, and an arrow to where the next step
    W - lr L'(W) lands. x_range overrides the automatic view (`view` of the path and the next W)."""
    w_path = np.asarray(w_path, dtype=np.float64)  # (k + 1,)
    w = float(w_path[-1])
    w_new = next_w(curve, w, lr)
    lo, hi = view(curve, np.append(w_path, w_new))[:2] if x_range is None else x_range
    svg, frame = curve_chart(curve, (lo, hi), labels, width=width, height=height)
    parts = []
    if len(w_path) > 1:
        with np.errstate(all="ignore"):
            trail = np.asarray(curve.loss(w_path), dtype=np.float64) + np.zeros_like(w_path)
        parts.append(line(frame, w_path, trail, COLORS["path"], width=1.5, dash=True))
        parts += [point(frame, w_path[k], trail[k], COLORS["path"], r=3, outline=False)
                  for k in shown_steps(len(w_path))[:-1]]  # fmt: skip
    parts.append(pointer(frame, curve, w, w_new, TANGENT_SHARE * (hi - lo), labels["slope_text"]))
    return add(svg, "".join(parts), defs=arrow_defs([COLORS["next"]]))


def slope_sign_svg(
    curve: Curve, ws: Sequence[float], lr: float, labels: Mapping[str, str], slope_texts: Sequence[str],
    x_range: tuple[float, float], width: int = 700, height: int = 290,
) -> str:  # fmt: skip
    """Several points on one curve, each with its tangent, its slope_texts[i] above it and the
    arrow of its next step W - lr L'(W)."""
    svg, frame = curve_chart(curve, x_range, labels, width=width, height=height)
    half = TANGENT_SHARE * (x_range[1] - x_range[0])
    parts = [pointer(frame, curve, float(w), next_w(curve, float(w), lr), half, text)
             for w, text in zip(ws, slope_texts, strict=True)]  # fmt: skip
    return add(svg, "".join(parts), defs=arrow_defs([COLORS["next"]]))
