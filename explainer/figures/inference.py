"""The inference page's confusion matrix, as a table whose cells are coloured by their count.

confusion[i, j] = number of images of true class i that the model called class j
(explainer/evaluation.py computes it). A table, not a chart: the page's first step then needs
no charting code in the browser (a fresh server's first view ~0.3 s sooner, benchmarks/RESULTS.md), and
the counts are real text a screen reader and a search can find.

colour of a cell = (1 - f) * LIGHT + f * DARK, f = count / largest count (plotly's "Blues" ends);
its number is white or black, whichever contrasts more with the cell (explainer/figures/contrast.py);
one of the two always reaches 4.58 : 1, above WCAG AA's 4.5.
"""

from __future__ import annotations

from html import escape

import numpy as np

from explainer.figures.contrast import contrast

LIGHT = np.array([247, 251, 255])  # an empty cell
DARK = np.array([8, 48, 107])  # the largest count
_STYLE = (
    "<style>.cm-table{border-collapse:collapse;font-size:1rem;margin:0.25rem 0 0.5rem}"
    ".cm-table th,.cm-table td{padding:0.45rem 0.8rem;text-align:center;border:1px solid #d9d9d9}"
    ".cm-table th{font-weight:600;background:#fafafa;color:#31333f}"  # readable in a dark theme too
    ".cm-table td{min-width:3.2rem;font-weight:600}"
    ".cm-table .cm-axis{font-weight:400;color:#555;background:#fff}</style>"
)


WHITE, INK = "#ffffff", "#000000"  # the two text colours a cell may take


def cell_colour(count: int, largest: int) -> tuple[str, str]:
    """(background, text colour) of a cell holding `count` when the largest cell holds `largest`."""
    f = count / largest if largest > 0 else 0.0
    bg = np.rint((1 - f) * LIGHT + f * DARK).astype(int)
    text = WHITE if contrast(bg, WHITE) >= contrast(bg, INK) else INK
    r, g, b = bg
    return f"rgb({r},{g},{b})", text


def confusion_table(cm, class_names, x_title: str, y_title: str) -> str:
    """The matrix as an HTML table: a row per true class (y_title), a column per predicted class
    (x_title), every count written in its cell. Names and titles are escaped (plain text)."""
    cm = np.asarray(cm, dtype=np.int64)
    names = [escape(str(n)) for n in class_names]
    largest = int(cm.max()) if cm.size else 0
    head = (
        f'<tr><th class="cm-axis"></th><th class="cm-axis" colspan="{len(names)}">{escape(x_title)} →</th></tr>'
        f'<tr><th class="cm-axis">{escape(y_title)} ↓</th>'
        + "".join(f"<th>{n}</th>" for n in names)
        + "</tr>"
    )
    rows = []
    for name, counts in zip(names, cm, strict=True):
        cells = []
        for c in counts:
            bg, fg = cell_colour(int(c), largest)
            cells.append(f'<td style="background:{bg};color:{fg}">{int(c)}</td>')
        rows.append(f"<tr><th>{name}</th>{''.join(cells)}</tr>")
    return f'{_STYLE}<table class="cm-table">{head}{"".join(rows)}</table>'
