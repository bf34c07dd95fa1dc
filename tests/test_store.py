"""store/: runs, progress, weights, retention and live class questions, on SQLite and on a real Redis.

Every behaviour test runs against both backends through the `store` fixture. The Redis one
starts a real redis-server (tests/redis_server.py); without it the Redis cases are skipped,
except under CI=true, where a missing redis-server (or redis package) fails them.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from store import Retention, RunInfo, open_store, parse_store_url, run_key
from store.codes import ALPHABET, CODE_LENGTH
from store.sqlite_store import SqliteStore
from store.weights import pack_weights, unpack_weights
from tests.redis_server import redis_url  # noqa: F401 - the session's redis-server, a fixture

SETTINGS = {"dataset": "digits", "n": 1000, "model": "dense-64", "epochs": 3, "seed": 7}


@pytest.fixture(params=["sqlite", "redis"])
def store(request, tmp_path):
    """An empty store of each backend, with the default retention (whatever the environment says)."""
    if request.param == "sqlite":
        s = SqliteStore(tmp_path / "store.sqlite3", Retention())
    else:
        s = open_store(request.getfixturevalue("redis_url"), Retention())
        s.redis.flushdb()
    yield s
    s.close()


def finished_run(store, key: str, t: float, class_code: str | None = None, acc: float = 0.9) -> None:
    """A run claimed, given two events and weights, and finished at time t."""
    assert store.claim_run(key, {**SETTINGS, "key": key}, "owner", t - 1, class_code=class_code)
    assert store.append_progress(key, [{"batch": 1}, {"batch": 2}])
    assert store.finish_run(key, "finished", {"val_accuracy": acc}, [np.ones(3, np.float32)], t)


# --- run keys ---------------------------------------------------------------------------------
def test_run_key_is_a_short_digest_of_canonical_inputs():
    """Same inputs in any order (NumPy scalars included) give the same key; any change gives another."""
    a = run_key({"model": "m", "seed": 1, "settings": {"lr": 0.1, "epochs": 3}})
    b = run_key({"settings": {"epochs": 3, "lr": 0.1}, "seed": np.int64(1), "model": "m"})
    assert a == b and len(a) == 20 and int(a, 16) >= 0
    assert run_key({"model": "m", "seed": 2, "settings": {"lr": 0.1, "epochs": 3}}) != a
    with pytest.raises(TypeError):
        run_key({"model": object()})


# --- claiming and joining -------------------------------------------------------------------
def test_claim_is_exclusive_among_20_threads(store):
    """20 threads press Train with the same key at once: exactly one trains, the rest join."""
    barrier = threading.Barrier(20)

    def claim(i: int) -> bool:
        barrier.wait()
        return store.claim_run("k1", SETTINGS, f"thread-{i}", 100.0)

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(claim, range(20)))
    assert results.count(True) == 1
    info = store.run_status("k1")
    assert info.state == "running" and info.owner == f"thread-{results.index(True)}"
    assert info.settings == SETTINGS and info.started == info.heartbeat == 100.0 and info.finished is None


def _claim_all(url: str, keys: list[str], owner: str, barrier, results) -> None:
    """In a child process: open the store by URL and try to claim every key."""
    store = open_store(url)
    barrier.wait()
    results.put((owner, [key for key in keys if store.claim_run(key, SETTINGS, owner, 1.0)]))
    store.close()


def test_claim_is_exclusive_between_processes(store):
    """Two processes (replicas) race for the same 200 keys, from opposite ends: each key is claimed
    exactly once. (On Redis they split the keys; on SQLite the loser of the first collision often
    sleeps in SQLite's busy handler while the other claims everything: still exclusive.)"""
    ctx = multiprocessing.get_context("spawn")
    keys = [f"key-{i:03d}" for i in range(200)]
    barrier, results = ctx.Barrier(2), ctx.Queue()
    orders = {"p0": keys, "p1": keys[::-1]}
    procs = [ctx.Process(target=_claim_all, args=(store.url, order, owner, barrier, results))
             for owner, order in orders.items()]  # fmt: skip
    for p in procs:
        p.start()
    won = dict(results.get(timeout=60) for _ in procs)
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    assert sorted(won["p0"] + won["p1"]) == sorted(keys)
    assert not set(won["p0"]) & set(won["p1"])
    assert all(k in won[store.run_status(k).owner] for k in keys)


def test_a_joining_reader_gets_everything_so_far_then_only_new_events(store):
    """A reader starting at cursor 0 sees all events in order; polling from its cursor, only new ones.
    A second store object on the same URL (another replica) reads the same."""
    assert store.claim_run("r", SETTINGS, "a", 0.0)
    assert not store.claim_run("r", SETTINGS, "b", 1.0)  # running: join it
    assert store.read_progress("r") == ([], 0)
    assert store.append_progress("r", [{"batch": i, "loss": 1 / i} for i in range(1, 4)])
    events, cursor = store.read_progress("r")
    assert [e["batch"] for e in events] == [1, 2, 3] and events[2]["loss"] == pytest.approx(1 / 3)
    assert store.append_progress(
        "r", [{"batch": 4, "loss": np.float32(0.5)}, {"epoch": 1, "val_accuracy": 0.8}]
    )
    replica = open_store(store.url, Retention())
    try:
        new, cursor2 = replica.read_progress("r", cursor)
        assert new == [{"batch": 4, "loss": 0.5}, {"epoch": 1, "val_accuracy": 0.8}]
        assert replica.read_progress("r", cursor2) == ([], cursor2)
        assert replica.run_status("r").events == cursor2 == 5
        assert [e.get("batch") for e in replica.read_progress("r", 0)[0]] == [1, 2, 3, 4, None]
    finally:
        replica.close()
    assert store.finish_run("r", "finished", {"val_accuracy": 0.8}, None, 10.0)
    assert not store.claim_run("r", SETTINGS, "c", 11.0)  # finished: replay it
    assert len(store.read_progress("r")[0]) == 5  # the whole run, for the replay


def test_an_ended_run_takes_no_more_events_or_heartbeats(store):
    """After finish_run (or for a missing run) append/heartbeat/finish say False: the trainer stops."""
    assert store.claim_run("e", SETTINGS, "a", 0.0)
    assert store.heartbeat("e", 5.0) and store.run_status("e").heartbeat == 5.0
    assert store.finish_run("e", "stopped", {"epochs_done": 1}, None, 6.0)
    assert not store.append_progress("e", [{"batch": 9}])
    assert not store.heartbeat("e", 7.0)
    assert not store.finish_run("e", "finished", {}, None, 8.0)
    assert not store.append_progress("missing", [{"batch": 1}]) and not store.heartbeat("missing", 1.0)
    info = store.run_status("e")
    assert (info.state, info.finished, info.metrics) == ("stopped", 6.0, {"epochs_done": 1})
    with pytest.raises(ValueError):
        store.finish_run("e", "exploded", {}, None, 9.0)
    assert store.run_status("missing") is None


def test_a_stopped_or_failed_run_is_claimed_afresh(store):
    """Stopped and failed runs are not the run's result: the next claim starts over without old events."""
    for end in ("stopped", "failed"):
        key = f"k-{end}"
        assert store.claim_run(key, SETTINGS, "a", 0.0)
        store.append_progress(key, [{"batch": 1}])
        store.finish_run(key, end, {}, [np.zeros(2)], 1.0)
        assert store.claim_run(key, SETTINGS, "b", 2.0)
        info = store.run_status(key)
        assert (info.state, info.owner, info.events, info.finished) == ("running", "b", 0, None)
        assert store.read_progress(key) == ([], 0) and store.load_weights(key) is None


# --- weights --------------------------------------------------------------------------------
def test_weights_round_trip_exactly(store):
    """Final weights come back in order with their exact dtype, shape and values."""
    rng = np.random.default_rng(0)
    weights = [
        rng.standard_normal((3, 4)).astype(np.float32),
        np.float64(2.5) * np.ones(()),
        np.zeros((0, 5), np.int8),
        np.array([True, False]),
        np.asfortranarray(rng.random((2, 3)), np.float16),
    ]
    weights += [np.full(i, i, np.int64) for i in range(8)]  # 13 arrays: order survives arr_10, arr_11...
    assert store.claim_run("w", SETTINGS, "a", 0.0)
    assert store.finish_run("w", "finished", {"val_accuracy": 0.5}, weights, 1.0)
    back = store.load_weights("w")
    assert len(back) == len(weights)
    for got, want in zip(back, weights, strict=True):
        assert got.dtype == want.dtype and got.shape == want.shape and np.array_equal(got, want)
    assert store.load_weights("nothing") is None
    assert store.claim_run("none", SETTINGS, "a", 0.0) and store.finish_run("none", "finished", {}, None, 1.0)
    assert store.load_weights("none") is None


def test_weights_are_never_pickled(store):
    """An object array (the only kind NumPy pickles) is refused and the run stays running;
    bytes that are not a plain .npz archive do not load."""
    assert store.claim_run("p", SETTINGS, "a", 0.0)
    with pytest.raises(ValueError, match="plain numeric"):
        store.finish_run("p", "finished", {}, [np.ones(2), np.array([{"x": 1}, None], dtype=object)], 1.0)
    assert store.run_status("p").state == "running" and store.load_weights("p") is None
    blob = pack_weights([np.arange(3)])
    assert blob[:2] == b"PK" and np.array_equal(unpack_weights(blob)[0], np.arange(3))
    with pytest.raises(ValueError):
        unpack_weights(b"\x80\x04K\x01.")  # a pickle of the int 1


# --- crashed trainers and retention -----------------------------------------------------------
def test_abandon_stale_frees_a_crashed_run(store):
    """A run whose heartbeat stopped becomes "failed" and can be claimed again; a live one stays."""
    assert store.claim_run("crashed", SETTINGS, "a", 0.0) and store.claim_run("alive", SETTINGS, "b", 0.0)
    store.append_progress("crashed", [{"batch": 1}])
    assert store.heartbeat("alive", 80.0)
    assert not store.claim_run("crashed", SETTINGS, "c", 100.0)
    assert store.abandon_stale(100.0, 30.0) == 1
    assert store.run_status("crashed").state == "failed" and store.run_status("alive").state == "running"
    assert store.abandon_stale(100.0, 30.0) == 0
    assert store.claim_run("crashed", SETTINGS, "c", 101.0)
    assert store.run_status("crashed").owner == "c" and store.read_progress("crashed") == ([], 0)


def _gone(store, key: str) -> bool:
    return (
        store.run_status(key) is None
        and store.read_progress(key) == ([], 0)
        and store.load_weights(key) is None
    )


def test_prune_keeps_the_newest_runs_and_drops_old_ones_with_their_data(store):
    """prune drops ended runs beyond the newest N and older than the age limit, events and
    weights included; a running run is never dropped."""
    for t in range(1, 6):
        finished_run(store, f"r{t}", float(t))
    assert store.claim_run("running", SETTINGS, "a", 0.0)
    assert store.prune(10.0, max_runs=3, max_age_s=1e6) == 2
    assert _gone(store, "r1") and _gone(store, "r2")
    assert [r.key for r in store.finished_runs()] == ["r5", "r4", "r3"]
    assert store.load_weights("r3") is not None and len(store.read_progress("r3")[0]) == 2
    assert store.prune(100.0, max_runs=100, max_age_s=96.0) == 1  # r3 ended before 100 - 96
    assert _gone(store, "r3") and [r.key for r in store.finished_runs()] == ["r5", "r4"]
    assert store.prune(1e9, max_runs=100, max_age_s=1.0) == 2
    assert store.run_status("running").state == "running"


def test_finish_run_applies_the_stores_retention(store):
    """Each finish_run prunes with the store's retention (EXPLAINER_STORE_MAX_RUNS / _MAX_AGE_DAYS)."""
    store.retention = Retention(max_runs=2, max_age_s=1e6)
    for t in range(1, 5):
        finished_run(store, f"r{t}", float(t))
    assert [r.key for r in store.finished_runs()] == ["r4", "r3"]


def test_retention_settings_come_from_the_environment(monkeypatch):
    """EXPLAINER_STORE_MAX_RUNS / _MAX_AGE_DAYS set the limits; nonsense is refused by name."""
    monkeypatch.setenv("EXPLAINER_STORE_MAX_RUNS", "50")
    monkeypatch.setenv("EXPLAINER_STORE_MAX_AGE_DAYS", "0.5")
    assert Retention.from_env() == Retention(max_runs=50, max_age_s=43200.0)
    monkeypatch.delenv("EXPLAINER_STORE_MAX_AGE_DAYS")
    assert Retention.from_env().max_age_s == 120 * 86400
    monkeypatch.setenv("EXPLAINER_STORE_MAX_RUNS", "lots")
    with pytest.raises(ValueError, match="EXPLAINER_STORE_MAX_RUNS"):
        Retention.from_env()


def test_finished_runs_lists_the_class_board(store):
    """The board: finished runs only, newest first, with settings and accuracy, filtered by class."""
    finished_run(store, "a1", 1.0, class_code="ABCDE", acc=0.7)
    finished_run(store, "b1", 2.0, class_code="XYZ34")
    finished_run(store, "a2", 3.0, class_code="abcde", acc=0.95)
    finished_run(store, "none", 4.0)
    assert store.claim_run("a-running", SETTINGS, "o", 0.0, class_code="ABCDE")
    board = store.finished_runs("abcde")
    assert [r.key for r in board] == ["a2", "a1"]
    assert isinstance(board[0], RunInfo) and board[0].class_code == "ABCDE"
    assert board[0].val_accuracy == pytest.approx(0.95) and board[0].settings["key"] == "a2"
    assert [r.key for r in store.finished_runs()] == ["none", "a2", "b1", "a1"]
    assert [r.key for r in store.finished_runs(limit=2)] == ["none", "a2"]
    assert store.finished_runs("QQQQQ") == []
    store.delete_run("a2")
    assert _gone(store, "a2") and [r.key for r in store.finished_runs("ABCDE")] == ["a1"]


# --- classes and live questions ---------------------------------------------------------------
def test_class_codes_are_short_unique_and_typeable(store):
    """200 open classes get 200 different 5-character codes without look-alike characters;
    a code typed in lower case finds its class; a closed class is gone."""
    codes = [store.open_class(time.time()) for _ in range(200)]
    assert len(set(codes)) == 200
    assert all(len(c) == CODE_LENGTH and set(c) <= set(ALPHABET) for c in codes)
    assert not set(ALPHABET) & set("01ILOSZ258B")
    assert store.class_exists(codes[0].lower()) and not store.class_exists("NOPE7")
    store.close_class(codes[0])
    assert not store.class_exists(codes[0]) and store.current_question(codes[0]) is None


def test_one_answer_per_student_a_new_answer_replaces(store):
    """A student who answers again changes their answer; the count does not grow."""
    code = store.open_class(time.time())
    assert store.current_question(code) is None and not store.reveal(code)
    assert store.set_question(code, "q1", 4, time.time())
    assert store.current_question(code) == ("q1", 4, False)
    assert store.answer(code, "q1", "ann", 0) and store.answer(code, "q1", "bob", 0)
    assert store.answer(code.lower(), "q1", "ann", 2)
    assert store.answer_counts(code, "q1") == [1, 0, 1, 0]
    assert store.reveal(code) and store.current_question(code).revealed


def test_answers_to_a_stale_question_are_ignored(store):
    """A new question clears the answers; answers for the old one are ignored. Setting the same
    question again (a slide redrawn) keeps its answers."""
    code = store.open_class(time.time())
    store.set_question(code, "q1", 3, time.time())
    store.answer(code, "q1", "ann", 1)
    store.reveal(code)
    assert store.set_question(code, "q1", 3, time.time())  # the slide redraws: nothing changes
    assert store.answer_counts(code, "q1") == [0, 1, 0] and store.current_question(code).revealed
    assert store.set_question(code, "q2", 2, time.time())
    assert store.current_question(code) == ("q2", 2, False)
    assert not store.answer(code, "q1", "bob", 1)
    assert store.answer_counts(code, "q1") == [] and store.answer_counts(code, "q2") == [0, 0]
    assert not store.answer("NOPE7", "q2", "bob", 0) and store.answer_counts("NOPE7", "q2") == []
    assert not store.set_question("NOPE7", "q2", 2, time.time())


@pytest.mark.parametrize("bad", [-1, 3, True, 1.0, "1"])
def test_an_answer_out_of_range_is_refused(store, bad):
    """A choice must be an integer from 0 to choices-1; a question has 1..26 choices."""
    code = store.open_class(time.time())
    store.set_question(code, "q", 3, time.time())
    with pytest.raises(ValueError):
        store.answer(code, "q", "ann", bad)
    assert store.answer_counts(code, "q") == [0, 0, 0]
    with pytest.raises(ValueError):
        store.set_question(code, "q", 0, time.time())


def test_100_students_answering_at_once_are_all_counted(store):
    """100 students answer from 100 threads, each changing their mind once: the counts are exact."""
    code = store.open_class(time.time())
    store.set_question(code, "q", 4, time.time())
    final = [(i * 7) % 4 for i in range(100)]
    barrier = threading.Barrier(100)

    def student(i: int) -> bool:
        barrier.wait()
        return store.answer(code, "q", f"s{i}", (final[i] + 1) % 4) and store.answer(
            code, "q", f"s{i}", final[i]
        )

    with ThreadPoolExecutor(100) as pool:
        assert all(pool.map(student, range(100)))
    assert store.answer_counts(code, "q") == [final.count(c) for c in range(4)]
    assert sum(store.answer_counts(code, "q")) == 100


def test_a_class_expires(store):
    """A class is gone after its TTL (12 h by default; 0.3 s here)."""
    store.retention = Retention(class_ttl_s=0.3)
    code = store.open_class(time.time())
    assert store.set_question(code, "q", 2, time.time()) and store.answer(code, "q", "ann", 1)
    time.sleep(0.5)
    assert not store.class_exists(code) and store.current_question(code) is None
    assert not store.answer(code, "q", "bob", 1) and store.answer_counts(code, "q") == []


# --- open_store URLs ------------------------------------------------------------------------
def test_store_url_defaults_to_sqlite_in_the_data_dir(monkeypatch, tmp_path):
    """No URL and no EXPLAINER_STORE: $EXPLAINER_DATA_DIR/explainer.sqlite3 (else ~/.cache/nn-explainer)."""
    monkeypatch.delenv("EXPLAINER_STORE", raising=False)
    monkeypatch.setenv("EXPLAINER_DATA_DIR", str(tmp_path / "data"))
    assert (
        parse_store_url(None)
        == parse_store_url("")
        == ("sqlite", str(tmp_path / "data" / "explainer.sqlite3"))
    )
    with open_store() as s:
        assert isinstance(s, SqliteStore) and (tmp_path / "data" / "explainer.sqlite3").is_file()
    monkeypatch.delenv("EXPLAINER_DATA_DIR")
    assert parse_store_url(None)[1] == str(Path.home() / ".cache" / "nn-explainer" / "explainer.sqlite3")
    monkeypatch.setenv("EXPLAINER_STORE", "redis://cache:6379/1")
    assert parse_store_url(None) == ("redis", "redis://cache:6379/1")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///var/lib/nn/runs.sqlite3", ("sqlite", "/var/lib/nn/runs.sqlite3")),
        ("sqlite:////var/lib/nn/runs.sqlite3", ("sqlite", "/var/lib/nn/runs.sqlite3")),
        ("sqlite:///~/nn/runs.sqlite3", ("sqlite", str(Path.home() / "nn" / "runs.sqlite3"))),
        ("SQLITE:///tmp/my%20runs.sqlite3", ("sqlite", "/tmp/my runs.sqlite3")),
        ("redis://localhost:6379/0", ("redis", "redis://localhost:6379/0")),
        ("redis://cache", ("redis", "redis://cache")),
        ("rediss://:secret@cache.example:6380/2", ("redis", "rediss://:secret@cache.example:6380/2")),
    ],
)
def test_good_store_urls(url, expected):
    """SQLite URLs name an absolute file (as file:/// URLs do); Redis URLs go to redis-py unchanged."""
    assert parse_store_url(url) == expected


@pytest.mark.parametrize(
    "url",
    ["mysql://db/x", "/var/lib/runs.sqlite3", "sqlite://host/runs.sqlite3", "sqlite:///", "sqlite://",
     "sqlite:///x.sqlite3?mode=ro", "redis://", "redis://cache:port/0", "redis://cache:6379/zero",
     "redis://:hunter2@cache:xx/0"],
)  # fmt: skip
def test_bad_store_urls_are_refused_clearly(url):
    """A URL that is not sqlite:///path or redis://host:port/db raises ValueError saying what is
    expected, without echoing a password."""
    with pytest.raises(ValueError, match="store URL") as err:
        open_store(url)
    assert "hunter2" not in str(err.value)


def test_open_store_opens_either_backend(tmp_path):
    """open_store gives a SQLite store for a sqlite URL and a Redis store for a redis URL
    (connecting lazily); both report the URL that opens them again."""
    odd = tmp_path / "a 50%?#" / "b.sqlite3"
    with SqliteStore(odd, Retention()) as s, open_store(s.url) as again:
        assert again.path == odd  # store.url opens the same file, whatever its name
    with open_store(f"sqlite://{tmp_path}/a/b.sqlite3") as s:
        assert (tmp_path / "a" / "b.sqlite3").is_file() and parse_store_url(s.url) == (
            "sqlite",
            str(tmp_path / "a/b.sqlite3"),
        )
    pytest.importorskip("redis")
    from store.redis_store import RedisStore

    with open_store("redis://127.0.0.1:1/0") as s:
        assert isinstance(s, RedisStore) and s.url == "redis://127.0.0.1:1/0"
