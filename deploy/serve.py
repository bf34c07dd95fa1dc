"""Start the app like `streamlit run streamlit_app.py`, with TCP_NODELAY on every connection.

    python deploy/serve.py [streamlit run options ...]

Why: Streamlit 1.67 binds its listening socket without naming the TCP protocol, so asyncio
does not switch off Nagle's algorithm on the accepted connections (it only does so when
sock.proto == IPPROTO_TCP). A rerun sends many small WebSocket frames; with Nagle on, the
second frame waits for the browser's delayed ACK, which adds ~40 ms to every rerun (up to
200 ms with Windows clients). Measured with benchmarks/load_profile.py: see RESULTS.md.
This wrapper sets TCP_NODELAY for every TCP stream asyncio wraps, then runs Streamlit's CLI.

It also imports the heavy libraries the pages use (background/warm_imports.py's MODULES:
numpy, Pillow, pandas) before the first student arrives: the app's warm-up thread then finds
them in, and a first visitor whose page draws a table does not wait for pandas (~0.3 s).

Pauses: after those imports, gc.freeze() moves the libraries' objects (~60,000) out of
the garbage collector's view; otherwise every full collection walks them all while every
student's rerun waits (benchmarks/RESULTS.md, "Classroom load").

Memory: every 30 s a daemon thread asks glibc to hand freed heap pages back to the system
(malloc_trim). Without it, the memory of students who have left stays in the process's
free lists, so the server's RSS after a class stays near its peak instead of falling back
(benchmarks/RESULTS.md, "What the measurements taught us"). Run it with MALLOC_ARENA_MAX=2 (the
Dockerfile sets it): a server with a thread per rerun otherwise grows one malloc arena per
core, each holding its own free memory.

Allocator: where the system has jemalloc (Debian: libjemalloc2, in the Docker image), the
launcher restarts itself once (os.execve, same process id) with jemalloc preloaded and
PYTHONMALLOC=malloc, so every allocation, Python's small objects included, comes from
jemalloc, whose background thread returns freed pages. Python's own small-object allocator
gives a 1 MB block back only when every object in it is gone, and after a class a few
survivors held ~45 MB that way; glibc's malloc returned it but lengthened the rerun tail.
Measured by benchmarks/loadtest.py (memory after a wave). EXPLAINER_JEMALLOC=0 switches this off.

Sessions: Streamlit keeps each disconnected session for server.disconnectedSessionTTL
seconds but only lets go of it when another session disconnects, so the last class's
sessions stayed in memory for good. deploy/sessions.py reaps them when they expire.
"""

from __future__ import annotations

import asyncio.base_events
import ctypes
import ctypes.util
import gc
import importlib
import os
import socket
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path


def _set_nodelay(sock: socket.socket) -> None:
    if sock.family in {socket.AF_INET, socket.AF_INET6} and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as `python deploy/serve.py`: make the app's packages importable

from background.warm_imports import MODULES as PREIMPORTS  # noqa: E402

# Full collections 10x rarer than Python's default (700, 10, 10). A full collection walks every
# live object while holding the interpreter lock: with a class on the server that is 70-170 ms
# in which no student's rerun moves, and the default ran nine of them in a 25 s wave
# (benchmarks/loadtest.py, rerun p95). Young objects are still collected as often as before; what waits
# longer is cyclic garbage that has survived two collections, and the session reaper runs a
# full collection when a class has left (ui/collector.py).
GC_THRESHOLDS = (700, 10, 100)


def preimport() -> None:
    """Import the pages' heavy libraries once, in this thread, before any session exists:
    the app's own warm-up (background/warm_imports.py) then has nothing left to do."""
    for name in PREIMPORTS:
        importlib.import_module(name)
    gc.collect()
    gc.freeze()  # the libraries' objects never change: keep them out of every later collection
    gc.set_threshold(*GC_THRESHOLDS)


TRIM_EVERY = 30.0  # seconds


def _trim_forever(libc) -> None:
    while True:
        time.sleep(TRIM_EVERY)
        libc.malloc_trim(0)  # a few ms; returns 1 when memory was released


def start_memory_trim() -> bool:
    """Start the malloc_trim thread (glibc only); False where there is no malloc_trim."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):
        return False
    threading.Thread(target=_trim_forever, args=(libc,), name="malloc-trim", daemon=True).start()
    return True


JEMALLOC_CONF = "background_thread:true,dirty_decay_ms:5000,muzzy_decay_ms:0"


def allocator_env(env: Mapping[str, str], jemalloc: str | None) -> dict[str, str] | None:
    """The environment to restart this server in with jemalloc as the allocator of everything,
    or None to go on as is: no jemalloc here, switched off, or already preloaded (the restart
    itself, or an LD_PRELOAD someone chose)."""
    if jemalloc is None or env.get("EXPLAINER_JEMALLOC", "1") == "0" or env.get("LD_PRELOAD"):
        return None
    return {
        **env,
        "LD_PRELOAD": jemalloc,
        "PYTHONMALLOC": "malloc",
        "MALLOC_CONF": env.get("MALLOC_CONF") or JEMALLOC_CONF,  # freed pages go back within ~5 s
    }


def use_jemalloc() -> None:
    """Restart this process with jemalloc preloaded, if the system has it (see the top)."""
    new_env = allocator_env(os.environ, ctypes.util.find_library("jemalloc"))
    if new_env is not None:
        os.execve(sys.executable, [sys.executable, str(Path(__file__).resolve()), *sys.argv[1:]], new_env)


def main() -> None:
    use_jemalloc()
    asyncio.base_events._set_nodelay = _set_nodelay  # used by asyncio's socket transports
    preimport()
    start_memory_trim()
    from deploy.sessions import install as reap_expired_sessions

    reap_expired_sessions()
    from streamlit.web import cli

    app = str(ROOT / "streamlit_app.py")
    sys.argv = ["streamlit", "run", app, *sys.argv[1:]]
    cli.main()


if __name__ == "__main__":
    main()
