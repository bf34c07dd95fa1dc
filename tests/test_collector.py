"""ui/collector.py: requests for a full collection in a burst are served by one collection."""

from __future__ import annotations

import gc
import time
import weakref

from ui import collector
from ui.collector import Debounce


def test_a_burst_waits_for_its_pause():
    d = Debounce(quiet=3.0, max_wait=30.0)
    assert not d.due(0.0) and d.wait(0.0) == 3.0  # nothing asked: nothing due
    for t in (10.0, 11.0, 12.5):  # a class leaving, one session at a time
        d.ask(t)
        assert not d.due(t + 2.9)
    assert d.wait(13.0) == 2.5  # 3 s after the last request
    assert d.due(15.5)
    d.served()
    assert not d.due(100.0)


def test_requests_that_never_pause_are_served_after_max_wait():
    d = Debounce(quiet=3.0, max_wait=30.0)
    t = 0.0
    while t < 29.0:  # a request every second: never 3 s of quiet
        d.ask(t)
        assert not d.due(t)
        t += 1.0
    assert d.wait(29.0) == 1.0
    assert d.due(30.0)


def test_the_thread_runs_one_collection_for_a_burst(monkeypatch):
    runs = []
    monkeypatch.setattr(collector, "_debounce", Debounce(quiet=0.2, max_wait=5.0))
    monkeypatch.setattr(collector.gc, "collect", lambda: runs.append(time.monotonic()))
    start = time.monotonic()
    for _ in range(5):
        collector.collect_soon()
        time.sleep(0.05)
    deadline = time.monotonic() + 5
    while not runs and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.4)  # long enough for a second collection, if the burst wrongly made one
    assert len(runs) == 1
    assert runs[0] - start >= 0.2 + 0.2  # after the last request (at ~0.2 s) and its pause
    collector.collect_soon()  # a later request is served again
    deadline = time.monotonic() + 5
    while len(runs) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(runs) == 2


def test_a_collection_frees_a_reference_cycle(monkeypatch):
    monkeypatch.setattr(collector, "_debounce", Debounce(quiet=0.05, max_wait=1.0))

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # only the cycle collector frees these two
    gone = weakref.ref(a)
    gc.disable()  # no automatic collection does the work in this test's place
    try:
        del a, b
        before = collector.collections_run
        collector.collect_soon()
        deadline = time.monotonic() + 5
        while collector.collections_run == before and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        gc.enable()
    assert gone() is None
