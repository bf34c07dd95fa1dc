"""Predict, then see (ui/predict.py, explainer/questions.py): questions before the content, checked
against the explainer's own numbers."""

from __future__ import annotations

import re
import string

import pytest

import catalog
from catalog import text
from explainer import descent, losses
from explainer.course import PAGES
from explainer.knobs import START, boundary
from explainer.questions import question, questions
from tests.apptest_utils import open_app

GD = "app_pages/gradient_descent.py"


def fields_of(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


@pytest.mark.parametrize("qid", sorted(questions()))
@pytest.mark.parametrize("lang", catalog.LANGS)
def test_every_question_has_its_words_and_its_numbers(qid, lang):
    """Question, answer, options and hint exist in both languages, and every {field} they quote
    is computed by explainer/questions.py (none is typed into the catalog)."""
    q = question(qid)
    keys = [f"{qid}.question", f"{qid}.answer"] + [
        f"{qid}.option.{o}" for o in q.options if o not in q.literals
    ]
    if f"{qid}.hint" in catalog.CATALOG:
        keys.append(f"{qid}.hint")
    for key in keys:
        assert key in catalog.CATALOG, key
        assert fields_of(catalog.CATALOG[key][lang]) <= set(q.fields), key
        text(key, lang, **q.fields)  # formats
    if q.kind == "choice":
        assert q.correct in q.options and len(set(q.options)) == len(q.options)


def test_the_numbers_are_the_explainers():
    """The course's worked numbers, as the questions hold them."""
    assert question("gradient_descent.worked_example").number == descent.update(0.38, -0.55, 0.01) == 0.3855
    assert (
        question("loss.single_sample").number == round(losses.sse([1, 0, 0], [0.37, 0.50, 0.13]), 4) == 0.6638
    )
    assert question("inputs.fixed_input_size").number == 196608
    assert question("summary.takeaways").number == 100


def test_raising_w1_from_the_start_makes_the_boundary_flatter():
    """The knobs answer follows the model: the boundary line's slope shrinks when w1 goes up from
    the page's start (-1, 0.5, 0.5), so "flatter" is right, not "more upright"."""
    w1, w2, b = START

    def steepness(w1_: float) -> float:
        xs, ys = boundary(w1_, w2, b, -3.0, 3.0)
        return abs((ys[1] - ys[0]) / (xs[1] - xs[0]))

    assert steepness(w1 + 0.5) < steepness(w1)
    assert question("knobs.turn_the_knobs").correct == "flatter"


def _radio(at, qid):
    return at.radio(key=f"_q.{qid}")


def _pictures(at) -> list[str]:
    """The kinds of the charts shown: pictures drawn on the server (explainer/figures/picture.py)."""
    found = (re.search(r'class="svg-picture ([\w-]+)"', h.proto.body) for h in at.get("html"))
    return [m.group(1) for m in found if m]


def test_first_step_waits_for_a_prediction_then_shows_and_grades_it():
    """On a first visit the slope-sign step shows its question and hides its charts; a wrong
    choice shows the content and "Not quite", a right one "Right!"."""
    at = open_app(GD, "zh", step=None)  # AppTest formats options in zh
    qid = "gradient_descent.slope_sign"
    assert not _pictures(at)
    _radio(at, qid).set_value("up").run()
    at.button(key=f"_q.{qid}.check").click().run()
    assert _pictures(at) == ["descent-sign"]  # both points, one picture
    assert any(text("predict.wrong", "zh") in e.value for e in at.error)
    _radio(at, qid).set_value("down").run()
    at.button(key=f"_q.{qid}.check").click().run()
    assert any(text("predict.right", "zh") in s.value for s in at.success)
    assert not at.error


def test_a_number_question_says_the_tolerance_gives_a_hint_then_accepts_the_right_value():
    """The worked example: 0.3 is wrong (with the hint), 0.3855 is right; the tolerance is shown."""
    at = open_app(GD, "zh", step="5")
    qid = "gradient_descent.worked_example"
    assert any(text("predict.tolerance", "zh", tol="0.0001") in c.value for c in at.caption)
    at.text_input(key=f"_q.{qid}").input("0.3").run()
    at.button(key=f"_q.{qid}.check").click().run()
    err = " ".join(e.value for e in at.error)
    assert text("gradient_descent.worked_example.hint", "zh") in err
    at.text_input(key=f"_q.{qid}").input("0.3855").run()
    at.button(key=f"_q.{qid}.check").click().run()
    assert any(text("predict.right", "zh") in s.value for s in at.success)


def test_not_a_number_is_said_as_such():
    """Typing words into a number question: "is not a number", shown as text."""
    at = open_app(GD, "en", step="5")
    qid = "gradient_descent.worked_example"
    at.text_input(key=f"_q.{qid}").input("[about](http://x) half").run()
    at.button(key=f"_q.{qid}.check").click().run()
    assert any("not a number" in e.value and "\\[about\\]" in e.value for e in at.error)


def test_skipping_shows_the_answer_and_the_content():
    """ "I have a guess: show me" reveals the step with the answer, ungraded."""
    at = open_app(GD, "en", step=None)
    qid = "gradient_descent.slope_sign"
    at.button(key=f"_q.{qid}.skip").click().run()
    assert _pictures(at) == ["descent-sign"], (
        at.exception,
        at.error,
        at.markdown[:3],
    )
    assert any(text("predict.skipped", "en") in i.value for i in at.info)


def test_show_all_keeps_the_questions_but_hides_nothing():
    """?step=all: every step's content is there, each question above its step."""
    at = open_app(GD, "en", step="all")
    assert len(_pictures(at)) > 2
    assert _radio(at, "gradient_descent.slope_sign") is not None


def test_the_page_ends_with_what_was_learned_and_the_next_page():
    """With every step shown, the recap and a link to the next page of the course follow (when the
    page has a recap in the catalog)."""
    at = open_app(GD, "en", step="all")
    if "gradient_descent.recap" not in catalog.CATALOG:
        pytest.skip("this page has no recap yet")
    assert any(text("app.recap.title", "en") in m.value for m in at.markdown)


@pytest.mark.parametrize("page", [p for p in PAGES if p.url_path], ids=lambda p: p.id)
def test_every_page_ends_with_a_recap_and_the_next_page(page):
    """Every course page closes the loop: 2-3 points it taught, in both languages, then a link to
    the next page (the last page: back to the course map)."""
    for lang in ("en", "zh"):
        points = [ln for ln in text(f"{page.id}.recap", lang).splitlines() if ln.startswith("- ")]
        assert 2 <= len(points) <= 3, (page.id, lang)
    at = open_app(f"app_pages/{page.id}.py", "en", step="all")
    assert not at.exception
    assert any(text(f"{page.id}.recap", "en") == m.value for m in at.markdown), page.id
    i = [p.id for p in PAGES].index(page.id)
    nxt = PAGES[i + 1] if i + 1 < len(PAGES) else None
    want = (
        text("app.recap.map", "en")
        if nxt is None
        else text("app.recap.next", "en", title=text(f"{nxt.id}.title", "en"))
    )
    assert want in [link.label for link in at.get("page_link")], page.id


def test_answers_are_not_shared_between_sessions():
    """One learner's answers live in their session only."""
    a = open_app(GD, "en", step=None)
    a.button(key="_q.gradient_descent.slope_sign.skip").click().run()
    b = open_app(GD, "en", step=None)
    assert not _pictures(b)
