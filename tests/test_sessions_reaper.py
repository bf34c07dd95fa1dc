"""deploy/sessions.py: disconnected sessions are removed and shut down when they expire.

Streamlit's own MemorySessionStorage is the reference: until expiry both behave the same.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time

from streamlit.runtime import memory_session_storage
from streamlit.runtime.memory_session_storage import MemorySessionStorage
from streamlit.runtime.session_manager import SessionInfo

from deploy import sessions
from deploy.sessions import ReapingSessionStorage


class FakeSession:
    def __init__(self, sid: str, fail: bool = False) -> None:
        self.id = sid
        self.fail = fail
        self.shut = 0

    def shutdown(self) -> None:
        self.shut += 1
        if self.fail:
            raise RuntimeError("broken session")


def off_loop(fn, *args):
    """fn(*args) in a thread of its own. The browser tests' Playwright keeps an event loop
    running in the main thread for the whole session: there, save() would schedule its work
    on that loop, and asyncio.run would refuse to nest."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(fn, *args).result()


def info(sid: str, fail: bool = False) -> SessionInfo:
    return SessionInfo(client=None, session=FakeSession(sid, fail), script_run_count=1)


def test_behaves_like_streamlits_storage_before_expiry():
    """Until sessions expire, both storages keep, list and delete the same sessions."""

    def check() -> None:
        ours, theirs = ReapingSessionStorage(ttl_seconds=60), MemorySessionStorage(ttl_seconds=60)
        for storage in (ours, theirs):
            storage.save(info("a"))
            storage.save(info("b"))
            storage.delete("a")
        assert [i.session.id for i in ours.list()] == [i.session.id for i in theirs.list()] == ["b"]
        assert ours.get("b") is not None and ours.get("a") is None
        assert ours.reap() == 0 and ours.get("b").session.shut == 0

    off_loop(check)


def test_a_new_disconnect_shuts_down_the_expired_sessions_first():
    """Streamlit's cache drops expired sessions on a write without shutting them down; ours
    reaps them first, and leaves the new one alone."""

    def check() -> None:
        storage = ReapingSessionStorage(ttl_seconds=0.05)
        old = info("old")
        storage.save(old)
        time.sleep(0.1)
        fresh = info("fresh")
        storage.save(fresh)
        assert old.session.shut == 1 and storage.get("old") is None
        assert storage.get("fresh") is fresh and fresh.session.shut == 0

    off_loop(check)


def test_reap_shuts_down_what_streamlit_would_have_kept():
    """Without another write, Streamlit's storage keeps an expired session's objects; ours frees them."""

    def check() -> None:
        theirs, ours = MemorySessionStorage(ttl_seconds=0.05), ReapingSessionStorage(ttl_seconds=0.05)
        kept, freed, broken = info("x"), info("y"), info("z", fail=True)
        theirs.save(kept)
        ours.save(freed)
        ours.save(broken)
        time.sleep(0.1)
        assert len(theirs._cache._data) == 1  # still held: nothing wrote to it after expiry
        assert ours.reap() == 2  # a failing shutdown does not stop the others
        assert freed.session.shut == 1 and broken.session.shut == 1
        assert len(ours._cache._data) == 0 and ours.reaped == 2

    off_loop(check)


def test_save_on_the_event_loop_schedules_the_reap_and_asks_for_a_collection(monkeypatch):
    asked = []
    monkeypatch.setattr(sessions, "MARGIN", 0.01)
    monkeypatch.setattr(sessions, "collect_soon", lambda: asked.append(1))
    storage = ReapingSessionStorage(ttl_seconds=0.05)
    a, b = info("a"), info("b")

    async def leave_and_wait() -> None:
        storage.save(a)
        storage.save(b)
        await asyncio.sleep(0.3)

    off_loop(asyncio.run, leave_and_wait())
    assert a.session.shut == 1 and b.session.shut == 1
    assert storage.list() == [] and storage.reaped == 2
    assert asked  # ui/collector.py turns a burst of these into one collection (tests/test_collector.py)


def test_a_disconnect_on_the_loop_shuts_down_expired_sessions_soon_after(monkeypatch):
    """On the event loop, the sessions a save() finds expired are shut down right after it
    (outside Streamlit's lock), before their own timers fire."""
    monkeypatch.setattr(sessions, "MARGIN", 5.0)  # the timers stay out of this test
    monkeypatch.setattr(sessions, "collect_soon", lambda: None)
    storage = ReapingSessionStorage(ttl_seconds=0.05)
    old, new = info("old"), info("new")
    seen_during_save = []

    async def two_disconnects() -> None:
        storage.save(old)
        await asyncio.sleep(0.1)
        storage.save(new)
        seen_during_save.append(old.session.shut)  # not inside save() itself
        assert storage.get("new") is new
        await asyncio.sleep(0.001)

    off_loop(asyncio.run, two_disconnects())
    assert seen_during_save == [0]
    assert old.session.shut == 1 and new.session.shut == 0
    assert storage.get("old") is None


def test_install_replaces_the_storage_streamlits_server_builds(monkeypatch):
    from streamlit.web.server import server

    monkeypatch.setattr(memory_session_storage, "MemorySessionStorage", MemorySessionStorage)
    monkeypatch.setattr(server, "MemorySessionStorage", MemorySessionStorage)
    sessions.install()
    assert memory_session_storage.MemorySessionStorage is ReapingSessionStorage
    assert server.MemorySessionStorage is ReapingSessionStorage


def test_a_full_storage_shuts_down_the_session_it_evicts():
    """Streamlit's storage holds at most maxsize sessions and evicts the least recently used
    one without its shutdown (a lecture hall reloading its tabs); ours shuts it down."""

    def check() -> None:
        ours, theirs = ReapingSessionStorage(maxsize=2, ttl_seconds=60), MemorySessionStorage(maxsize=2)
        kept = {}
        for storage in (ours, theirs):
            first = info("first")
            storage.save(first)
            storage.save(info("second"))
            storage.save(info("third"))
            kept[storage] = first
        assert (
            [i.session.id for i in ours.list()]
            == [i.session.id for i in theirs.list()]
            == ["second", "third"]
        )
        assert kept[theirs].session.shut == 0, "the reference: evicted without a shutdown"
        assert kept[ours].session.shut == 1 and ours.reaped == 1
        assert all(i.session.shut == 0 for i in ours.list())

    off_loop(check)


def test_on_the_loop_an_evicted_session_is_shut_down_right_after_the_save(monkeypatch):
    """On the event loop, eviction is handled like expiry: shut down just after save()."""
    monkeypatch.setattr(sessions, "MARGIN", 5.0)  # the expiry timers stay out of this test
    monkeypatch.setattr(sessions, "collect_soon", lambda: None)
    storage = ReapingSessionStorage(maxsize=1, ttl_seconds=60)
    first, second = info("first"), info("second")
    seen_during_save = []

    async def two_disconnects() -> None:
        storage.save(first)
        storage.save(second)
        seen_during_save.append(first.session.shut)
        await asyncio.sleep(0.01)

    off_loop(asyncio.run, two_disconnects())
    assert seen_during_save == [0] and first.session.shut == 1 and second.session.shut == 0
