"""A read-only table of short texts (numbers already written out) as HTML, in a box that scrolls.

For the tables that grow one row per click (the steps of a walk down a curve, the steps of one
real weight): Streamlit's st.dataframe draws a canvas grid, which a new row re-measures and
re-paints for ~0.3 s after the page has its data (benchmarks/RESULTS.md); an HTML table is
laid out once. A table longer than first + last rows keeps its first and last rows and says, in
one row between them, how many are left out (`gap`, from the page's language catalog):
the first steps show how a walk starts, the last ones where it ends.

Every header and cell is escaped: a table shows text, never markup.
"""

from __future__ import annotations

from html import escape

FIRST = 100  # rows kept from the start of a long table
LAST = 100  # rows kept from its end
_STYLE = (
    "<style>.ht-box{overflow:auto;border:1px solid #d9d9d9;border-radius:0.5rem;margin:0.25rem 0 0.75rem}"
    ".ht-table{border-collapse:collapse;width:100%;font-size:0.9rem;font-variant-numeric:tabular-nums}"
    ".ht-table th{position:sticky;top:0;background:#fafafa;color:#31333f;font-weight:600;"
    "text-align:right;padding:0.3rem 0.7rem;border-bottom:1px solid #d9d9d9;white-space:nowrap}"
    ".ht-table td{text-align:right;padding:0.25rem 0.7rem;border-bottom:1px solid #eee;"
    "white-space:nowrap}"
    ".ht-table .ht-l{text-align:left}"
    ".ht-table td.ht-gap{text-align:center;color:#555;font-style:italic}</style>"
)


def shown_rows(n: int, first: int = FIRST, last: int = LAST) -> tuple[range, range]:
    """The row indices shown of n rows: (head, tail). Everything when n <= first + last;
    otherwise the first `first` and the last `last`, and n - first - last are left out."""
    if n <= first + last:
        return range(n), range(0)
    return range(first), range(n - last, n)


def html_table(
    columns: dict[str, list[str]],
    gap: str = "… {n} …",
    max_height: int = 300,
    first: int = FIRST,
    last: int = LAST,
    left: tuple[str, ...] = (),
    fit: bool = False,
) -> str:
    """`columns` (header -> cells, all the same length) as a table in a box at most `max_height`
    pixels high at the page's 16 px font (in rem: on a slide, where the text is larger, the box
    grows with it), its header row kept in view while the rows scroll. Numbers align right; the
    columns named in `left` (words) align left. `gap` is formatted with n, the number of rows
    left out, when the table is cut (see shown_rows). `fit`: as wide as its cells, not the column
    (a few short columns do not stretch across a wide page)."""
    heads = list(columns)
    cells = [list(columns[h]) for h in heads]
    n = len(cells[0]) if cells else 0
    if any(len(c) != n for c in cells):
        raise ValueError("every column needs the same number of cells")
    head, tail = shown_rows(n, first, last)

    align = ['<td class="ht-l">' if h in left else "<td>" for h in heads]

    def row(i: int) -> str:
        return (
            "<tr>"
            + "".join(f"{a}{escape(str(c[i]))}</td>" for a, c in zip(align, cells, strict=True))
            + "</tr>"
        )

    body = [row(i) for i in head]
    if len(tail):
        left_out = n - len(head) - len(tail)
        body.append(
            f'<tr><td class="ht-gap" colspan="{len(heads)}">{escape(gap.format(n=left_out))}</td></tr>'
        )
        body += [row(i) for i in tail]
    opening = ['<th class="ht-l">' if h in left else "<th>" for h in heads]
    header = (
        "<tr>" + "".join(f"{o}{escape(str(h))}</th>" for o, h in zip(opening, heads, strict=True)) + "</tr>"
    )
    return (
        f'{_STYLE}<div class="ht-box" style="max-height:{max_height / 16:g}rem{";width:fit-content;max-width:100%" if fit else ""}">'
        f'<table class="ht-table"><thead>{header}</thead><tbody>{"".join(body)}</tbody></table></div>'
    )
