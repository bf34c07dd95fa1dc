"""A formula on a page: MathML written on the server (explainer/figures/maths_html.py).

Used where st.latex was: the browser draws MathML itself, so a page of formulas no longer
makes a new browser fetch KaTeX (rehype-katex and its fonts). Drawn by st.markdown as HTML,
because st.html's sanitiser keeps HTML only and drops MathML; the markup is checked on the
server (maths_html.only_mathml) before it is sent.
"""

from __future__ import annotations

import streamlit as st

from explainer.figures.maths_html import formula_html, formulas_html


def show_formula(latex: str, where=None) -> None:
    """Draw one formula, centred, in `where` (a column or container; the page by default)."""
    (where or st).markdown(formula_html(latex), unsafe_allow_html=True)


def show_formulas(rows: list[tuple[str, str]], where=None) -> None:
    """Draw several formulas as one block, one row each: (name, LaTeX), the name ("" for none)
    in bold before its formula (maths_html.formulas_html)."""
    (where or st).markdown(formulas_html(tuple(rows)), unsafe_allow_html=True)
