"""Every use of Streamlit's private API in the project, in one place.

Each access below has no public equivalent in Streamlit 1.67; each is checked by
tests/test_streamlit_internals.py, which fails loudly (never a silent fallback) if an upgrade
removes or changes it, and requirements.txt pins `streamlit~=1.67.0`, the version they were
tested on. Nothing here runs on import: importing `ui` changes nothing in Streamlit.

- `fragment_rerun()`: whether this script run reruns fragments only (ScriptRunContext's
  `fragment_ids_this_run`), so a widget whose value other steps read can turn it into a full
  rerun (ui/page.py `page_wide`).
- `session_alive_check()`: whether the browser session that started a training is still
  connected (Runtime.instance().is_active_session), so an abandoned run stops.
- `keep_keras_state()`: after every script run Streamlit calls `keras.backend.clear_session()`
  once Keras is imported (ScriptRunner's `_clean_problem_modules`); in Keras 3 that ends with a
  full `gc.collect()` over a heap that holds TensorFlow, which cost every rerun 0.1-1 s while a
  class trained (benchmarks/load_profile.py). This app never relies on that reset (each model
  is built with fixed names and belongs to one run), so the clean-up keeps only its matplotlib
  part. streamlit_app.main() installs it.
- `skip_direct_run_check()`: the first element a process draws makes Streamlit check whether
  it runs in a REPL, to warn about `python app.py` (delta_generator's
  `_maybe_print_use_warning`, once per process): `env_util.is_repl()` calls inspect.stack(),
  which reads the source file of every frame, 40-60 ms of a fresh server's first view. The app
  is only run by `streamlit run` or AppTest, so the check is marked as done.
  streamlit_app.main() calls it.
- Session storage (deploy/sessions.py): `MemorySessionStorage` keeps its sessions in a private
  TTLCache `_cache`; `EvictionHook` is that TTLCache with its `_evict_lru` hook reporting each
  session evicted for room; `install_session_storage` replaces the class Streamlit's server
  builds.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

from streamlit import delta_generator
from streamlit.runtime import Runtime, memory_session_storage
from streamlit.runtime.caching.ttl_cache import TTLCache
from streamlit.runtime.memory_session_storage import MemorySessionStorage
from streamlit.runtime.scriptrunner import script_runner
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

__all__ = [
    "EvictionHook",
    "MemorySessionStorage",
    "fragment_rerun",
    "install_session_storage",
    "keep_keras_state",
    "replace_storage_cache",
    "session_alive_check",
    "skip_direct_run_check",
    "storage_cache",
]


def fragment_rerun() -> bool:
    """True while this script run reruns fragments only (a widget inside a fragment changed)."""
    ctx = get_script_run_ctx(suppress_warning=True)
    return ctx is not None and bool(ctx.fragment_ids_this_run)


def session_alive_check() -> Callable[[], bool] | None:
    """A function telling whether the current browser session is still connected, or None
    outside a running server (AppTest, bare scripts). Call it from the script thread."""
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None or not Runtime.exists():
        return None
    runtime, session_id = Runtime.instance(), ctx.session_id
    return lambda: runtime.is_active_session(session_id)


def skip_direct_run_check() -> None:
    """Mark Streamlit's once-per-process "not run with `streamlit run`?" check as done (cheap)."""
    delta_generator._use_warning_has_been_displayed = True


def _clean_problem_modules() -> None:
    """Streamlit's after-run clean-up without keras.backend.clear_session()."""
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        with contextlib.suppress(Exception):
            plt.close("all")


def keep_keras_state() -> None:
    """Install the lighter after-run clean-up in Streamlit's script runner (idempotent, cheap)."""
    script_runner._clean_problem_modules = _clean_problem_modules


class EvictionHook(TTLCache):
    """Streamlit's TTLCache that hands each entry evicted for room (least recently used, the
    cache being full) to `evicted`, through the hook TTLCache keeps for subclasses."""

    def __init__(self, maxsize: int, ttl: float, evicted: list) -> None:
        super().__init__(maxsize=maxsize, ttl=ttl)
        self._evicted = evicted

    def _evict_lru(self, reason):
        value = super()._evict_lru(reason)
        self._evicted.append((getattr(value.session, "id", "?"), value))
        return value


def storage_cache(storage: MemorySessionStorage) -> TTLCache:
    """The TTLCache in which a MemorySessionStorage keeps its disconnected sessions."""
    return storage._cache


def replace_storage_cache(storage: MemorySessionStorage, cache: TTLCache) -> None:
    storage._cache = cache


def install_session_storage(cls: type[MemorySessionStorage]) -> None:
    """Make Streamlit's server build `cls` for its disconnected sessions.

    `streamlit run`'s server (streamlit.web.server.server) imported the name when it was
    loaded; an st.App imports it from its module when it starts. Both names are replaced.
    """
    from streamlit.web.server import server

    memory_session_storage.MemorySessionStorage = cls
    server.MemorySessionStorage = cls
