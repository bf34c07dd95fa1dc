"""Runs as pure functions of their inputs: their keys, the store they live in, and their readers.

Key. `run_key_for(settings)` hashes every setting (dataset and its size and seed, model,
optimizer, learning rate, batch size, epochs, validation share, loss, seed) together with
CODE_VERSION: a digest of the source of the modules whose code decides a run's numbers
(CODE_FILES) and of the installed TensorFlow, Keras and NumPy versions. Any change there gives
new keys, so a recorded run is only shared while the code that made it is the code that
runs; nobody has to remember to bump a constant. (An edited comment in those files also
gives new keys: the next learner then trains afresh once.)

Readers. Every page that shows a run reads it from the store, whichever process or machine
trains it:
- `follower(key)`: one per run and process, shared by every session of the process that
  watches it; it reads the new events at most every READ_S and folds them into a Snapshot
  (explainer/live_sink.py), from the first batch: what was recorded so far, then live.
- `Replay`: a finished run played again for one learner, at its recorded pace, from its
  first batch (the original's wait in line and start-up are not replayed).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import socket
import threading
import time
from pathlib import Path

from explainer.live_sink import Snapshot, fold
from explainer.training_settings import TrainingSettings
from store import RunInfo, Store, open_store, run_key

ROOT = Path(__file__).resolve().parents[1]
CODE_FILES = (
    "explainer/live_training.py",
    "explainer/models.py",
    "explainer/datasets.py",
    "explainer/doodles.py",
    "explainer/encoding.py",
    "explainer/training_settings.py",
)
PACKAGES = ("tensorflow", "keras", "numpy")
READ_S = 0.25  # a follower reads the store at most this often
FOLLOWER_IDLE_S = 120.0  # a follower nobody asked for this long is dropped


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "-"


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """12 hex digits of sha256 over CODE_FILES' source and the installed PACKAGES' versions."""
    h = hashlib.sha256()
    for rel in CODE_FILES:
        h.update(rel.encode() + b"\0" + (ROOT / rel).read_bytes() + b"\0")
    for package in PACKAGES:
        h.update(f"{package}=={_version(package)}\0".encode())
    return h.hexdigest()[:12]


def run_key_for(settings: TrainingSettings) -> str:
    """The run's key: every setting and the code version (see the module docstring)."""
    return run_key({"settings": settings.as_dict(), "code": code_version()})


def host() -> str:
    """This machine's name, kept with each run so speed estimates use this machine's runs."""
    return socket.gethostname()


def owner() -> str:
    """Who trains a run here: host/pid."""
    return f"{host()}/{os.getpid()}"


_store: Store | None = None
_store_lock = threading.Lock()


def store() -> Store:
    """This process's store (EXPLAINER_STORE, else SQLite in EXPLAINER_DATA_DIR), opened once."""
    global _store
    with _store_lock:
        if _store is None:
            _store = open_store()
        return _store


def use_store(s: Store | None) -> None:
    """Replace this process's store (tests; None: open it again from the settings)."""
    global _store
    with _store_lock:
        _store = s
        _followers.clear()


class Follower:
    """One run read from the store and folded into a Snapshot, for every session that watches it."""

    def __init__(self, key: str):
        self.key = key
        self.info: RunInfo | None = None
        self.used = time.monotonic()
        self._snap = Snapshot()
        self._cursor = 0
        self._read = 0.0
        self._lock = threading.Lock()

    def refresh(self, force: bool = False) -> None:
        """Read the new events (at most every READ_S unless forced) and the run's record."""
        with self._lock:
            self.used = time.monotonic()
            if self.final or (not force and time.monotonic() - self._read < READ_S):
                return
            self._read = time.monotonic()
            s = store()
            events, self._cursor = s.read_progress(self.key, self._cursor)
            self.info = s.run_status(self.key)  # after the events: an end seen is an end recorded
            for e in events:
                fold(self._snap, e)

    @property
    def final(self) -> bool:
        """True once the run has ended and every event is read: nothing will change any more."""
        return self.info is not None and self.info.state != "running" and self._cursor >= self.info.events

    def snapshot(self) -> Snapshot:
        """The run so far, its elapsed clock at now (seconds since the first learner's click)."""
        self.refresh()
        with self._lock:
            started = self.info.started if self.info is not None else time.time()
            snap = self._snap.at(time.time() - started)
            if (
                self.info is not None
                and self.info.state == "running"
                and (snap.status == "idle" or snap.done)
            ):
                # claimed, no event yet: getting ready; or the end event is in but the weights
                # are not yet stored (a few ms): it is done only once the store says so
                snap.status = "running"
            return snap


_followers: dict[str, Follower] = {}
_followers_lock = threading.Lock()


def follower(key: str) -> Follower:
    """The shared reader of run `key` in this process (made on first use; idle ones are dropped)."""
    now = time.monotonic()
    with _followers_lock:
        for k in [k for k, f in _followers.items() if now - f.used > FOLLOWER_IDLE_S]:
            del _followers[k]
        f = _followers.get(key)
        if f is None or (f.final and f.info is not None and store().run_status(key) != f.info):
            f = _followers[key] = Follower(key)  # new, or the run was trained again since
        return f


@functools.lru_cache(maxsize=16)
def _recorded(key: str, finished: float) -> tuple[dict, ...]:
    """Every event of an ended run (immutable once it ended, so cached by its end time)."""
    events, _ = store().read_progress(key, 0)
    return tuple(events)


def first_batch_t(events) -> float:
    """t of the first batch event (where a replay starts), else of the last event."""
    for e in events:
        if e.get("k") == "b":
            return float(e["t"])
    return float(events[-1]["t"]) if events else 0.0


class Replay:
    """An ended run played again from its first batch, at its recorded pace, for one learner.

    Event times are shifted so the replay's clock starts at 0 when the learner clicked:
    elapsed, the ETA and the speed then read as they did in the original run."""

    def __init__(self, info: RunInfo, clicked: float | None = None):
        self.info = info
        self.clicked = time.time() if clicked is None else clicked
        events = _recorded(info.key, info.finished or 0.0)
        shift = first_batch_t(events)
        self._events = [{**e, "t": max(0.0, float(e["t"]) - shift)} for e in events]
        self._next = 0
        self._snap = Snapshot(status="running", phase="train")
        self._lock = threading.Lock()

    def skip(self) -> None:
        """Jump to the end of the replay."""
        with self._lock:
            self.clicked = min(self.clicked, time.time() - self.duration)

    @property
    def duration(self) -> float:
        return self._events[-1]["t"] if self._events else 0.0

    def snapshot(self, now: float | None = None) -> Snapshot:
        t = (time.time() if now is None else now) - self.clicked
        with self._lock:
            while self._next < len(self._events) and self._events[self._next]["t"] <= t:
                fold(self._snap, self._events[self._next])
                self._next += 1
            return self._snap.at(t)

    @property
    def done(self) -> bool:
        return self._next >= len(self._events)
