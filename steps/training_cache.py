"""Cached resources of the training page: the datasets, read-only and shared by every session.

The images of a dataset are the same for every learner who picks the same (name, size, seed),
so they are loaded once (st.cache_resource, the idiom for read-only resources); the models a
learner trains are not shared here (see ui/trained.py).
"""

from __future__ import annotations

import streamlit as st

from explainer import datasets


@st.cache_resource(show_spinner=False, max_entries=8)
def load_dataset(name: str, n: int, n_test: int, seed: int) -> datasets.Dataset:
    """Read-only images shared by every session (the models are not)."""
    return datasets.load(name, n, n_test, seed)
