"""A run of gradient descent on one weight as an SVG picture that plays by itself: the point walks
down its loss curve step by step, W_k+1 = W_k - lr L'(W_k), then pauses and starts again.

Drawn on the server (no charting code in the browser, no rerun while it plays): the whole path
faintly underneath, and one frame per shown step (curve_svg.frames, SMIL) with the point at
(W_k, L(W_k)), its tangent, the arrow to (W_k+1, L(W_k+1)), and a heading saying the step, W
and the loss. A long run shows every k-th step (at most MAX_FRAMES + 1 frames, the last step
always among them). A picture cannot be paused, so the page also gets the same picture standing
still on the last step (`still=True`), which it shows when the learner switches playing off or
their system asks for reduced motion; the page's table lists every step.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explainer.curves import Curve
from explainer.descent_path import fmt
from explainer.figures.curve_svg import HEAD, add, arrow_defs, frames, heading, line, point
from explainer.figures.gradient_descent import COLORS, curve_chart, pointer, shown_steps, view
from explainer.figures.gradient_descent_walk import TANGENT_SHARE

STEP_S, PAUSE_S = 0.25, 1.5  # seconds a frame shows, and the last one a while longer


def animation_svg(
    curve: Curve, w, labels: Mapping[str, str], width: int = 500, height: int = 300, step_s: float = STEP_S,
    pause_s: float = PAUSE_S, still: bool = False,
) -> str:  # fmt: skip
    """The path W_0 .. W_k (k + 1 weights) played step by step; labels["frame"] is the heading,
    with {k} (the step), {n} (the steps in all), {w} and {loss}. still=True: the last frame
    only, nothing moving (the whole path stays drawn underneath)."""
    w = np.asarray(w, dtype=np.float64)  # (k + 1,)
    with np.errstate(all="ignore"):
        loss = np.asarray(curve.loss(w), dtype=np.float64) + np.zeros_like(w)  # (k + 1,)
    lo, hi, _ = view(curve, w)
    svg, frame = curve_chart(curve, (lo, hi), labels, width=width, height=height)
    steps = shown_steps(len(w))
    under = [line(frame, w, loss, COLORS["path"], width=1.5, dash=True, opacity=0.55)]
    under += [point(frame, w[k], loss[k], COLORS["path"], r=2.5, outline=False) for k in steps]
    half = TANGENT_SHARE * (hi - lo)
    n = len(w) - 1
    parts = [
        pointer(frame, curve, float(w[k]), float(w[k + 1]) if k < n else None, half)
        + heading(frame, labels["frame"].format(k=k, n=n, w=fmt(w[k]), loss=fmt(loss[k])))
        for k in steps
    ]
    body = "".join(under) + frames(parts[-1:] if still else parts, step_s, pause_s)
    return add(svg, body, defs=arrow_defs([COLORS["next"]]), head=HEAD)
