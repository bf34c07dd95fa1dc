"""Progressive reveal (ui/page.py): a page shows its steps one after another as the learner
continues, and how far they got lives in the URL."""

import pytest

from steps.gradient_descent import STEPS
from tests.apptest_utils import open_app

PAGE = "app_pages/gradient_descent.py"
N = len(STEPS)


def subheaders(at) -> int:
    return len(at.subheader)


def step_heads(at) -> list[str]:
    """What each shown step begins with: its question while it waits for an answer (ui/predict.py),
    else its subheader."""
    return [m.value for m in at.markdown if m.value.startswith("**Predict first**")] + [
        h.value for h in at.subheader
    ]


def test_continue_adds_the_next_step_and_puts_it_in_the_url():
    """Continue under step 1 shows steps 1-2 and sets ?step=2; the first step stays."""
    at = open_app(PAGE, "en", step=None)
    first = step_heads(at)
    at.button(key="_steps_next").click().run()
    assert at.query_params["step"] == "2"
    shown = step_heads(at)
    assert shown[: len(first)] == first and len(shown) > len(first)
    assert at.button(key="_steps_next").label == f"Continue: step 3 of {N}"


def test_show_all_reveals_every_step_and_hides_the_buttons():
    """ "Show all steps" reveals the whole page; no Continue button is left."""
    at = open_app(PAGE, "en", step=None)
    at.button(key="_steps_all").click().run()
    assert at.query_params["step"] == "all"
    keys = [b.key for b in at.button]
    assert "_steps_next" not in keys and "_steps_all" not in keys
    assert subheaders(at) == subheaders(open_app(PAGE, "en", step="all"))


def test_a_link_with_step_reopens_that_view():
    """?step=3 opens the first three steps; a number past the end shows them all."""
    three = open_app(PAGE, "zh", step="3")
    assert three.button(key="_steps_next").label == f"继续：第 4 / {N} 步"
    past = open_app(PAGE, "zh", step="50")
    assert "_steps_next" not in [b.key for b in past.button]


@pytest.mark.parametrize("bad", ["0", "-1", "abc", "1e9", "9999", "<script>"])
def test_a_bad_step_opens_the_first_step_with_a_notice(bad):
    """A hostile or mistyped ?step= falls back to the first step, says so, and drops it."""
    at = open_app(PAGE, "en", step=bad)
    assert not at.exception
    assert at.button(key="_steps_next").label == f"Continue: step 2 of {N}"
    assert at.toast and "step" in at.toast[0].value
    assert "step" not in at.query_params


def test_home_shows_the_whole_course_map():
    """The home page is not revealed step by step: both chapters show at once."""
    at = open_app(None, "en")
    assert "_steps_next" not in [b.key for b in at.button]
    assert len(at.subheader) == 2


def test_leaving_lecture_mode_keeps_the_steps_up_to_the_slide():
    """Exit on slide 3 returns to the normal page showing steps 1-3, with Continue to step 4."""
    at = open_app(PAGE, "en", present="1", step="3")
    at.button(key="_exit").click().run()
    assert not at.exception
    assert at.query_params["step"] == "3"
    assert at.button(key="_steps_next").label == f"Continue: step 4 of {N}"
