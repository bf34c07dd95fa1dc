"""One guard for everything a page runs: its steps and its widgets' callbacks.

An unexpected error becomes a short message in the learner's language (and a log line), the
rest of the page keeps working, and no traceback reaches a learner. Set EXPLAINER_DEBUG=1 to
let errors through while developing (the tests set it).
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable

import streamlit as st

from ui.i18n import t

Step = Callable[[], None]
log = logging.getLogger("explainer.pages")
FAILED = "_callback_failed"  # session: a callback failed; the next run says so at the top of the page


def guarded(step: Step, name: str | None = None) -> None:
    """Run one step; turn an unexpected error into a message instead of a traceback."""
    try:
        step()
    except Exception:  # st.rerun/st.stop raise BaseException subclasses and pass through
        if debugging():
            raise
        log.exception("step %s failed", name or getattr(step, "__name__", step))
        st.error(t("app.error"), icon=":material/error:")


def debugging() -> bool:
    return os.environ.get("EXPLAINER_DEBUG") == "1"


def callback(fn: Callable[..., None]) -> Callable[..., None]:
    """A widget's callback (on_click / on_change) under the same guard as a step.

    Streamlit runs callbacks before the script, outside every step, so an error there would
    show Streamlit's own English error box above the page. Here it is logged instead, and the
    page's next run opens with a short message in the learner's language (show_failure);
    nothing the callback had not finished is kept half-done by the page itself.
    """

    @functools.wraps(fn)
    def guarded_callback(*args, **kwargs) -> None:
        try:
            fn(*args, **kwargs)
        except Exception:  # st.rerun/st.stop raise BaseException subclasses and pass through
            if debugging():
                raise
            log.exception("callback %s failed", getattr(fn, "__name__", fn))
            st.session_state[FAILED] = True

    guarded_callback.guarded = True
    return guarded_callback


def show_failure() -> None:
    """Say, once, that the learner's last action could not be done (a callback failed)."""
    if st.session_state.pop(FAILED, False):
        st.error(t("app.action_error"), icon=":material/error:")
