"""The built-in doodles drawn in a process of their own, so every other student's page keeps moving.

Why: drawing the doodle dataset is Python and Pillow code that holds the interpreter lock the
whole time: the training page's 3,000 + 600 images take ~2.5 s on this machine. Drawn in the
server process, a learner who picked a new seed made every other student on the server wait:
with 3 students training their own seeds and 97 browsing, first screens took 3-4 s
(benchmarks/loadtest.py --scenario train; benchmarks/RESULTS.md). In a child process the
server's thread only waits for the result, and waiting does not hold the lock.

One child (started with "spawn", at the training workers' lower priority) is started on first use
and ended after IDLE_S seconds without one, so a server whose class has left holds no extra
process. Requests are served one at a time, in order. What crosses the pipe: (n, n_test, seed)
one way, the arrays our own child drew the other; nothing a learner supplied. Where no child
can be started, the images are drawn in this process as before.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import logging
import multiprocessing
import os
import threading
import time

from background.worker import worker_nice
from explainer import datasets

log = logging.getLogger(__name__)

IDLE_S = 120.0  # a child unused this long is ended

_lock = threading.Lock()
_pool: concurrent.futures.ProcessPoolExecutor | None = None
_last_used = 0.0
_busy = 0  # requests in flight: the child is never ended under them
_timer: threading.Timer | None = None


def _lower_priority() -> None:
    with contextlib.suppress(OSError, AttributeError):  # not on every platform
        os.nice(worker_nice())


def _draw(n_train: int, n_test: int, seed: int) -> datasets.Dataset:
    return datasets.load(datasets.DEFAULT, n_train, n_test, seed)


def _ready() -> bool:
    from explainer import doodles  # noqa: F401 - Pillow and the drawing code, loaded ahead

    return True


def _get_pool() -> concurrent.futures.ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_lower_priority
        )
    return _pool


def doodles(n_train: int, n_test: int, seed: int) -> datasets.Dataset:
    """datasets.load("doodles", n_train, n_test, seed), drawn in the child process.

    The same arrays as drawing them here (tests/test_dataset_process.py); bad arguments raise
    the same ValueError."""
    global _last_used, _busy
    with _lock:
        _busy += 1
    try:
        with _lock:
            future = _get_pool().submit(_draw, n_train, n_test, seed)
        return future.result()
    except (
        OSError,
        RuntimeError,
        concurrent.futures.BrokenExecutor,
        concurrent.futures.CancelledError,
    ) as exc:
        log.warning("drawing the doodles in this process: no child process (%s)", exc)
        end()
        return _draw(n_train, n_test, seed)
    finally:
        with _lock:
            _busy -= 1
            _last_used = time.monotonic()
            _schedule_idle_check()


def warm() -> None:
    """Start the child now without waiting for it: the training page calls this when it opens,
    so the child's start (~0.6 s) is over before the learner reaches the data."""
    global _last_used
    if _pool is not None:  # already started (every rerun of the page calls this)
        return
    try:
        with _lock:
            _get_pool().submit(_ready)
            _last_used = time.monotonic()
            _schedule_idle_check()
    except (OSError, RuntimeError) as exc:  # then the first drawing starts it, or draws here
        log.warning("could not start the drawing process ahead (%s)", exc)


def running() -> bool:
    """Whether a child process exists now."""
    return _pool is not None


def _schedule_idle_check() -> None:
    global _timer
    if _timer is None:
        _timer = threading.Timer(IDLE_S, _end_if_idle)
        _timer.daemon = True
        _timer.start()


def _end_if_idle() -> None:
    global _timer, _pool
    with _lock:
        _timer = None
        idle = time.monotonic() - _last_used
        if _busy or idle < IDLE_S:  # used meanwhile: look again when it may have become idle
            _timer = threading.Timer(max(IDLE_S - idle, 1.0), _end_if_idle)
            _timer.daemon = True
            _timer.start()
            return
        pool, _pool = _pool, None  # under the lock: no request can be sent to it any more
    if pool is not None:
        pool.shutdown(wait=False)


def end() -> None:
    """End the child now, and its idle timer (a failed child; a test starting afresh; exit)."""
    global _timer, _pool
    with _lock:
        timer, _timer = _timer, None
        pool, _pool = _pool, None
    if timer is not None:
        timer.cancel()
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


atexit.register(end)  # end the child while the interpreter is whole (else a warning at exit)
