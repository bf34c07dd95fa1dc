"""The store's settings, read from the environment: where it lives and how much it keeps.

    EXPLAINER_STORE                URL of the store (see store.open_store); empty: SQLite file below
    EXPLAINER_DATA_DIR             folder of the default SQLite file (default ~/.cache/nn-explainer)
    EXPLAINER_STORE_MAX_RUNS       finished runs kept, newest first (default 2000)
    EXPLAINER_STORE_MAX_AGE_DAYS   a finished run older than this is dropped (default 120)
    EXPLAINER_CLASS_HOURS          a class (live questions) expires this long after its last question (12)

A malformed number raises ValueError naming the variable: a wrong retention setting should
stop the server at start-up, not silently keep every run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = "~/.cache/nn-explainer"
DB_FILE_NAME = "explainer.sqlite3"


def data_dir() -> Path:
    """EXPLAINER_DATA_DIR (with ~ expanded), else ~/.cache/nn-explainer."""
    return Path(os.environ.get("EXPLAINER_DATA_DIR") or DEFAULT_DATA_DIR).expanduser()


def default_sqlite_path() -> Path:
    """$EXPLAINER_DATA_DIR/explainer.sqlite3."""
    return data_dir() / DB_FILE_NAME


def _env_number(name: str, default: float, minimum: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a number") from None
    if not value >= minimum:  # also refuses NaN
        raise ValueError(f"{name}={raw!r} must be at least {minimum:g}")
    return value


@dataclass(frozen=True)
class Retention:
    """How much a store keeps: the newest `max_runs` finished runs, none older than `max_age_s`."""

    max_runs: int = 2000  # a term of ~15 classes x 100 students x a few runs each, with room
    max_age_s: float = 120 * 86400.0  # 120 days: about one term
    class_ttl_s: float = 12 * 3600.0  # a class lives 12 h after it opened or last changed question

    @classmethod
    def from_env(cls) -> Retention:
        """The retention settings from EXPLAINER_STORE_MAX_RUNS / _MAX_AGE_DAYS / EXPLAINER_CLASS_HOURS."""
        return cls(
            max_runs=int(_env_number("EXPLAINER_STORE_MAX_RUNS", cls.max_runs, 1)),
            max_age_s=_env_number("EXPLAINER_STORE_MAX_AGE_DAYS", cls.max_age_s / 86400, 0) * 86400,
            class_ttl_s=_env_number("EXPLAINER_CLASS_HOURS", cls.class_ttl_s / 3600, 0.01) * 3600,
        )
