"""Predict, then see: a step's question, answered before the step shows what it asks about.

The questions and what is right come from explainer/questions.py; their words from the catalog
("<page>.<step>.question", ".option.<id>", ".answer", ".hint"). A learner commits to an answer
(a choice, a number, or "I have a guess: show me") and is told whether it was right. A choice
shows the step's content at once; a number the learner works out keeps it hidden until the
number is right (within the tolerance shown) or the learner asks to see it, with a hint after a
wrong try. An answer can be changed and checked again.

    if question_ui(page_id, step.__name__):   # False: not answered yet, keep the content hidden
        step()

Answers live in st.session_state[ANSWERS] (question id -> {"got": ..., "right": bool | None}).
"""

from __future__ import annotations

import streamlit as st

import catalog
from explainer.questions import Question, question
from ui.guard import callback
from ui.i18n import t
from ui.safe_text import md_literal

ANSWERS = "_answers"
ASKED = "_asked"  # session: question id -> the Question last drawn (a step may build it from its settings)


def answers() -> dict:
    return st.session_state.setdefault(ANSWERS, {})


def _key(q: Question) -> str:
    return f"_q.{q.id}"


@callback
def _check(qid: str) -> None:
    q = st.session_state.get(ASKED, {}).get(qid) or question(qid)
    got = st.session_state.get(_key(q))
    if got is None or (isinstance(got, str) and not got.strip()):
        return  # nothing chosen or typed yet: nothing to check
    typed = _as_number(got) if q.kind == "number" else got  # "196,608" as the page writes it
    answers()[qid] = {"got": got, "right": q.is_right(typed), "number": q.number}


@callback
def _skip(qid: str) -> None:
    answers()[qid] = {"got": None, "right": None}


def option_text(q: Question, option: str) -> str:
    return q.literals.get(option) or t(f"{q.id}.option.{option}", **q.fields)


def _as_number(raw) -> float | None:
    try:
        x = float(str(raw).replace(",", "").replace("，", "").strip())
    except ValueError:
        return None
    return x


def _feedback(q: Question, state: dict) -> None:
    answer = t("predict.answer", answer=t(f"{q.id}.answer", **q.fields))
    if state["right"] is None:
        st.info(f"{t('predict.skipped')} {answer}", icon=":material/visibility:")
    elif state["right"]:
        st.success(f"**{t('predict.right')}** {answer}", icon=":material/check_circle:")
    else:
        got = state["got"]
        if q.kind == "number" and _as_number(got) is None:
            msg = t("predict.not_a_number", got=md_literal(got))
        elif q.kind == "number":
            msg = t("predict.wrong_number", got=md_literal(got))
        else:
            msg = t("predict.wrong")
        hint = t(f"{q.id}.hint", **q.fields) if f"{q.id}.hint" in catalog.CATALOG else ""
        st.error(" ".join(x for x in (msg, hint, t("predict.try_again")) if x), icon=":material/replay:")


def question_ui(page_id: str, step_name: str) -> bool:
    """Draw the step's question (if it has one). True when the step's content may be shown:
    the step has no question, or the learner has answered (or skipped) it."""
    q = question(f"{page_id}.{step_name}")
    return True if q is None else check_ui(q)


def check_ui(q: Question) -> bool:
    """Draw one question (also one a step builds from its current settings, e.g. "how many
    iterations make an epoch with this batch size?"); True once answered or skipped. Its texts
    are the catalog's "<q.id>.question" etc.; a question built anew with other numbers keeps
    its answer only while those numbers stay the same."""
    st.session_state.setdefault(ASKED, {})[q.id] = q
    state = answers().get(q.id)
    if state is not None and state.get("number", q.number) != q.number:
        answers().pop(q.id)  # the settings changed, so the question did: it is asked anew
        state = None
    with st.container(border=True, key=f"predict-{q.id.replace('.', '-')}"):
        st.markdown(f"**{t('predict.title')}** · {t(f'{q.id}.question', **q.fields)}")
        if q.kind == "choice":
            st.radio(
                t("predict.choose"),
                q.options,
                index=None,
                format_func={o: option_text(q, o) for o in q.options}.get,  # bound now, in this language
                key=_key(q),
                horizontal=True,
                label_visibility="collapsed",
            )
        else:
            st.text_input(t("predict.number"), key=_key(q), max_chars=40)
            if q.tolerance:
                st.caption(
                    t("predict.tolerance", tol=f"{q.tolerance:.10f}".rstrip("0").rstrip("."))
                )  # never 5e-05
        row = st.container(horizontal=True)
        row.button(t("predict.check"), key=f"{_key(q)}.check", on_click=_check, args=(q.id,), type="primary")
        if state is None:
            row.button(
                t("predict.skip"), key=f"{_key(q)}.skip", on_click=_skip, args=(q.id,), type="tertiary"
            )
        if state is not None:
            _feedback(q, state)
    # A choice shows the step at once (seeing is the answer); a number the learner works out stays
    # hidden until it is right or skipped, so the step does not give it away.
    return state is not None and (q.kind == "choice" or state["right"] is not False)
