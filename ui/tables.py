"""Tables, drawn once pandas is imported by the warm-up thread.

Streamlit imports pandas (~0.3 s) for every st.dataframe, st.table and st.data_editor, even
for an Arrow table. A page's first view on a fresh server no longer waits for pandas unless
it draws a table (background/warm_imports.py), so every table goes through here: the import
happens once, in the warm-up thread, never from several sessions' script threads at once.
The functions take exactly what the Streamlit ones take.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from background import warm_imports


def dataframe(data: Any, **kwargs: Any):
    """st.dataframe(data, **kwargs) once pandas is in."""
    warm_imports.ensure_tables()
    return st.dataframe(data, **kwargs)


def table(data: Any, **kwargs: Any):
    """st.table(data, **kwargs) once pandas is in."""
    warm_imports.ensure_tables()
    return st.table(data, **kwargs)


def data_editor(data: Any, **kwargs: Any):
    """st.data_editor(data, **kwargs) once pandas is in; returns the edited data."""
    warm_imports.ensure_tables()
    return st.data_editor(data, **kwargs)
