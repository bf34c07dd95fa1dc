"""background.preload: TensorFlow is preloaded in the background only when the setting asks.

Each check runs in a fresh subprocess, so sys.modules shows exactly what got imported.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_py(code: str, **env: str) -> str:
    full_env = {k: v for k, v in os.environ.items() if k != "EXPLAINER_PRELOAD_TF"}
    full_env.update(env)
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


def test_off_by_default_imports_nothing():
    """Without EXPLAINER_PRELOAD_TF the call starts no thread and TensorFlow stays unimported."""
    out = run_py(
        """
        import sys, threading, time
        from background.preload import start_tf_preload
        print(start_tf_preload())
        time.sleep(0.5)
        print("tensorflow" in sys.modules, any(t.name == "explainer-tf-preload" for t in threading.enumerate()))
        """
    )
    assert out.splitlines() == ["None", "False False"]


def test_setting_zero_is_off():
    """EXPLAINER_PRELOAD_TF=0 is off too."""
    out = run_py(
        "import sys\nfrom background.preload import start_tf_preload\n"
        "print(start_tf_preload(), 'tensorflow' in sys.modules)",
        EXPLAINER_PRELOAD_TF="0",
    )
    assert out == "None False"


@pytest.mark.slow
def test_enabled_thread_imports_tensorflow_once():
    """With the setting on, concurrent calls start one daemon thread that loads TensorFlow."""
    out = run_py(
        """
        import sys, threading
        from background.preload import start_tf_preload
        from explainer import tf_runtime
        seen = []
        callers = [threading.Thread(target=lambda: seen.append(start_tf_preload())) for _ in range(8)]
        for c in callers: c.start()
        for c in callers: c.join()
        assert len({id(t) for t in seen}) == 1 and seen[0].daemon
        assert start_tf_preload() is seen[0]
        seen[0].join(240)
        import gc
        frozen = gc.get_freeze_count()  # TensorFlow's objects: out of every later full collection
        print("tensorflow" in sys.modules, tf_runtime.is_loaded(), frozen > 100_000)
        """,
        EXPLAINER_PRELOAD_TF="1",
    )
    assert out == "True True True"
