"""The live-question part of the SQLite store (classes and answers), as a mixin of SqliteStore.

It uses the store's `_tx` (a write or read transaction), `_lock` and `_connection`; the
tables `classes` and `answers` are created with the others (store/sqlite_store.py SCHEMA).
"""

from __future__ import annotations

import sqlite3

from store import base
from store.base import Question, check_choice, check_choices
from store.codes import new_code, normalize_code


class SqliteClasses:
    """Classes with live questions: open, set the question, answer, count, reveal, close."""

    def open_class(self, now: float) -> str:
        with self._tx() as con:
            expired = "SELECT code FROM classes WHERE expires <= ?"
            con.execute(f"DELETE FROM answers WHERE code IN ({expired})", (now,))
            con.execute("DELETE FROM classes WHERE expires <= ?", (now,))
            for _ in range(100):
                code = new_code()
                cur = con.execute(
                    "INSERT OR IGNORE INTO classes (code, opened, expires) VALUES (?, ?, ?)",
                    (code, now, now + self.retention.class_ttl_s),
                )
                if cur.rowcount == 1:
                    return code
        raise RuntimeError("no free class code after 100 tries")

    def _open(self, con: sqlite3.Connection, code: str) -> tuple | None:
        """(question_id, choices, revealed) of the open class `code`, None if it is not open."""
        return con.execute(
            "SELECT question_id, choices, revealed FROM classes WHERE code = ? AND expires > ?",
            (normalize_code(code), base.wall_clock()),
        ).fetchone()

    def class_exists(self, code: str) -> bool:
        with self._lock:
            return self._open(self._connection(), code) is not None

    def set_question(self, code: str, question_id: str, choices: int, now: float) -> bool:
        check_choices(choices)
        code = normalize_code(code)
        with self._tx() as con:
            row = self._open(con, code)
            if row is None:
                return False
            if (row[0], row[1]) != (question_id, choices):
                con.execute("DELETE FROM answers WHERE code = ?", (code,))
                con.execute(
                    "UPDATE classes SET question_id = ?, choices = ?, revealed = 0 WHERE code = ?",
                    (question_id, choices, code),
                )
            con.execute(
                "UPDATE classes SET expires = ? WHERE code = ?", (now + self.retention.class_ttl_s, code)
            )
            return True

    def current_question(self, code: str) -> Question | None:
        with self._lock:
            row = self._open(self._connection(), code)
        return None if row is None or row[0] is None else Question(row[0], row[1], bool(row[2]))

    def reveal(self, code: str) -> bool:
        with self._tx() as con:
            row = self._open(con, code)
            if row is None or row[0] is None:
                return False
            con.execute("UPDATE classes SET revealed = 1 WHERE code = ?", (normalize_code(code),))
            return True

    def answer(self, code: str, question_id: str, student: str, choice: int) -> bool:
        with self._tx() as con:
            row = self._open(con, code)
            if row is None or row[0] != question_id:
                return False
            check_choice(choice, row[1])
            con.execute(
                "INSERT INTO answers (code, question_id, student, choice) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (code, question_id, student) DO UPDATE SET choice = excluded.choice",
                (normalize_code(code), question_id, str(student), int(choice)),
            )
            return True

    def answer_counts(self, code: str, question_id: str) -> list[int]:
        with self._tx(write=False) as con:
            row = self._open(con, code)
            if row is None or row[0] != question_id:
                return []
            counts = [0] * row[1]
            for choice, n in con.execute(
                "SELECT choice, COUNT(*) FROM answers WHERE code = ? AND question_id = ? GROUP BY choice",
                (normalize_code(code), question_id),
            ):
                counts[choice] = n
            return counts

    def close_class(self, code: str) -> None:
        code = normalize_code(code)
        with self._tx() as con:
            con.execute("DELETE FROM answers WHERE code = ?", (code,))
            con.execute("DELETE FROM classes WHERE code = ?", (code,))
