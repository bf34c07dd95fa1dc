"""Tables, made and drawn once pandas is imported by the warm-up thread.

Streamlit imports pandas (~0.3 s) for every st.dataframe, st.table and st.data_editor, even
for an Arrow table, and pyarrow's `pa.table` looks for it too. Every table goes through here,
so that import happens once, in the warm-up thread (background/warm_imports.py), never from a
session's script thread. Pages that draw no table never wait for pandas. The Streamlit
wrappers take exactly what the Streamlit functions take.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from background import warm_imports

if TYPE_CHECKING:
    import pyarrow as pa


def arrow_table(columns: dict[str, list]) -> pa.Table:
    """pa.table(columns), once pandas is in: a read-only table st.dataframe sends as it is."""
    warm_imports.ensure_tables()
    import pyarrow as pa

    return pa.table(columns)


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
