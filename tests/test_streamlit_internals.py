"""Every private Streamlit access of ui/streamlit_internals.py still works on the installed Streamlit.

A failure here means an upgrade removed or changed one of them: read the module's docstring,
find the new way, and update the pin in requirements.txt. None of these falls back silently.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import time
import types
from pathlib import Path

import streamlit
from streamlit.runtime.scriptrunner import script_runner
from streamlit.runtime.scriptrunner_utils.script_run_context import ScriptRunContext
from streamlit.testing.v1 import AppTest

from ui import streamlit_internals as internals

ROOT = Path(__file__).resolve().parents[1]


def pinned_minor(package: str) -> str:
    """The X.Y of `package~=X.Y.Z` in requirements.txt."""
    text = (ROOT / "requirements.txt").read_text()
    m = re.search(rf"^{package}~=(\d+)\.(\d+)\.\d+", text, re.M)
    assert m, f"requirements.txt must pin {package} as {package}~=X.Y.Z (its private API is used)"
    return f"{m.group(1)}.{m.group(2)}"


def test_installed_streamlit_is_the_pinned_minor():
    """The private accesses were checked on the pinned minor version; another one needs a look."""
    assert streamlit.__version__.startswith(pinned_minor("streamlit") + ".")


def test_script_run_context_has_fragment_ids():
    """fragment_rerun() reads ScriptRunContext.fragment_ids_this_run."""
    assert "fragment_ids_this_run" in {f.name for f in dataclasses.fields(ScriptRunContext)}
    assert internals.fragment_rerun() is False  # outside a script run


def _fragment_app():
    import streamlit as st

    from ui.streamlit_internals import fragment_rerun

    st.session_state.setdefault("seen", [])

    @st.fragment
    def part():
        st.session_state["seen"].append(fragment_rerun())
        st.button("again", key="again")

    part()


def test_fragment_rerun_is_false_on_a_full_run():
    """On a whole-script run (what AppTest does) fragment_rerun() says False."""
    at = AppTest.from_function(_fragment_app).run()
    assert at.session_state["seen"] == [False]


def test_runtime_has_the_session_liveness_check():
    """session_alive_check() uses Runtime.exists/instance/is_active_session and ctx.session_id."""
    from streamlit.runtime import Runtime

    for name in ("exists", "instance", "is_active_session"):
        assert callable(getattr(Runtime, name))
    assert "session_id" in {f.name for f in dataclasses.fields(ScriptRunContext)}
    assert internals.session_alive_check() is None  # no server running here


def test_after_run_cleanup_leaves_keras_alone(monkeypatch):
    """With Keras imported, Streamlit's after-run hook no longer calls keras.backend.clear_session."""
    assert callable(script_runner._clean_problem_modules)
    monkeypatch.setattr(script_runner, "_clean_problem_modules", script_runner._clean_problem_modules)
    calls = []
    fake = types.SimpleNamespace(backend=types.SimpleNamespace(clear_session=lambda: calls.append(1)))
    monkeypatch.setitem(sys.modules, "keras", fake)
    internals.keep_keras_state()
    script_runner._clean_problem_modules()
    assert calls == []


def test_matplotlib_figures_are_still_closed(monkeypatch):
    """The matplotlib part of Streamlit's clean-up is kept."""
    monkeypatch.setattr(script_runner, "_clean_problem_modules", script_runner._clean_problem_modules)
    internals.keep_keras_state()
    closed = []
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", types.SimpleNamespace(close=closed.append))
    script_runner._clean_problem_modules()
    assert closed == ["all"]


def test_script_runner_calls_the_cleanup_after_a_run(monkeypatch):
    """Streamlit still calls script_runner._clean_problem_modules after each script run."""
    calls = []
    monkeypatch.setattr(script_runner, "_clean_problem_modules", lambda: calls.append(1))
    AppTest.from_string("x = 1").run()
    deadline = time.monotonic() + 5  # it runs just after the run reports that it finished
    while not calls and time.monotonic() < deadline:
        time.sleep(0.01)
    assert calls


def test_direct_run_check_is_skipped(monkeypatch):
    """Streamlit's first element asks env_util.is_repl() (inspect.stack over every frame) unless the
    once-per-process flag is set; skip_direct_run_check sets it, and the first element then draws
    without asking."""
    from streamlit import delta_generator, env_util

    asked = []
    monkeypatch.setattr(env_util, "is_repl", lambda: asked.append(1) or False)
    monkeypatch.setattr(delta_generator, "_use_warning_has_been_displayed", False)
    delta_generator._maybe_print_use_warning()
    assert asked == [1]  # Streamlit still makes the check this skips
    monkeypatch.setattr(delta_generator, "_use_warning_has_been_displayed", False)
    asked.clear()
    internals.skip_direct_run_check()
    delta_generator._maybe_print_use_warning()
    assert asked == []


def test_importing_ui_changes_nothing_in_streamlit():
    """`import ui` (and every ui helper) leaves Streamlit's script runner as it was."""
    import subprocess

    code = (
        "from streamlit.runtime.scriptrunner import script_runner as s\n"
        "before = s._clean_problem_modules\n"
        "import ui, ui.page, ui.present, ui.nav, ui.urlstate, ui.shared_cache\n"
        "assert s._clean_problem_modules is before\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_session_storage_internals():
    """MemorySessionStorage keeps a TTLCache in `_cache`; TTLCache has the `_evict_lru` hook and
    `expire()`; the server module imports MemorySessionStorage by name."""
    from streamlit.runtime.caching.ttl_cache import TTLCache
    from streamlit.web.server import server

    storage = internals.MemorySessionStorage(maxsize=2, ttl_seconds=60)
    assert isinstance(internals.storage_cache(storage), TTLCache)
    evicted: list = []
    hook = internals.EvictionHook(1, 60, evicted)
    internals.replace_storage_cache(storage, hook)
    assert internals.storage_cache(storage) is hook
    assert callable(TTLCache._evict_lru) and callable(TTLCache.expire)
    hook["a"] = types.SimpleNamespace(session=types.SimpleNamespace(id="a"))
    hook["b"] = types.SimpleNamespace(session=types.SimpleNamespace(id="b"))
    assert [sid for sid, _ in evicted] == ["a"]
    assert server.MemorySessionStorage is not None
