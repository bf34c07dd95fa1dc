"""The shared cache: what a page shows, built once per input and shared by every session.

This is the one caching idiom of the pages. A step's content (its figures, tables and texts)
depends only on a few simple values (a slider, a choice, the language), so each page's
`steps/<page>_cache.py` builds it in functions decorated with `cached(n)`:

    @cached(256)
    def bars_view(probs: tuple, lg: str, height: int = 200):
        return probability_bars(names(lg), np.asarray(probs), ...), _sum_line(...)

- **Keys.** The arguments are the key: numbers, short strings, tuples, bytes (pack arrays with
  `.tobytes()`). A keyword argument whose name starts with "_" is not part of the key (as in
  st.cache_resource): pass a big object that the other arguments already name that way
  (`network_pixels(key=digest, size=64, _image=image)`). A lookup is one dict lookup (~2 µs;
  st.cache_resource hashes every argument and inspects the signature on every call, 0.1-0.25 ms,
  several times per rerun: benchmarks/bench_pages.py).
- **Shared and read-only.** Never change what a cached function returns: every session gets
  the same object, so return values that cannot be changed where possible: strings of SVG or
  HTML, tuples, MappingProxyType, frozen dataclasses, arrays marked read-only
  (`a.flags.writeable = False`).
- **One computation per key.** When a class arrives at a server whose entries have expired,
  every student asks for the same first figures at once: the first caller computes, the others
  wait for its result (single flight). Errors are never cached.
- **Memory comes back.** Entries unused for TTL seconds (EXPLAINER_CACHE_TTL, default 2
  minutes) are dropped by one sweeper thread, and at most n entries are kept per function
  (least recently used first). What the pages cache holds no reference cycles (dropping every
  entry of every page, all steps open in both languages, left no cyclic garbage), so a dropped
  entry is freed at once, with no full collection.

Read-only *resources* that are not derived per input (the built-in model, a dataset) use
Streamlit's own st.cache_resource instead.
"""

from __future__ import annotations

import functools
import os
import threading
import time
from collections import OrderedDict

__all__ = ["cached", "sweep"]


def _ttl(default: float = 120.0) -> float:
    """EXPLAINER_CACHE_TTL in seconds (10 s to a day); anything else means the default."""
    try:
        ttl = float(os.environ.get("EXPLAINER_CACHE_TTL", default))
    except ValueError:
        return default
    return ttl if 10 <= ttl <= 86400 else default


# Seconds an unused entry is kept. 2 minutes, like Streamlit's server.disconnectedSessionTTL:
# entries in use by anyone are refreshed on every use, and a class's memory comes back within
# about three minutes of the last student leaving (benchmarks/loadtest.py, memory after a wave). A miss
# costs one figure build, a few to tens of milliseconds.
TTL = _ttl()
_caches: list = []  # every _Memo, for the sweeper
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
    by each, they cost 100 times the CPU and stretched the rerun tail (benchmarks/loadtest.py).
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


def sweep(now: float | None = None) -> int:
    """Expire unused entries in every cache now; how many entries went."""
    now = time.monotonic() if now is None else now
    return sum(m.expire(now) for m in list(_caches))


def _sweep_forever() -> None:
    while True:
        time.sleep(max(TTL / 4, 1.0))
        sweep()


def _start_sweeper() -> None:
    global _sweeper
    with _sweeper_lock:
        if _sweeper is None:
            _sweeper = threading.Thread(target=_sweep_forever, name="figure-cache-sweep", daemon=True)
            _sweeper.start()


def cached(max_entries: int):
    """Share a pure function's results between reruns and sessions, at most max_entries of them.

    The positional arguments and the keyword arguments not starting with "_" are the key; they
    must be hashable (a TypeError names the function otherwise). Entries unused for TTL seconds
    are dropped; errors are not cached.
    """

    def decorate(fn):
        memo = _Memo(max_entries, TTL)
        _caches.append(memo)

        @functools.wraps(fn)
        def call(*args, **kwargs):
            _start_sweeper()
            key = (args, tuple((k, v) for k, v in kwargs.items() if not k.startswith("_")))
            try:
                hash(key)
            except TypeError as exc:
                raise TypeError(f"{fn.__qualname__}: cache key arguments must be hashable ({exc})") from None
            return memo.get(key, lambda: fn(*args, **kwargs))

        call.clear = memo.clear
        call.memo = memo
        return call

    return decorate
