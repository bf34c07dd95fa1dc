"""Tables, drawn once pandas is imported by the warm-up thread.

Streamlit imports pandas (~0.3 s) for every st.dataframe, st.table and st.data_editor, even
for an Arrow table. Every table goes through here, so that import happens once, in the
warm-up thread (background/warm_imports.py), never from a session's script thread: a second
thread importing pandas, or a page reading it half-imported, breaks. Pages wait for the
warm-up before they run, so by then this is a check that costs nothing; it keeps tables safe
if that ever changes. The functions take exactly what the Streamlit ones take.
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
