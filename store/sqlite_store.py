"""The default store: one SQLite file (WAL journal), shared by every process on the machine.

One connection per process, behind a lock (SQLite calls take micro- to milliseconds, so the
lock is never held long); every write is a `BEGIN IMMEDIATE` transaction, so two processes
(replicas) serialize on SQLite's own file lock and wait for each other up to BUSY_S. A store
object used after a fork opens a fresh connection in the child. Readers in other processes
see each committed batch of progress events at once (WAL: readers never block the writer).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from store.base import RECLAIMABLE, RunInfo, Store, canonical_json
from store.codes import normalize_code
from store.config import Retention
from store.sqlite_classes import SqliteClasses

BUSY_S = 15.0  # a writer waits this long for another process's transaction before failing
SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    key TEXT PRIMARY KEY, state TEXT NOT NULL, settings TEXT NOT NULL, owner TEXT NOT NULL,
    class_code TEXT, started REAL NOT NULL, heartbeat REAL NOT NULL, finished REAL,
    metrics TEXT NOT NULL DEFAULT '{}', events INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS runs_by_state ON runs (state, finished);
CREATE INDEX IF NOT EXISTS runs_by_class ON runs (class_code, state, finished);
CREATE TABLE IF NOT EXISTS progress (
    key TEXT NOT NULL, seq INTEGER NOT NULL, event TEXT NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS weights (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS viewers (
    key TEXT NOT NULL, viewer TEXT NOT NULL, seen REAL NOT NULL, PRIMARY KEY (key, viewer)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS classes (
    code TEXT PRIMARY KEY, opened REAL NOT NULL, expires REAL NOT NULL,
    question_id TEXT, choices INTEGER, revealed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS answers (
    code TEXT NOT NULL, question_id TEXT NOT NULL, student TEXT NOT NULL, choice INTEGER NOT NULL,
    PRIMARY KEY (code, question_id, student)) WITHOUT ROWID;
"""
RUN_COLUMNS = "key, state, settings, owner, started, heartbeat, finished, metrics, class_code, events"


def _run_info(row: tuple) -> RunInfo:
    key, state, settings, owner, started, heartbeat, finished, metrics, class_code, events = row
    return RunInfo(
        key, state, json.loads(settings), owner, started, heartbeat, finished, json.loads(metrics),
        class_code, events,
    )  # fmt: skip


class SqliteStore(SqliteClasses, Store):
    """Store in the SQLite file `path` (created with its folder if missing)."""

    def __init__(self, path: str | os.PathLike[str], retention: Retention | None = None):
        super().__init__(retention)
        self.path = Path(path).expanduser().resolve()
        self.url = f"sqlite:///{quote(str(self.path))}"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._con: sqlite3.Connection | None = None
        self._pid = 0
        with self._lock:
            self._connection()

    # --- connection and transactions ----------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        """This process's connection (call with the lock held)."""
        if self._con is None or self._pid != os.getpid():
            con = sqlite3.connect(self.path, timeout=BUSY_S, isolation_level=None, check_same_thread=False)
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = NORMAL")  # WAL: a power cut may lose the last commits only
            con.executescript(f"BEGIN IMMEDIATE; {SCHEMA} COMMIT;")
            self._con, self._pid = con, os.getpid()
        return self._con

    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[sqlite3.Connection]:
        """A transaction: IMMEDIATE (takes the write lock at once) for writes, a snapshot for reads."""
        with self._lock:
            con = self._connection()
            con.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def _rows(self, sql: str, args: tuple) -> list[tuple]:
        """The rows of one query (a single statement reads one consistent snapshot)."""
        with self._lock:
            return self._connection().execute(sql, args).fetchall()

    def close(self) -> None:
        """Close this process's connection (the store reconnects if used again)."""
        with self._lock:
            if self._con is not None and self._pid == os.getpid():
                self._con.close()
            self._con = None

    # --- runs ---------------------------------------------------------------------------
    def claim_run(
        self, key: str, settings: dict, owner: str, now: float, class_code: str | None = None
    ) -> bool:
        settings_json = canonical_json(settings)
        code = normalize_code(class_code) if class_code else None
        with self._tx() as con:
            row = con.execute("SELECT state FROM runs WHERE key = ?", (key,)).fetchone()
            if row is not None and row[0] not in RECLAIMABLE:
                return False
            self._forget(con, key)
            con.execute(
                "INSERT INTO runs (key, state, settings, owner, class_code, started, heartbeat)"
                " VALUES (?, 'running', ?, ?, ?, ?, ?)",
                (key, settings_json, owner, code, now, now),
            )
            return True

    def run_status(self, key: str) -> RunInfo | None:
        rows = self._rows(f"SELECT {RUN_COLUMNS} FROM runs WHERE key = ?", (key,))
        return _run_info(rows[0]) if rows else None

    def append_progress(self, key: str, events: list[dict]) -> bool:
        for event in events:
            if not isinstance(event, dict):
                raise TypeError(f"a progress event is a dict, not {type(event).__name__}")
        lines = [canonical_json(event) for event in events]
        with self._tx() as con:
            row = con.execute("SELECT state, events FROM runs WHERE key = ?", (key,)).fetchone()
            if row is None or row[0] != "running":
                return False
            first = row[1] + 1
            con.executemany(
                "INSERT INTO progress (key, seq, event) VALUES (?, ?, ?)",
                [(key, first + i, line) for i, line in enumerate(lines)],
            )
            con.execute("UPDATE runs SET events = ? WHERE key = ?", (row[1] + len(lines), key))
            return True

    def read_progress(self, key: str, after: int = 0) -> tuple[list[dict], int]:
        sql = "SELECT seq, event FROM progress WHERE key = ? AND seq > ? ORDER BY seq"
        rows = self._rows(sql, (key, int(after)))
        return [json.loads(event) for _, event in rows], (rows[-1][0] if rows else after)

    def heartbeat(self, key: str, now: float) -> bool:
        with self._tx() as con:
            cur = con.execute(
                "UPDATE runs SET heartbeat = MAX(heartbeat, ?) WHERE key = ? AND state = 'running'",
                (now, key),
            )
            return cur.rowcount == 1

    def _finish(self, key: str, state: str, metrics: dict, blob: bytes | None, now: float) -> bool:
        metrics_json = canonical_json(metrics)
        with self._tx() as con:
            cur = con.execute(
                "UPDATE runs SET state = ?, metrics = ?, finished = ? WHERE key = ? AND state = 'running'",
                (state, metrics_json, now, key),
            )
            if cur.rowcount != 1:
                return False
            if blob is not None:
                con.execute("INSERT OR REPLACE INTO weights (key, data) VALUES (?, ?)", (key, blob))
            return True

    def _weights_blob(self, key: str) -> bytes | None:
        rows = self._rows("SELECT data FROM weights WHERE key = ?", (key,))
        return bytes(rows[0][0]) if rows else None

    def abandon_stale(self, now: float, max_silence_s: float) -> int:
        with self._tx() as con:
            cur = con.execute(
                "UPDATE runs SET state = 'failed', finished = ? WHERE state = 'running' AND heartbeat < ?",
                (now, now - max_silence_s),
            )
            return cur.rowcount

    @staticmethod
    def _forget(con: sqlite3.Connection, key: str) -> None:
        for table in ("progress", "weights", "viewers", "runs"):
            con.execute(f"DELETE FROM {table} WHERE key = ?", (key,))

    def delete_run(self, key: str) -> None:
        with self._tx() as con:
            self._forget(con, key)

    def finished_runs(self, class_code: str | None = None, limit: int = 500) -> list[RunInfo]:
        where, args = "state = 'finished'", []
        if class_code:
            where, args = where + " AND class_code = ?", [normalize_code(class_code)]
        sql = f"SELECT {RUN_COLUMNS} FROM runs WHERE {where} ORDER BY finished DESC, key DESC LIMIT ?"
        return [_run_info(row) for row in self._rows(sql, (*args, max(0, int(limit))))]

    def prune(self, now: float, max_runs: int, max_age_s: float) -> int:
        with self._tx() as con:
            rows = con.execute(
                "SELECT key, finished FROM runs WHERE state != 'running' ORDER BY finished DESC, key DESC"
            ).fetchall()
            doomed = [
                k for i, (k, finished) in enumerate(rows) if i >= max_runs or finished < now - max_age_s
            ]
            for key in doomed:
                self._forget(con, key)
            return len(doomed)

    # --- viewers ------------------------------------------------------------------------
    def touch_viewers(self, key: str, viewers: list[str], now: float) -> None:
        if not viewers:
            return
        with self._tx() as con:
            con.executemany(
                "INSERT INTO viewers (key, viewer, seen) VALUES (?, ?, ?)"
                " ON CONFLICT (key, viewer) DO UPDATE SET seen = MAX(seen, excluded.seen)",
                [(key, str(v), now) for v in viewers],
            )

    def drop_viewer(self, key: str, viewer: str) -> None:
        with self._tx() as con:
            con.execute("DELETE FROM viewers WHERE key = ? AND viewer = ?", (key, str(viewer)))

    def viewers(self, key: str, since: float) -> int:
        rows = self._rows("SELECT COUNT(*) FROM viewers WHERE key = ? AND seen >= ?", (key, since))
        return int(rows[0][0])
