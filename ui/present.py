"""Lecture mode: the course as one deck of slides (?present=1&step=3).

Every page is a list of steps (ui/page.py); in lecture mode each step is a slide, shown one at
a time under a one-line header (Previous, page title, step k of n with a progress bar, Next,
the class-and-links menu, Exit). Next on a page's last step opens the next page's first step,
Previous on a first step opens the previous page's last one. The step lives in the URL, so a
lecturer can open any slide directly and the browser's Back button works.

A slide is the screen (ui/deck.css, ui/deck.js): type scales with the screen (24 px prose at
1280x720), a slide taller than the screen is shown in pages, and the keys belong to the deck
even after a widget was used. → or PageDown (a clicker's forward key) reveals a hidden
answer, then shows the slide's next page, then the next slide; ← or PageUp goes back.

Per step, optional catalog entries keyed by the step function's name:
"<page>.<step>.question" + ".answer": predict, then reveal (the slide's content stays hidden
until the answer is revealed; with a class open, students answer on their own screens and
the counts arrive on the slide); "<page>.<step>.notes": speaker notes, shown in the speaker
view (?present=1&speaker=CODE, ui/speaker.py), which follows the projected slide.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode

import streamlit as st

from explainer.course import PAGE_BY_ID, next_page, previous_page
from ui import classroom, deck_assets, speaker
from ui.classroom import Slide
from ui.guard import callback, guarded
from ui.i18n import lang, t
from ui.urlstate import ALL, step_from_url

KEY = "present"
REVEALED = "_revealed"  # session: the slides ("<page>.<step>") whose answer was revealed


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


@callback
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
    """Lecture mode's CSS and the deck's keys (ui/deck_assets.py)."""
    deck_assets.install()


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


def _header_ui(page_id: str, k: int, n: int) -> None:
    """The one-line header: ← title · step k of n (progress) → · menu · Exit."""
    prev_p, next_p = previous_page(page_id), next_page(page_id)
    with st.container(key="deck_head"):
        cols = st.columns([1.4, 2.6, 2.6, 1.4, 0.5, 0.9], vertical_alignment="center")
        if cols[0].button(
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
        cols[1].title(t(f"{page_id}.title"), anchor=False)
        cols[2].progress(k / n, text=t("present.step", k=k, n=n))
        if cols[3].button(
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
        with cols[4].popover("", icon=":material/more_vert:", help=t("present.menu"), key="deck_menu"):
            _menu_ui()
        if cols[5].button(t("present.exit"), key="_exit", shortcut="Esc", type="tertiary"):
            st.session_state[KEY] = False
            st.query_params[KEY] = "0"  # ?step= stays: the page shows the steps up to this slide
            st.rerun()


def slide_link() -> str:
    """The URL of this slide with its current settings (what "Share this view" gives elsewhere)."""
    base = (getattr(st.context, "url", None) or "").split("?")[0]
    return f"{base}?{urlencode(st.query_params.to_dict())}"


def _menu_ui() -> None:
    """The header's menu: this slide's link, the class (open, code, QR), the speaker view."""
    st.caption(t("present.share"))
    st.code(slide_link(), language=None, wrap_lines=True)
    classroom.class_menu_ui()
    c = classroom.code()
    if c:
        st.link_button(t("present.speaker_link"), speaker.link(c), icon=":material/co_present:",
                       help=t("present.speaker_help"))  # fmt: skip
    else:
        st.caption(t("present.speaker_needs_class"))


def _reveal_clicked(base: str) -> None:
    st.session_state.setdefault(REVEALED, set()).add(base)
    classroom.reveal()


def show(page_id: str, steps: Sequence) -> None:
    """Render one slide (or, with ?speaker=CODE, the speaker view): header, question, step."""
    apply_style()
    code = speaker.requested()
    if code is not None:
        speaker.show(code)
        return
    n = len(steps)
    k = current_step(n)
    _header_ui(page_id, k, n)
    step = steps[k - 1]
    name = getattr(step, "__name__", str(k))
    nxt = getattr(steps[k], "__name__", str(k + 1)) if k < n else ""
    slide = Slide(page_id, k, n, name, nxt)
    revealed = slide.base in st.session_state.get(REVEALED, set())
    classroom.publish(slide, revealed)
    with st.container(key="deck_body"):  # ui/deck.js pages what is inside when it is too tall
        if classroom.has_question(slide.base):
            asked = classroom.asked(slide.base)
            with st.container(key="deck_question"):
                st.info(asked.text, icon=":material/help:")
            classroom.lecturer_question(slide, revealed)
            if not revealed:
                if st.button(
                    t("present.reveal"), key=f"_reveal.{slide.base}", type="primary", shortcut="Space"
                ):
                    _reveal_clicked(slide.base)
                    st.rerun()
                return
            st.success(asked.answer, icon=":material/lightbulb:")
        guarded(step)
