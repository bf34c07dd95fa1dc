"""The outputs page's perfect answer beside the actual output, as HTML bars
(explainer/figures/html_bars.py, which also draws the page's probability bars and its chart of
hundreds of classes). Every text (axis titles, legend names) is passed in by the page, from
the catalog.
"""

from __future__ import annotations

from explainer.checks import finite_array
from explainer.figures.html_bars import OTHER, Series, bar_chart

PERFECT = "#2ca02c"


def perfect_vs_actual(
    names,
    perfect,
    actual,
    *,
    perfect_name: str,
    actual_name: str,
    x_title: str,
    y_title: str,
    height: int = 220,
) -> str:
    """Grouped HTML bars: the one-hot perfect answer beside the network's actual probabilities."""
    y_star = finite_array(perfect, "perfect answer", ndim=(1,))  # (k,)
    p = finite_array(actual, "actual output", ndim=(1,))  # (k,)
    series = [Series(perfect_name, y_star, PERFECT, "g"), Series(actual_name, p, OTHER, ".2f")]
    return bar_chart(names, series, x_title=x_title, y_title=y_title, height=height, legend=True)
