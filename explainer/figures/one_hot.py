"""The one-hot page's number line: integer codes put the classes on a line, in HTML.

Every visible word comes in as an argument (the page passes catalog texts) and is escaped: a
class name is text a learner typed, never markup. Drawn as HTML, not a chart: the page then
loads no charting code for one line of points (benchmarks/RESULTS.md).

Class c (code c = 0, 1, …, k-1) sits at (c + 1/2) / k of the width; the integer average of
classes i and j, (i + j) / 2 (explainer.why_one_hot.midpoint), is ringed in red, with an arrow
from each of the two classes to it.
"""

from __future__ import annotations

from html import escape

from explainer.why_one_hot import midpoint

_STYLE = (
    "<style>.nl{position:relative;height:150px;margin:0.25rem 0 0.75rem;font-size:0.85rem;color:#31333f}"
    ".nl-axis{position:absolute;top:58px;height:2px;background:#9aa3ad}"
    ".nl-pt{position:absolute;top:59px;width:16px;height:16px;margin:-8px 0 0 -8px;border-radius:50%;"
    "background:#4c78a8}"
    ".nl-name{position:absolute;top:26px;transform:translateX(-50%);white-space:nowrap;font-weight:600}"
    ".nl-code{position:absolute;top:96px;transform:translateX(-50%);color:#555}"
    ".nl-avg{position:absolute;top:59px;width:26px;height:26px;margin:-13px 0 0 -13px;border-radius:50%;"
    "background:rgba(228,87,86,0.3);border:2px solid #e45756;box-sizing:border-box}"
    ".nl-avgname{position:absolute;top:72px;transform:translateX(-50%);color:#c0392b;white-space:nowrap}"
    ".nl-arrow{position:absolute;top:49px;height:2px;background:#e45756}"
    ".nl-arrow::after{content:'';position:absolute;top:-4px;border:5px solid transparent}"
    ".nl-right::after{right:-6px;border-left:7px solid #e45756}"
    ".nl-left::after{left:-6px;border-right:7px solid #e45756}"
    ".nl-title{position:absolute;top:122px;left:0;right:0;text-align:center;color:#555}</style>"
)


def number_line_html(classes, i: int, j: int, x_title: str, average_name: str) -> str:
    """Classes as points 0, 1, 2, … on a line with their names above and codes below, and the
    integer average of classes i and j ringed, labelled `average_name`, with arrows to it."""
    k = len(classes)
    m = midpoint(classes, i, j)

    def at(code: float) -> str:
        return f"{(code + 0.5) / k * 100:.3f}%"

    parts = [f'<div class="nl-axis" style="left:{at(-0.3)};right:{at(-0.3)}"></div>']
    for c, name in enumerate(classes):
        parts.append(f'<div class="nl-name" style="left:{at(c)}">{escape(str(name))}</div>')
        parts.append(f'<div class="nl-pt" style="left:{at(c)}" title="{escape(str(name))}: {c}"></div>')
        parts.append(f'<div class="nl-code" style="left:{at(c)}">{c}</div>')
    for end in (i, j):  # an arrow along the line, above it, from each class to the average
        lo, hi = sorted((end, m.code))
        if lo == hi:
            continue
        side = "nl-right" if end < m.code else "nl-left"
        gap = 0.12  # stop short of the points
        width = f"calc({(hi - lo - 2 * gap) / k * 100:.3f}%)"
        parts.append(f'<div class="nl-arrow {side}" style="left:{at(lo + gap)};width:{width}"></div>')
    parts.append(
        f'<div class="nl-avg" style="left:{at(m.code)}" title="{escape(average_name)}: {m.code:g}"></div>'
    )
    parts.append(f'<div class="nl-avgname" style="left:{at(m.code)}">{escape(average_name)}</div>')
    parts.append(f'<div class="nl-title">{escape(x_title)}</div>')
    label = f"{x_title}: " + ", ".join(f"{name} {c}" for c, name in enumerate(classes))
    return f'{_STYLE}<div class="nl" role="img" aria-label="{escape(label)}">{"".join(parts)}</div>'
