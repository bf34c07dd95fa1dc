"""Runs as pure functions of their inputs, through the store: keys, join, replay, leaving, fair use."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import numpy as np
import pytest

from background import jobs, runs, train, viewers
from explainer.live_sink import fold_all
from store import Retention
from store.sqlite_store import SqliteStore
from tests.redis_server import redis_url  # noqa: F401 - the session's redis-server, a fixture
from tests.test_live_training import settings, tiny_data


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """An empty store for this test, a one-slot queue, and training in threads (fast to start)."""
    s = SqliteStore(tmp_path / "runs.sqlite3", Retention())
    runs.use_store(s)
    monkeypatch.setattr(jobs, "_queue", jobs.TrainingQueue(1))
    monkeypatch.setenv("EXPLAINER_TRAIN_PROCESS", "0")
    monkeypatch.setenv("EXPLAINER_REJOIN_SECONDS", "0.5")
    train.forget_history()
    # viewers an earlier test registered are still in this process's watcher; one whose run had
    # these settings (the same key) was touched into this store and counted as "others watching"
    monkeypatch.setattr(viewers, "_viewers", {})
    yield s
    runs.use_store(None)


def wait_ended(key: str, timeout: float = 120) -> None:
    t = train.trainer(key)
    assert t is not None and t.join(timeout), "the run did not end"


def test_the_key_is_every_setting_and_the_code_version():
    """Same settings, same key; any setting changes it; the code version is part of it."""
    s = settings()
    assert runs.run_key_for(s) == runs.run_key_for(replace(s))
    for change in ({"seed": 1}, {"learning_rate": 0.01}, {"n_images": 60}, {"loss": "squared_error"}):
        assert runs.run_key_for(replace(s, **change)) != runs.run_key_for(s)
    assert len(runs.code_version()) == 12 and "explainer/live_training.py" in runs.CODE_FILES


@pytest.mark.slow
def test_train_then_join_then_replay(fresh_store):
    """The first learner trains; a second with the same settings joins the same run and reads
    every event from the first batch; a third, after the end, gets a replay of it."""
    s = settings(n_images=200, batch_size=2, epochs=2)  # 160 train -> 80 iterations per epoch
    data = tiny_data(200)
    a = train.press_train(s, data, "viewer-a")
    assert a.mode == "train"
    for _ in range(600):
        if runs.follower(a.key).snapshot().iterations_done >= 3:
            break
        time.sleep(0.05)
    b = train.press_train(s, data, "viewer-b")
    assert (b.mode, b.key) == ("join", a.key)
    joined = runs.follower(b.key).snapshot()
    assert joined.iterations_done >= 3 and joined.it_x[0] == 1  # from its first batch
    assert viewers.present(a.key) == 2
    wait_ended(a.key)
    f = runs.follower(a.key)
    f.refresh(force=True)
    done = f.snapshot()
    assert done.status == "finished" and done.iterations_done == 160 and f.final
    info = fresh_store.run_status(a.key)
    assert info.state == "finished" and info.metrics["epochs_done"] == 2
    weights = fresh_store.load_weights(a.key)
    assert weights and all(isinstance(w, np.ndarray) and w.dtype == np.float32 for w in weights)
    c = train.press_train(s, data, "viewer-c")
    assert (c.mode, c.key) == ("replay", a.key)
    replay = runs.Replay(c.info, clicked=time.time())
    first = replay.snapshot()
    assert not first.done and 1 <= first.iterations_done < 20  # starts at the first batch
    end = replay.snapshot(now=replay.clicked + replay.duration + 1)
    assert end.done and end.it_loss == done.it_loss and end.ep_val_accuracy == done.ep_val_accuracy
    assert len(fresh_store.finished_runs()) == 1  # one computation for three learners


def test_a_replay_plays_at_its_recorded_pace(fresh_store):
    """Events appear when their (shifted) time has come, from the first batch."""
    events = [
        {"k": "queue", "t": 0.0, "pos": 1, "run": 1, "wait": 0},
        {"k": "begin", "t": 5.0, "epochs": 1, "steps": 3},
    ]
    events += [{"k": "b", "t": 5.0 + i, "i": i, "c": 1, "n": 4, "l": 1.0 / i, "a": 0.5} for i in (1, 2, 3)]
    events.append({"k": "end", "t": 8.5, "s": "finished", "m": ""})
    assert fresh_store.claim_run("r1", {"model": "dense"}, "o", 100.0)
    assert fresh_store.append_progress("r1", events)
    assert fresh_store.finish_run("r1", "finished", {}, None, 110.0)
    replay = runs.Replay(fresh_store.run_status("r1"), clicked=1000.0)
    assert replay.duration == pytest.approx(2.5)
    assert replay.snapshot(now=1000.0).iterations_done == 1
    assert replay.snapshot(now=1001.2).iterations_done == 2
    assert not replay.done
    s = replay.snapshot(now=1003.0)
    assert s.done and s.elapsed == pytest.approx(2.5) and replay.done
    assert s.it_loss == fold_all(events).it_loss


@pytest.mark.slow
def test_a_learner_who_leaves_frees_the_line_at_once(fresh_store):
    """A run waiting behind another leaves the line once its only viewer has gone (a closed
    tab), after EXPLAINER_REJOIN_SECONDS (0.5 s here); it says so, and keeps no model."""
    q = jobs.server_queue()
    assert q.acquire("someone else", threading.Event())  # the only slot is taken
    gone = threading.Event()
    d = train.press_train(settings(), tiny_data(50), "viewer-x", alive=lambda: not gone.is_set())
    assert d.mode == "train"
    for _ in range(100):
        if runs.follower(d.key).snapshot().status == "waiting":
            break
        time.sleep(0.05)
    snap = runs.follower(d.key).snapshot()
    assert (snap.queue_position, snap.ahead_running, snap.ahead_waiting) == (1, 1, 0)
    t0 = time.monotonic()
    gone.set()
    wait_ended(d.key, timeout=10)
    assert time.monotonic() - t0 < 3.0  # 0.5 s to see the tab closed + 0.5 s grace + a pump round
    info = fresh_store.run_status(d.key)
    assert (
        info.state == "stopped"
        and info.metrics["reason"] == "left"
        and fresh_store.load_weights(d.key) is None
    )
    assert q.waiting == 0
    q.release()


@pytest.mark.slow
def test_stop_while_queued_says_it_left_the_line(fresh_store):
    """Stop pressed while waiting: the run leaves the line; nothing was trained, no model."""
    q = jobs.server_queue()
    assert q.acquire("someone else", threading.Event())
    d = train.press_train(settings(), tiny_data(50), "viewer-y")
    for _ in range(100):
        if q.waiting:
            break
        time.sleep(0.05)
    assert train.stop(d.key, "viewer-y") == "left_queue"
    wait_ended(d.key, timeout=10)
    info = fresh_store.run_status(d.key)
    assert info.state == "stopped" and info.metrics["reason"] == "queue" and info.metrics["iterations"] == 0
    q.release()


@pytest.mark.slow
def test_stop_by_one_of_two_viewers_leaves_the_run_to_the_other(fresh_store):
    """The run goes on for whoever still watches it; the last viewer's Stop stops it."""
    s = settings(n_images=400, batch_size=1, epochs=20)
    a = train.press_train(s, tiny_data(400), "va")
    b = train.press_train(s, tiny_data(400), "vb")
    assert b.mode == "join"
    assert train.stop(a.key, "va") == "left_run"
    time.sleep(0.3)
    assert not train.trainer(a.key).done
    assert train.stop(a.key, "vb") == "stopped"
    wait_ended(a.key, timeout=30)
    info = fresh_store.run_status(a.key)
    assert info.state == "stopped" and info.metrics["reason"] == "user" and fresh_store.load_weights(a.key)


@pytest.mark.slow
def test_a_long_run_is_refused_while_others_use_the_server_and_yields_to_them(fresh_store, monkeypatch):
    """Over EXPLAINER_MAX_RUN_SECONDS: refused (with cheaper settings) while the slot is busy;
    alone it starts, and it gives its slot up once it has held it that long and someone waits."""
    monkeypatch.setenv("EXPLAINER_MAX_RUN_SECONDS", "3")
    long = settings(n_images=400, batch_size=1, epochs=30)
    q = jobs.server_queue()
    assert q.acquire("someone else", threading.Event())
    d = train.press_train(long, tiny_data(400), "v1")
    assert d.mode == "refused" and d.estimate.long and fresh_store.run_status(d.key) is None
    q.release()
    d = train.press_train(long, tiny_data(400), "v1")
    assert d.mode == "train" and d.long_run
    for _ in range(600):
        if runs.follower(d.key).snapshot().iterations_done > 0:
            break
        time.sleep(0.05)
    other = train.press_train(settings(seed=5), tiny_data(50), "v2")  # short: it queues
    assert other.mode == "train"
    wait_ended(d.key, timeout=60)
    info = fresh_store.run_status(d.key)
    assert info.state == "stopped" and info.metrics["reason"] == "yield"
    assert fresh_store.load_weights(d.key) is not None  # its model so far is kept
    wait_ended(other.key)
    assert fresh_store.run_status(other.key).state == "finished"


def test_the_estimate_learns_this_machines_speed_from_finished_runs(fresh_store):
    """Finished runs of the same kind on this host that took twice their estimate double it."""
    s = settings()
    base = train.estimate(s)
    assert base.runs == 0 and base.seconds == pytest.approx(base.base)
    for i in range(3):
        key = f"done{i}"
        assert fresh_store.claim_run(key, s.as_dict(), "o", 1.0)
        m = {"outcome": "finished", "host": runs.host(), "estimate": 2.0, "train_seconds": 4.0}
        assert fresh_store.finish_run(key, "finished", m, None, 2.0 + i)
    train.forget_history()
    refined = train.estimate(s)
    assert refined.runs == 3 and refined.seconds == pytest.approx(2 * base.base)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_a_run_trained_on_another_replica_is_joined_and_followed_through_the_store(
    backend, tmp_path, request
):
    """Another server process (a replica) trains; this one presses Train on the same settings,
    joins, and follows the run live from the store's events to its end: SQLite on one
    machine, Redis across machines."""
    import os
    import subprocess
    import sys

    from store import open_store
    from tests.apptest_utils import ROOT

    url = (
        f"sqlite:///{tmp_path}/shared.sqlite3"
        if backend == "sqlite"
        else request.getfixturevalue("redis_url")
    )
    s = open_store(url)
    if backend == "redis":
        s.redis.flushdb()
    runs.use_store(s)
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from background import train
from tests.redis_server import redis_url  # noqa: F401 - the session's redis-server, a fixture
from tests.test_live_training import settings, tiny_data
d = train.press_train(settings(n_images=600, batch_size=1, epochs=2), tiny_data(600), "replica-a-viewer")
print(d.mode, d.key, flush=True)
assert train.trainer(d.key).join(600)
"""
    env = {**os.environ, "EXPLAINER_STORE": url, "EXPLAINER_TRAIN_PROCESS": "0"}
    other = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        mode, key = other.stdout.readline().split()
        assert mode == "train"
        for _ in range(1200):
            info = s.run_status(key)
            if info is not None and info.events > 5:
                break
            time.sleep(0.1)
        d = train.press_train(
            settings(n_images=600, batch_size=1, epochs=2), tiny_data(600), "replica-b-viewer"
        )
        assert (d.mode, d.key) == ("join", key) and train.trainer(key) is None  # trained over there
        seen = runs.follower(key).snapshot().iterations_done
        assert seen > 0
        assert other.wait(600) == 0
        f = runs.follower(key)
        f.refresh(force=True)
        end = f.snapshot()
        assert end.status == "finished" and end.iterations_done == 2 * 480 > seen
        assert s.load_weights(key) is not None
    finally:
        if other.poll() is None:
            other.kill()
        runs.use_store(None)
