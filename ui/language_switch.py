"""The sidebar's language switch: 中文 | English, each named in itself.

Each option's label is written in ASCII, its other characters as Markdown character references
("中文" -> "&#x4e2d;&#x6587;", which the label shows as 中文): for a label that is not plain
ASCII, Streamlit loads its emoji table to look for a leading emoji (35-95 ms, once per
process), and this switch is drawn in every first run of a fresh server.
"""

from __future__ import annotations

import streamlit as st

import catalog
from ui.guard import callback
from ui.i18n import KEY, lang, t


@callback
def _switch() -> None:
    # Clicking the selected option again deselects it (None): keep the current language.
    st.session_state[KEY] = st.session_state["_lang_choice"] or lang()
    st.query_params[KEY] = st.session_state[KEY]


def option_label(code: str) -> str:
    """The language `code` named in itself, as ASCII Markdown."""
    return "".join(c if c.isascii() else f"&#x{ord(c):x};" for c in catalog.text("app.language.self", code))


def language_switch_ui() -> None:
    """A two-way switch in the sidebar between the two languages; the choice goes in the URL."""
    st.session_state["_lang_choice"] = lang()
    st.sidebar.segmented_control(
        t("app.language"),
        options=list(catalog.LANGS),
        format_func=option_label,
        key="_lang_choice",
        on_change=_switch,
    )
