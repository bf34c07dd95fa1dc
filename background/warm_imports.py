"""Import the heavy libraries once per process, in one thread, off the learner's path.

pandas takes ~0.3 s to import (numpy, plotly and Pillow ~0.01 s each once numpy is in).
Two problems come with importing them from pages:
  - a page whose open steps draw no table would make the first visitor of a fresh server
    wait for pandas (a third of that first view, measured by benchmarks/bench_browser.py);
  - when many sessions reach a cold server at once, their script threads import
    plotly -> pandas concurrently, and Python's import deadlock avoidance can hand one thread
    a half-initialised pandas ("partially initialized module 'pandas'").
So one daemon thread imports them, in two groups:
  - CHART_MODULES (numpy, plotly, Pillow): every page but the home page waits for these
    before it runs (`ensure()`); they take milliseconds;
  - TABLE_MODULES (pandas, which Streamlit itself imports for any st.dataframe, st.table or
    st.data_editor): imported DELAY seconds after a page has been drawn (`start()`, called at
    the end of every run), or at once when a table is about to be drawn (`ensure_tables()`,
    which the table helpers in ui/tables.py and the table-building caches call first).
So each import happens exactly once, in that thread, never concurrently from several
sessions. deploy/serve.py imports the same modules before the server starts, which makes
every call instant.

    from background import warm_imports
    warm_imports.start()          # a page has been drawn: non-blocking, idempotent
    warm_imports.ensure()         # before a page runs: blocks until CHART_MODULES are in
    warm_imports.ensure_tables()  # before a table: blocks until pandas is in too
    pd = warm_imports.pandas()    # the same, returning the module
"""

from __future__ import annotations

import importlib
import logging
import threading
from types import ModuleType

CHART_MODULES = ("numpy", "plotly.graph_objects", "plotly.io", "PIL.Image")
TABLE_MODULES = ("pandas",)
MODULES = CHART_MODULES + TABLE_MODULES
DELAY = 0.5  # seconds a just-drawn page gets to reach the browser before the next import
TIMEOUT = 60.0
log = logging.getLogger("background.warm_imports")

_lock = threading.Lock()
_thread: threading.Thread | None = None
_charts_now = threading.Event()  # a page is about to run: import the chart group at once
_page_drawn = threading.Event()  # start() was called: a page has been sent
_tables_now = threading.Event()  # a table is about to be drawn: import pandas at once
_charts_done = threading.Event()
_tables_done = threading.Event()


def _import(names: tuple[str, ...]) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # the page that needs it will raise a clear error itself
            log.exception("warm import of %s failed", name)


def _import_all() -> None:
    _charts_now.wait(DELAY)  # started by start(): let that page finish sending first
    _import(CHART_MODULES)
    _charts_done.set()
    _page_drawn.wait()  # never while the first page of a cold server is still running...
    _tables_now.wait(DELAY)  # ...nor while it is being sent, unless a table is waiting
    _import(TABLE_MODULES)
    _tables_done.set()


def _thread_started() -> threading.Thread:
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_import_all, name="explainer-warm-imports", daemon=True)
            _thread.start()
        return _thread


def start() -> threading.Thread:
    """A page has been drawn: import everything in the background (once per process).
    Returns the import thread. Cheap after the first call."""
    _page_drawn.set()
    return _thread_started()


def ensure(timeout: float | None = TIMEOUT) -> bool:
    """Block until CHART_MODULES are imported (starting now); True when they are."""
    _charts_now.set()
    _thread_started()
    return _charts_done.wait(timeout)


def ensure_tables(timeout: float | None = TIMEOUT) -> bool:
    """Block until every module, pandas included, is imported (starting now); True when so."""
    _charts_now.set()
    _page_drawn.set()
    _tables_now.set()
    _thread_started()
    return _tables_done.wait(timeout)


def pandas() -> ModuleType:
    """The pandas module, imported by the warm-up thread (waits for it, starting it now)."""
    ensure_tables()
    return importlib.import_module("pandas")
