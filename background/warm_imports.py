"""Import the heavy chart libraries once per process, in one place, off the first page's path.

pandas and plotly take ~0.3 s to import. Two problems come with importing them from pages:
  - the home page (a course map, no charts) would make every first visitor of a fresh
    server wait for them;
  - when many sessions reach a cold server at once, their script threads import
    plotly -> pandas concurrently, and Python's import deadlock avoidance can hand one thread
    a half-initialised pandas ("partially initialized module 'pandas'").
So one daemon thread imports them. The home page starts it *after* it has been drawn
(`start()`); every other page waits for it before running (`ensure()`), so the imports
happen exactly once, in that thread, never concurrently from several sessions.
deploy/serve.py imports the same modules before the server starts, which makes both calls
instant.

    from background import warm_imports
    warm_imports.start()     # non-blocking, idempotent
    warm_imports.ensure()    # blocks until the imports are done (starts them if needed)
"""

from __future__ import annotations

import importlib
import logging
import threading

MODULES = ("numpy", "pandas", "plotly.graph_objects", "plotly.io", "PIL.Image")
_lock = threading.Lock()
_thread: threading.Thread | None = None
_go = threading.Event()
DELAY = 0.5  # seconds between start() and the imports, unless a page needs them sooner
log = logging.getLogger("background.warm_imports")


def _import_all(delay: float) -> None:
    _go.wait(delay)  # let the page that started us finish sending first (ensure() cuts this short)
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the page that needs it will raise a clear error itself
            log.exception("warm import of %s failed", name)


def start() -> threading.Thread:
    """Start the import thread once per process; return it. Cheap after the first call.

    The thread first waits DELAY seconds: the home page calls this at the end of its run,
    and the imports would otherwise hold the interpreter lock while Streamlit is still
    sending that page to the browser.
    """
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(
                target=_import_all, args=(DELAY,), name="explainer-warm-imports", daemon=True
            )
            _thread.start()
        return _thread


def ensure(timeout: float | None = 60.0) -> bool:
    """Block until the heavy modules are imported (starting now); True when they are."""
    _go.set()
    start().join(timeout)
    return not _thread.is_alive()
