"""Answering a step's question in the browser (ui/predict.py): choose or type, press Check, read
what the box says. Used by the knobs, one-hot and loss browser tests."""

from __future__ import annotations

from catalog import text
from tests.e2e.conftest import wait_idle


def box(page, qid: str):
    """The bordered box of question `qid` ("<page>.<name>"): key "predict-<page>-<name>"."""
    return page.locator(f".st-key-predict-{qid.replace('.', '-')}")


def choose(page, qid: str, option: str) -> None:
    """Pick the option labelled `option` (exactly) in the question's radio group."""
    box(page, qid).get_by_text(option, exact=True).click()
    wait_idle(page)


def type_number(page, qid: str, value: str) -> None:
    """Type `value` into a number question and commit it (Enter)."""
    field = box(page, qid).get_by_role("textbox")
    field.wait_for(timeout=30_000)
    field.fill(value)
    field.press("Enter")
    wait_idle(page)


def check(page, qid: str, lang: str) -> str:
    """Press Check; returns "right" or "wrong" from what the box then says."""
    box(page, qid).get_by_role("button", name=text("predict.check", lang), exact=True).click()
    wait_idle(page)
    right, wrong = text("predict.right", lang), text("predict.try_again", lang)
    feedback = box(page, qid).locator('[data-testid="stAlert"]')
    feedback.first.wait_for(timeout=30_000)
    said = feedback.first.inner_text()
    assert (right in said) != (wrong in said), said
    return "right" if right in said else "wrong"


def wrong_then_right(page, qid: str, lang: str, wrong: str, right: str, number: bool = False) -> None:
    """Answer wrong, see "not quite"; then right, see "right". `wrong` and `right` are option labels
    of a choice question, or typed numbers when `number`."""
    answer = type_number if number else choose
    answer(page, qid, wrong)
    assert check(page, qid, lang) == "wrong"
    answer(page, qid, right)
    assert check(page, qid, lang) == "right"


def label(q, option: str, lang: str) -> str:
    """An option's text as the page shows it."""
    return q.literals.get(option) or text(f"{q.id}.option.{option}", lang)


def answer_wrong_then_right(page, q, lang: str) -> None:
    """Question `q` (explainer/questions.py, as the page built it): a wrong answer, then the right
    one; the right option or number comes from the Question, never typed here."""
    if q.kind == "choice":
        wrong = next(o for o in q.options if o != q.correct)
        wrong_then_right(page, q.id, lang, label(q, wrong, lang), label(q, q.correct, lang))
    else:
        wrong_then_right(
            page, q.id, lang, f"{q.number + 1 + 2 * q.tolerance:g}", f"{q.number:g}", number=True
        )
