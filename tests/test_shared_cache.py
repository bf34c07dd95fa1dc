"""ui/shared_cache: results shared across reruns, frozen figures sent unchanged."""

import json
import threading

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
import pytest
from streamlit.testing.v1 import AppTest

from ui.shared_cache import ReadOnlyFigure, cached, freeze

CALLS = []


@cached(2)
def square(x):
    CALLS.append(x)
    return x * x


def test_hashable_arguments_are_computed_once_and_evicted_least_recent_first():
    """Same hashable arguments -> one computation; the cache keeps max_entries results."""
    square.clear()
    CALLS.clear()
    assert [square(2), square(2), square(3), square(2)] == [4, 4, 9, 4]
    assert CALLS == [2, 3]
    square(4)  # evicts 3, the least recently used
    square(3)
    assert CALLS == [2, 3, 4, 3]


def test_underscore_arguments_are_not_part_of_the_key():
    """A keyword argument named "_..." is passed to the function but not looked at by the key, so
    a big or unhashable object named by the other arguments can ride along."""
    seen = []

    @cached(4)
    def total(name: str, _xs: list):
        seen.append(name)
        return sum(_xs)

    assert total("a", _xs=[1, 2]) == 3 and total("a", _xs=[1, 2]) == 3
    assert total("b", _xs=[5]) == 5
    assert seen == ["a", "b"]


def test_unhashable_key_arguments_are_refused_with_the_function_name():
    """A list among the key's arguments is a programming error: it is named, not silently slow."""

    @cached(4)
    def total(xs):
        return sum(xs)

    with pytest.raises(TypeError, match="total"):
        total([1, 2])


def test_errors_are_not_cached():
    """A failing call raises every time; it does not poison the cache."""
    attempts = []

    @cached(4)
    def fail(x):
        attempts.append(x)
        raise ValueError("no")

    for _ in range(2):
        with pytest.raises(ValueError):
            fail(1)
    assert attempts == [1, 1]


def at_once(n: int, call) -> list:
    """call() from n threads started together, as n sessions would; their results."""
    out = []
    threads = [threading.Thread(target=lambda: out.append(call())) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_concurrent_callers_get_the_same_value():
    """Sessions call cached functions from their own threads."""
    square.clear()
    assert at_once(8, lambda: square(7)) == [49] * 8


def test_concurrent_misses_compute_once():
    """Eight sessions asking for the same missing figure at once: one computes, all get it."""
    import time

    runs = []

    @cached(4)
    def slow(x):
        runs.append(x)
        time.sleep(0.2)
        return x + 1

    assert at_once(8, lambda: slow(1)) == [2] * 8 and runs == [1]


def test_a_failed_first_computation_is_not_handed_to_the_waiters():
    """The first caller fails: the waiters compute for themselves, and nothing is cached."""
    import time

    started, runs = threading.Event(), []

    @cached(4)
    def flaky(x):
        runs.append(x)
        if len(runs) == 1:
            started.set()
            time.sleep(0.2)
            raise ValueError("first call fails")
        return x * 10

    results, errors = [], []

    def call():
        try:
            results.append(flaky(3))
        except ValueError as e:
            errors.append(e)

    first = threading.Thread(target=call)
    first.start()
    started.wait(5)
    waiters = [threading.Thread(target=call) for _ in range(3)]
    for t in waiters:
        t.start()
    for t in [first, *waiters]:
        t.join()
    assert len(errors) == 1 and results == [30, 30, 30]
    assert flaky(3) == 30


def _figure():
    return go.Figure(
        {
            "data": [{"type": "scatter", "x": np.arange(5.0), "y": np.arange(5.0) ** 2, "uid": "u1"}],
            "layout": {"xaxis": {"title": {"text": "w"}}, "yaxis": {"title": {"text": "L(w)"}}},
        }
    )


def test_frozen_figure_has_the_same_json_without_uids():
    """freeze keeps the figure's content (arrays included); only plotly's trace uid is dropped,
    as plotly.io.to_json drops it anyway."""
    fig = freeze(_figure())
    assert isinstance(fig, ReadOnlyFigure)
    assert json.loads(pio.to_json(fig)) == json.loads(pio.to_json(_figure()))


SCRIPT = """
import streamlit as st
from tests.test_shared_cache import FROZEN
st.plotly_chart(FROZEN, key="a")
st.plotly_chart(FROZEN, key="b")
"""
FROZEN = freeze(_figure())


def test_plotly_chart_leaves_the_shared_dict_unchanged():
    """The shared dict of a frozen figure is identical after Streamlit has sent it twice, and
    what Streamlit sent is the figure's JSON."""
    before = json.dumps(FROZEN.to_dict(), sort_keys=True)
    at = AppTest.from_string(SCRIPT).run()
    assert not at.exception
    assert json.dumps(FROZEN.to_dict(), sort_keys=True) == before
    sent = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert len(sent) == 2 and all(s == json.loads(before) for s in sent)


def test_unused_entries_expire_and_are_computed_again():
    """An entry unused for TTL seconds is dropped by the sweep; the next call recomputes it.
    A recently used entry stays."""
    from ui import shared_cache

    square.clear()
    CALLS.clear()
    square(5)
    square(6)
    used_6 = square.memo.data[((6,), ())][1]
    dropped = shared_cache.sweep(now=used_6 + shared_cache.TTL + 1)
    assert dropped >= 2 and not square.memo.data
    square(5)
    assert CALLS == [5, 6, 5]
    assert shared_cache.sweep(now=square.memo.data[((5,), ())][1] + 1) == 0  # fresh: kept


def test_bad_ttl_setting_falls_back_to_the_default(monkeypatch):
    """A hostile or silly EXPLAINER_CACHE_TTL never breaks the app."""
    from ui.shared_cache import _ttl

    for raw in ("abc", "nan", "-5", "1e12", ""):
        monkeypatch.setenv("EXPLAINER_CACHE_TTL", raw)
        assert _ttl() == 120.0
    monkeypatch.setenv("EXPLAINER_CACHE_TTL", "60")
    assert _ttl() == 60.0
