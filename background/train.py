"""What pressing Train does on a shared server: replay, join, train, or refuse with a reason.

A run is a pure function of its inputs (background/runs.py), so with the run's key:
- finished already (here or on any replica): the learner gets a **replay** of it, at its
  recorded pace, labelled as a replay of an identical run;
- training or waiting in line right now: the learner **joins** it and watches the same run
  (everything recorded so far, then live);
- otherwise the learner claims it in the store and a `Trainer` (background/jobs.py) takes a
  place in the queue; distinct runs wait their turn there.

Fair use. Before Train the page shows `estimate(settings)`: seconds the run would hold a
slot, from this machine's measured speed per image and per iteration (explainer/training_cost.py)
refined by this host's finished runs in the store. A run estimated over
EXPLAINER_MAX_RUN_SECONDS (default 180) is a *long run*: it starts only when nobody is
training or waiting on this server, and it gives its slot up (stopped, its model kept) once
it has held the slot that long and someone else is waiting. Pressed while the server is
busy, it is refused with the reason and the closest cheaper settings that fit (`cheaper`).
Why not refuse long runs outright: a student alone on a laptop, or on a quiet server, may
well train for ten minutes; what must not happen is one learner holding the slot while
others wait.
"""

from __future__ import annotations

import math
import os
import threading
import time
from dataclasses import dataclass

from background import runs, viewers
from background.jobs import STALE_S, Trainer, server_queue
from explainer.datasets import Dataset
from explainer.training_cost import Cheaper, cheaper, estimate_seconds, refine
from explainer.training_settings import TrainingSettings
from store import RunInfo

DEFAULT_MAX_RUN_S = 180.0
HISTORY_S = 30.0  # finished runs are read again for the estimates at most this often


def max_run_seconds() -> float:
    """EXPLAINER_MAX_RUN_SECONDS, default 180: the longest run that may hold a slot while others wait."""
    raw = os.environ.get("EXPLAINER_MAX_RUN_SECONDS", "").strip()
    try:
        value = float(raw) if raw else DEFAULT_MAX_RUN_S
    except ValueError:
        return DEFAULT_MAX_RUN_S
    return value if value > 0 else DEFAULT_MAX_RUN_S


@dataclass(frozen=True)
class Estimate:
    """Seconds a run would hold a training slot on this server."""

    seconds: float  # refined by this host's finished runs
    base: float  # from the speed model alone
    runs: int  # finished runs that refined it
    limit: float  # EXPLAINER_MAX_RUN_SECONDS

    @property
    def long(self) -> bool:
        return self.seconds > self.limit

    @property
    def factor(self) -> float:
        return self.seconds / self.base if self.base > 0 else 1.0


_history: dict[str, object] = {"read": -math.inf, "runs": []}
_history_lock = threading.Lock()


def _finished_here() -> list[RunInfo]:
    """This host's finished runs (newest first), read at most every HISTORY_S."""
    with _history_lock:
        if time.monotonic() - _history["read"] > HISTORY_S:
            here = runs.host()
            _history["runs"] = [
                r for r in runs.store().finished_runs(limit=300) if r.metrics.get("host") == here
            ]
            _history["read"] = time.monotonic()
        return list(_history["runs"])


def forget_history() -> None:
    """Read the finished runs again at the next estimate (tests, or after a run ended)."""
    with _history_lock:
        _history["read"] = -math.inf


def estimate(settings: TrainingSettings, input_size: int | None = None) -> Estimate:
    """The run's cost on this server: the speed model, scaled by this host's own runs of the kind."""
    base = estimate_seconds(settings, input_size)
    pairs = [
        (r.metrics.get("estimate"), r.metrics.get("train_seconds"))
        for r in _finished_here()
        if r.settings.get("model") == settings.model and r.metrics.get("outcome") == "finished"
    ]
    seconds, n = refine(base, [(e, a) for e, a in pairs if e and a])
    return Estimate(seconds, base, n, max_run_seconds())


@dataclass(frozen=True)
class Decision:
    """What Train did: mode "train", "join", "replay" or "refused"."""

    mode: str
    key: str
    estimate: Estimate
    info: RunInfo | None = None  # replay: the finished run
    cheaper: Cheaper | None = None  # refused: settings that fit the limit, if any
    long_run: bool = False


_trainers: dict[str, Trainer] = {}
_trainers_lock = threading.Lock()


def trainer(key: str) -> Trainer | None:
    """The trainer of run `key` in this process, if it trains here."""
    with _trainers_lock:
        return _trainers.get(key)


def press_train(
    settings: TrainingSettings,
    data: Dataset,
    viewer: str,
    alive: viewers.Alive = None,
    class_code: str | None = None,
) -> Decision:
    """Train pressed by `viewer` (a session id; `alive` tells whether its browser is connected)."""
    s, now = runs.store(), time.time()
    key = runs.run_key_for(settings)
    s.abandon_stale(now, STALE_S)
    est = estimate(settings, data.input_size)
    for _ in range(5):  # a claim lost to another learner is looked at again
        info = s.run_status(key)
        if info is not None and info.state == "finished":
            return Decision("replay", key, est, info=info)
        if info is not None and info.state == "running":
            viewers.register(key, viewer, alive)
            return Decision("join", key, est, info=info)
        q = server_queue()
        if est.long and (q.running > 0 or q.waiting > 0):
            return Decision("refused", key, est, cheaper=cheaper(settings, est.limit, est.factor))
        if s.claim_run(key, settings.as_dict(), runs.owner(), now, class_code):
            viewers.register(key, viewer, alive)  # before the trainer starts: it is never alone
            t = Trainer(key, settings, data, now, est.base, long_run=est.long, limit_s=est.limit)
            with _trainers_lock:
                for k in [k for k, old in _trainers.items() if old.done]:
                    del _trainers[k]
                _trainers[key] = t.start()
            return Decision("train", key, est, long_run=est.long)
    raise RuntimeError(f"run {key}: could neither claim nor find it")


def stop(key: str, viewer: str) -> str:
    """Stop pressed by `viewer` watching run `key`. What happened:
    "left_run"   others still watch it: this learner stopped watching, the run goes on;
    "left_queue" it was waiting in line: it left the line, nothing was trained;
    "stopped"    it stops after its current batch (its model so far is kept)."""
    viewers.unregister(key, viewer)
    if viewers.present(key) > 0:
        return "left_run"
    t = trainer(key)
    if t is not None and not t.done:
        waiting = t.waiting
        t.stop("user")
        return "left_queue" if waiting else "stopped"
    follower = runs.follower(key)
    follower.refresh(force=True)
    # Trained on another replica: with nobody watching, it stops there within EXPLAINER_REJOIN_SECONDS.
    return "left_queue" if follower.snapshot().status == "waiting" else "stopped"
