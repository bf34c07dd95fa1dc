"""The store's contract (`Store`) and its records (`RunInfo`, `Question`), shared by every backend.

Runs. A run is a pure function of its inputs, so its key is a digest of them (`run_key`).
The first learner to press Train with a key claims it (`claim_run` is atomic across threads,
processes and machines) and trains; everyone else with the same key reads its progress
events by cursor (`read_progress`), from the first batch while it trains and afterwards as a
replay. The trainer sends a heartbeat; a run whose heartbeat stopped is marked "failed" by
`abandon_stale` and may be claimed again. A finished run keeps its settings, its events,
its final metrics and its final weights until `prune` drops it (count and age limits).
Viewers: every session watching a run touches it now and then (`touch_viewers`) and is
dropped when its tab closes (`drop_viewer`), so a trainer on any replica can tell whether
anyone still watches its run (`viewers`).

Classes. A lecturer opens a class (a short code), sets the current question; students answer
it, one answer each (a later one replaces theirs); the slide shows the counts per choice.

Times are Unix seconds given by the caller (`now`), so tests can use any clock; the class
methods that take no `now` use the wall clock to see whether a class has expired.
"""

from __future__ import annotations

import hashlib
import json
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from store.config import Retention
from store.weights import pack_weights, unpack_weights

RUN_STATES = ("running", "finished", "failed", "stopped")
END_STATES = ("finished", "failed", "stopped")  # what finish_run accepts
RECLAIMABLE = ("failed", "stopped")  # claim_run starts these afresh: they are not the run's result
KEY_HEX_CHARS = 20  # 80 bits of sha256: no collision among a store's few thousand runs


def _plain(value: object) -> object:
    """json.dumps' fallback for NumPy scalars and arrays in run inputs."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"run inputs must be JSON-able, got {type(value).__name__}")


def canonical_json(value: object) -> str:
    """JSON with sorted keys and no spaces: equal inputs give equal text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain)


def run_key(parts: Mapping[str, object]) -> str:
    """The run's key: the first 20 hex characters of sha256 over its inputs as canonical JSON.

    `parts` should hold everything the result depends on: the dataset and its size, the model,
    every setting, the seed and the code version."""
    return hashlib.sha256(canonical_json(dict(parts)).encode()).hexdigest()[:KEY_HEX_CHARS]


@dataclass(frozen=True)
class RunInfo:
    """What the store knows about one run (not its events or weights)."""

    key: str
    state: str  # one of RUN_STATES
    settings: dict[str, object]
    owner: str  # who trains it, e.g. "replica-2/session-ab12"
    started: float
    heartbeat: float  # last sign of life from the trainer; `started` until the first heartbeat
    finished: float | None = None  # None while running
    metrics: dict[str, object] = field(default_factory=dict)  # final metrics, {} while running
    class_code: str | None = None  # the class the claimer was in, for the class board
    events: int = 0  # progress events recorded so far: a reader's cursor reaches this at the end

    @property
    def val_accuracy(self) -> float | None:
        """The final validation accuracy (metrics["val_accuracy"]) if the run recorded one."""
        value = self.metrics.get("val_accuracy")
        return float(value) if isinstance(value, int | float) else None


class Question(NamedTuple):
    """A class's current question."""

    question_id: str
    choices: int
    revealed: bool


def check_choices(choices: int) -> int:
    """The number of choices of a question: an int from 1 to 26."""
    if isinstance(choices, bool) or not isinstance(choices, int) or not 1 <= choices <= 26:
        raise ValueError(f"a question has 1 to 26 choices, not {choices!r}")
    return choices


def check_end_state(state: str) -> str:
    """A state finish_run may set."""
    if state not in END_STATES:
        raise ValueError(f"a run ends as one of {END_STATES}, not {state!r}")
    return state


def wall_clock() -> float:
    """Now, for the class methods that take no `now`."""
    return time.time()


class Store(ABC):
    """Runs, their progress and weights, and classes with live questions. Thread- and process-safe."""

    url: str  # the URL that opens this same store from another process

    def __init__(self, retention: Retention | None = None):
        self.retention = retention if retention is not None else Retention.from_env()

    # --- runs ---------------------------------------------------------------------------
    @abstractmethod
    def claim_run(
        self, key: str, settings: dict, owner: str, now: float, class_code: str | None = None
    ) -> bool:
        """True if the caller must train this run (it is now "running", owned by `owner`);
        False if it is running or finished already: join it instead. A "failed" or "stopped"
        run is claimed afresh (its old events and weights are dropped). Atomic."""

    @abstractmethod
    def run_status(self, key: str) -> RunInfo | None:
        """The run's record, or None if there is no such run."""

    @abstractmethod
    def append_progress(self, key: str, events: list[dict]) -> bool:
        """Record per-batch / per-epoch events (JSON-able dicts), in order, after those before.
        False (nothing recorded) if the run is not running any more: its trainer should stop."""

    @abstractmethod
    def read_progress(self, key: str, after: int = 0) -> tuple[list[dict], int]:
        """The events after cursor `after` (0: from the first) and the cursor to pass next time."""

    @abstractmethod
    def heartbeat(self, key: str, now: float) -> bool:
        """The trainer is alive. False if the run is not running any more: its trainer should stop."""

    @abstractmethod
    def _finish(self, key: str, state: str, metrics: dict, blob: bytes | None, now: float) -> bool:
        """Backend part of finish_run: end a running run, store its weights' bytes."""

    def finish_run(
        self, key: str, state: str, metrics: dict, weights: Sequence[np.ndarray] | None, now: float
    ) -> bool:
        """End a running run as "finished", "failed" or "stopped" with its final metrics and
        weights (plain arrays; an object array raises ValueError and changes nothing), then
        prune with the store's retention. False if the run was not running (nothing changed)."""
        blob = None if weights is None else pack_weights(weights)
        done = self._finish(key, check_end_state(state), dict(metrics), blob, now)
        if done:
            self.prune(now, self.retention.max_runs, self.retention.max_age_s)
        return done

    @abstractmethod
    def _weights_blob(self, key: str) -> bytes | None:
        """Backend part of load_weights."""

    def load_weights(self, key: str) -> list[np.ndarray] | None:
        """The run's final weights, or None if it has none."""
        blob = self._weights_blob(key)
        return None if blob is None else unpack_weights(blob)

    @abstractmethod
    def abandon_stale(self, now: float, max_silence_s: float) -> int:
        """Mark running runs without a heartbeat for more than `max_silence_s` as "failed" (so
        they can be claimed again); how many."""

    @abstractmethod
    def delete_run(self, key: str) -> None:
        """Forget a run with its events and weights (nothing happens if there is none)."""

    @abstractmethod
    def finished_runs(self, class_code: str | None = None, limit: int = 500) -> list[RunInfo]:
        """Runs in state "finished", newest first, only those of `class_code` if given."""

    @abstractmethod
    def prune(self, now: float, max_runs: int, max_age_s: float) -> int:
        """Drop ended runs (finished, failed, stopped) that finished more than `max_age_s` before
        `now`, then the oldest beyond the newest `max_runs`, with their events and weights.
        Running runs are never pruned. How many were dropped."""

    # --- viewers: who is watching a run (a run nobody watches may stop) ------------------
    @abstractmethod
    def touch_viewers(self, key: str, viewers: list[str], now: float) -> None:
        """Each of `viewers` (ids of learners' sessions) is watching run `key` as of `now`."""

    @abstractmethod
    def drop_viewer(self, key: str, viewer: str) -> None:
        """`viewer` stopped watching run `key` (its tab closed, or it left the run)."""

    @abstractmethod
    def viewers(self, key: str, since: float) -> int:
        """How many viewers of run `key` were seen at or after `since`. Viewers are forgotten
        with their run (delete, prune, a fresh claim)."""

    # --- classes ------------------------------------------------------------------------
    @abstractmethod
    def open_class(self, now: float) -> str:
        """Open a class; its code (unique among open classes, see store/codes.py)."""

    @abstractmethod
    def class_exists(self, code: str) -> bool:
        """True if the class is open (not closed, not expired). Codes match without case."""

    @abstractmethod
    def set_question(self, code: str, question_id: str, choices: int, now: float) -> bool:
        """Make `question_id` (with `choices` choices) the class's current question. A new id (or
        a new number of choices) clears the answers and the reveal; the same again changes
        nothing, so a slide may set it on every redraw. Keeps the class open for another TTL.
        False if the class is not open."""

    @abstractmethod
    def current_question(self, code: str) -> Question | None:
        """The current question, or None (no such class, or no question yet)."""

    @abstractmethod
    def reveal(self, code: str) -> bool:
        """Mark the current question's answer as revealed. False if there is no current question."""

    @abstractmethod
    def answer(self, code: str, question_id: str, student: str, choice: int) -> bool:
        """Record `student`'s `choice` (0-based) for the class's current question, replacing
        their earlier answer. False (ignored) if the class is not open or `question_id` is not
        its current question. ValueError if `choice` is not in range."""

    @abstractmethod
    def answer_counts(self, code: str, question_id: str) -> list[int]:
        """Answers per choice for the current question ([] if it is not the current one)."""

    @abstractmethod
    def close_class(self, code: str) -> None:
        """Close the class and forget its answers."""

    # --- lifetime -----------------------------------------------------------------------
    def close(self) -> None:  # noqa: B027 - optional hook, a no-op where nothing is held
        """Release connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def as_choice(choice: int) -> int:
    """`choice` as an int; ValueError if it is not an integer (a bool is not one)."""
    if isinstance(choice, bool) or not isinstance(choice, int | np.integer):
        raise ValueError(f"a choice is an integer, not {choice!r}")
    return int(choice)


def check_choice(choice: int, choices: int) -> int:
    """`choice` as an int; ValueError unless it is an integer in 0..choices-1."""
    if not 0 <= as_choice(choice) < choices:
        raise ValueError(f"choice must be 0..{choices - 1}, not {choice!r}")
    return int(choice)
