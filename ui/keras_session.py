"""Stop Streamlit from resetting Keras after every script run (it cost every rerun ~0.1-1 s).

After each script run, also every fragment run, Streamlit calls
`keras.backend.clear_session()` once Keras is imported (ScriptRunner's
`_clean_problem_modules`). In Keras 3 that ends with a full `gc.collect()` over a heap
that holds TensorFlow: measured in the classroom load test, 95 % of the time the server
held the GIL went there, and every student's click waited behind it. This app never
relies on that reset (each model is built with fixed names and belongs to one session),
so the clean-up keeps only its matplotlib part.

    from ui.keras_session import keep_keras_state
    keep_keras_state()      # cheap and idempotent; ui/__init__.py calls it
"""

from __future__ import annotations

import contextlib
import sys


def _clean_problem_modules() -> None:
    """Streamlit's after-run clean-up without keras.backend.clear_session()."""
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        with contextlib.suppress(Exception):
            plt.close("all")


def keep_keras_state() -> bool:
    """Install the lighter clean-up in Streamlit's script runner. Returns True when it is in place
    (False if this Streamlit version has no such hook: then there is nothing to replace)."""
    try:
        from streamlit.runtime.scriptrunner import script_runner
    except ImportError:
        return False
    if not hasattr(script_runner, "_clean_problem_modules"):
        return False
    script_runner._clean_problem_modules = _clean_problem_modules
    return True
