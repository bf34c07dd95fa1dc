"""One guard for everything a page runs: its steps and its widgets' callbacks.

An unexpected error becomes a short message in the learner's language (and a log line), the
rest of the page keeps working, and no traceback reaches a learner. Set EXPLAINER_DEBUG=1 to
let errors through while developing (the tests set it).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

import streamlit as st

from ui.i18n import t

Step = Callable[[], None]
log = logging.getLogger("explainer.pages")


def guarded(step: Step) -> None:
    """Run one step; turn an unexpected error into a message instead of a traceback."""
    try:
        step()
    except Exception:  # st.rerun/st.stop raise BaseException subclasses and pass through
        if os.environ.get("EXPLAINER_DEBUG") == "1":
            raise
        log.exception("step %s failed", getattr(step, "__name__", step))
        st.error(t("app.error"), icon=":material/error:")
