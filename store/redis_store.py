"""The store for several machines: one Redis (standalone, optionally with replicas).

Keys, under a prefix (default "nnx:"):
    run:<key>                 hash: state, settings, owner, class_code, started, heartbeat,
                              finished, metrics, events (how many progress events so far)
    run:<key>:events          stream: progress event n has id 0-n, field "e" = its JSON
    run:<key>:weights         string: the final weights as .npz bytes (store/weights.py)
    run:<key>:viewers         sorted set: viewer id -> last seen (expires a minute after the last touch)
    runs:running              sorted set: running runs by last heartbeat (for abandon_stale)
    runs:ended                sorted set: finished/failed/stopped runs by end time (for prune)
    runs:finished             sorted set: finished runs by end time (the class board)
    class:<code>:finished     sorted set: the same, for one class
    class:<code>              hash: opened, question_id, choices, revealed   (expires: class TTL)
    class:<code>:answers      hash: student -> choice for the current question (expires with it)

Every change is one Lua script (store/redis_scripts.py), so it is atomic across all replicas
on all machines; progress goes to a Redis Stream that every replica's readers read by cursor.
Classes expire through Redis TTLs (counted on Redis's clock, not the callers' `now`).
"""

from __future__ import annotations

import json

import redis

from store.base import Question, RunInfo, Store, as_choice, canonical_json, check_choice, check_choices
from store.codes import new_code, normalize_code
from store.config import Retention
from store.redis_scripts import PRELUDE, SCRIPTS

DEFAULT_PREFIX = "nnx:"
VIEWERS_TTL_S = 60  # a run's viewer set vanishes a minute after its last touch


def _text(value: bytes | None) -> str | None:
    return None if value is None else value.decode()


def _run_info(key: str, fields: dict[bytes, bytes]) -> RunInfo:
    """A run's record from its hash."""
    f = {name.decode(): value for name, value in fields.items()}
    return RunInfo(
        key=key,
        state=f["state"].decode(),
        settings=json.loads(f["settings"]),
        owner=f["owner"].decode(),
        started=float(f["started"]),
        heartbeat=float(f["heartbeat"]),
        finished=float(f["finished"]) if f.get("finished") else None,
        metrics=json.loads(f.get("metrics") or b"{}"),
        class_code=_text(f.get("class_code")) or None,
        events=int(f.get("events") or 0),
    )


class RedisStore(Store):
    """Store in the Redis at `url` (redis:// or rediss://host:port/db); keys start with `prefix`."""

    def __init__(self, url: str, retention: Retention | None = None, prefix: str = DEFAULT_PREFIX):
        super().__init__(retention)
        self.url = url
        self.prefix = prefix
        # The client is thread-safe (a connection pool) and reconnects after a fork.
        self.redis = redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)
        self._scripts = {name: self.redis.register_script(PRELUDE + src) for name, src in SCRIPTS.items()}

    def _call(self, script: str, *args: object) -> object:
        return self._scripts[script](args=[self.prefix, *args])

    def _run(self, key: str) -> str:
        return f"{self.prefix}run:{key}"

    def _class(self, code: str) -> str:
        return f"{self.prefix}class:{normalize_code(code)}"

    def close(self) -> None:
        """Close the connection pool."""
        self.redis.close()

    # --- runs ---------------------------------------------------------------------------
    def claim_run(
        self, key: str, settings: dict, owner: str, now: float, class_code: str | None = None
    ) -> bool:
        code = normalize_code(class_code) if class_code else ""
        return self._call("claim", key, canonical_json(settings), owner, code, repr(float(now))) == 1

    def run_status(self, key: str) -> RunInfo | None:
        fields = self.redis.hgetall(self._run(key))
        return _run_info(key, fields) if fields else None

    def append_progress(self, key: str, events: list[dict]) -> bool:
        for event in events:
            if not isinstance(event, dict):
                raise TypeError(f"a progress event is a dict, not {type(event).__name__}")
        return self._call("append", key, *[canonical_json(event) for event in events]) >= 0

    def read_progress(self, key: str, after: int = 0) -> tuple[list[dict], int]:
        entries = self.redis.xrange(f"{self._run(key)}:events", min=f"0-{int(after) + 1}", max="+")
        if not entries:
            return [], after
        last = int(entries[-1][0].split(b"-")[1])
        return [json.loads(fields[b"e"]) for _, fields in entries], last

    def heartbeat(self, key: str, now: float) -> bool:
        return self._call("heartbeat", key, repr(float(now))) == 1

    def _finish(self, key: str, state: str, metrics: dict, blob: bytes | None, now: float) -> bool:
        has = "0" if blob is None else "1"
        return (
            self._call("finish", key, state, canonical_json(metrics), repr(float(now)), has, blob or b"") == 1
        )

    def _weights_blob(self, key: str) -> bytes | None:
        return self.redis.get(f"{self._run(key)}:weights")

    def abandon_stale(self, now: float, max_silence_s: float) -> int:
        return int(self._call("abandon", repr(float(now)), repr(float(now - max_silence_s))))

    def delete_run(self, key: str) -> None:
        self._call("delete", key)

    def finished_runs(self, class_code: str | None = None, limit: int = 500) -> list[RunInfo]:
        index = f"{self._class(class_code)}:finished" if class_code else f"{self.prefix}runs:finished"
        keys = [k.decode() for k in self.redis.zrevrange(index, 0, int(limit) - 1)] if limit > 0 else []
        pipe = self.redis.pipeline(transaction=False)
        for key in keys:
            pipe.hgetall(self._run(key))
        # A run deleted between the two calls has an empty hash: leave it out.
        return [_run_info(key, fields) for key, fields in zip(keys, pipe.execute(), strict=True) if fields]

    def prune(self, now: float, max_runs: int, max_age_s: float) -> int:
        return int(self._call("prune", repr(float(now - max_age_s)), max(0, int(max_runs))))

    # --- viewers ------------------------------------------------------------------------
    def touch_viewers(self, key: str, viewers: list[str], now: float) -> None:
        if not viewers:
            return
        name = f"{self._run(key)}:viewers"
        pipe = self.redis.pipeline(transaction=True)
        pipe.zadd(name, {str(v): float(now) for v in viewers}, gt=True)  # GT still adds new ones
        pipe.expire(name, VIEWERS_TTL_S)
        pipe.execute()

    def drop_viewer(self, key: str, viewer: str) -> None:
        self.redis.zrem(f"{self._run(key)}:viewers", str(viewer))

    def viewers(self, key: str, since: float) -> int:
        return int(self.redis.zcount(f"{self._run(key)}:viewers", float(since), "+inf"))

    # --- classes ------------------------------------------------------------------------
    def _ttl_ms(self) -> int:
        return max(1, int(self.retention.class_ttl_s * 1000))

    def open_class(self, now: float) -> str:
        for _ in range(100):
            code = new_code()
            if self._call("open_class", code, repr(float(now)), self._ttl_ms()) == 1:
                return code
        raise RuntimeError("no free class code after 100 tries")

    def class_exists(self, code: str) -> bool:
        return bool(self.redis.exists(self._class(code)))

    def set_question(self, code: str, question_id: str, choices: int, now: float) -> bool:
        check_choices(choices)
        return self._call("set_question", normalize_code(code), question_id, choices, self._ttl_ms()) == 1

    def current_question(self, code: str) -> Question | None:
        question_id, choices, revealed = self.redis.hmget(
            self._class(code), "question_id", "choices", "revealed"
        )
        if question_id is None:
            return None
        return Question(question_id.decode(), int(choices), revealed == b"1")

    def reveal(self, code: str) -> bool:
        return self._call("reveal", normalize_code(code)) == 1

    def answer(self, code: str, question_id: str, student: str, choice: int) -> bool:
        # The script checks the range (it knows the question's choices), Python the type.
        result = int(self._call("answer", normalize_code(code), question_id, str(student), as_choice(choice)))
        if result < 0:
            check_choice(choice, -result)  # raises: out of this question's range
        return result == 1

    def answer_counts(self, code: str, question_id: str) -> list[int]:
        return [int(n) for n in self._call("counts", normalize_code(code), question_id)]

    def close_class(self, code: str) -> None:
        self.redis.delete(self._class(code), f"{self._class(code)}:answers")
