"""Streamlit glue shared by the pages: language, page steps, URL state.

This is the only place besides app_pages/ and streamlit_app.py that imports streamlit.
"""

from ui.i18n import lang, t
from ui.keras_session import keep_keras_state

keep_keras_state()  # no keras.backend.clear_session() (a full gc.collect) after every run

__all__ = ["lang", "t"]
