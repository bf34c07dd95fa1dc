"""The speaker view: a second window that follows the projected slide (?present=1&speaker=CODE).

The projected window publishes its current slide to its class in the store (ui/classroom.py),
so this view follows it from another tab, window or machine, on any replica: it asks the store
every second (st.fragment run_every) and shows where the lecturer is, the slide's question and
answer, its speaker notes ("<page>.<step>.notes"), the next slide, the time since the lecture
started (a restartable timer) and, on a question, how many answers arrived.
"""

from __future__ import annotations

import time

import streamlit as st

import catalog
from explainer.course import PAGE_BY_ID, next_page
from ui import classroom
from ui.classroom import Slide
from ui.guard import callback
from ui.i18n import lang, t

KEY = "speaker"  # URL parameter: the class code the projected window publishes to
T0 = "_speaker_t0"  # session: when the timer started


def requested() -> str | None:
    """The class code of ?speaker=, when the URL asks for the speaker view."""
    raw = st.query_params.get(KEY)
    return None if raw is None else (classroom.valid_code(raw) or "")


def link(code: str) -> str:
    """The speaker view's query string for a class."""
    from urllib.parse import urlencode

    return "?" + urlencode({"present": "1", KEY: code, "lang": lang()})


@callback
def _restart() -> None:
    st.session_state[T0] = time.time()


def show(code: str) -> None:
    """The whole speaker view for class `code`."""
    st.session_state.setdefault(T0, time.time())
    head, timer = st.columns([3, 2], vertical_alignment="center")
    head.title(t("speaker.title"))
    timer.button(t("speaker.reset"), key="_speaker_reset", on_click=_restart, icon=":material/restart_alt:")
    _live(code)


def _next_where(slide: Slide) -> str | None:
    if slide.k < slide.n:
        return classroom.where(slide._replace(k=slide.k + 1, step=slide.next_step))
    nxt = next_page(slide.page_id) if slide.page_id in PAGE_BY_ID else None
    return None if nxt is None else t("present.position", page=t(f"{nxt.id}.title"), k=1, n="…")


@st.fragment(run_every=1.0)
def _live(code: str) -> None:
    elapsed = int(time.time() - st.session_state.get(T0, time.time()))
    with st.container(key="speaker_timer"):
        st.metric(t("speaker.timer"), f"{elapsed // 60:02d}:{elapsed % 60:02d}")
    s = classroom.the_store()
    q = classroom.safely(lambda: s.current_question(code), None) if code else None
    if q is None:
        if code and classroom.safely(lambda: s.class_exists(code), True):
            st.info(t("speaker.waiting", code=code), icon=":material/hourglass_empty:")
        else:
            st.warning(t("speaker.closed", code=code or "?"), icon=":material/event_busy:")
        return
    slide = Slide.decode(q.question_id)
    if slide is None or slide.page_id not in PAGE_BY_ID:
        st.info(t("speaker.waiting", code=code), icon=":material/hourglass_empty:")
        return
    st.subheader(t("speaker.now", where=classroom.where(slide)))
    if classroom.has_question(slide.base):
        a = classroom.asked(slide.base)
        st.markdown(t("speaker.asks", q=a.text))
        st.markdown(t("speaker.answer_is", a=a.answer))
        counts = classroom.safely(lambda: s.answer_counts(code, q.question_id), [])
        st.caption(t("speaker.answers", n=sum(counts)))
    notes = f"{slide.base}.notes"
    with st.container(border=True, key="speaker_notes"):
        st.markdown(f"**{t('present.notes')}**")
        st.markdown(t(notes) if notes in catalog.CATALOG else t("speaker.no_notes"))
    nxt = _next_where(slide)
    st.markdown(t("speaker.next", where=nxt) if nxt else t("speaker.end"))
    if nxt and slide.k < slide.n and classroom.has_question(f"{slide.page_id}.{slide.next_step}"):
        st.caption(t("speaker.asks", q=classroom.asked(f"{slide.page_id}.{slide.next_step}").text))
