"""A page is an ordered list of steps (house rule 8).

    def intro(): ...            # one idea of the course each
    def calculator(): ...
    page.run("loss", [intro, calculator])

Normally every step renders, one after another. In lecture mode (ui/present.py) one step
is a slide. A step may have catalog entries that lecture mode shows, keyed by the step
function's name: "<page>.<step>.notes" (speaker notes), "<page>.<step>.question" and
"<page>.<step>.answer" (predict, then reveal).

Each step runs inside a guard: an unexpected error becomes a short message in the user's
language (and a log line), the other steps still render, and no traceback reaches a user.
Set EXPLAINER_DEBUG=1 to let errors through while developing.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence

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


def run(page_id: str, steps: Sequence[Step]) -> None:
    """Render a page: its title, then its steps, all of them or the current slide."""
    from ui import present  # local import: present imports this module

    if present.active():
        present.show(page_id, steps)
        return
    st.title(t(f"{page_id}.title"))
    for step in steps:
        guarded(step)
    share_link_ui()


def share_link_ui() -> None:
    """A "copy link to this view" box in the sidebar: the URL with every shareable setting.

    Drawn after the steps, so it includes the parameters they just put in the URL.
    """
    from urllib.parse import urlencode

    base = (getattr(st.context, "url", None) or "").split("?")[0]
    query = urlencode(st.query_params.to_dict())
    with st.sidebar:
        st.caption(t("app.share"))
        st.code(f"{base}?{query}" if base else f"?{query}", language=None, wrap_lines=True)
