"""The one door to TensorFlow: imported lazily, once, with its thread pools limited.

TensorFlow takes ~7 s and ~600 MB to import, so no module that a numpy-only page imports
may import it at the top. Call `keras()` inside the function that needs it.

Thread limits: by default TensorFlow would use every core for one training. On a hosted
server that starves the other students' pages, so each op uses at most
EXPLAINER_TF_THREADS threads (default: cores - 1, at least 1).
"""

from __future__ import annotations

import os
import threading

_lock = threading.Lock()
_ready = threading.Event()


def tf_threads() -> int:
    """Threads TensorFlow may use per op: EXPLAINER_TF_THREADS, else cores - 1 (min 1)."""
    raw = os.environ.get("EXPLAINER_TF_THREADS", "")
    if raw.isdigit() and int(raw) >= 1:
        return int(raw)
    return max(1, (os.cpu_count() or 2) - 1)


def is_loaded() -> bool:
    """True once TensorFlow has been imported and configured in this process."""
    return _ready.is_set()


def tensorflow():
    """Import and configure TensorFlow once per process; return the module."""
    with _lock:
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # hide C++ info logs
        import tensorflow as tf

        if not _ready.is_set():
            n = tf_threads()
            try:
                tf.config.threading.set_intra_op_parallelism_threads(n)
                tf.config.threading.set_inter_op_parallelism_threads(n)
            except RuntimeError:
                pass  # the runtime was already initialised elsewhere; keep its pools
            _ready.set()
        return tf


def keras():
    """The Keras 3 module (tf.keras), loading TensorFlow first if needed."""
    tensorflow()
    import keras as k

    return k
