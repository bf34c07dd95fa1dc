"""Lecture mode's stylesheet and script, put into the page (constant files, no user text).

- ui/deck.css: type that scales with the screen (1rem = 24 px at 1280x720), the one-line
  header, pictures drawn wide enough that their chart text is at least 16 px, and the hidden
  chrome (the sidebar, the menu; Streamlit's status widget and ui/busy.py's working sign stay
  visible).
- ui/deck.js: the keys belong to the deck. ←/→ and PageUp/PageDown (what clickers send) move
  through the deck even after a slider or select was used; a text field keeps its arrow keys
  while the lecturer types in it. Streamlit ignores a button's `shortcut=` while focus is in a
  widget, so the script listens on the window first, blurs the widget and clicks the deck's
  own Next / Previous buttons. It also splits a slide that is taller than the screen into
  pages shown one at a time (→ shows the next page, then the next slide), and scales down a
  single block that alone does not fit.

st.html(..., unsafe_allow_javascript=True) runs the script in the app's own document (not an
iframe). The script installs itself once per page load, so reruns cost nothing.
"""

from __future__ import annotations

import functools
from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent


@functools.cache
def _asset(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


def install() -> None:
    """Put the lecture-mode CSS and the deck script into this run's page."""
    st.html(f"<style>{_asset('deck.css')}</style>")
    with st.container(key="deck_js"):  # hidden by the CSS; the script still runs
        st.html(f"<script>{_asset('deck.js')}</script>", unsafe_allow_javascript=True)
