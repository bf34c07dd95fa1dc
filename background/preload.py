"""Optional background preload of TensorFlow for hosted servers.

Importing TensorFlow takes ~7 s, so the first student to open a TensorFlow page waits. A hosted
deployment sets EXPLAINER_PRELOAD_TF=1: the first script run then starts one daemon thread that
calls explainer.tf_runtime.tensorflow(), so TensorFlow is (being) loaded before anyone needs it.
Off by default, so a laptop stays light (TensorFlow adds ~600 MB).

Once loaded, TensorFlow's objects (~280,000) are frozen out of the garbage collector's view
(gc.freeze), as deploy/serve.py does for the other libraries: otherwise every full collection
walks them while holding the interpreter lock, 0.2 s on an idle server and 0.35-0.8 s with a
class on it, in which no student's page moves (benchmarks/RESULTS.md, "Classroom load").

    from background.preload import start_tf_preload
    start_tf_preload()          # in streamlit_app.py main(); cheap and idempotent
"""

from __future__ import annotations

import gc
import logging
import os
import threading

ENV = "EXPLAINER_PRELOAD_TF"
_lock = threading.Lock()
_thread: threading.Thread | None = None
log = logging.getLogger("background.preload")


def enabled() -> bool:
    """True when the setting asks for a preload ("1", "true", "yes", "on")."""
    return os.environ.get(ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def _load(workers: bool = False) -> None:
    try:
        if workers:  # the training workers load TensorFlow in their own processes meanwhile
            from background import worker as train_worker

            if train_worker.enabled():
                train_worker.server_pool().warm()
        from explainer.tf_runtime import tensorflow

        tensorflow()
        freeze_what_is_loaded()
        log.info("TensorFlow preloaded")
    except Exception:  # a failed preload only means the first TF page loads it itself
        log.exception("TensorFlow preload failed")


def freeze_what_is_loaded() -> None:
    """Collect once, then keep every object alive now out of later full collections.

    Frozen objects are still freed by reference counting; only reference cycles among them wait
    for good, which is the point for a library's modules and classes. The few sessions open at
    this moment (TensorFlow loads in the first seconds of a server) are frozen too: a one-off,
    bounded cost."""
    gc.collect()
    gc.freeze()


def start_tf_preload(force: bool = False) -> threading.Thread | None:
    """Start the preload thread once per process when enabled (or forced).

    Returns the thread (the same one on every call), or None when preloading is off.
    When enabled by the setting, it also starts the training workers (one per slot).
    Thread-safe: concurrent first calls start exactly one thread.
    """
    global _thread
    if not (force or enabled()):
        return None
    with _lock:
        if _thread is None:
            _thread = threading.Thread(
                target=_load, args=(enabled(),), name="explainer-tf-preload", daemon=True
            )
            _thread.start()
        return _thread
