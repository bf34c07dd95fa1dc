"""Entry point: `streamlit run streamlit_app.py`.

Builds the navigation from the course map (explainer/course.py), settles the language and
lecture mode for this run, then runs the chosen page. Wrapped in main() so tests can drive it.
Nothing here imports TensorFlow: the pages that need it load it themselves, lazily.

The heavy libraries (numpy, Pillow, pandas) are imported by one background thread
(background/warm_imports.py), started once a page is drawn, so a fresh server's first visitor
does not wait for pandas (~0.3 s) unless the page draws a table.
"""

from __future__ import annotations

import streamlit as st

from background import warm_imports
from background.preload import start_tf_preload
from ui import busy, class_join, present, t
from ui.course_image import init_course_image
from ui.course_image import sidebar_ui as course_image_sidebar_ui
from ui.i18n import init_language
from ui.language_switch import language_switch_ui
from ui.nav import build_navigation
from ui.streamlit_internals import keep_keras_state, skip_direct_run_check
from ui.urlstate import init_lock


def show_notices() -> None:
    """Messages queued before the page existed (e.g. a bad ?lang= value)."""
    for key in st.session_state.pop("_notices", []):
        st.toast(t(key), icon=":material/info:")


def main() -> None:
    skip_direct_run_check()  # no inspect.stack() before the first element of a fresh server
    keep_keras_state()  # no keras.backend.clear_session() (a full gc.collect) after every run
    start_tf_preload()  # only with EXPLAINER_PRELOAD_TF=1 (hosting); once per process
    init_language()
    init_lock()
    init_course_image()  # ?img=3: the learner's picture followed through the course
    present.init_present()
    st.set_page_config(
        page_title=t("app.title"),
        page_icon=":material/neurology:",
        layout="wide",
        initial_sidebar_state="collapsed" if present.active() else "auto",
    )
    busy.install()  # the working sign for waits over 0.3 s, in both modes (ui/busy.py)
    nav = build_navigation()
    language_switch_ui()
    present.toggle_ui()
    if not present.active():
        course_image_sidebar_ui()
    if not present.active():
        class_join.student_ui()  # a student in a class: the lecturer's question at the top
    show_notices()
    try:
        nav.run()
    finally:
        warm_imports.start()  # after the page is drawn; a no-op once started


if __name__ == "__main__":
    main()
