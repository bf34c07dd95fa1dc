"""The user's language: chosen in the sidebar, kept in the URL (?lang=en), read by t()."""

from __future__ import annotations

import streamlit as st

import catalog

KEY = "lang"  # session_state key and URL parameter


def lang() -> str:
    """The current language code, "zh" or "en"."""
    return st.session_state.get(KEY, catalog.DEFAULT_LANG)


def t(key: str, **fields) -> str:
    """The catalog string `key` in the user's language."""
    return catalog.text(key, lang(), **fields)


def _from_locale() -> str:
    loc = (getattr(st.context, "locale", None) or "").lower()
    if not loc:
        return catalog.DEFAULT_LANG
    return "zh" if loc.startswith("zh") else "en"


def init_language() -> None:
    """Settle the language for this run: the URL wins, then the session, then the browser.

    Page switches clear the URL's query string, so the choice is written back every run.
    """
    raw = st.query_params.get(KEY)
    if raw in catalog.LANGS:
        st.session_state[KEY] = raw
    elif KEY not in st.session_state:
        st.session_state[KEY] = _from_locale()
        if raw is not None:
            st.session_state["_notices"] = [*st.session_state.get("_notices", []), "app.bad_lang"]
    if st.query_params.get(KEY) != st.session_state[KEY]:
        st.query_params[KEY] = st.session_state[KEY]
