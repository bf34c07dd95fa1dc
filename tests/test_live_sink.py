"""A run as events: stamping, folding into a Snapshot, grouping long runs, and the time left."""

import json
import math

import pytest

from explainer import live_sink
from explainer.live_sink import Snapshot, TrainingSink, fold, fold_all


def run_events(epochs=2, steps=4, per_batch=0.1, val=0.05, ready=1.0) -> list[dict]:
    """A made-up run: waiting, starting, then `epochs` x `steps` batches at `per_batch` s each
    (the first batch of the run also pays `ready` s of tracing), and a validation pass per epoch."""
    t, out = 0.0, [{"k": "queue", "t": 0.0, "pos": 1, "run": 1, "wait": 0}]
    out += [
        {"k": "phase", "t": 2.0, "p": "worker", "e": None},
        {"k": "phase", "t": 3.0, "p": "compile", "e": None},
    ]
    t = 3.5
    out.append({"k": "begin", "t": t, "epochs": epochs, "steps": steps})
    for e in range(1, epochs + 1):
        out.append({"k": "phase", "t": t, "p": "train", "e": e})
        for i in range(1, steps + 1):
            t += per_batch + (ready if (e, i) == (1, 1) else 0.0)
            out.append({"k": "b", "t": t, "i": i, "c": 1, "n": 8, "l": 1.0 / (e * i), "a": 0.5})
        out.append({"k": "phase", "t": t, "p": "validate", "e": None})
        t += val
        out.append({"k": "ep", "t": t, "e": e, "l": 0.5, "a": 0.6, "vl": 0.55, "va": 0.58})
    out.append({"k": "end", "t": t + 0.01, "s": "finished", "m": ""})
    return out


def test_folding_tells_the_phases_in_order():
    """Queue place and who is ahead, then the worker, compiling, epochs; the end."""
    events = run_events()
    s = fold_all(events[:1])
    assert (s.status, s.phase, s.queue_position, s.ahead_running, s.ahead_waiting) == (
        "waiting",
        "queued",
        1,
        1,
        0,
    )
    assert fold_all(events[:2]).phase == "worker" and fold_all(events[:3]).phase == "compile"
    s = fold_all(events[:6])
    assert (s.status, s.epoch, s.iteration, s.iterations_done, s.epochs, s.steps_per_epoch) == (
        "running",
        1,
        1,
        1,
        2,
        4,
    )
    s = fold_all(events)
    assert s.done and s.status == "finished" and s.it_x == list(range(1, 9)) and s.ep_x == [1, 2]
    assert s.images_seen == 64 and s.elapsed == pytest.approx(events[-1]["t"])


def test_elapsed_runs_from_the_click_and_keeps_moving_while_getting_ready():
    """Before the first batch the elapsed clock is the reader's: it moves although no event came."""
    s = fold_all(run_events()[:3])
    assert s.at(4.0).elapsed == 4.0 and s.at(6.5).elapsed == 6.5
    done = fold_all(run_events())
    assert done.at(1000.0).elapsed == pytest.approx(done.clock)  # an ended run's clock stops


def test_eta_leaves_out_tracing_and_validation_and_is_exact_for_a_steady_run():
    """s_it from the batches after the first, s_val from the last validation pass: a steady
    made-up run's time left after epoch 1 is exactly what remains."""
    events = run_events(epochs=3, steps=10, per_batch=0.1, val=0.3, ready=2.0)
    end_of_epoch_1 = next(i for i, e in enumerate(events) if e["k"] == "ep")
    s = fold_all(events[: end_of_epoch_1 + 1]).at(events[end_of_epoch_1]["t"])
    actual = events[-2]["t"] - events[end_of_epoch_1]["t"]  # the last ep event
    assert s.eta == pytest.approx(actual, rel=1e-6)
    assert math.isnan(fold_all(events[:6]).eta)  # one batch: nothing measured yet
    assert fold_all(events).eta == 0.0


def test_the_sink_stamps_events_and_hands_them_over_in_order():
    """Events come out as JSON-able dicts with t, each once, by cursor."""
    sink = TrainingSink()
    sink.queued(2, 1, 1)
    sink.set_phase("compile")
    sink.begin(1, 2)
    sink.batch(1, 4, 0.9, 0.25)
    first, cursor = sink.events()
    sink.batch(2, 4, 0.7, 0.5)
    sink.epoch_end(1, 0.8, 0.4, math.nan, math.nan)
    sink.end("finished")
    rest, cursor2 = sink.events(cursor)
    assert [e["k"] for e in first] == ["queue", "phase", "begin", "b"] and cursor == 4
    assert [e["k"] for e in rest] == ["b", "ep", "end"] and cursor2 == 7
    assert all(isinstance(e["t"], float) and e["t"] >= 0 for e in first + rest)
    json.loads(json.dumps(first + rest))  # plain JSON (NaN for "no validation" included)
    assert fold_all(first + rest).it_loss == sink.snapshot().it_loss == [0.9, 0.7]


def test_a_long_run_groups_its_batches(monkeypatch):
    """Over MAX_POINTS iterations, c iterations make one event: means of loss and accuracy,
    images summed, the iteration count exact; an epoch's end flushes a partial group."""
    sink = TrainingSink(max_points=4)
    sink.begin(2, 5)  # 10 iterations -> groups of 3
    for e in (1, 2):
        sink.set_phase("train", e)
        for i in range(1, 6):
            sink.batch(i, 2, float(i), 1.0)
        sink.epoch_end(e, 1.0, 1.0, 1.0, 1.0)
    events, _ = sink.events()
    batches = [b for b in events if b["k"] == "b"]
    assert [b["c"] for b in batches] == [3, 2, 3, 2] and [b["i"] for b in batches] == [3, 5, 3, 5]
    assert batches[0]["l"] == pytest.approx(2.0) and batches[1]["n"] == 4
    s = sink.snapshot()
    assert s.iterations_done == 10 and s.it_x == [3, 5, 8, 10] and s.images_seen == 20


def test_unknown_phase_or_end_state_is_refused():
    sink = TrainingSink()
    with pytest.raises(ValueError):
        sink.set_phase("dreaming")
    with pytest.raises(ValueError):
        sink.end("exploded")


def test_fold_ignores_unknown_kinds_and_copies_are_independent():
    s = Snapshot()
    fold(s, {"k": "something-new", "t": 1.0})
    assert s.status == "idle" and s.clock == 1.0
    a = fold_all(run_events())
    b = a.copy()
    b.it_loss.append(9.0)
    assert len(a.it_loss) == 8 and live_sink.DONE[0] == "finished"
