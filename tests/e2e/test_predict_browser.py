"""Predict, then see (issue 17), in a real browser: every question of the gradient-descent page
answered wrong then right, step by step, and the summary's number question."""

from tests.e2e import answering
from tests.e2e.conftest import open_page, screenshot, wait_idle

MAIN = '[data-testid="stMain"]'


def check(page, qid: str, answer: str, expect: str) -> None:
    """Answer question `qid` (an option's text, or a number to type), press Check, and see the
    outcome `expect` ("right" or "wrong") in the question's box (tests/e2e/answering.py)."""
    box = answering.box(page, qid)
    box.wait_for(timeout=60_000)
    box.scroll_into_view_if_needed()
    if box.get_by_role("textbox").count():
        answering.type_number(page, qid, answer)
    else:
        answering.choose(page, qid, answer)
    assert answering.check(page, qid, "en") == expect
    assert page.locator('[data-testid="stException"]').count() == 0


def next_step(page) -> None:
    page.locator(".st-key-_steps_next button").click()
    wait_idle(page)


# (question, wrong answer, right answer), in the order a learner meets them
ANSWERS = [
    ("gradient_descent.slope_sign", "Up", "Down"),
    ("gradient_descent.worked_example", "0.3745", "0.3855"),
    ("gradient_descent.your_image", "It goes down", "It goes up"),
    ("gradient_descent.walk", "-1.6", "-0.4"),
    ("gradient_descent.behaviours", "Settles at the bottom", "Bounces between two points for ever"),
    ("gradient_descent.valleys", "W ≈ 5.22", "W ≈ 2.24"),
    ("gradient_descent.two_weights", "-5.9575", "-2.0425"),
    ("gradient_descent.optimizers", "Adam", "Momentum"),
]


def test_a_learner_answers_every_question_wrong_then_right(page, app_url):
    """From the first view, step by step: each question hides its step until answered; a wrong
    answer says "Not quite" (with the content shown), the right one "Right!". The your-image
    question then shows the probabilities after the update; the page ends with its recap."""
    open_page(page, app_url, "gradient-descent", "lang=en&step=1")
    assert page.locator(".js-plotly-plot").count() == 0  # the first step waits for a prediction
    for n, (qid, wrong, right) in enumerate(ANSWERS):
        if n:  # each question is in a step of its own (your image's inside its step's content)
            next_step(page)
        check(page, qid, wrong, "wrong")
        check(page, qid, right, "right")
        if qid == "gradient_descent.your_image":
            page.locator(MAIN).get_by_text("went up", exact=False).first.wait_for(timeout=30_000)
    page.locator('[class*="st-key-recap"]').wait_for(timeout=30_000)
    assert "What you just learned" in page.locator('[class*="st-key-recap"]').inner_text()
    screenshot(page, "gradient_descent-answered-en")


def test_the_summary_question_wrong_then_right(page, app_url):
    """5000 images, batch size 50: 5050 is not it, 100 is; the takeaways then show."""
    open_page(page, app_url, "summary", "lang=en&step=1")
    check(page, "summary.takeaways", "5050", "wrong")
    check(page, "summary.takeaways", "100", "right")
    page.locator(MAIN).get_by_text("What to remember").wait_for(timeout=30_000)
