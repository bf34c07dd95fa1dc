"""The app's navigation: one st.Page per course page, grouped by chapter, in the user's language.

st.Page resolves its script's path on the file system (a few syscalls per page), so the eleven
pages are built once per session and language and then reused on every rerun; that is most of
what the navigation used to cost per rerun. The objects are kept per session, never shared:
st.navigation marks the chosen page as callable for this run only.
"""

from __future__ import annotations

import streamlit as st

from explainer.course import PAGES
from ui import present
from ui.i18n import lang, t

SECTIONS = {0: "app.section.start", 1: "app.section.ch1", 2: "app.section.ch2"}
_KEY = "_nav_pages"  # session_state: (language, {section title: [st.Page]}, {page id: st.Page})


def _pages() -> tuple[dict[str, list], dict[str, st.Page]]:
    cached = st.session_state.get(_KEY)
    if cached is not None and cached[0] == lang():
        return cached[1], cached[2]
    sections: dict[str, list] = {}
    by_id: dict[str, st.Page] = {}
    for p in PAGES:
        page = st.Page(
            p.file,
            title=t(f"{p.id}.title"),
            icon=p.icon,
            url_path=p.url_path or None,
            default=p.url_path == "",
        )
        sections.setdefault(t(SECTIONS[p.chapter]), []).append(page)
        by_id[p.id] = page
    st.session_state[_KEY] = (lang(), sections, by_id)
    return sections, by_id


def build_navigation():
    """st.navigation over every page, grouped by chapter; hidden in lecture mode."""
    sections, _ = _pages()
    return st.navigation(sections, position="hidden" if present.active() else "sidebar")


def page(page_id: str) -> st.Page:
    """This session's st.Page for a course page: for st.page_link without a path lookup."""
    return _pages()[1][page_id]
