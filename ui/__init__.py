"""Streamlit glue shared by the pages: language, page steps, URL state.

This is the only place besides app_pages/ and streamlit_app.py that imports streamlit.
"""

from ui.i18n import lang, t

__all__ = ["lang", "t"]
