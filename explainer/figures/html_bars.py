"""Bar charts as HTML: bar_chart (a group of bars per class, the value written on each bar) and
many_bars (up to 1,000 thin bars, the largest marked).

For the charts that show a handful of numbers (a network's answer for cat, dog and other;
several boxes' answers side by side; a vector's first pixel values, 0 to 255) and the
outputs page's 1,000 made-up probabilities. Drawn as HTML boxes instead of a plotly
chart, a page made only of such charts never loads plotly's browser code: the black-box page
opened with every step in a new browser took 2.89 s with two plotly bar charts and 1.68 s
without (benchmarks/RESULTS.md), and the numbers are text a screen reader can read.

A bar's height is value / y_max of the plot's height. Each bar carries its exact value in
`data-value` (a test reads what is drawn) and says "series, class: value" (one series:
"class: value") when hovered.
Every word (class names, series names, axis titles) is escaped: a chart shows text, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import numpy as np

from explainer.checks import finite_array
from explainer.figures.svg_plot import nice_step

_STYLE = (
    "<style>.hb{font-size:0.8rem;color:#31333f;margin:0.25rem 0 0.5rem;font-variant-numeric:tabular-nums}"
    ".hb-legend{display:flex;flex-wrap:wrap;gap:0.3rem 1rem;margin:0 0 0.4rem 2.6rem}"
    ".hb-key{display:inline-block;width:0.8rem;height:0.8rem;border-radius:2px;vertical-align:-0.1rem;"
    "margin-right:0.3rem}"
    ".hb-main{display:flex;align-items:stretch}"
    ".hb-ytitle{writing-mode:vertical-rl;text-orientation:sideways;transform:rotate(180deg);text-align:center;color:#555;"
    "padding:0 0.3rem;white-space:nowrap}"
    ".hb-ticks{position:relative;width:1.9rem;color:#777}"
    ".hb-ticks span{position:absolute;right:0.3rem;transform:translateY(50%)}"
    ".hb-plot{position:relative;flex:1;border-bottom:1px solid #9aa3ad}"
    ".hb-line{position:absolute;left:0;right:0;border-top:1px solid #e6e9ee}"
    ".hb-groups{position:absolute;inset:1.3rem 0 0 0;display:flex;justify-content:space-around;"
    "align-items:flex-end}"
    ".hb-group{display:flex;align-items:flex-end;gap:3px;height:100%;flex:1;justify-content:center}"
    ".hb-bar{position:relative;width:min(3.2rem,70%);border-radius:2px 2px 0 0;min-height:1px}"
    ".hb-bar span{position:absolute;bottom:100%;left:50%;transform:translateX(-50%);padding-bottom:1px;"
    "white-space:nowrap;color:#31333f}"
    ".hb-cats{display:flex;justify-content:space-around;margin-left:calc(1.9rem + 1.6rem)}"
    ".hb-cats div{flex:1;text-align:center;padding-top:0.2rem;overflow-wrap:anywhere}"
    ".hb-xtitle{text-align:center;color:#555;margin:0.2rem 0 0 calc(1.9rem + 1.6rem)}</style>"
)


@dataclass(frozen=True)
class Series:
    """One set of bars: a name (for the legend), one value per class, one colour per class (or
    one for all), and how each value is written on its bar: `fmt`, or the texts `labels`."""

    name: str
    values: np.ndarray
    colours: str | Sequence[str]
    fmt: str = ".3f"
    labels: Sequence[str] | None = None

    def label(self, j: int, value: float) -> str:
        return self.labels[j] if self.labels is not None else format(value, self.fmt)


def bar_chart(
    classes: Sequence[str],
    series: Sequence[Series],
    *,
    x_title: str,
    y_title: str,
    height: int = 220,
    y_max: float = 1.0,
    legend: bool = False,
    keys: Sequence[tuple[str, str]] = (),
) -> str:
    """Grouped vertical bars: for each class, one bar per series, side by side, on a scale from
    0 to y_max with lines at 0, y_max / 2 and y_max. `legend` names the series above the plot;
    `keys` (colour, name) pairs name the colours instead (when one series has several)."""
    if not series:
        raise ValueError("no bars to draw")
    values = [finite_array(s.values, f"values of {s.name}", ndim=(1,)) for s in series]
    if any(v.size != len(classes) for v in values):
        raise ValueError(f"every series needs {len(classes)} values, one per class")
    if any(np.any(v < 0) for v in values) or not y_max > 0:
        raise ValueError("bars go from 0 up to y_max > 0")
    groups = []
    for j, name in enumerate(classes):
        bars = []
        for s, v in zip(series, values, strict=True):
            colour = s.colours if isinstance(s.colours, str) else s.colours[j]
            share = min(float(v[j]) / y_max, 1.0) * 100
            written = s.label(j, float(v[j]))
            label = f"{s.name}, {name}: {written}" if len(series) > 1 else f"{name}: {written}"
            bars.append(
                f'<div class="hb-bar" style="height:{share:.2f}%;background:{escape(colour)}" '
                f'data-value="{float(v[j])!r}" title="{escape(label)}" aria-label="{escape(label)}">'
                f"<span>{escape(written)}</span></div>"
            )
        groups.append(f'<div class="hb-group">{"".join(bars)}</div>')
    pairs = list(keys) or [
        (s.colours if isinstance(s.colours, str) else s.colours[0], s.name) for s in series
    ]
    legend_html = "".join(
        f'<span><span class="hb-key" style="background:{escape(c)}"></span>{escape(name)}</span>'
        for c, name in pairs
    )
    at = {
        f: f"bottom:calc((100% - 1.3rem) * {f})" for f in (0, 0.5, 1)
    }  # the bars' scale, below their labels
    ticks = "".join(f'<span style="{at[f]}">{format(y_max * f, "g")}</span>' for f in at)
    lines = "".join(f'<div class="hb-line" style="{at[f]}"></div>' for f in (0.5, 1))
    return (
        f'{_STYLE}<div class="hb" role="figure" aria-label="{escape(y_title)} / {escape(x_title)}">'
        + (f'<div class="hb-legend">{legend_html}</div>' if legend or keys else "")
        + f'<div class="hb-main" style="height:{int(height)}px"><div class="hb-ytitle">{escape(y_title)}</div>'
        f'<div class="hb-ticks">{ticks}</div><div class="hb-plot">{lines}<div class="hb-groups">{"".join(groups)}'
        "</div></div></div>"
        f'<div class="hb-cats">{"".join(f"<div>{escape(str(c))}</div>" for c in classes)}</div>'
        f'<div class="hb-xtitle">{escape(x_title)}</div></div>'
    )


WINNER = "#d62728"  # the largest probability: the network's answer
OTHER = "#8fa8c8"


def probability_bars(names: Sequence[str], probs, *, x_title: str, y_title: str, height: int = 220) -> str:
    """One bar per class with its probability written on it (3 decimals); the largest is red."""
    p = finite_array(probs, "probabilities", ndim=(1,))  # (k,)
    win = int(np.argmax(p))
    colours = [WINNER if i == win else OTHER for i in range(p.size)]
    return bar_chart(names, [Series("", p, colours)], x_title=x_title, y_title=y_title, height=height)


def many_bars(probs, *, x_title: str, y_title: str, height: int = 200) -> str:
    """All k probabilities as thin bars by class number (1..k), on a scale from 0 to a little
    above the largest; the largest bar red, with its class number written above it. Each bar
    says "class: probability" when hovered."""
    p = finite_array(probs, "probabilities", ndim=(1,))  # (k,)
    if np.any(p < 0):
        raise ValueError("probabilities are at least 0")
    k, win = p.size, int(np.argmax(p))
    top = float(p[win]) * 1.15 if p[win] > 0 else 1.0
    gap = "0" if k > 50 else "2px"
    bars = "".join(
        f'<div class="hb-bar" style="width:auto;flex:1;height:{v / top * 100:.2f}%;'
        f'background:{WINNER if i == win else OTHER};border-radius:0" data-value="{float(v)!r}" '
        f'title="{i + 1}: {v:.4f}"></div>'
        for i, v in enumerate(p)
    )
    step = int(nice_step(k, 6, integers=True))  # 1, 2, 5, 10, 20, …: at most 6 ticks over 1..k
    ticks = [1] + [c for c in range(step, k + 1, step) if c != 1]
    cats = "".join(
        f'<span style="position:absolute;left:{(c - 0.5) / k * 100:.3f}%;transform:translateX(-50%)">{c}</span>'
        for c in ticks
    )
    at = {f: f"bottom:calc((100% - 1.3rem) * {f})" for f in (0, 0.5, 1)}
    yticks = "".join(f'<span style="{at[f]}">{format(top * f, ".2g")}</span>' for f in at)
    lines = "".join(f'<div class="hb-line" style="{at[f]}"></div>' for f in (0.5, 1))
    mark = (
        f'<span style="position:absolute;left:{(win + 0.5) / k * 100:.3f}%;bottom:calc((100% - 1.3rem) * '
        f'{p[win] / top:.4f});transform:translateX(-50%);color:{WINNER};font-weight:600">{win + 1}</span>'
    )
    return (
        f'{_STYLE}<div class="hb" role="figure" aria-label="{escape(y_title)} / {escape(x_title)}">'
        f'<div class="hb-main" style="height:{int(height)}px"><div class="hb-ytitle">{escape(y_title)}</div>'
        f'<div class="hb-ticks">{yticks}</div><div class="hb-plot">{lines}'
        f'<div class="hb-groups" style="gap:{gap};justify-content:stretch">{bars}</div>{mark}</div></div>'
        f'<div class="hb-cats" style="position:relative;height:1.2rem">{cats}</div>'
        f'<div class="hb-xtitle">{escape(x_title)}</div></div>'
    )
