"""The sidebar's language switch: 中文 | English, each named in itself."""

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


def language_switch_ui() -> None:
    """A two-way switch in the sidebar between the two languages; the choice goes in the URL."""
    st.session_state["_lang_choice"] = lang()
    st.sidebar.segmented_control(
        t("app.language"),
        options=list(catalog.LANGS),
        format_func=lambda code: catalog.text("app.language.self", code),
        key="_lang_choice",
        on_change=_switch,
    )
