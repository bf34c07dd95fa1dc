"""Import the heavy libraries once per process, in one thread, off the learner's path.

pandas takes ~0.3 s to import (numpy and Pillow ~0.01 s each once numpy is in), and only
tables and a few step caches need it. So no page waits for it unless it needs it:
  - every page, once drawn, starts one daemon thread (`start()`) that imports them all DELAY
    seconds later, so the import does not compete with Streamlit sending the page;
  - a table (ui/tables.py) or a cache that builds one asks for pandas (`ensure_tables()`,
    `pandas()`): that starts the import at once and waits for it.
pandas is imported by that thread only, never by a session's script thread: one import, made
once, that a page needing it waits for. Measured on 2026-12-06: pages that do not wait for
pandas open ~0.3 s sooner on a fresh server. deploy/serve.py imports the same modules before
the server starts, which makes every call here instant.

    from background import warm_imports
    warm_imports.start()          # a page has been drawn: non-blocking, idempotent
    warm_imports.ensure()         # blocks until every module is in (starting the import now)
    warm_imports.ensure_tables()  # before a table (ui/tables.py): the same
    pd = warm_imports.pandas()    # the same, returning the module
"""

from __future__ import annotations

import importlib
import logging
import threading
from types import ModuleType

MODULES = ("numpy", "PIL.Image", "pandas", "latex2mathml.converter")  # the last: ~0.05 s, pages with formulas
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

    The thread first waits DELAY seconds: a page calls this at the end of its run, and the
    imports would otherwise hold the interpreter lock while Streamlit is still sending that
    page to the browser.
    """
    return _thread_started()


def ensure(timeout: float | None = TIMEOUT) -> bool:
    """Block until every module, pandas included, is imported (starting now); True when so."""
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
