"""Training in a worker process, so the server's own GIL stays free for everyone's pages.

Keras's Python training loop and the per-batch callback hold the GIL of the process they
run in; in a thread of the Streamlit server they made every other student's rerun wait
seconds. So `model.fit` runs in a separate process: one long-lived worker per training
slot (TensorFlow takes ~7 s to start, so a worker is reused), started with the "spawn"
method (never fork a process that may hold TensorFlow). Workers are daemon processes:
they end with the server, and a worker whose server vanished ends at its next message.

Protocol over one duplex Pipe (only this module's own child and parent speak on it; the
messages are tuples of strings, numbers, lists and numpy arrays that the app made itself):
    parent -> child  ("train", settings_dict, spec)   spec = ("load", fingerprint) or
                                                            ("arrays", x_train, y_train, classes)
                     ("arrays", x_train, y_train, classes)  the answer to ("need_data",)
                     ("quit",)
    child -> parent  ("ready",)                        TensorFlow is loaded
                     ("need_data",)                    it could not rebuild the same images
                     ("calls", [(method, args), ...])  sink calls, sent at most every BATCH_S
                     ("result", outcome, weights)      weights = model.get_weights()
                     ("error", message)
A doodle or keras.datasets dataset is rebuilt in the child from (name, n, seed) instead of
being sent; a fingerprint of the images makes sure it is the same data.
Stopping: a multiprocessing Event shared with the child, read by the callback every batch.
A worker runs at a lower priority (nice +5) than the server, so pages win over training
when the cores are busy.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import threading
import time
import types

import numpy as np

from explainer.datasets import NAMES, Dataset

log = logging.getLogger("explainer.training")
WORKER_NICE = 5  # the worker yields the CPU to the server's reruns (EXPLAINER_WORKER_NICE)
BATCH_S = 0.05  # the child sends its batch numbers at most every 50 ms (every value is kept)
_start_lock = threading.Lock()
SINK_CALLS = ("begin", "set_phase", "batch", "epoch_end", "end")  # what the child may call


def worker_nice() -> int:
    """How much lower a worker's priority is than the server's: EXPLAINER_WORKER_NICE (0-19) if
    set, else WORKER_NICE. Also the dataset drawing process's (background/dataset_process.py)."""
    raw = os.environ.get("EXPLAINER_WORKER_NICE", "")
    return min(int(raw), 19) if raw.isdigit() else WORKER_NICE


def max_trainings() -> int:
    """K: EXPLAINER_MAX_TRAININGS if set, else cores // 2 (at least 1): 1 on a 2-core machine."""
    raw = os.environ.get("EXPLAINER_MAX_TRAININGS", "")
    if raw.isdigit() and int(raw) >= 1:
        return int(raw)
    return max(1, (os.cpu_count() or 2) // 2)


class WorkerDied(RuntimeError):
    """The worker process ended in the middle of a training."""


def fingerprint(x, y) -> str:
    """A short digest of the labels and of every k-th image (k = n // 32): same data, same digest."""
    x, y = np.ascontiguousarray(x), np.ascontiguousarray(y)
    h = hashlib.blake2b(digest_size=16)
    h.update(repr((x.shape, str(x.dtype), y.shape)).encode())
    h.update(y.tobytes())
    h.update(np.ascontiguousarray(x[:: max(1, len(x) // 32)]).tobytes())
    return h.hexdigest()


# --- the child process -------------------------------------------------------------------
class SinkProxy:
    """Stands in for the TrainingSink in the child: queues the calls and sends them in batches."""

    def __init__(self, conn):
        self.conn = conn
        self._calls: list[tuple] = []
        self._sent = 0.0

    def _call(self, name: str, *args) -> None:
        self._calls.append((name, args))
        if name != "batch" or time.perf_counter() - self._sent >= BATCH_S:
            self.flush()

    def flush(self) -> None:
        if self._calls:
            self.conn.send(("calls", self._calls))
            self._calls = []
        self._sent = time.perf_counter()

    def begin(self, epochs, steps_per_epoch):
        self._call("begin", int(epochs), int(steps_per_epoch))

    def set_phase(self, phase, epoch=None):
        self._call("set_phase", str(phase), None if epoch is None else int(epoch))

    def batch(self, iteration, images, loss, accuracy):
        self._call("batch", int(iteration), int(images), float(loss), float(accuracy))

    def epoch_end(self, epoch, loss, accuracy, val_loss, val_accuracy):
        self._call(
            "epoch_end", int(epoch), float(loss), float(accuracy), float(val_loss), float(val_accuracy)
        )

    def end(self, status, message=""):
        self._call("end", str(status), str(message))


def _child_data(conn, settings, spec, cache: dict) -> Dataset:
    """The training images: rebuilt here when the parent says so (and the digest matches)."""
    from explainer import datasets

    if spec[0] == "load":
        key = (settings.dataset, settings.n_images, settings.n_test, settings.seed)
        try:
            if key not in cache:
                cache.clear()  # keep one dataset: the next run usually has the same settings
                cache[key] = datasets.load(*key)
            if fingerprint(cache[key].x_train, cache[key].y_train) == spec[1]:
                return cache[key]
        except Exception:  # e.g. no internet here: ask for the arrays instead
            log.exception("could not rebuild the dataset in the worker")
        conn.send(("need_data",))
        spec = conn.recv()
    _, x, y, classes = spec
    return Dataset(settings.dataset, tuple(classes), x, y, x[:0], y[:0])


def _child_main(conn, stop_event, threads: int) -> None:
    """The worker: load TensorFlow once, then train one job after another until told to quit."""
    os.environ["EXPLAINER_TF_THREADS"] = str(threads)
    with contextlib.suppress(OSError, AttributeError):  # not on every platform
        os.nice(worker_nice())
    from explainer import live_training
    from explainer.training_settings import TrainingSettings

    conn.send(("ready",))
    cache: dict = {}
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):  # the server is gone
            return
        if msg[0] != "train":
            return
        sink = SinkProxy(conn)
        try:
            settings = TrainingSettings(**msg[1])
            data = _child_data(conn, settings, msg[2], cache)
            model, outcome = live_training.train(settings, data, sink, stop_event)
            sink.flush()
            conn.send(("result", outcome, [np.asarray(w) for w in model.get_weights()]))
        except (BrokenPipeError, EOFError):
            return
        except Exception as exc:  # reported on the page by the parent
            sink.flush()
            conn.send(("error", f"{type(exc).__name__}: {exc}"[:500]))
        live_training.keras.backend.clear_session()  # a long-lived worker must not pile up models


# --- the parent (the server) ------------------------------------------------------------
class Worker:
    """One worker process and its pipe. `run` trains one job at a time."""

    def __init__(self):
        import multiprocessing

        from explainer.tf_runtime import tf_threads

        ctx = multiprocessing.get_context("spawn")
        self.stop_event = ctx.Event()
        self.conn, child_conn = ctx.Pipe()
        self.process = ctx.Process(
            target=_child_main,
            args=(child_conn, self.stop_event, tf_threads()),
            name="explainer-train-worker",
            daemon=True,
        )
        with _start_lock:  # the child must not re-run the server's __main__ script
            real_main, stub = sys.modules["__main__"], types.ModuleType("__main__")
            sys.modules["__main__"] = stub  # no file, no spec: nothing for the child to re-run
            try:
                self.process.start()
            finally:
                if sys.modules["__main__"] is stub:
                    sys.modules["__main__"] = real_main
        child_conn.close()

    def alive(self) -> bool:
        return self.process.is_alive()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(("quit",))
        self.conn.close()
        self.process.join(5)
        if self.process.is_alive():
            self.process.terminate()

    def _recv(self, stop: threading.Event | None = None):
        while not self.conn.poll(0.25):
            if stop is not None and stop.is_set():
                self.stop_event.set()  # e.g. Stop while the worker still loads TensorFlow
            if not self.process.is_alive():
                if self.conn.poll():  # its last words
                    break
                raise WorkerDied(
                    f"the training process ended unexpectedly (exit code {self.process.exitcode})"
                )
        try:
            return self.conn.recv()
        except (EOFError, OSError) as exc:
            raise WorkerDied("the training process ended unexpectedly") from exc

    def run(self, settings, data: Dataset, sink, stop: threading.Event):
        """Train in the child, replaying its sink calls on `sink`. Returns (outcome, weights,
        message): weights = the child's model.get_weights(), plain arrays."""
        self.stop_event.clear()
        if stop.is_set():
            self.stop_event.set()
        arrays = ("arrays", data.x_train, data.y_train, tuple(data.classes))
        same = data.name == settings.dataset and data.name in NAMES
        spec = ("load", fingerprint(data.x_train, data.y_train)) if same else arrays
        self.conn.send(("train", settings.as_dict(), spec))
        while True:
            msg = self._recv(stop)
            if stop.is_set() and not self.stop_event.is_set():
                self.stop_event.set()
            if msg[0] == "calls":
                for name, args in msg[1]:
                    if name in SINK_CALLS:
                        getattr(sink, name)(*args)
            elif msg[0] == "need_data":
                self.conn.send(arrays)
            elif msg[0] == "result":
                return str(msg[1]), list(msg[2]), ""
            elif msg[0] == "error":
                return "error", None, str(msg[1])


class WorkerPool:
    """Idle workers kept for reuse (at most `keep`); a busy or dead one is never handed out."""

    def __init__(self, keep: int):
        self.keep = int(keep)
        self._idle: list[Worker] = []
        self._lock = threading.Lock()

    def checkout(self) -> Worker:
        with self._lock:
            while self._idle:
                w = self._idle.pop(0)
                if w.alive():
                    return w
        return Worker()

    def checkin(self, w: Worker) -> None:
        with self._lock:
            if w.alive() and len(self._idle) < self.keep:
                self._idle.append(w)
                return
        w.close()

    def discard(self, w: Worker) -> None:
        """A worker that failed mid-run: end it; the next job gets a fresh one."""
        w.close()

    def warm(self, n: int | None = None) -> None:
        """Start idle workers up to n (default: keep), so TensorFlow loads before the first Train."""
        with self._lock:
            n = self.keep if n is None else n
            while len(self._idle) < min(n, self.keep):
                self._idle.append(Worker())


_pool: WorkerPool | None = None
_pool_lock = threading.Lock()


def server_pool() -> WorkerPool:
    """The workers of this server process: one per training slot (K = max_trainings())."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = WorkerPool(max_trainings())
        return _pool


def enabled() -> bool:
    """Train in worker processes unless EXPLAINER_TRAIN_PROCESS=0 (then: a thread, as before)."""
    return os.environ.get("EXPLAINER_TRAIN_PROCESS", "1").strip().lower() not in {"0", "false", "no", "off"}
