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

MODULES = ("numpy", "pandas", "plotly.graph_objects", "plotly.io", "PIL.Image")
DELAY = 0.5  # seconds between start() and the imports, unless a page needs them sooner
TIMEOUT = 60.0
log = logging.getLogger("background.warm_imports")

_lock = threading.Lock()
_thread: threading.Thread | None = None
_go = threading.Event()  # a page is about to run: import at once
_done = threading.Event()


def _import_all() -> None:
    _go.wait(DELAY)  # started by start(): let the page that started us finish sending first
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the page that needs it will raise a clear error itself
            log.exception("warm import of %s failed", name)
    _done.set()


def _thread_started() -> threading.Thread:
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_import_all, name="explainer-warm-imports", daemon=True)
            _thread.start()
        return _thread


def start() -> threading.Thread:
    """Start the import thread once per process; return it. Cheap after the first call.

    The thread first waits DELAY seconds: the home page calls this at the end of its run,
    and the imports would otherwise hold the interpreter lock while Streamlit is still
    sending that page to the browser.
    """
    return _thread_started()


def ensure(timeout: float | None = TIMEOUT) -> bool:
    """Block until every module, pandas included, is imported (starting now); True when so.
    A page runs only after this: never while pandas is half-imported (see above)."""
    _go.set()
    _thread_started()
    return _done.wait(timeout)


def ensure_tables(timeout: float | None = TIMEOUT) -> bool:
    """ensure(), for a table (ui/tables.py): pandas is in before Streamlit reaches for it."""
    return ensure(timeout)


def pandas() -> ModuleType:
    """The pandas module, imported by the warm-up thread (waits for it, starting it now)."""
    ensure()
    return importlib.import_module("pandas")
