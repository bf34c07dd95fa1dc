"""Figures for the black-box page: several boxes' answers to the same image, side by side.

Every text on a figure (axis titles, legend names) is passed in by the page, from the catalog.
Drawn as HTML bars (explainer/figures/html_bars.py): the page loads no charting code.
"""

from __future__ import annotations

from explainer.checks import finite_array
from explainer.figures.html_bars import Series, bar_chart

BOX_COLOURS = ("#1f77b4", "#9e9e9e", "#2ca02c", "#ff7f0e")  # one per box, in the order given


def compare_boxes(names, answers, *, x_title: str, y_title: str, height: int = 220) -> str:
    """Grouped bars: for each class, one bar per box, each with its probability written on it
    (2 decimals), and a legend naming the boxes. `answers` = [(box name, probs (k,)), ...]."""
    if not answers:
        raise ValueError("no answers to compare")
    series = []
    for i, (box_name, probs) in enumerate(answers):
        p = finite_array(probs, f"probabilities of {box_name}", ndim=(1,))  # (k,)
        if p.size != len(names):
            raise ValueError(f"{box_name}: {p.size} probabilities but {len(names)} classes")
        series.append(Series(box_name, p, BOX_COLOURS[i % len(BOX_COLOURS)], ".2f"))
    return bar_chart(names, series, x_title=x_title, y_title=y_title, height=height, legend=True)
