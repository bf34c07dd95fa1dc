"""Training runs on this server: the queue (at most K at once) and the trainer of one run.

A `Trainer` trains one run that its learner has claimed in the store (background/train.py
decides when to claim, join or replay). It lives in a daemon thread of the server:
1. it waits for a slot in the server-wide `TrainingQueue` (EXPLAINER_MAX_TRAININGS, default one
   per two cores), reporting its place and who is ahead (runs training, runs waiting);
2. it trains in a worker process (background/worker.py, one long-lived worker per slot, so
   model.fit never holds the server's GIL), or in the thread itself when
   EXPLAINER_TRAIN_PROCESS=0; the live numbers arrive on a TrainingSink;
3. a pump thread writes the sink's events to the store every PUMP_S (so every replica's
   pages can follow the run), sends the heartbeat, and watches the run's viewers: once
   nobody has watched it for EXPLAINER_REJOIN_SECONDS (a closed tab is seen at once; the
   few seconds let a reload pick the run up again), a waiting run leaves the line and a
   training one stops; a long run (see background/train.py) gives its slot up after
   EXPLAINER_MAX_RUN_SECONDS when someone else is waiting;
4. it ends the run in the store with its final metrics and weights (plain arrays).

Stopping: `stop(reason)` sets an Event (and the worker's); a waiting run leaves the line, a
training one stops after its current batch and keeps its weights. The reason is the end
event's message: "user" (Stop), "left" (nobody watching), "yield" (gave its slot up),
"queue" (left the line before it started).
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from dataclasses import dataclass, field

from background import runs, viewers
from background import worker as train_worker
from background.worker import max_trainings
from explainer.datasets import Dataset
from explainer.live_sink import TrainingSink
from explainer.training_settings import TrainingSettings

log = logging.getLogger("explainer.training")
PUMP_S = 0.25  # events reach the store at least this often
HEARTBEAT_S = 2.0
STALE_S = 30.0  # a run without a heartbeat for this long is abandoned (its server died)


def rejoin_seconds() -> float:
    """EXPLAINER_REJOIN_SECONDS (default 5): how long a run nobody watches keeps its place."""
    raw = os.environ.get("EXPLAINER_REJOIN_SECONDS", "").strip()
    try:
        return max(0.0, float(raw)) if raw else 5.0
    except ValueError:
        return 5.0


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

    @property
    def waiting(self) -> int:
        with self._cond:
            return len(self._line)

    def acquire(self, ticket, cancel: threading.Event, on_wait=None) -> bool:
        """Wait for a free slot (in turn). on_wait(place, running, waiting_ahead) is called
        whenever one of them changes. Returns False if `cancel` was set while waiting."""
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
                    if on_wait is not None and (pos, self._running) != last:
                        on_wait(pos, self._running, pos - 1)
                        last = (pos, self._running)
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
class Trainer:
    """Trains the claimed run `key` and writes it to the store (see the module docstring)."""

    key: str
    settings: TrainingSettings
    data: Dataset
    started: float  # wall clock of the click: t = 0 of the run's events
    estimate: float = math.nan  # seconds estimated before refinement (refines later estimates)
    long_run: bool = False  # over the limit: gives its slot up when someone waits
    limit_s: float = math.inf
    queue: TrainingQueue | None = None  # None: the server queue
    outcome: str = ""  # "finished", "stopped", "diverged", "error"; "" while under way
    reason: str = ""  # why it stopped (see the module docstring)
    sink: TrainingSink = field(init=False)
    _stop: threading.Event = field(default_factory=threading.Event)
    _ended: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _worker: object = None
    _slot_t: float = math.nan  # wall clock when the slot was taken
    _cursor: int = 0  # events of the sink already in the store
    _flush_lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self):
        self.sink = TrainingSink(t0=self.started)

    def start(self) -> Trainer:
        self.queue = self.queue or server_queue()
        self._thread = threading.Thread(target=self._run, name="explainer-training", daemon=True)
        self._thread.start()
        threading.Thread(target=self._pump, name="explainer-training-pump", daemon=True).start()
        return self

    def stop(self, reason: str = "user") -> None:
        """Stop after the current batch (or leave the line at once); the first reason counts."""
        self.reason = self.reason or reason
        self._stop.set()
        worker = self._worker
        if worker is not None:
            worker.stop_event.set()  # the child's callback sees it after its current batch

    def join(self, timeout: float | None = None) -> bool:
        self._ended.wait(timeout)
        return self.done

    @property
    def done(self) -> bool:
        return self._ended.is_set()

    @property
    def waiting(self) -> bool:
        return math.isnan(self._slot_t)

    # --- the training thread ---------------------------------------------------------------
    def _run(self) -> None:
        weights = None
        try:
            if not self.queue.acquire(self, self._stop, on_wait=self.sink.queued):
                self.reason = self.reason if self.reason in ("left",) else "queue"
                self.outcome = "stopped"
                self.sink.end("stopped", self.reason)
                return
            self._slot_t = time.time()
            try:
                weights = self._train()
            finally:
                self.queue.release()
        except Exception as exc:  # reported on the page; the app keeps running
            log.exception("training failed")
            self.outcome = "error"
            self.sink.end("error", f"{type(exc).__name__}: {exc}")
        finally:
            self._finish(weights)

    def _train(self):
        """Train in a worker (or here); the weights as plain arrays, None if there are none."""
        if train_worker.enabled():
            self.sink.set_phase("worker")
            pool = train_worker.server_pool()
            worker = self._worker = pool.checkout()
            if self._stop.is_set():
                worker.stop_event.set()
            try:
                outcome, weights, message = worker.run(self.settings, self.data, self.sink, self._stop)
            except BaseException as exc:  # mid-conversation: this worker cannot take the next run
                self._worker = None
                pool.discard(worker)
                if isinstance(exc, train_worker.WorkerDied):
                    log.error("training worker died: %s", exc)
                    self.outcome = "error"
                    self.sink.end("error", str(exc))
                    return None
                raise
            self._worker = None
            pool.checkin(worker)
            if outcome == "error":
                self.outcome = "error"
                self.sink.end("error", message)
                return None
        else:
            from explainer import live_training  # imports TensorFlow, in this thread

            model, outcome = live_training.train(self.settings, self.data, self.sink, self._stop)
            weights = model.get_weights()
        self.outcome = outcome
        return weights

    def _finish(self, weights) -> None:
        """Write the last events, then end the run in the store with its metrics and weights."""
        self._flush()
        snap = self.sink.snapshot()
        keep = self.outcome in ("finished", "stopped") and snap.iterations_done > 0
        state = {"finished": "finished", "diverged": "finished", "stopped": "stopped"}.get(
            self.outcome, "failed"
        )
        try:
            runs.store().finish_run(
                self.key, state, self.metrics(snap), weights if keep else None, time.time()
            )
        except Exception:
            log.exception("could not record the end of run %s", self.key)
        self._ended.set()

    def metrics(self, snap) -> dict:
        """What the store keeps of the run besides its events: final numbers and timings."""
        val = [v for v in snap.ep_val_accuracy if math.isfinite(v)]
        last = lambda values: values[-1] if values and math.isfinite(values[-1]) else None  # noqa: E731
        t_compile = next((e["t"] for e in self.sink.events()[0] if e.get("p") == "compile"), math.nan)
        return {
            "outcome": self.outcome,
            "reason": self.reason if self.outcome == "stopped" else "",
            "val_accuracy": val[-1] if val else None,
            "val_loss": last(snap.ep_val_loss),
            "accuracy": last(snap.ep_accuracy),
            "loss": last(snap.ep_loss),
            "epochs_done": len(snap.ep_x),
            "iterations": snap.iterations_done,
            "input_size": self.data.input_size,
            "classes": list(self.data.classes),
            "host": runs.host(),
            "estimate": None if math.isnan(self.estimate) else round(self.estimate, 3),
            "train_seconds": round(snap.clock - t_compile, 3) if math.isfinite(t_compile) else None,
            "total_seconds": round(snap.clock, 3),
        }

    # --- the pump: events to the store, heartbeat, viewers, yielding -----------------------------
    def _flush(self) -> bool:
        """Append the sink's new events to the store, in order; False if the store no longer
        takes them (the run is not running there any more)."""
        with self._flush_lock:
            events, cursor = self.sink.events(self._cursor)
            if not events:
                return True
            self._cursor = cursor
            return runs.store().append_progress(self.key, events)

    def _pump(self) -> None:
        beat, alone_since = 0.0, None
        grace = rejoin_seconds()
        while not self._ended.wait(PUMP_S):
            now = time.time()
            try:
                if not self._flush():
                    self.stop("left")  # the run was given up elsewhere (no heartbeat seen)
                if now - beat >= HEARTBEAT_S:
                    runs.store().heartbeat(self.key, now)
                    beat = now
                if viewers.present(self.key, now) > 0:
                    alone_since = None
                elif alone_since is None:
                    alone_since = now
                elif now - alone_since >= grace and not self._stop.is_set():
                    log.info("run %s: nobody is watching it any more", self.key)
                    self.stop("left")
                held = now - self._slot_t  # NaN while waiting
                if self.long_run and held >= self.limit_s and self.queue.waiting > 0:
                    self.stop("yield")
            except Exception:  # the store may be briefly busy; the next round retries
                log.exception("run %s: writing its progress failed", self.key)
