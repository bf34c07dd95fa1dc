"""Lecture mode: every page's steps become slides in one deck (?present=1&step=3)."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from ui.i18n import t

KEY = "present"


def active() -> bool:
    """True in lecture mode."""
    return bool(st.session_state.get(KEY, False))


def show(page_id: str, steps: Sequence) -> None:
    """Render the current slide of this page (filled in by the lecture-mode issue)."""
    from ui.page import guarded

    st.title(t(f"{page_id}.title"))
    for step in steps:
        guarded(step)
