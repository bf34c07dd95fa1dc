"""Colours and the coloured loss range shared by the pictures of a loss of two weights: the
contour map (explainer/figures/contour_svg.py) and the 3-D surface (surface_svg.py).

The gradient g = (dL/dw1, dL/dw2) points uphill (GRAD_COLOR, dark); a step of gradient descent
goes along -g (STEP_COLOR, red). Low loss is dark blue, high loss nearly white.
"""

from __future__ import annotations

import numpy as np

OPT_COLORS = {"sgd": "#E45756", "momentum": "#F58518", "adam": "#2CA02C"}
GRAD_COLOR, STEP_COLOR = "#333333", "#D62728"
# plotly's "Blues_r" colour scale, written out: 0 (low loss) is dark, 1 (high loss) nearly white
BLUES_R = [
    [0.0, "rgb(8,48,107)"],
    [0.125, "rgb(8,81,156)"],
    [0.25, "rgb(33,113,181)"],
    [0.375, "rgb(66,146,198)"],
    [0.5, "rgb(107,174,214)"],
    [0.625, "rgb(158,202,225)"],
    [0.75, "rgb(198,219,239)"],
    [0.875, "rgb(222,235,247)"],
    [1.0, "rgb(247,251,255)"],
]


def z_window(L) -> tuple[float, float]:
    """The loss range coloured in detail: from the lowest loss to the 60th percentile, so the
    valley floor shows its rings instead of vanishing under steep walls (higher is one colour)."""
    finite = np.asarray(L, dtype=np.float64)[np.isfinite(L)]
    lo, top = float(finite.min()), float(np.quantile(finite, 0.6))
    return lo, top if top > lo else lo + 1.0
