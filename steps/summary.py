"""Summary (course 02-09): the takeaways, each linked to its page, and the searchable glossary.

Both are built once per language (and query) in steps/summary_cache.py. No TensorFlow here.
"""

from __future__ import annotations

import streamlit as st

from catalog.glossary import TERMS
from explainer.glossary_search import MAX_QUERY
from steps import summary_cache as cache
from ui import lang, nav, t, tables
from ui.safe_text import md_literal


def takeaways() -> None:
    st.subheader(t("summary.takeaways.header"))
    st.markdown(t("summary.takeaways.intro"))
    for point, page_id, label, icon in cache.takeaways(lang()):
        with st.container(border=True):
            st.markdown(point)
            st.page_link(nav.page(page_id), label=label, icon=icon)


def glossary() -> None:
    st.subheader(t("summary.glossary.header"))
    query = st.text_input(t("summary.glossary.search"), key="summary.q", max_chars=MAX_QUERY,
                          placeholder=t("summary.glossary.placeholder"))  # fmt: skip
    n, table = cache.glossary_table(lang(), query)
    st.caption(t("summary.glossary.count", n=n, total=len(TERMS)))
    if table is None:
        st.info(t("summary.glossary.none", q=md_literal(query)), icon=":material/search_off:")
        return
    # st.table wraps long definitions (a dataframe would cut them off)
    tables.table(table, hide_index=True, border="horizontal")


PAGE = "summary"
STEPS = [takeaways, glossary]
