"""Live questions in a lecture, the students' side.

A student joins a class with the link the lecturer shows (?class=CODE, e.g. from the QR code)
or by typing the code in the box that the sidebar's "Join a class" button opens. While joined,
a box at the top of every page shows what the lecturer is on and, on a slide with a question,
the question with its choices: picking one sends it at once (a later pick replaces it until
the reveal), and after the reveal the answer. The box asks the store every two seconds
(st.fragment run_every), so it works whichever replica the lecturer and the student are on.
"Follow the lecturer's slide" (optional) moves the student's page to the lecturer's page and
step.
"""

from __future__ import annotations

import secrets

import streamlit as st

from explainer.course import PAGE_BY_ID
from ui import classroom
from ui.classroom import LETTERS, Slide
from ui.guard import callback
from ui.i18n import lang, t
from ui.safe_text import md_literal
from ui.streamlit_internals import fragment_rerun

JOINED = "_class_joined"  # session: the class this student is in
STUDENT = "_class_student"  # session: this student's anonymous id
FOLLOW = "_class_follow"  # session (toggle): follow the lecturer's slide
POLL_S = 2.0


def joined() -> str | None:
    return st.session_state.get(JOINED)


def student_id() -> str:
    if STUDENT not in st.session_state:
        st.session_state[STUDENT] = secrets.token_hex(8)
    return st.session_state[STUDENT]


def init_join() -> None:
    """Join the class named by ?class= (once per code), and keep it in the URL while joined."""
    raw = st.query_params.get("class")
    c = classroom.valid_code(raw)
    if c and c != joined() and classroom.safely(lambda: classroom.the_store().class_exists(c), False):
        st.session_state[JOINED] = c
    elif raw is not None and c != joined() and not st.session_state.get(f"_class_bad.{raw}"):
        st.session_state[f"_class_bad.{raw}"] = True
        st.toast(t("class.bad_code"), icon=":material/link_off:")
    if joined() and st.query_params.get("class") != joined():
        st.query_params["class"] = joined()
    elif not joined() and "class" in st.query_params:
        del st.query_params["class"]


@callback
def _join_typed() -> None:
    c = classroom.valid_code(st.session_state.get("_class_typed"))
    if c and classroom.the_store().class_exists(c):
        st.session_state[JOINED] = c
        st.query_params["class"] = c
        if fragment_rerun():  # typed in the dialog: the whole page, so the dialog closes
            st.rerun()
    else:
        st.session_state["_class_typed_bad"] = True  # said in the dialog, which stays open


@callback
def _leave() -> None:
    st.session_state.pop(JOINED, None)
    st.query_params.pop("class", None)


def join_box_ui() -> None:
    """The sidebar's "Join a class" button, which opens a box for the code and a Join button;
    "Leave" when joined. A dialog, not an expander: an expander's field and button are built
    on every full rerun of every page, a dialog's only while it is open."""
    if joined():
        st.sidebar.button(t("class.leave"), key="_class_leave", on_click=_leave, icon=":material/logout:")
        return
    if st.sidebar.button(t("class.join"), key="_class_join_open", icon=":material/groups:", width="stretch"):
        st.dialog(t("class.join"))(_join_dialog)()


def _join_dialog() -> None:
    """The code field and Join. A right code reruns the page (the dialog closes, the class's box
    shows); a wrong one says so here and the dialog stays open."""
    st.text_input(t("class.join_code"), key="_class_typed", max_chars=12)
    st.button(t("class.join_button"), key="_class_join", on_click=_join_typed, type="primary")
    if st.session_state.pop("_class_typed_bad", False):
        st.warning(t("class.bad_code"), icon=":material/error:")


def student_ui() -> None:
    """For a student (not in lecture mode): join from the link, the join box, the question box."""
    init_join()
    join_box_ui()
    if joined():
        question_box(joined())


@callback
def _send(c: str, question_id: str) -> None:
    choice = st.session_state.get(f"_class_pick.{question_id}")
    if choice is None:
        return
    ok = classroom.the_store().answer(c, question_id, student_id(), int(choice))
    st.session_state[f"_class_sent.{question_id}"] = LETTERS[choice] if ok else "late"


@callback
def _send_number(c: str, question_id: str, base: str) -> None:
    raw = str(st.session_state.get(f"_class_typed.{question_id}") or "").strip()
    x = as_number(raw)
    if x is None:
        st.session_state[f"_class_sent.{question_id}"] = ("bad", raw)
        return
    right = classroom.asked(base).number.is_right(x)
    ok = classroom.the_store().answer(c, question_id, student_id(), 0 if right else 1)
    st.session_state[f"_class_sent.{question_id}"] = raw if ok else "late"


def as_number(raw: str) -> float | None:
    """A typed number ("196,608", "0.3855"), or None."""
    try:
        return float(raw.replace(",", "").replace("，", ""))
    except ValueError:
        return None


@st.fragment(run_every=POLL_S)
def question_box(c: str) -> None:
    """What the lecturer is on; the current question with its choices; the answer once revealed."""
    q = classroom.safely(lambda: classroom.the_store().current_question(c), None)
    exists = q is not None or classroom.safely(lambda: classroom.the_store().class_exists(c), True)
    with st.container(border=True, key="class_box"):
        st.markdown(f"**{t('class.joined', code=c)}**")
        if not exists:
            st.warning(t("class.closed"), icon=":material/event_busy:")
            return
        slide = Slide.decode(q.question_id) if q else None
        if slide is None:
            return
        st.toggle(t("class.follow"), key=FOLLOW, help=t("class.follow_help"))
        if st.session_state.get(FOLLOW):
            _follow(slide)
        if not classroom.has_question(slide.base):
            st.caption(t("class.waiting", where=classroom.where(slide)))
            return
        _answer_ui(c, q.question_id, slide, q.revealed)


def _answer_ui(c: str, question_id: str, slide: Slide, revealed: bool) -> None:
    a = classroom.asked(slide.base)
    st.markdown(f"**{t('class.asked')}:** {a.text}")
    if a.number is not None:
        st.text_input(t("class.number"), key=f"_class_typed.{question_id}", max_chars=40, disabled=revealed)
        st.button(t("class.send"), key=f"_class_send.{question_id}", on_click=_send_number,
                  args=(c, question_id, slide.base), disabled=revealed)  # fmt: skip
    else:
        st.radio(
            t("class.choose"),
            range(len(a.labels)),
            format_func=lambda i: f"{LETTERS[i]}. {a.labels[i]}",
            index=None,
            key=f"_class_pick.{question_id}",
            on_change=_send,
            args=(c, question_id),
            disabled=revealed,
        )
    sent = st.session_state.get(f"_class_sent.{question_id}")
    if sent == "late":
        st.warning(t("class.too_late"), icon=":material/schedule:")
    elif isinstance(sent, tuple):
        st.warning(t("class.not_a_number", got=md_literal(sent[1])), icon=":material/error:")
    elif sent is not None and not revealed:
        key = "class.sent_number" if a.number is not None else "class.sent"
        st.success(t(key, letter=sent, got=md_literal(sent)), icon=":material/check:")
    if revealed:
        st.info(t("class.answer_is", a=a.answer), icon=":material/lightbulb:")


def _follow(slide: Slide) -> None:
    """Open the lecturer's page at the lecturer's step, unless this page shows it already."""
    info = PAGE_BY_ID.get(slide.page_id)
    here = st.session_state.get("_class_at") or ("", "")
    if info is None or here == (slide.page_id, str(slide.k)):
        return
    st.session_state["_class_at"] = (slide.page_id, str(slide.k))
    st.switch_page(info.file, query_params={"lang": lang(), "step": str(slide.k), "class": slide_code()})


def slide_code() -> str:
    return joined() or ""
