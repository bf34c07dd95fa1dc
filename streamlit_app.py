"""Entry point: `streamlit run streamlit_app.py`.

Builds the navigation from the course map (explainer/course.py), settles the language and
lecture mode for this run, then runs the chosen page. Wrapped in main() so tests can drive it.
Nothing here imports TensorFlow: the pages that need it load it themselves, lazily.

pandas is imported first thing: plotly imports it lazily from inside figure code, and when
many students reach a cold server at once, those concurrent first imports can hand one
session a half-initialised pandas ("partially initialized module 'pandas'"). Importing it
before anything else takes its import lock up front (deploy/serve.py goes further and
imports it before the server starts; see benchmarks/RESULTS.md, "Problems found on a cold
server").
"""

from __future__ import annotations

import pandas  # noqa: F401  (first, before any page: see below)
import streamlit as st

from explainer.course import PAGES
from explainer.preload import start_tf_preload
from ui import present, t
from ui.i18n import init_language, language_switch_ui
from ui.urlstate import init_lock

SECTIONS = {0: "app.section.start", 1: "app.section.ch1", 2: "app.section.ch2"}


def show_notices() -> None:
    """Messages queued before the page existed (e.g. a bad ?lang= value)."""
    for key in st.session_state.pop("_notices", []):
        st.toast(t(key), icon=":material/info:")


def build_navigation():
    """st.navigation over every page, grouped by chapter, titles in the user's language."""
    sections: dict[str, list] = {}
    for p in PAGES:
        page = st.Page(
            p.file,
            title=t(f"{p.id}.title"),
            icon=p.icon,
            url_path=p.url_path or None,
            default=p.url_path == "",
        )
        sections.setdefault(t(SECTIONS[p.chapter]), []).append(page)
    return st.navigation(sections, position="hidden" if present.active() else "sidebar")


def main() -> None:
    start_tf_preload()  # only with EXPLAINER_PRELOAD_TF=1 (hosting); once per process
    init_language()
    init_lock()
    present.init_present()
    st.set_page_config(
        page_title=t("app.title"),
        page_icon=":material/neurology:",
        layout="wide",
        initial_sidebar_state="collapsed" if present.active() else "auto",
    )
    nav = build_navigation()
    language_switch_ui()
    present.toggle_ui()
    show_notices()
    nav.run()


if __name__ == "__main__":
    main()
