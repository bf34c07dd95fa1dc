"""ui/shared_cache: results shared across reruns and sessions."""

import threading

import pytest

from ui.shared_cache import cached

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
