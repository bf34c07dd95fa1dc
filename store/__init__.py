"""Where runs and class results live: a real store shared by every replica, not module globals.

The model
---------
A run is a pure function of its inputs, so its key (`run_key`) is a digest of the dataset and
its size, the model, every setting, the seed and the code version. The first learner to press
Train claims the key (`claim_run`, atomic) and trains it, appending per-batch and per-epoch
events (`append_progress`) and a heartbeat. A second learner with the same key *joins*: it
reads the events from cursor 0 (all so far) and then polls for new ones (`read_progress`),
so it watches the same live run; once the run is finished the same events replay it at its
recorded pace (the events carry their own times). A run keeps its settings, its events, its
final metrics and weights (plain arrays in an .npz, never a pickle) and its finish time;
`prune` (run by every `finish_run`) keeps the newest EXPLAINER_STORE_MAX_RUNS ended runs and
none older than EXPLAINER_STORE_MAX_AGE_DAYS. A trainer that crashed stops its heartbeat;
`abandon_stale` then marks its run "failed", and the next learner claims it afresh.

Classes hold live questions: a lecturer opens one (a 5-character code), sets its current
question, students answer (one answer each; a later one replaces theirs), and the projected
slide reads the counts per choice. The class board is `finished_runs(class_code)`.

Backends, chosen by the URL in EXPLAINER_STORE (see `open_store`):
    (empty)                          SQLite file $EXPLAINER_DATA_DIR/explainer.sqlite3
                                     (EXPLAINER_DATA_DIR default ~/.cache/nn-explainer)
    sqlite:///abs/path/file.sqlite3  that SQLite file: one machine, any number of processes
    redis://host:6379/0              Redis (rediss:// for TLS): several machines

Every method is safe from many threads and many processes at once.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from store.base import END_STATES, RUN_STATES, Question, RunInfo, Store, run_key
from store.config import Retention, default_sqlite_path

__all__ = [
    "END_STATES", "RUN_STATES", "Question", "Retention", "RunInfo", "Store", "open_store",
    "parse_store_url", "run_key",
]  # fmt: skip

REDIS_SCHEMES = ("redis", "rediss")


def _redacted(url: str) -> str:
    """The URL without its password, for error messages."""
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@", 1)
    return url


def parse_store_url(url: str | None = None) -> tuple[str, str]:
    """("sqlite", file path) or ("redis", URL) for a store URL; None or "" reads EXPLAINER_STORE.

    sqlite:///var/lib/nn/x.sqlite3 is the absolute path /var/lib/nn/x.sqlite3, as in file:///
    URLs (SQLAlchemy's four-slash form sqlite:////var/lib/... names the same file);
    sqlite:///~/x.sqlite3 is in the home folder. ValueError for anything else."""
    if not url:
        url = os.environ.get("EXPLAINER_STORE", "").strip()
        if not url:
            return "sqlite", str(default_sqlite_path())
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        if parts.netloc or parts.query or parts.fragment or not url.lower().startswith("sqlite:///"):
            raise ValueError(
                f"store URL {url!r}: a SQLite URL is sqlite:///absolute/path/file.sqlite3 (three slashes, "
                "no host, no options)"
            )
        path = unquote(parts.path).lstrip("/")
        if not path or path.endswith("/"):
            raise ValueError(f"store URL {url!r} names no file: use sqlite:///absolute/path/file.sqlite3")
        path = os.path.expanduser(path) if path.startswith("~") else "/" + path
        return "sqlite", str(Path(path))
    if scheme in REDIS_SCHEMES:
        shown = _redacted(url)
        try:
            _ = parts.port  # reading it checks it
        except ValueError:
            raise ValueError(f"store URL {shown!r}: the port is not a number") from None
        if not parts.hostname:
            raise ValueError(f"store URL {shown!r} names no host: use redis://host:6379/0")
        db = parts.path.strip("/")
        if db and not db.isdigit():
            raise ValueError(f"store URL {shown!r}: the database after the host must be a number, like /0")
        return "redis", url
    raise ValueError(
        f"store URL {_redacted(url)!r}: unknown kind {parts.scheme or '(none)'!r}; use "
        "sqlite:///absolute/path/file.sqlite3 or redis://host:6379/0 (or leave EXPLAINER_STORE empty "
        "for the default SQLite file)"
    )


def open_store(url: str | None = None, retention: Retention | None = None) -> Store:
    """The store at `url` (None or "": EXPLAINER_STORE, else the default SQLite file).

    Retention defaults to the EXPLAINER_STORE_MAX_RUNS / _MAX_AGE_DAYS settings. Open one store
    per process and share it between threads (e.g. with st.cache_resource)."""
    kind, target = parse_store_url(url)
    retention = retention if retention is not None else Retention.from_env()
    if kind == "sqlite":
        from store.sqlite_store import SqliteStore

        return SqliteStore(target, retention)
    try:
        from store.redis_store import RedisStore
    except ImportError as exc:  # the `redis` package is only needed for a Redis store
        raise ImportError(f"a redis:// store needs the redis package (pip install redis): {exc}") from exc
    return RedisStore(target, retention)
