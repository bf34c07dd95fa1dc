"""Figures for the inputs page, in HTML: the crop's pixels with their numbers written on them, and
the first numbers of the flattened vector as bars.

Every text (axis titles, channel names) is passed in by the page, from the catalog, and escaped.
Drawn as HTML, not plotly charts: the page's two figures were its only charts, so the page now
loads no charting code (benchmarks/RESULTS.md), and each number is text a screen reader reads.
"""

from __future__ import annotations

from html import escape

import numpy as np

from explainer.figures.html_bars import Series, bar_chart

CHANNEL_COLOURS = ("#d62728", "#2ca02c", "#1f77b4")
GRID_PX = 480  # the crop's width on screen, at most (it shrinks with its column)

_STYLE = (
    "<style>.pg-wrap{display:flex;align-items:center;gap:0.3rem;font-variant-numeric:tabular-nums;"
    "margin:0.25rem 0 0.5rem}"
    ".pg-ytitle{writing-mode:vertical-rl;text-orientation:sideways;transform:rotate(180deg);color:#555;"
    "font-size:0.85rem;white-space:nowrap}"
    ".pg-box{container-type:inline-size;flex:1;min-width:0}"
    ".pg{display:grid;gap:1px;font-size:var(--pg-font);line-height:1.05}"
    ".pg div{display:flex;align-items:center;justify-content:center;text-align:center;overflow:hidden}"
    ".pg .pg-px{aspect-ratio:1}"
    ".pg .pg-head{color:#777;font-size:0.7rem}"
    ".pg-xtitle{color:#555;font-size:0.85rem;text-align:center}</style>"
)


def text_colour(luminance: np.ndarray) -> np.ndarray:
    """Black on a light pixel, white on a dark one."""
    return np.where(luminance > 140, "#000", "#fff")


def pixel_grid(crop, top: int, left: int, *, x_title: str, y_title: str) -> str:
    """The crop, one square per pixel in its own colour, with its numbers written on it.

    Grey (n, n): one number per square. RGB (n, n, 3): three numbers per square, R over G over B.
    Above the columns and left of the rows: the pixels' column and row in the whole image.
    """
    c = np.asarray(crop, dtype=np.uint8)
    n_rows, n_cols = c.shape[:2]
    if c.ndim == 2:
        lum, rgb = c.astype(float), np.repeat(c[..., None], 3, axis=2)
        words = [[str(v) for v in row] for row in c]
    else:
        lum, rgb = c.astype(float) @ np.array([0.299, 0.587, 0.114]), c
        words = [["<br>".join(str(v) for v in px) for px in row] for row in c]
    ink = text_colour(lum)
    # Each square's side is the box's width (100cqw, the column it sits in) less the row numbers,
    # over n; the numbers' size follows it (three lines must fit in a colour square).
    side = f"(100cqw - 2.2rem) / {n_cols}"
    font = f"min(16px, calc({side} / 2.6))" if c.ndim == 2 else f"min(12px, calc({side} / 4.2))"
    cells = ['<div class="pg-head"></div>']
    cells += [f'<div class="pg-head">{left + j}</div>' for j in range(n_cols)]
    for i in range(n_rows):
        cells.append(f'<div class="pg-head">{top + i}</div>')
        for j in range(n_cols):
            r, g, b = (int(v) for v in rgb[i, j])
            cells.append(
                f'<div class="pg-px" style="background:rgb({r},{g},{b});color:{ink[i, j]}">{words[i][j]}</div>'
            )
    grid = (
        f'<div class="pg" style="--pg-font:{font};grid-template-columns:2.2rem repeat({n_cols},1fr);'
        f'grid-template-rows:1.2rem">{"".join(cells)}</div>'
    )
    return (
        f'{_STYLE}<div class="pg-wrap" style="max-width:{GRID_PX}px"><div class="pg-ytitle">{escape(y_title)}</div>'
        f'<div class="pg-box"><div class="pg-xtitle">{escape(x_title)}</div>{grid}</div></div>'
    )


def vector_strip(values, *, channel_names, x_title: str, y_title: str, height: int = 180) -> str:
    """The first numbers of the flattened vector as bars (0 to 255), each coloured by the channel
    it came from (position i is channel i mod 3), with a legend naming the channels."""
    v = np.asarray(values, dtype=np.float64)  # (m,)
    colours = [CHANNEL_COLOURS[i % 3] for i in range(v.size)]
    keys = list(zip(CHANNEL_COLOURS, channel_names, strict=True))
    return bar_chart(
        [str(i) for i in range(v.size)],
        [Series("", v, colours, ".0f")],
        x_title=x_title,
        y_title=y_title,
        height=height,
        y_max=255.0,
        keys=keys,
    )
