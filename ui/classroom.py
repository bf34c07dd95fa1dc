"""Live questions in a lecture, the lecturer's side, and what every side shares.

A lecturer in lecture mode opens a class (store.open_class: a 5-character code). From then on
every slide the lecturer shows is the class's "current question" in the store (publish):
its id names the slide (see `Slide`), so students' screens (ui/class_join.py) and the speaker
view (ui/speaker.py) follow it from any replica. A slide with a question
("<page>.<step>.question") has choices (catalog/classroom.py); students answer them, and the
projected slide shows the answers arriving, every second (live_counts), then the reveal.

The store is opened once per process (st.cache_resource); its errors become a short message,
never a traceback: the slide keeps working without the class.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import time
from typing import NamedTuple
from urllib.parse import urlencode, urlsplit

import streamlit as st

import catalog
import store
from catalog.classroom import CORRECT
from explainer.questions import Question, question
from store.codes import is_valid_code, normalize_code
from ui.guard import callback
from ui.i18n import lang, t
from ui.predict import option_text

log = logging.getLogger("explainer.classroom")
CODE = "_class_code"  # session: the class this lecturer opened
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PLACEHOLDER = re.compile(
    r"(?<!\{)\{[a-z_0-9]*[}:!]"
)  # a str.format field, as tests/test_catalog.py finds them
GENERIC = 2  # choices of a question that has none of its own: "I have an answer" / "Not sure yet"


@st.cache_resource
def the_store() -> store.Store:
    """The run and class store of this process (EXPLAINER_STORE, else the SQLite default)."""
    return store.open_store()


class Slide(NamedTuple):
    """Where the lecturer is: page, step k of n, the step's name, and the next step's ("" at a page's end)."""

    page_id: str
    k: int
    n: int
    step: str
    next_step: str

    @property
    def base(self) -> str:
        """The catalog prefix of this slide: "<page>.<step>"."""
        return f"{self.page_id}.{self.step}"

    def encode(self) -> str:
        return "/".join((self.page_id, str(self.k), str(self.n), self.step, self.next_step))

    @classmethod
    def decode(cls, question_id: str) -> Slide | None:
        """The slide a question id names, or None if it names none."""
        parts = question_id.split("/")
        if len(parts) != 5 or not (parts[1].isdigit() and parts[2].isdigit()):
            return None
        return cls(parts[0], int(parts[1]), int(parts[2]), parts[3], parts[4])


def has_question(base: str) -> bool:
    """True when slide `base` asks its question before the reveal: the catalog has one, and it
    is either modelled in explainer/questions.py or quotes no numbers. A question that quotes
    numbers but has no model is built by its step from the step's own settings and drawn by
    the step itself (ui/predict.py check_ui), so the slide shows it inside the step."""
    key = f"{base}.question"
    if key not in catalog.CATALOG:
        return False
    return question(base) is not None or not PLACEHOLDER.search(catalog.CATALOG[key]["en"])


class Asked(NamedTuple):
    """A slide's question as a class answers it."""

    text: str  # the question, with the numbers it quotes
    answer: str  # the answer, likewise
    labels: list[str]  # one per stored choice
    right: int | None  # the right choice's index (marked after the reveal), None if none is
    number: Question | None  # a typed-number question: stored as choice 0 (right) or 1 (another)


def asked(base: str) -> Asked:
    """The question of slide `base` ("<page>.<step>"), its choices and its right one.

    Questions modelled in explainer/questions.py keep their options (or, for a number, "right
    within the tolerance" / "another number"); the others use catalog/classroom.py's choices,
    else "I have an answer" / "Not sure yet"."""
    q = question(base)
    fields = dict(q.fields) if q else {}
    text, answer = t(f"{base}.question", **fields), t(f"{base}.answer", **fields)
    if q is not None and q.kind == "choice":
        labels = [option_text(q, o) for o in q.options]
        return Asked(text, answer, labels, q.options.index(q.correct), None)
    if q is not None:
        labels = [t("class.number.right", tol=f"{q.tolerance:g}"), t("class.number.other")]
        return Asked(text, answer, labels, 0, q)
    own = []
    while f"{base}.choice.{len(own) + 1}" in catalog.CATALOG:
        own.append(t(f"{base}.choice.{len(own) + 1}"))
    if own:
        return Asked(text, answer, own, CORRECT[base] - 1 if base in CORRECT else None, None)
    return Asked(text, answer, [t(f"class.generic.{i}") for i in range(1, GENERIC + 1)], None, None)


def where(slide: Slide) -> str:
    """Where a slide is, in the user's language: "Loss · step 2 of 4"."""
    return t("present.position", page=t(f"{slide.page_id}.title"), k=slide.k, n=slide.n)


def join_url(code: str) -> str:
    """The link students open to join: this server's address with ?class=CODE&lang=..."""
    parts = urlsplit(getattr(st.context, "url", None) or "")
    root = "/" + (st.get_option("server.baseUrlPath") or "").strip("/")
    origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    return f"{origin}{root.rstrip('/')}/?{urlencode({'class': code, 'lang': lang()})}"


@functools.lru_cache(maxsize=64)
def qr_png(url: str) -> bytes:
    """A QR code of `url` as a PNG (segno, pure Python), 8 px per module."""
    import segno

    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="png", scale=8, border=2)
    return buf.getvalue()


# --- the lecturer ---------------------------------------------------------------------------


def code() -> str | None:
    """The class this lecturer opened, if it is still open."""
    c = st.session_state.get(CODE)
    if c and not safely(lambda: the_store().class_exists(c), False):
        st.session_state.pop(CODE, None)
        return None
    return c


def safely(fn, default):
    """fn() or `default` when the store cannot be reached (logged, shown once per run)."""
    try:
        return fn()
    except Exception:
        log.exception("class store failed")
        if not st.session_state.get("_class_store_warned"):
            st.session_state["_class_store_warned"] = True
            st.toast(t("class.store_down"), icon=":material/cloud_off:")
        return default


@callback
def open_class() -> None:
    st.session_state[CODE] = the_store().open_class(time.time())


@callback
def close_class() -> None:
    c = st.session_state.pop(CODE, None)
    if c:
        the_store().close_class(c)


def publish(slide: Slide, revealed: bool) -> None:
    """Make this slide the class's current one (nothing changes when it already is)."""
    c = st.session_state.get(CODE)
    if not c:
        return
    n_choices = len(asked(slide.base).labels) if has_question(slide.base) else 1
    s = the_store()
    if safely(lambda: s.set_question(c, slide.encode(), n_choices, time.time()), True) and revealed:
        safely(lambda: s.reveal(c), False)


def reveal() -> None:
    c = st.session_state.get(CODE)
    if c:
        safely(lambda: the_store().reveal(c), False)


def class_menu_ui() -> None:
    """Inside the header's menu: open or close the class; its code, QR code and link."""
    c = code()
    if not c:
        st.button(t("class.open"), key="deck_class_open", on_click=open_class, icon=":material/groups:")
        return
    join_card(c, "menu")
    st.button(t("class.close"), key="deck_class_close", on_click=close_class, type="tertiary")


def join_card(c: str, place: str) -> None:
    """The class code, the QR code of the join link, and the link itself (`place` keys them)."""
    url = join_url(c)
    with st.container(key=f"deck_class_code_{place}"):
        st.markdown(t("class.code", code=c))
    st.caption(t("class.join_here", code=c))
    with st.container(key=f"deck_qr_{place}"):
        st.image(qr_png(url), width=170, caption=None)
    st.code(url, language=None, wrap_lines=True)


def live_counts(slide: Slide, revealed: bool) -> None:
    """The answers arriving: the count and one labelled bar per choice, redrawn every second."""
    c = st.session_state.get(CODE)
    if c:
        _counts_fragment(c, slide.encode(), slide.base, revealed)


@st.fragment(run_every=1.0)
def _counts_fragment(c: str, question_id: str, base: str, revealed: bool) -> None:
    counts = safely(lambda: the_store().answer_counts(c, question_id), [])
    a = asked(base)
    if len(counts) != len(a.labels):
        counts = [0] * len(a.labels)
    total = sum(counts)
    with st.container(key="deck_counts"):
        st.markdown(f"**{t('class.count', n=total)}**")
        if a.number is not None and not revealed:
            return  # right / another number would give the answer away
        for i, (label, n) in enumerate(zip(a.labels, counts, strict=True)):
            key = "class.bar_right" if revealed and i == a.right else "class.bar"
            st.progress(n / total if total else 0.0, text=f"{t(key, letter=LETTERS[i], n=n)} — {label}")


def lecturer_question(slide: Slide, revealed: bool) -> None:
    """Beside a question on a slide, while a class is open: the choices, the join card, the counts."""
    c = st.session_state.get(CODE)
    if not c:
        return
    left, right = st.columns([3, 2])
    with left:
        a = asked(slide.base)
        if not revealed and a.number is None:
            st.markdown("  \n".join(f"**{LETTERS[i]}.** {label}" for i, label in enumerate(a.labels)))
        live_counts(slide, revealed)
    with right:
        if not revealed:
            join_card(c, "slide")


def valid_code(raw: str | None) -> str | None:
    """A typed or linked class code, normalised, if it could be one."""
    if not raw or len(raw) > 20:
        return None
    c = normalize_code(raw)
    return c if is_valid_code(c) else None
