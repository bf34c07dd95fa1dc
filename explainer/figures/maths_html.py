"""A LaTeX formula as MathML, written on the server, for a page to show (ui/formulas.py).

st.latex draws with KaTeX: a new browser fetches and runs rehype-katex and KaTeX (~520 KB of
browser code), then KaTeX's fonts after the first layout, and typesets every formula on the
main thread. The loss and gradient-descent pages show the most formulas, and KaTeX was the
largest part they fetched that other pages did not. MathML is drawn by the browser itself
(Chromium, Firefox and Safari all do), so nothing more is fetched. `latex2mathml` (pure Python)
turns the same LaTeX source into MathML. That library copies `\\text{...}` into the output
unescaped, so the result is checked before it is sent: only MathML tags and attributes from a
fixed list; anything else (a formula that would carry markup) is shown as its escaped source.

Adjustments, so it reads as KaTeX set it:
- `aligned` (one formula on several lines, lined up at "&") is read as `align*`, which
  latex2mathml writes as a two-column table (right column, then left); the browser is told to
  line up those columns (MathML Core leaves `columnalign` to CSS);
- a minus sign that follows an operator or opens a row (`= -1`, `(-6)`, `&= -\\ln`) is a sign,
  not a subtraction: no space either side (latex2mathml writes every `-` as one operator);
- `\\ln`, `\\log`, `\\exp` are followed by a thin space (1/6 em), as TeX sets them.
The source stays on the block as `data-tex`, for tests and for anyone who copies it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape

from latex2mathml.converter import convert

STYLE = (
    "<style>.formula{margin:0.4rem 0 0.9rem;overflow-x:auto;overflow-y:hidden;text-align:center}"
    ".formula math{font-size:1.2rem;display:block math;font-family:'STIX Two Math','Cambria Math','Latin Modern Math','DejaVu Math TeX Gyre',math}"
    ".formula mtd{padding:0.2em 0}"
    '.formula mtd[columnalign="right"]{text-align:right}'
    '.formula mtd[columnalign="left"]{text-align:left}</style>'
)
_ALIGNED = re.compile(r"\\(begin|end)\{aligned\}")
_MINUS = "<mo>&#x02212;</mo>"
_CLOSE = r"(?!&#x00029;|&#x0005D;|&#x0007D;|[)\]}])"  # ")", "]", "}": a minus after them subtracts
_SIGN = re.compile(rf"(<mo[^>]*>{_CLOSE}[^<]*</mo>|<mrow>|<mtd[^>]*>(?:<mi />)?)" + _MINUS)
_FUNCTION = re.compile(r"<mi>(ln|log|exp)</mi>")
_TAG = re.compile(r"<\s*/?\s*([^\s/>]*)([^>]*)>")
_ATTR = re.compile(r'\s*([^\s=]+)="[^"<>]*"')
TAGS = frozenset(
    [
        "math",
        "mrow",
        "mi",
        "mn",
        "mo",
        "mtext",
        "mspace",
        "mfrac",
        "msub",
        "msup",
        "msubsup",
        "munder",
        "mover",
        "munderover",
        "msqrt",
        "mroot",
        "mtable",
        "mtr",
        "mtd",
        "mstyle",
        "mpadded",
        "mphantom",
        "menclose",
    ]
)
ATTRS = frozenset(
    [
        "xmlns",
        "display",
        "stretchy",
        "columnalign",
        "columnspacing",
        "rowspacing",
        "displaystyle",
        "lspace",
        "rspace",
        "width",
        "mathvariant",
        "fence",
        "separator",
        "accent",
        "accentunder",
        "movablelimits",
        "form",
        "linethickness",
    ]
)


def source_of(latex: str) -> str:
    """The formula without the `$$` fences and blank lines st.latex puts around it."""
    text = latex.strip()
    while text.startswith("$") and text.endswith("$") and len(text) > 1:
        text = text[1:-1].strip()
    return text


@lru_cache(maxsize=2048)
def mathml(latex: str) -> str:
    """The MathML of one formula, drawn as a block (centred, like st.latex)."""
    out = convert(_ALIGNED.sub(r"\\\1{align*}", source_of(latex)), display="block")
    out = _SIGN.sub(r'\1<mo lspace="0" rspace="0">&#x02212;</mo>', out)
    return _FUNCTION.sub(r'<mi>\1</mi><mspace width="0.1667em"></mspace>', out)


def only_mathml(markup: str) -> bool:
    """True when every tag is one of TAGS with attributes from ATTRS, each a quoted value, and
    no "<" or ">" stands outside a tag."""
    for m in _TAG.finditer(markup):
        attrs = m.group(2).rstrip("/ ")
        if m.group(1) not in TAGS or _ATTR.sub("", attrs).strip():
            return False
        if any(name not in ATTRS for name in _ATTR.findall(attrs)):
            return False
    return ">" not in _TAG.sub("", markup) and "<" not in _TAG.sub("", markup)


@lru_cache(maxsize=1024)
def formula_html(latex: str) -> str:
    """The block st.markdown draws (as HTML): the style, then the formula in a
    <div class="formula"> that keeps its LaTeX source in `data-tex`. A formula that is not
    plain MathML once converted is shown as its source, escaped, in <code>. Kept per formula
    (a rerun draws the same ones again; checking the markup each time cost ~0.1 ms each)."""
    return STYLE + _formula_div(latex)


def _formula_div(latex: str) -> str:
    source = escape(source_of(latex))
    try:
        body = mathml(latex)
    except Exception:  # latex2mathml raises its own errors and plain ones on unknown input
        body = ""
    if not body or not only_mathml(body):
        body = f"<code>{source}</code>"
    return f'<div class="formula" data-tex="{source}">{body}</div>'


ROWS_STYLE = (
    "<style>.formula-row{display:flex;align-items:center;gap:0.5rem 1rem;flex-wrap:wrap}"
    ".formula-row>strong{flex:0 0 11rem}.formula-row>.formula{flex:1 1 18rem}</style>"
)


@lru_cache(maxsize=1024)
def formulas_html(rows: tuple[tuple[str, str], ...]) -> str:
    """Several formulas as one block, one row each: (name, LaTeX); a name ("" for none) in bold
    before its formula, which keeps the rest of the row (under it on a narrow screen). One
    block instead of a row of columns per formula: Streamlit's cost is per element."""
    parts = [
        f'<div class="formula-row">{f"<strong>{escape(name)}</strong>" if name else ""}{_formula_div(latex)}</div>'
        for name, latex in rows
    ]
    return STYLE + ROWS_STYLE + "".join(parts)
