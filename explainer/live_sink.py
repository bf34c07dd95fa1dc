"""A training run told as events, and the Snapshot a page draws from them. (No TensorFlow.)

A run is a list of plain JSON-able events, each stamped with t = seconds since the learner
clicked Train (so waiting in line and starting up count, as the learner lives them):

    {"k": "queue", "pos": 2, "run": 1, "wait": 1}   in line: place 2 (1 = next), 1 run training
                                                    and 1 waiting ahead of this one
    {"k": "phase", "p": "worker"}                   starting the worker process (TensorFlow)
    {"k": "phase", "p": "compile"}                  building the model; Keras traces its step
                                                    (the phase lasts until the first batch ends)
    {"k": "begin", "epochs": N, "steps": M}         model.fit starts: N epochs of M iterations
    {"k": "phase", "p": "train", "e": 1}            epoch 1 starts
    {"k": "b", "i": 7, "c": 1, "n": 32, "l": .., "a": ..}   c iterations ending with iteration i
                                                    of the epoch: n images, mean loss and accuracy
    {"k": "phase", "p": "validate"}                 the epoch's validation pass
    {"k": "ep", "e": 1, "l", "a", "vl", "va"}       epoch 1's loss and accuracy (val_*: NaN if none)
    {"k": "end", "s": "finished", "m": ""}          finished / stopped / diverged / error

`fold(snapshot, event)` applies one event. Every reader builds its Snapshot with it: the
trainer's own page, a learner who joined the run, a replay, the class board. `TrainingSink`
is the writer: the Keras callback (explainer/live_training.py) calls its methods, directly or
from a worker process (background/worker.py); it stamps and keeps the events.

Progress arithmetic:
    iterations_done = (epoch - 1) * M + i
    images_per_s    = images_seen / seconds since the first epoch began
    eta             = s_it * (N * M - iterations_done) + s_val * validations left - time since
                      the last event; s_it = seconds per iteration measured between batches
                      (the first batch, which includes Keras's tracing, and the validation
                      passes are left out), s_val = the last validation pass's seconds.
A run of more than MAX_POINTS iterations records groups of c = ceil(total / MAX_POINTS)
iterations as one event, so a long run stays small in the store.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field, fields, replace

STATUSES = ("idle", "waiting", "running", "finished", "stopped", "diverged", "error")
DONE = ("finished", "stopped", "diverged", "error")
PHASES = ("queued", "worker", "compile", "train", "validate")
MAX_POINTS = 3000  # batch events per run at most


@dataclass
class Snapshot:
    status: str = "idle"
    phase: str = ""  # one of PHASES while the run is under way
    queue_position: int = 0  # 1 = next to start; 0 = not waiting
    ahead_running: int = 0  # runs training while this one waits
    ahead_waiting: int = 0  # runs waiting ahead of this one
    epochs: int = 0  # N
    steps_per_epoch: int = 0  # M
    epoch: int = 0  # current epoch, 1-based
    iteration: int = 0  # iterations done in the current epoch, 1..M
    iterations_done: int = 0  # over all epochs
    images_seen: int = 0
    elapsed: float = 0.0  # seconds since the click (the clock of the reader, or of the end)
    message: str = ""  # the error text when status == "error"
    clock: float = 0.0  # t of the last event
    t_begin: float = math.nan  # t when model.fit began
    t_progress: float = 0.0  # t of the last batch, validation or epoch event
    busy_s: float = 0.0  # seconds spent on iterations after the first batch, validation excluded
    busy_its: int = 0  # iterations in busy_s
    t_validate: float = math.nan  # t when the current validation pass began
    val_s: float = math.nan  # seconds of the last validation pass
    # per iteration (batch): x = global iteration number 1..N*M
    it_x: list[int] = field(default_factory=list)
    it_loss: list[float] = field(default_factory=list)  # loss of that batch alone
    it_accuracy: list[float] = field(default_factory=list)  # accuracy on that batch alone
    # per epoch: x = epoch number 1..N
    ep_x: list[int] = field(default_factory=list)
    ep_loss: list[float] = field(default_factory=list)
    ep_accuracy: list[float] = field(default_factory=list)
    ep_val_loss: list[float] = field(default_factory=list)  # NaN when there is no validation set
    ep_val_accuracy: list[float] = field(default_factory=list)

    @property
    def total_iterations(self) -> int:
        return self.epochs * self.steps_per_epoch

    @property
    def train_seconds(self) -> float:
        """Seconds from the start of model.fit to the last progress (0 before it began)."""
        return max(0.0, self.t_progress - self.t_begin) if math.isfinite(self.t_begin) else 0.0

    @property
    def images_per_s(self) -> float:
        s = self.train_seconds
        return self.images_seen / s if s > 0 else 0.0

    @property
    def measured(self) -> bool:
        """True once the speed of this run has been measured over a few iterations."""
        return self.busy_its >= 3

    @property
    def eta(self) -> float:
        """Seconds left, from this run's measured speed (NaN until `measured`; 0 when done)."""
        if self.done:
            return 0.0
        if self.status != "running" or not self.measured:
            return math.nan
        s_it = self.busy_s / self.busy_its
        has_val = any(math.isfinite(v) for v in self.ep_val_loss) or math.isfinite(self.t_validate)
        vals_left = self.epochs - len(self.ep_x) if has_val else 0
        s_val = self.val_s if math.isfinite(self.val_s) else 0.0
        left = s_it * max(self.total_iterations - self.iterations_done, 0) + s_val * vals_left
        return max(0.0, left - max(0.0, self.elapsed - self.t_progress))

    @property
    def done(self) -> bool:
        return self.status in DONE

    def copy(self, **changes) -> Snapshot:
        """A copy whose lists are new lists (the reader may keep it while events go on)."""
        lists = {
            f.name: list(getattr(self, f.name)) for f in fields(self) if f.name.startswith(("it_", "ep_"))
        }
        return replace(self, **{**lists, **changes})

    def at(self, t: float) -> Snapshot:
        """This snapshot as seen t seconds after the click (the elapsed clock keeps moving)."""
        return self.copy(elapsed=self.clock if self.done else max(t, self.clock))


def _f(v) -> float:
    return math.nan if v is None else float(v)


def fold(s: Snapshot, e: dict) -> Snapshot:
    """Apply one event to `s` (in place) and return it."""
    kind, t = e.get("k"), float(e.get("t", s.clock))
    s.clock = max(s.clock, t)
    if kind == "queue":
        s.status, s.phase = "waiting", "queued"
        s.queue_position, s.ahead_running, s.ahead_waiting = int(e["pos"]), int(e["run"]), int(e["wait"])
    elif kind == "phase":
        phase = str(e["p"])
        compiling = phase == "train" and s.phase == "compile" and s.iterations_done == 0
        s.status, s.phase, s.queue_position = "running", "compile" if compiling else phase, 0
        if phase == "train" and e.get("e") is not None:
            s.epoch, s.iteration, s.t_progress = int(e["e"]), 0, t
        elif phase == "validate":
            s.t_validate, s.t_progress = t, t
    elif kind == "begin":  # model.fit starts; Keras still traces its step until the first batch ends
        s.status, s.t_begin, s.t_progress = "running", t, t
        s.phase = s.phase if s.phase == "compile" else "train"
        s.epochs, s.steps_per_epoch = int(e["epochs"]), int(e["steps"])
    elif kind == "b":
        c = int(e.get("c", 1))
        if s.iterations_done > 0:  # the run's first batch includes tracing: not counted in the speed
            s.busy_s, s.busy_its = s.busy_s + max(0.0, t - s.t_progress), s.busy_its + c
        s.iteration, s.iterations_done, s.t_progress = int(e["i"]), s.iterations_done + c, t
        s.phase = "train" if s.phase == "compile" else s.phase
        s.images_seen += int(e["n"])
        s.it_x.append(s.iterations_done)
        s.it_loss.append(_f(e["l"]))
        s.it_accuracy.append(_f(e["a"]))
    elif kind == "ep":
        if math.isfinite(s.t_validate):
            s.val_s, s.t_validate = t - s.t_validate, math.nan
        s.t_progress = t
        s.ep_x.append(int(e["e"]))
        for name, key in (
            ("ep_loss", "l"),
            ("ep_accuracy", "a"),
            ("ep_val_loss", "vl"),
            ("ep_val_accuracy", "va"),
        ):
            getattr(s, name).append(_f(e.get(key)))
    elif kind == "end":
        s.status, s.phase, s.queue_position = str(e["s"]), "", 0
        s.message, s.elapsed = str(e.get("m", ""))[:500], t
    return s


def fold_all(events, s: Snapshot | None = None) -> Snapshot:
    """The Snapshot after every event of `events` (applied to a fresh one, or to `s`)."""
    s = Snapshot() if s is None else s
    for e in events:
        fold(s, e)
    return s


class TrainingSink:
    """Thread-safe writer of one run's events. Writers: the callback or the job; reader: the page.

    t0 is the wall-clock time of the click (time.time()); every event is stamped with
    t = time.time() - t0. `events(after)` hands the events to whoever stores them."""

    def __init__(self, t0: float | None = None, max_points: int = MAX_POINTS):
        self._lock = threading.Lock()
        self.t0 = time.time() if t0 is None else float(t0)
        self.max_points = int(max_points)
        self._events: list[dict] = []
        self._s = Snapshot()
        self._group = 1  # iterations per batch event
        self._pending: dict | None = None  # a group of batches not yet emitted

    def _emit(self, event: dict) -> None:
        """Stamp, keep and fold one event (call with the lock held)."""
        event["t"] = round(time.time() - self.t0, 4)
        self._events.append(event)
        fold(self._s, event)

    def _flush_batches(self) -> None:
        p, self._pending = self._pending, None
        if p is not None:
            c = p["c"]
            self._emit({"k": "b", "i": p["i"], "c": c, "n": p["n"], "l": p["l"] / c, "a": p["a"] / c})

    # --- written by the training ----------------------------------------------------------
    def queued(self, position: int, running: int, waiting: int) -> None:
        with self._lock:
            self._emit({"k": "queue", "pos": int(position), "run": int(running), "wait": int(waiting)})

    def wait(self, position: int) -> None:
        """In line at `position`, the others ahead unknown (a queue without counts)."""
        self.queued(position, 0, max(0, int(position) - 1))

    def set_phase(self, phase: str, epoch: int | None = None) -> None:
        if phase not in PHASES:
            raise ValueError(f"phase must be one of {PHASES}")
        with self._lock:
            self._flush_batches()
            self._emit({"k": "phase", "p": phase, "e": None if epoch is None else int(epoch)})

    def begin(self, epochs: int, steps_per_epoch: int) -> None:
        with self._lock:
            total = int(epochs) * int(steps_per_epoch)
            self._group = max(1, math.ceil(total / self.max_points))
            self._emit({"k": "begin", "epochs": int(epochs), "steps": int(steps_per_epoch)})

    def batch(self, iteration: int, images: int, loss: float, accuracy: float) -> None:
        """One iteration done: `iteration` counts within the epoch (1..M)."""
        with self._lock:
            p = self._pending or {"c": 0, "n": 0, "l": 0.0, "a": 0.0}
            p.update(i=int(iteration), c=p["c"] + 1, n=p["n"] + int(images))
            p["l"], p["a"] = p["l"] + float(loss), p["a"] + float(accuracy)
            self._pending = p
            if p["c"] >= self._group:
                self._flush_batches()

    def epoch_end(
        self, epoch: int, loss: float, accuracy: float, val_loss: float, val_accuracy: float
    ) -> None:
        with self._lock:
            self._flush_batches()
            values = {"l": loss, "a": accuracy, "vl": val_loss, "va": val_accuracy}
            self._emit({"k": "ep", "e": int(epoch), **{k: float(v) for k, v in values.items()}})

    def end(self, status: str, message: str = "") -> None:
        if status not in DONE:
            raise ValueError(f"end status must be one of {DONE}")
        with self._lock:
            self._flush_batches()
            self._emit({"k": "end", "s": status, "m": str(message)[:500]})

    # --- read by the page or the store -------------------------------------------------------
    def events(self, after: int = 0) -> tuple[list[dict], int]:
        """The events after cursor `after` (copies) and the cursor to pass next time."""
        with self._lock:
            return [dict(e) for e in self._events[after:]], len(self._events)

    def snapshot(self) -> Snapshot:
        """A consistent copy of everything so far, its elapsed clock at now."""
        with self._lock:
            return self._s.at(time.time() - self.t0)


def hardly_learned(s: Snapshot, share: float = 0.95) -> bool:
    """True when the last epoch's loss is above `share` x the loss of the first iterations
    (the mean of the first 5 %, at least 3): the run ended without really learning."""
    if len(s.it_loss) < 10 or not s.ep_loss:
        return False
    head = s.it_loss[: max(3, len(s.it_loss) // 20)]
    start = sum(head) / len(head)
    return math.isfinite(start) and s.ep_loss[-1] > share * start
