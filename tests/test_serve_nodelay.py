"""deploy/serve.py: the launcher switches on TCP_NODELAY even for sockets made without a protocol.

Streamlit's listening socket is created as socket.socket(family) (proto 0), for which asyncio
leaves Nagle's algorithm on; that costs ~40 ms per rerun. The launcher's replacement fixes it.
"""

import importlib.util
import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_serve():
    spec = importlib.util.spec_from_file_location("serve", ROOT / "deploy" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_nodelay_set_on_a_proto_zero_tcp_socket():
    """A TCP socket created like Streamlit's (no proto) gets TCP_NODELAY from the launcher."""
    serve = load_serve()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        assert s.proto == 0
        assert s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
        serve._set_nodelay(s)
        assert s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


def test_other_sockets_untouched():
    """UDP sockets are left alone."""
    serve = load_serve()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        serve._set_nodelay(s)  # no error, nothing to set


def test_preimports_exist():
    """The libraries imported before the first session are installed and import cleanly."""
    import gc

    serve = load_serve()
    before = gc.get_threshold()
    try:
        serve.preimport()
        assert gc.get_threshold() == serve.GC_THRESHOLDS  # full collections 10x rarer
    finally:
        gc.set_threshold(*before)
    assert "pandas" in serve.PREIMPORTS and "PIL.Image" in serve.PREIMPORTS
    assert serve.GC_THRESHOLDS[2] > before[2]


def test_memory_trim_thread_starts_and_trims():
    """On glibc the launcher starts one daemon thread that calls malloc_trim periodically."""
    import ctypes
    import threading

    serve = load_serve()
    assert serve.start_memory_trim()
    trimmers = [t for t in threading.enumerate() if t.name == "malloc-trim"]
    assert trimmers and all(t.daemon for t in trimmers)
    assert ctypes.CDLL("libc.so.6").malloc_trim(0) in (0, 1)  # the call the thread makes


def test_allocator_env_preloads_jemalloc_once():
    """With jemalloc on the system the launcher restarts with it preloaded and Python's small
    objects taken from it; the restarted process (LD_PRELOAD set) goes on as is."""
    serve = load_serve()
    env = serve.allocator_env({"PATH": "/bin"}, "libjemalloc.so.2")
    assert env["LD_PRELOAD"] == "libjemalloc.so.2" and env["PYTHONMALLOC"] == "malloc"
    assert "background_thread:true" in env["MALLOC_CONF"] and env["PATH"] == "/bin"
    assert serve.allocator_env(env, "libjemalloc.so.2") is None  # no restart loop
    assert serve.allocator_env({"MALLOC_CONF": "narenas:2"}, "libjemalloc.so.2")["MALLOC_CONF"] == "narenas:2"


def test_allocator_env_leaves_the_process_alone_when_it_should():
    """No jemalloc installed, switched off, or another preload chosen: no restart."""
    serve = load_serve()
    assert serve.allocator_env({}, None) is None
    assert serve.allocator_env({"EXPLAINER_JEMALLOC": "0"}, "libjemalloc.so.2") is None
    assert serve.allocator_env({"LD_PRELOAD": "libtcmalloc.so"}, "libjemalloc.so.2") is None
