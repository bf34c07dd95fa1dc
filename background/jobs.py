"""Training in the background, at most K at a time per server.

Each learner's session owns one `TrainingJob` (kept in its st.session_state, never shared).
`job.start()` starts a daemon thread so the page can keep redrawing; the thread first takes
a place in the server-wide `TrainingQueue`, which lets at most K jobs train at once
(EXPLAINER_MAX_TRAININGS, default: one per two cores, at least 1). A job that waits sees
its place in the queue through its sink.

Where `model.fit` runs: in a worker process (background/worker.py, one long-lived
worker per slot), so the training loop does not hold the server's GIL. The thread replays
the worker's live numbers on the job's sink and, at the end, rebuilds the same model here
from the worker's final weights. EXPLAINER_TRAIN_PROCESS=0 trains in the thread instead.

Stopping: `job.stop()` sets an Event (and the worker's); a waiting job leaves the queue, a
running one stops after its current batch (explainer/live_training.py) and keeps the
partly trained model.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from background import worker as train_worker
from background.preload import start_tf_preload
from background.worker import max_trainings
from explainer.datasets import Dataset
from explainer.live_sink import TrainingSink
from explainer.training_settings import TrainingSettings

log = logging.getLogger("explainer.training")


class TrainingQueue:
    """First come, first served: at most `slots` holders at once; the rest wait in line."""

    def __init__(self, slots: int):
        self.slots = int(slots)
        self._cond = threading.Condition()
        self._line: list[object] = []  # waiting tickets, in arrival order
        self._running = 0

    def position(self, ticket) -> int:
        """1-based place in line (1 = next to start), 0 when not waiting."""
        with self._cond:
            return self._line.index(ticket) + 1 if ticket in self._line else 0

    @property
    def running(self) -> int:
        with self._cond:
            return self._running

    def acquire(self, ticket, cancel: threading.Event, on_wait=None) -> bool:
        """Wait for a free slot (in turn). on_wait(position) is called when the place changes.
        Returns False if `cancel` was set while waiting."""
        with self._cond:
            self._line.append(ticket)
            last = None
            try:
                while True:
                    if cancel.is_set():
                        return False
                    pos = self._line.index(ticket) + 1
                    if pos <= self.slots - self._running:
                        self._running += 1
                        return True
                    if on_wait is not None and pos != last:
                        on_wait(pos)
                        last = pos
                    self._cond.wait(timeout=0.2)  # also re-checks `cancel`
            finally:
                self._line.remove(ticket)
                self._cond.notify_all()

    def release(self) -> None:
        with self._cond:
            self._running -= 1
            self._cond.notify_all()


_queue: TrainingQueue | None = None
_queue_lock = threading.Lock()


def server_queue() -> TrainingQueue:
    """The one queue of this server process (it holds only tickets, never anyone's model)."""
    global _queue
    with _queue_lock:
        if _queue is None:
            _queue = TrainingQueue(max_trainings())
        return _queue


@dataclass
class TrainingJob:
    """One learner's training run: settings, data, live numbers, and (when done) the model."""

    settings: TrainingSettings
    data: Dataset
    sink: TrainingSink = field(default_factory=TrainingSink)
    queue: TrainingQueue | None = None  # None: the server queue
    model: object = None  # the Keras model once training ended (also when stopped)
    outcome: str = ""  # "finished", "stopped", "diverged", "error" or "" while running
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _worker: object = None  # the train_worker.Worker while it trains this job

    def start(self) -> TrainingJob:
        self.queue = self.queue or server_queue()
        self.sink.wait(0)
        self._thread = threading.Thread(target=self._run, name="explainer-training", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Ask the job to stop: after the current batch, or at once if it is still waiting."""
        self._stop.set()
        worker = self._worker
        if worker is not None:
            worker.stop_event.set()  # the child's callback sees it after its current batch

    def join(self, timeout: float | None = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
        return self.done

    @property
    def done(self) -> bool:
        return bool(self.outcome)

    def _run(self) -> None:
        if not self.queue.acquire(self, self._stop, on_wait=self.sink.wait):
            self.outcome = "stopped"
            self.sink.end("stopped")
            return
        try:
            self.sink.wait(0)
            if train_worker.enabled():
                self._train_in_worker()
            else:
                from explainer import live_training  # imports TensorFlow, in this thread

                self.model, outcome = live_training.train(self.settings, self.data, self.sink, self._stop)
                self.outcome = outcome
        except Exception as exc:  # reported on the page; the app keeps running
            log.exception("training failed")
            self.sink.end("error", f"{type(exc).__name__}: {exc}")
            self.outcome = "error"
        finally:
            self.queue.release()

    def _train_in_worker(self) -> None:
        """Train in a worker process; rebuild the model here from its final weights."""
        loading = start_tf_preload(force=True)  # this process needs Keras to rebuild the model
        pool = train_worker.server_pool()
        worker = self._worker = pool.checkout()
        try:
            outcome, weights, message = worker.run(self.settings, self.data, self.sink, self._stop)
        except train_worker.WorkerDied as exc:
            self._worker = None
            pool.discard(worker)
            log.error("training worker died: %s", exc)
            self.sink.end("error", str(exc))
            self.outcome = "error"
            return
        except BaseException:  # mid-conversation: this worker cannot be trusted with the next job
            self._worker = None
            pool.discard(worker)
            raise
        self._worker = None
        pool.checkin(worker)
        if outcome == "error":
            self.sink.end("error", message)
            self.outcome = "error"
            return
        loading.join()
        from explainer import live_training

        model = live_training.build(self.settings, self.data)  # the same architecture, compiled
        model.set_weights(weights)
        self.model, self.outcome = model, outcome


def stop_when_abandoned(
    job: TrainingJob, is_alive, grace: float = 30.0, poll: float = 2.0
) -> threading.Thread:
    """Stop `job` once `is_alive()` has been False for `grace` seconds (its learner closed the
    tab), so a training never outlives the session that owns it. Returns the watcher thread,
    which ends with the job."""

    def watch() -> None:
        gone_since = None
        while not job.done:
            if is_alive():
                gone_since = None
            else:
                gone_since = gone_since if gone_since is not None else time.monotonic()
                if time.monotonic() - gone_since >= grace:
                    log.info("training stopped: its session is gone")
                    job.stop()
                    return
            time.sleep(poll)

    t = threading.Thread(target=watch, name="explainer-training-watch", daemon=True)
    t.start()
    return t
