"""Streamlit no longer resets Keras (clear_session, a full gc.collect) after every script run."""

import sys
import types

from streamlit.runtime.scriptrunner import script_runner

import ui  # noqa: F401  (installs the lighter clean-up)
from ui.keras_session import _clean_problem_modules, keep_keras_state


def test_after_run_cleanup_leaves_keras_alone(monkeypatch):
    """With Keras imported, Streamlit's after-run hook no longer calls keras.backend.clear_session."""
    calls = []
    fake = types.SimpleNamespace(backend=types.SimpleNamespace(clear_session=lambda: calls.append(1)))
    monkeypatch.setitem(sys.modules, "keras", fake)
    assert keep_keras_state()
    assert script_runner._clean_problem_modules is _clean_problem_modules
    script_runner._clean_problem_modules()
    assert calls == []


def test_matplotlib_figures_are_still_closed(monkeypatch):
    """The matplotlib part of Streamlit's clean-up is kept."""
    closed = []
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", types.SimpleNamespace(close=closed.append))
    script_runner._clean_problem_modules()
    assert closed == ["all"]
