"""The knobs page in a real browser: its questions answered wrong then right, and the whole page
(recap included) saved as a screenshot in both languages."""

import pytest

from catalog import text
from explainer.knobs import START, toy_points, wrong
from explainer.questions import question
from tests.e2e.answering import answer_wrong_then_right
from tests.e2e.conftest import open_page, screenshot


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_questions_wrong_then_right(page, app_url, lang):
    """Does raising w1 make the boundary steeper or flatter, and does training lower the error:
    each answered wrong, then right (the right options are the model's, explainer/questions.py)."""
    open_page(page, app_url, "knobs", f"lang={lang}")
    for qid in ("knobs.turn_the_knobs", "knobs.training_turns_them"):
        answer_wrong_then_right(page, question(qid), lang)
    assert page.locator('[data-testid="stException"]').count() == 0
    page.locator(".st-key-recap").wait_for(timeout=30_000)
    assert text("app.recap.title", lang) in page.locator(".st-key-recap").inner_text()
    screenshot(page, f"knobs-answered-{lang}")


def test_first_visit_shows_the_box_before_the_question(page, app_url):
    """A first visit opens on the box at its start (its picture, and as many points called wrong as the
    model says), and the knob question comes only with the next step, after σ and the boundary."""
    open_page(page, app_url, "knobs", "lang=en&step=1")
    main = page.locator('[data-testid="stMain"]')
    picture = main.locator(".st-key-knobs-start .svg-picture img")  # the box at its start, a picture
    picture.wait_for(timeout=30_000)
    assert picture.evaluate("img => img.decode().then(() => img.naturalWidth)") > 300  # the SVG decoded
    assert main.locator(".js-plotly-plot").count() == 0  # so the first view loads no charting code
    X, y = toy_points(20, seed=0)
    assert f"{int(wrong(X, y, *START).sum())} of {len(y)}" in main.inner_text()
    assert page.locator(".st-key-predict-knobs-turn_the_knobs").count() == 0
    assert "sigmoid function (sigmoid 函数)" in main.inner_text()
    screenshot(page, "knobs-first-en", full=False)
