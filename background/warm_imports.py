"""Import the heavy libraries once per process, in one thread, off the home page's path.

pandas takes ~0.3 s to import (numpy, plotly and Pillow ~0.01 s each once numpy is in).
Two problems come with importing them from pages:
  - the home page (a course map, no charts) would make every first visitor of a fresh
    server wait for them;
  - while one thread imports pandas, `sys.modules["pandas"]` is a half-initialised module,
    and plotly reads it from there whenever it builds or serialises a figure
    (_plotly_utils.optional_imports.get_module): a figure built by another session at that
    moment fails ("partially initialized module 'pandas' has no attribute 'Series'").
So one daemon thread imports them all. The home page starts it DELAY seconds after it has
been drawn (`start()`); every other page waits for it before running (`ensure()`), so no
page runs while pandas is half-imported. Tried and measured on 2026-12-06: letting pages
run first and importing pandas only for the first table saved ~0.3 s of a fresh server's
first view, but a page building a chart during that import failed (tests/test_predict.py
caught it); a page may only run once the import is over. deploy/serve.py imports the same
modules before the server starts, which makes every call instant.

    from background import warm_imports
    warm_imports.start()          # a page has been drawn: non-blocking, idempotent
    warm_imports.ensure()         # before a page runs: blocks until every module is in
    warm_imports.ensure_tables()  # before a table (ui/tables.py): the same, a no-op by then
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
    """Block until every module, pandas included, is imported (starting now); True when so.
    A page runs only after this: never while pandas is half-imported (see above)."""
    return ensure_tables(timeout)


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
