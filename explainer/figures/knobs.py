"""Charts for the knobs page, as SVG pictures (explainer/figures/svg_plot.py): the training
history (the error, and the three knobs, after each step) and supervised vs unsupervised
learning side by side. (The points with the decision boundary: explainer/figures/decision_svg.py.)

Every text on a chart (axis titles) is passed in by the page, from the catalog; the legends are
HTML above the picture (explainer/figures/picture.py), so the page builds them from the same
colours and marks (KNOB_COLOURS, GROUP_MARKS). Why pictures: with no plotly chart left, the
page never loads plotly's browser code (benchmarks/RESULTS.md).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from explainer.figures.svg_plot import Series, plot_svg
from explainer.knobs import Step

BLUE, ORANGE = "#1f77b4", "#ff7f0e"
LIMITS = (-3.5, 3.5)  # both axes of the point plots
KNOB_COLOURS = ("#9467bd", "#8c564b", "#17becf")
SHADES = [[0, "#c6dbef"], [0.5, "#ffffff"], [1, "#fdd0a2"]]  # p = 0 (blue) .. 0.5 (white) .. 1 (orange)
GREY, CENTRE = "#555555", "#2ca02c"
GROUP_MARKS = ("ring", "square-ring", "diamond-ring", "triangle-ring")  # group g's points; centres: "star"
SIDE = 340  # the point plots' height (their plot area is square, ticks 1 apart as in decision_svg)


def error_svg(history: Sequence[Step], *, x_title: str, y_title: str, height: int = 240) -> str:
    """The error after each training step (step 0 = where the knobs started), from 0 up."""
    steps = range(len(history))
    line = Series(steps, [s.error for s in history], BLUE, marker="dot", size=3.5)
    return plot_svg([line], x_title=x_title, y_title=y_title, height=height, y_from_zero=True)


def knob_path_svg(history: Sequence[Step], *, x_title: str, y_title: str, height: int = 240) -> str:
    """How each knob (w1, w2, b) moved over the training steps, in KNOB_COLOURS."""
    steps = range(len(history))
    lines = [
        Series(steps, [getattr(s, attr) for s in history], colour)
        for attr, colour in zip(("w1", "w2", "b"), KNOB_COLOURS, strict=True)
    ]
    return plot_svg(lines, x_title=x_title, y_title=y_title, height=height)


def _point_plot(series: list[Series], x_title: str, y_title: str, height: int) -> str:
    """A square plot of the points' plane: both axes LIMITS, ticks 1 apart."""
    return plot_svg(series, x_title=x_title, y_title=y_title, height=height, x_range=LIMITS, y_range=LIMITS,
                    square=True, most=7)  # fmt: skip


def labelled_svg(X, y, *, x_title: str, y_title: str, height: int = SIDE) -> str:
    """Supervised: every point comes with its colour (its label): 0 BLUE, 1 ORANGE."""
    X, y = np.asarray(X), np.asarray(y)
    dots = [
        Series(X[y == cls, 0], X[y == cls, 1], colour, lines=False, marker="dot", size=5)
        for cls, colour in ((0, BLUE), (1, ORANGE))
    ]
    return _point_plot(dots, x_title, y_title, height)


def grouped_svg(X, groups, centres, *, x_title: str, y_title: str, height: int = SIDE) -> str:
    """Unsupervised: the same points without colours, each group in its own open mark
    (GROUP_MARKS), the group centres as stars."""
    X, groups, centres = np.asarray(X), np.asarray(groups), np.asarray(centres)
    marks = [
        Series(
            X[groups == g, 0],
            X[groups == g, 1],
            GREY,
            lines=False,
            marker=GROUP_MARKS[g % len(GROUP_MARKS)],
            size=4.5,
        )
        for g in range(len(centres))
    ]
    marks.append(Series(centres[:, 0], centres[:, 1], CENTRE, lines=False, marker="star", size=9))
    return _point_plot(marks, x_title, y_title, height)
