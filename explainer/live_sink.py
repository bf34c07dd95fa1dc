"""Where a running training leaves its numbers, and where the page picks them up. (No TensorFlow.)

The training writes plain floats through the methods below (the Keras callback in
explainer/live_training.py is its only writer: directly, or from a worker process through
background/worker.py, which replays its calls here); the page's polling fragment calls
`snapshot()` twice a second and draws what it gets. A lock makes every snapshot
consistent: it is a copy, so drawing never races the training.

Progress arithmetic:
    iterations_done = (epoch - 1) * M + i          M = iterations per epoch
    images_per_s    = images_seen / elapsed
    eta             = elapsed / iterations_done * (N_epochs * M - iterations_done)
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field

STATUSES = ("idle", "waiting", "running", "finished", "stopped", "diverged", "error")
DONE = ("finished", "stopped", "diverged", "error")


@dataclass
class Snapshot:
    status: str = "idle"
    phase: str = ""  # "train" while batches run, "validate" during the epoch's validation
    queue_position: int = 0  # 1 = next to start; 0 = not waiting
    epochs: int = 0  # N
    steps_per_epoch: int = 0  # M
    epoch: int = 0  # current epoch, 1-based
    iteration: int = 0  # iterations done in the current epoch, 1..M
    iterations_done: int = 0  # over all epochs
    images_seen: int = 0
    elapsed: float = 0.0  # seconds since training began
    message: str = ""  # the error text when status == "error"
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
    def images_per_s(self) -> float:
        return self.images_seen / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float:
        """Seconds left, extrapolated from the pace so far (NaN before the first iteration)."""
        if self.done:
            return 0.0
        if self.iterations_done == 0 or self.status != "running":
            return math.nan
        left = self.total_iterations - self.iterations_done
        return self.elapsed / self.iterations_done * max(left, 0)

    @property
    def done(self) -> bool:
        return self.status in DONE


class TrainingSink:
    """Thread-safe collector of one run's numbers. Writers: the callback; reader: the page."""

    def __init__(self):
        self._lock = threading.Lock()
        self._s = Snapshot()
        self._t0 = 0.0

    # --- written by the training thread -------------------------------------------------
    def wait(self, position: int) -> None:
        with self._lock:
            self._s.status, self._s.queue_position = "waiting", int(position)

    def begin(self, epochs: int, steps_per_epoch: int) -> None:
        with self._lock:
            self._s = Snapshot(
                status="running", phase="train", epochs=int(epochs), steps_per_epoch=int(steps_per_epoch)
            )
            self._t0 = time.perf_counter()

    def set_phase(self, phase: str, epoch: int | None = None) -> None:
        with self._lock:
            self._s.phase = phase
            if epoch is not None:
                self._s.epoch, self._s.iteration = int(epoch), 0
            self._s.elapsed = time.perf_counter() - self._t0

    def batch(self, iteration: int, images: int, loss: float, accuracy: float) -> None:
        """One iteration done: `iteration` counts within the epoch (1..M)."""
        with self._lock:
            s = self._s
            s.iteration = int(iteration)
            s.iterations_done += 1
            s.images_seen += int(images)
            s.elapsed = time.perf_counter() - self._t0
            s.it_x.append(s.iterations_done)
            s.it_loss.append(float(loss))
            s.it_accuracy.append(float(accuracy))

    def epoch_end(
        self, epoch: int, loss: float, accuracy: float, val_loss: float, val_accuracy: float
    ) -> None:
        with self._lock:
            s = self._s
            s.ep_x.append(int(epoch))
            s.ep_loss.append(float(loss))
            s.ep_accuracy.append(float(accuracy))
            s.ep_val_loss.append(float(val_loss))
            s.ep_val_accuracy.append(float(val_accuracy))
            s.elapsed = time.perf_counter() - self._t0

    def end(self, status: str, message: str = "") -> None:
        if status not in DONE:
            raise ValueError(f"end status must be one of {DONE}")
        with self._lock:
            self._s.status, self._s.phase, self._s.queue_position = status, "", 0
            self._s.message = message[:500]
            if self._t0:
                self._s.elapsed = time.perf_counter() - self._t0

    # --- read by the page ----------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        """A consistent copy of everything so far."""
        with self._lock:
            s = self._s
            return Snapshot(
                **{k: (list(v) if isinstance(v, list) else v) for k, v in s.__dict__.items()},
            )


def hardly_learned(s: Snapshot, share: float = 0.95) -> bool:
    """True when the last epoch's loss is above `share` x the loss of the first iterations
    (the mean of the first 5 %, at least 3): the run ended without really learning."""
    if len(s.it_loss) < 10 or not s.ep_loss:
        return False
    head = s.it_loss[: max(3, len(s.it_loss) // 20)]
    start = sum(head) / len(head)
    return math.isfinite(start) and s.ep_loss[-1] > share * start
