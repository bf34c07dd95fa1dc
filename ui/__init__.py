"""Streamlit helpers every page shares: language, page steps, lecture mode, URL state, the
shared cache, the image picker. Importing it changes nothing in Streamlit
(ui/streamlit_internals.py holds every private access; streamlit_app.main() installs what it needs).
"""

from ui.i18n import lang, t

__all__ = ["lang", "t"]
