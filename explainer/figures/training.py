"""Pictures for the training page: the live training curves and the class board, as SVG
documents (explainer/figures/svg_plot.py; the loop diagram is HTML, training_loop.py).

Why pictures: a page with no plotly chart never loads plotly's browser code (~1 s in a new
browser on a 2-core machine without a graphics card; benchmarks/RESULTS.md), and the live view,
which redraws its four curves twice a second, sends four small images instead. A picture has no
hover: the page writes the numbers a learner needs beside it (the legend's latest values, the
board's table). Every word (axis titles) is passed in by the page from the catalog; the legends
are HTML above the pictures (explainer/figures/picture.py), built by the page from the same
colours and marks (TRAIN, VAL, BATCH; OPTIMIZER_STYLE, HOLLOW, OWN).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from explainer.figures.svg_plot import SUPERSCRIPT, Series, plot_svg

TRAIN, VAL = "#1f77b4", "#ff7f0e"  # per epoch: training (solid), validation (dashed)
BATCH = "#8fbbe0"  # per iteration: a faint line, each batch's own value (it jumps about)
ACCURACY_RANGE = (0.0, 1.02)  # an accuracy is a fraction: 0 to 1, with room for a dot at 1
CURVE_SIZE = (360, 200)  # one curve, in SVG pixels (12 px text): two side by side fit a slide
BOARD_SIZE = (720, 340)


def value_text(v: float) -> str:
    """A loss or an accuracy as the legend says it: 3 decimals (0.412), whole thousands from 10,000
    (12,346), m×10ⁿ from a million (a diverged loss: 3.54×10¹¹), "–" if it is not finite."""
    if not math.isfinite(v):
        return "–"
    if abs(v) < 1e4:
        return f"{v:.3f}"
    if abs(v) < 1e6:
        return f"{v:,.0f}"
    n = math.floor(math.log10(abs(v)))
    return f"{v / 10**n:.2f}×10" + str(n).translate(SUPERSCRIPT)


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


def iteration_svg(
    x: Sequence[int],
    y: Sequence[float],
    *,
    total: int,
    x_title: str,
    y_title: str,
    y_range: tuple[float, float] | None = None,
) -> str:
    """Each batch's value (loss or accuracy of that batch alone) against its iteration number,
    a faint line. x spans the run's `total` iterations from the start, so the axis stays put
    while the line grows; y is `y_range`, else from 0 (a loss is never below 0) to the largest."""
    line = Series(x, y, BATCH, width=1.2)
    w, h = CURVE_SIZE
    return plot_svg([line], x_title=x_title, y_title=y_title, width=w, height=h, x_integers=True,
                    x_range=(0, total) if total else None, y_range=y_range, y_from_zero=True)  # fmt: skip


def epoch_svg(
    x: Sequence[int],
    train: Sequence[float],
    val: Sequence[float] | None,
    *,
    epochs: int,
    x_title: str,
    y_title: str,
    y_range: tuple[float, float] | None = None,
) -> str:
    """The value after each epoch on the training set (solid) and, unless `val` is None, on the
    validation set (dashed), a dot at every epoch. x spans epochs 1..`epochs` (±0.5), so the
    axis stays put while the run trains; y as in iteration_svg."""
    lines = [Series(x, train, TRAIN, marker="dot", size=4)]
    if val is not None:
        lines.append(Series(x, val, VAL, marker="dot", size=4, dash=True))
    w, h = CURVE_SIZE
    x_range = (0.5, epochs + 0.5) if epochs else None
    return plot_svg(lines, x_title=x_title, y_title=y_title, width=w, height=h, x_integers=True,
                    x_range=x_range, y_range=y_range, y_from_zero=True)  # fmt: skip


# The class board: colour AND marker shape carry the optimizer (colour-blind safe: Okabe-Ito).
OPTIMIZER_STYLE = {
    "sgd": ("#0072B2", "dot"),
    "momentum": ("#009E73", "square"),
    "adam": ("#D55E00", "diamond"),
}
HOLLOW = {"dot": "ring", "square": "square-ring", "diamond": "diamond-ring"}  # a diverged run's mark
OWN = "#222222"  # the ring around the learner's own runs
BOARD_Y = (-0.05, 1.05)  # accuracy 0 to 100 %, with room for a ring at either end
LR_CHOICES = (1e-4, 1e-3, 1e-2, 0.1, 1.0, 10.0)


def board_svg(
    points: list[dict], *, x_title: str, y_title: str, x_ticks: Sequence[float] = LR_CHOICES
) -> str:
    """Learning rate (log x, ticked at `x_ticks`, the choices a learner has) against final
    validation accuracy (0 to 100 %), one point per run.

    points: {"lr", "acc" (a fraction; None: diverged, drawn hollow at 0), "opt", "own" (bool)}.
    Colour and shape both tell the optimizer (OPTIMIZER_STYLE); the learner's own runs get a
    ring (OWN). x spans the whole range of choices, so the class sees where its runs sit in it."""
    series = []
    for opt, (colour, mark) in OPTIMIZER_STYLE.items():
        done = [p for p in points if p["opt"] == opt and p["acc"] is not None]
        gone = [p for p in points if p["opt"] == opt and p["acc"] is None]
        if done:
            series.append(Series([p["lr"] for p in done], [p["acc"] for p in done], colour, lines=False,
                                 marker=mark, size=5.5))  # fmt: skip
        if gone:
            series.append(Series([p["lr"] for p in gone], [0.0] * len(gone), colour, lines=False,
                                 marker=HOLLOW[mark], size=5.5))  # fmt: skip
    own = [p for p in points if p["own"]]
    if own:
        acc = [p["acc"] if p["acc"] is not None else 0.0 for p in own]
        series.append(Series([p["lr"] for p in own], acc, OWN, lines=False, marker="ring", size=11))
    pad = 10**0.15  # room for a ring left of the first choice and right of the last
    x_range = (min(x_ticks) / pad, max(x_ticks) * pad)
    w, h = BOARD_SIZE
    return plot_svg(series, x_title=x_title, y_title=y_title, width=w, height=h, x_log=True, x_ticks=x_ticks,
                    x_range=x_range, y_range=BOARD_Y, y_percent=True)  # fmt: skip
