"""Caching figures across reruns and sessions: the tool every chart page uses.

A page's figures depend only on a few simple values (a slider, a choice, the texts drawn on
it). Built once per distinct input with `cached(n)` (st.cache_resource, shared by every
session, at most n entries) and made read-only with `freeze`, a rerun that changed nothing
costs only st.plotly_chart's serialisation: no plotly validation, no rebuilding.

    @cached(64)
    def bars(p: tuple, labels: dict):
        return freeze(explainer.output_charts.bars(np.array(p), labels))

Cached figures are shared and read-only: to_dict() returns the same dict every time, which
st.plotly_chart only reads (a test guards that). Never change a figure returned from a cached
function, nor its to_dict(); build a new one instead. Cache keys should be hashable and cheap
to hash: numbers, short strings, tuples, bytes (pack arrays with `.tobytes()`), and call
cached functions with them. Then a lookup is a dict lookup (~2 µs); unhashable arguments (a
dict, an array) still work, through st.cache_resource, at ~0.1-0.25 ms a call.
"""

from __future__ import annotations

import functools
import gc
import json
import os
import threading
import time
from collections import OrderedDict

import plotly.graph_objects as go
import streamlit as st


def _ttl(default: float = 120.0) -> float:
    """EXPLAINER_CACHE_TTL in seconds (10 s to a day); anything else means the default."""
    try:
        ttl = float(os.environ.get("EXPLAINER_CACHE_TTL", default))
    except ValueError:
        return default
    return ttl if 10 <= ttl <= 86400 else default


# Seconds an unused entry is kept. 2 minutes, like Streamlit's server.disconnectedSessionTTL:
# entries in use by anyone are refreshed on every use, and a class's memory comes back within
# about three minutes of the last student leaving (benchmarks/RESULTS.md, session 4). A miss
# costs one figure build, a few to tens of milliseconds.
TTL = _ttl()
_caches: list = []  # every _Memo and _Fallback, for the sweeper
_sweeper: threading.Thread | None = None
_sweeper_lock = threading.Lock()


class _Pending:
    """A value one thread is computing; the others wait for it instead of computing it too."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value = None
        self.failed = False


WAIT_LIMIT = 30.0  # seconds a waiter trusts another thread's computation before doing its own


class _Memo:
    """A thread-safe least-recently-used dict whose entries also expire when unused for ttl s.

    Concurrent misses on one key compute once: the first caller computes, the others wait for
    its result (single flight). When a class of 100 arrives at a server whose caches have
    expired, every student asks for the same first figures within a second or two; computed
    by each, they cost 100 times the CPU and stretched the rerun tail (RESULTS.md, session 4).
    If the computation fails, nothing is cached and each waiter computes for itself.
    """

    def __init__(self, max_entries: int, ttl: float):
        self.max_entries, self.ttl = max_entries, ttl
        self.data: OrderedDict = OrderedDict()  # key -> (value, last used, monotonic s)
        self.pending: dict = {}  # key -> _Pending, while its first caller computes it
        self.lock = threading.Lock()

    def get(self, key, compute):
        now = time.monotonic()
        with self.lock:
            hit = self.data.get(key)
            if hit is not None:
                self.data[key] = (hit[0], now)
                self.data.move_to_end(key)
                return hit[0]
            pending = self.pending.get(key)
            first = pending is None
            if first:
                pending = self.pending[key] = _Pending()
        if not first:
            if pending.done.wait(WAIT_LIMIT) and not pending.failed:
                return pending.value
            return compute()  # the first caller failed (or hangs): errors are never cached
        try:
            value = compute()  # outside the lock: other keys stay served meanwhile
        except BaseException:  # also Streamlit's stop/rerun of the computing thread
            with self.lock:
                del self.pending[key]
            pending.failed = True
            pending.done.set()
            raise
        with self.lock:
            self.data[key] = (value, now)
            self.data.move_to_end(key)
            while len(self.data) > self.max_entries:
                self.data.popitem(last=False)
            del self.pending[key]
        pending.value = value
        pending.done.set()
        return value

    def expire(self, now: float) -> int:
        """Drop entries unused for ttl seconds; how many were dropped."""
        with self.lock:
            old = [k for k, (_, used) in self.data.items() if now - used > self.ttl]
            for k in old:
                del self.data[k]
        return len(old)

    def clear(self) -> None:
        with self.lock:
            self.data.clear()


class _Fallback:
    """The st.cache_resource a cached function falls back to, expiring like a _Memo.

    Streamlit's own ttl removes an expired entry only when that cache is used again, so after
    a class has left its entries would stay for good (measured: ~18 MB after 100 students,
    benchmarks/RESULTS.md, session 4). Every entry was made at a call, so once the last call
    is more than ttl seconds old every entry has expired, and clearing the whole cache drops
    exactly the expired entries.
    """

    def __init__(self, func, ttl: float):
        self.func, self.ttl = func, ttl
        self.last_used: float | None = None  # monotonic s of the last call; None: nothing cached
        self.lock = threading.Lock()

    def __call__(self, *args, **kwargs):
        with self.lock:
            self.last_used = time.monotonic()
        return self.func(*args, **kwargs)

    def expire(self, now: float) -> int:
        """Clear the cache if unused for ttl seconds; 1 when it was cleared."""
        with self.lock:
            if self.last_used is None or now - self.last_used <= self.ttl:
                return 0
            self.last_used = None
        self.func.clear()
        return 1

    def clear(self) -> None:
        with self.lock:
            self.last_used = None
        self.func.clear()


def sweep(now: float | None = None) -> int:
    """Expire unused entries in every cache now; how many entries (and cleared fallbacks) went."""
    now = time.monotonic() if now is None else now
    return sum(m.expire(now) for m in list(_caches))


def _sweep_forever() -> None:
    while True:
        time.sleep(max(TTL / 4, 1.0))
        if sweep():
            # A plotly figure and its traces point at each other: only the cycle collector
            # frees them, and on a server that has gone quiet nothing else would run it.
            gc.collect()


def _start_sweeper() -> None:
    global _sweeper
    with _sweeper_lock:
        if _sweeper is None:
            _sweeper = threading.Thread(target=_sweep_forever, name="figure-cache-sweep", daemon=True)
            _sweeper.start()


def cached(max_entries: int):
    """Share a pure function's results between reruns and sessions, at most max_entries of them.

    Hashable arguments are looked up in a plain dict (~2 µs; st.cache_resource would hash
    every argument and inspect the signature on every call: 0.1-0.25 ms per lookup, several
    per rerun). Unhashable arguments fall back to st.cache_resource. Either way, entries
    unused for TTL seconds (EXPLAINER_CACHE_TTL, default 2 minutes) are dropped, so a
    server's memory falls back after a class has left; errors are not cached.
    """

    def decorate(fn):
        memo = _Memo(max_entries, TTL)
        slow = _Fallback(st.cache_resource(max_entries=max_entries, ttl=TTL, show_spinner=False)(fn), TTL)
        _caches.extend((memo, slow))

        @functools.wraps(fn)
        def call(*args, **kwargs):
            _start_sweeper()
            key = (args, tuple(kwargs.items()))
            try:
                hash(key)
            except TypeError:  # a dict or an array among the arguments
                return slow(*args, **kwargs)
            return memo.get(key, lambda: fn(*args, **kwargs))

        def clear() -> None:
            memo.clear()
            slow.clear()

        call.clear = clear
        call.memo = memo
        return call

    return decorate


def recall(slot: str, fn, *args, **unhashed):
    """fn(*args, **unhashed), remembered in this session under `slot` while args stay the same.

    A rerun whose inputs did not change then skips even the shared cache's lookup (a few µs, more
    for arguments st.cache_resource must hash). `unhashed` values must follow from args (they are
    not compared).
    """
    last = st.session_state.get(slot)
    if last is not None and last[0] == args:
        return last[1]
    value = fn(*args, **unhashed)
    st.session_state[slot] = (args, value)
    return value


class ReadOnlyFigure(go.Figure):
    """A cached figure whose dict form is made once and shared.

    st.plotly_chart calls to_dict() on every rerun, which deep-copies the figure and packs
    its arrays again (about 2 ms for the animation); even parsing a stored JSON copy costs
    0.1-0.3 ms a chart. Here to_dict() returns the one plain dict made when the figure was
    frozen. st.plotly_chart only reads it (plotly.io.to_json passes a dict through and pops
    each trace's "uid", which freeze has already removed). Do not change it.
    """

    def to_dict(self) -> dict:
        return self._dict


def freeze(fig: go.Figure) -> go.Figure:
    """Make a just-built, never-again-changed figure a ReadOnlyFigure (left as is if not JSON-able).

    Animation frames are plain JSON-able dicts (explainer.descent_figures.animation_figure):
    they are written as they are, since plotly's to_dict would copy them and look for arrays
    to pack in each of their thousands of values (~100 ms for 200 frames).
    """
    frames, fig._frame_objs = fig._frame_objs, ()
    try:
        d = fig.to_dict()  # a deep copy, its numpy arrays packed as plotly.js typed arrays
        if frames:
            d["frames"] = [f._props for f in frames]  # read by json.dumps only
        for trace in d.get("data", []):
            trace.pop("uid", None)
        d = json.loads(json.dumps(d))  # plain JSON values only: nothing shared with the figure
    except TypeError:  # an array plotly could not pack, or a numpy array in a frame: keep the figure as it is
        return fig
    finally:
        fig._frame_objs = frames
    fig.__class__ = ReadOnlyFigure
    fig._dict = d
    return fig
