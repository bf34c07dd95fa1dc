"""Lecture mode: the course as one deck of slides (?present=1&step=3).

Every page is a list of steps (ui/page.py); in lecture mode each step is a slide, shown
one at a time in big type with the sidebar and Streamlit's chrome out of the way. ← and →
(or the buttons) move through the deck; Next on a page's last step opens the next page's
first step, Previous on a first step opens the previous page's last one. The step lives in
the URL, so a lecturer can open any slide directly and the browser's Back button works.

Per step, optional catalog entries keyed by the step function's name:
"<page>.<step>.question" + ".answer": predict, then reveal (the slide's content stays
hidden until the answer is revealed); "<page>.<step>.notes": speaker notes, collapsed.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

import catalog
from explainer.course import PAGE_BY_ID, next_page, previous_page
from ui.guard import guarded
from ui.i18n import lang, t
from ui.urlstate import ALL, step_from_url

KEY = "present"

# Constant CSS, no user text: bigger type for the back of a hall, chrome hidden.
_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] {display: none !important;}
html {font-size: 21px;}
[data-testid="stMainBlockContainer"] {padding-top: 1.2rem; padding-bottom: 2rem; max-width: 1200px;}
[data-testid="stMain"] h1 {font-size: 1.9rem; padding-top: 0;}
</style>
"""


def active() -> bool:
    """True in lecture mode."""
    return bool(st.session_state.get(KEY, False))


def init_present() -> None:
    """Settle lecture mode for this run from ?present= (the URL wins), and keep it in the URL."""
    raw = st.query_params.get(KEY)
    if raw in ("0", "1"):
        st.session_state[KEY] = raw == "1"
    if active():
        if st.query_params.get(KEY) != "1":
            st.query_params[KEY] = "1"
    elif KEY in st.query_params:
        del st.query_params[KEY]  # ?step= stays: the normal page shows the steps up to that slide


def _set_mode() -> None:
    st.session_state[KEY] = st.session_state["_present_toggle"]
    st.query_params[KEY] = "1" if st.session_state[KEY] else "0"
    if st.session_state[KEY]:
        st.query_params["step"] = "1"  # a deck starts at its first slide


def toggle_ui() -> None:
    """The sidebar switch that turns lecture mode on."""
    st.session_state["_present_toggle"] = active()
    st.sidebar.toggle(t("present.toggle"), key="_present_toggle", on_change=_set_mode, help=t("present.help"))


def apply_style() -> None:
    """Big type, no sidebar, no toolbar (lecture mode only)."""
    st.markdown(_CSS, unsafe_allow_html=True)


def current_step(n: int) -> int:
    """The slide number from ?step= (1..n; "last" = n); anything else falls back to 1.

    "all" (a normal-mode link with every step shown) opens slide 1 quietly: it is a valid
    view of the page, just not a slide number.
    """
    raw = st.query_params.get("step", "1")
    k = 1 if raw == ALL else step_from_url(raw, n, last="last")
    if k is None:
        k = 1
        st.toast(t("app.url_reset", names="step"), icon=":material/link_off:")
    if st.query_params.get("step") != str(k):
        st.query_params["step"] = str(k)
    return k


def _go(page_id: str, step: str) -> None:
    """Open another page of the deck at `step` ("1" or "last")."""
    st.switch_page(PAGE_BY_ID[page_id].file, query_params={"lang": lang(), KEY: "1", "step": step})


def _nav_ui(page_id: str, k: int, n: int) -> None:
    prev_p, next_p = previous_page(page_id), next_page(page_id)
    left, mid, right, close = st.columns([1.2, 3, 1.2, 0.8], vertical_alignment="center")
    with left:
        if st.button(
            t("present.prev"),
            key="_prev",
            shortcut="Left",
            icon=":material/arrow_back:",
            disabled=k == 1 and prev_p is None,
            width="stretch",
        ):
            if k > 1:
                st.query_params["step"] = str(k - 1)
                st.rerun()
            _go(prev_p.id, "last")
    with mid:
        st.progress(k / n, text=t("present.position", page=t(f"{page_id}.title"), k=k, n=n))
    with right:
        if st.button(
            t("present.next"),
            key="_next",
            shortcut="Right",
            icon=":material/arrow_forward:",
            icon_position="right",
            disabled=k == n and next_p is None,
            width="stretch",
        ):
            if k < n:
                st.query_params["step"] = str(k + 1)
                st.rerun()
            _go(next_p.id, "1")
    with close:
        if st.button(t("present.exit"), key="_exit", shortcut="Esc", type="tertiary"):
            st.session_state[KEY] = False
            st.query_params[KEY] = "0"  # ?step= stays: the page shows the steps up to this slide
            st.rerun()


def show(page_id: str, steps: Sequence) -> None:
    """Render one slide: navigation, the page title, then the current step."""
    apply_style()
    n = len(steps)
    k = current_step(n)
    _nav_ui(page_id, k, n)
    st.title(t(f"{page_id}.title"))
    step = steps[k - 1]
    base = f"{page_id}.{getattr(step, '__name__', k)}"
    if f"{base}.question" in catalog.CATALOG:
        st.info(t(f"{base}.question"), icon=":material/help:")
        revealed = st.session_state.setdefault("_revealed", set())
        if base not in revealed:
            if st.button(t("present.reveal"), key=f"_reveal.{base}", type="primary", shortcut="Space"):
                revealed.add(base)
                st.rerun()
            return
        st.success(t(f"{base}.answer"), icon=":material/lightbulb:")
    guarded(step)
    if f"{base}.notes" in catalog.CATALOG:
        with st.expander(t("present.notes"), expanded=False):
            st.markdown(t(f"{base}.notes"))
