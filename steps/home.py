"""Home: the course map. Both chapters, every page with its section, one line, and a link.

The map always shows whole (no Continue): it has no widgets and is where every learner starts.
"""

from __future__ import annotations

import streamlit as st

from explainer.course import PAGES
from ui import lang, nav, t


def welcome():
    st.markdown(t("home.intro"))


def chapter_map(chapter: int):
    st.subheader(t(f"app.section.ch{chapter}"))
    cols = st.columns(2)
    pages = [p for p in PAGES if p.chapter == chapter]
    for i, p in enumerate(pages):
        with cols[i % 2].container(border=True):  # a card: link, one line, course section
            st.page_link(nav.page(p.id), query_params={"lang": lang()})
            section = t("app.course_section", section=p.section)
            st.markdown(f"{t(f'{p.id}.blurb')}\n\n:small[:gray[{section}]]")


def chapter_1():
    chapter_map(1)


def chapter_2():
    chapter_map(2)


PAGE = "home"
STEPS = [welcome, chapter_1, chapter_2]
