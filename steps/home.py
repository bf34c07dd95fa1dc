"""Home: the course map. Both chapters, every page with its section, one line, and a link.

The map always shows whole (no Continue): it has no widgets and is where every learner starts.
"""

from __future__ import annotations

import streamlit as st

from explainer.course import PAGES
from ui import lang, nav, t
from ui.page import PROGRESS


def progress() -> dict[str, tuple[int, int]]:
    """How far this learner got on each page: page id -> (steps reached, steps in all)."""
    return st.session_state.get(PROGRESS, {})


def where_next() -> tuple[str, int] | None:
    """The first page of the course not seen to its end, and the step to reopen it at; None when
    the learner has not started (the map itself is the start) or has seen every page."""
    seen = progress()
    if not seen:
        return None
    for p in PAGES[1:]:
        k, n = seen.get(p.id, (0, 0))
        if k == 0 or k < n:
            return p.id, max(k, 1)
    return None


def welcome():
    st.markdown(t("home.intro"))
    done = sum(1 for k, n in progress().values() if n and k >= n)
    nxt = where_next()
    if nxt is not None:
        page_id, k = nxt
        st.caption(t("home.progress", done=done, total=len(PAGES) - 1))
        st.page_link(
            nav.page(page_id),
            label=t("home.continue", title=t(f"{page_id}.title"), k=k),
            icon=":material/play_arrow:",
            query_params={"lang": lang(), "step": str(k)},
        )


def chapter_map(chapter: int):
    st.subheader(t(f"app.section.ch{chapter}"))
    cols = st.columns(2)
    seen, query = progress(), {"lang": lang()}  # read once for the whole map
    for i, p in enumerate(p for p in PAGES if p.chapter == chapter):
        with cols[i % 2].container(border=True):  # a card: link, one line, course section
            st.page_link(nav.page(p.id), query_params=query)
            section = t("app.course_section", section=p.section)
            k, n = seen.get(p.id, (0, 0))
            done = "" if not k else t("home.seen_all" if k >= n else "home.seen_some", k=k, n=n) + " · "
            st.markdown(f"{t(f'{p.id}.blurb')}\n\n:small[:gray[{done}{section}]]")


def chapter_1():
    chapter_map(1)


def chapter_2():
    chapter_map(2)


PAGE = "home"
STEPS = [welcome, chapter_1, chapter_2]
