"""The loss page in a real browser: the course example by default, sliders that move the SSE,
the course image's loss beside it, and the page's questions answered wrong then right."""

import re

import numpy as np
import pytest

from catalog import text
from explainer import network
from explainer.images import to_network_input
from explainer.loss_formula import total_text
from explainer.losses import sse
from explainer.models import INPUT_SIZE
from explainer.questions import ITERATION_IMAGES, iterations_question, question
from tests.e2e.answering import answer_wrong_then_right
from tests.e2e.conftest import open_page, screenshot, wait_idle
from ui.course_image import gallery

MAIN = '[data-testid="stMain"]'


def wait_for_text(page, text: str, timeout: float = 90_000) -> None:
    page.locator(MAIN).get_by_text(text).first.wait_for(timeout=timeout)


def open_loss(page, app_url, query: str) -> None:
    """Open the loss page straight from its link, with `query`."""
    open_page(page, app_url, "loss", query)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_loss_page_shows_course_example(page, app_url, lang):
    """By default the page shows the course's SSE, 0.6638, written out as a formula, and no exception."""
    open_loss(page, app_url, f"lang={lang}")
    wait_for_text(page, "0.6638")
    page.locator('[data-testid="stMetricValue"]').first.wait_for()
    assert page.locator('[data-testid="stMetricValue"]').first.inner_text() == "0.6638"
    assert page.locator('[data-testid="stException"]').count() == 0
    page.locator(".st-key-recap").wait_for(timeout=30_000)
    assert text("app.recap.title", lang) in page.locator(".st-key-recap").inner_text()
    page.set_viewport_size({"width": 1280, "height": 6000})  # the main area scrolls on its own
    page.locator(".st-key-loss-terms-fig .hb").wait_for(timeout=90_000)  # the terms' bars (HTML)
    for kind in ("loss-batch", "loss-curves"):  # the batch and the curves: pictures that decode
        img = page.locator(f".svg-picture.{kind} img")
        img.wait_for(timeout=90_000)
        page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=img.element_handle())
    assert page.locator(".js-plotly-plot").count() == 0  # the page loads no charting code
    page.wait_for_timeout(1000)
    screenshot(page, f"loss-full-{lang}")


def test_loss_state_comes_from_the_link(page, app_url):
    """A shared link with other probabilities reopens that sample: SSE of (0,1,0) vs (0.2,0.7,0.1) = 0.14."""
    open_loss(page, app_url, "lang=en&true=1&p0=0.2&p1=0.7&p2=0.1")
    first = page.locator('[data-testid="stMetricValue"]').first
    first.filter(has_text="0.1400").wait_for(timeout=90_000)  # the SSE metric comes first, with 0.14
    assert first.inner_text() == "0.1400"


def test_slider_keys_change_the_sse(page, app_url):
    """Moving the cat slider with the keyboard changes the SSE shown and keeps the sum at 1."""
    open_loss(page, app_url, "lang=en")
    wait_for_text(page, "0.6638")
    page.locator('[data-testid="stSlider"] input[type="range"]').first.focus()
    for _ in range(10):
        page.keyboard.press("ArrowRight")
    wait_idle(page)
    page.wait_for_timeout(500)
    wait_idle(page)
    value = page.locator('[data-testid="stMetricValue"]').first.inner_text()
    assert value != "0.6638"
    # Each key press can start a rerun that re-normalises the sliders, so a fast burst of
    # ten presses may land on fewer steps; what matters: the slider moved right, and the
    # link follows the value the slider now shows.
    shown = page.locator('[data-testid="stSlider"] input[type="range"]').first.input_value()
    assert float(shown) > 0.37
    assert f"p0={float(shown):.6g}" in page.url


def slider_values(page) -> list[str]:
    """The three probability sliders' values, each found by its own label."""
    names = ("Cat", "Dog", "Other")
    main = page.locator(MAIN)
    return [main.get_by_role("slider", name=f"The network's probability y′ for “{n}”").get_attribute("aria-valuetext")
            for n in names]  # fmt: skip


def test_keep_the_sum_switch_acts_at_once(page, app_url):
    """From a link whose y′ add up to 1.40 (switch off), switching "keep the sum at 1" on rescales
    the sliders at once, without a slider moving, and the warning goes."""
    open_loss(page, app_url, "lang=en&norm=0&p1=0.9")
    sum_text = page.locator(MAIN).get_by_text("The three y′ now add up to 1.40.", exact=True)
    sum_text.wait_for(timeout=30_000)
    assert slider_values(page) == ["0.37", "0.90", "0.13"]
    assert page.locator('[data-testid="stAlertContentWarning"]').count() > 0
    page.locator(MAIN).get_by_text("Keep the sum at 1", exact=True).click()
    wait_idle(page)
    page.locator(MAIN).get_by_text("The three y′ now add up to 1.", exact=True).wait_for(timeout=30_000)
    assert slider_values(page) == ["0.27", "0.64", "0.09"]
    assert page.locator('[data-testid="stAlertContentWarning"]').count() == 0


def test_your_image_beside_the_course_example(page, app_url):
    """Sample 5 of the gallery as the course image: its SSE (against its label, on the built-in
    network's real output, computed here in numpy) stands beside the course's 0.6638."""
    open_loss(page, app_url, "lang=en&img=5")
    image, truth = gallery()[4]
    p = network.trace(network.load_weights(), to_network_input(image, INPUT_SIZE)).p
    want = total_text(sse(np.eye(3)[truth], p))
    values = page.locator('[data-testid="stMetricValue"]')
    values.nth(1).filter(has_text=want).wait_for(timeout=30_000)
    assert [values.nth(i).inner_text() for i in range(2)] == ["0.6638", want]
    assert not re.search(r"\d[eE][-+]\d", page.inner_text(MAIN))  # no 1.4e-05 anywhere


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_questions_wrong_then_right(page, app_url, lang):
    """The SSE of the course's sample, the iterations of an epoch for the batch size shown (32), and
    the cross-entropy question: each answered wrong, then right."""
    open_loss(page, app_url, f"lang={lang}")
    for q in (
        question("loss.single_sample"),
        iterations_question(ITERATION_IMAGES, 32),
        question("loss.cross_entropy_step"),
    ):
        answer_wrong_then_right(page, q, lang)
    assert "⌈2,000 ÷ 32⌉ = ⌈62.5⌉ = 63" in page.inner_text(MAIN)
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, f"loss-answered-{lang}")


def test_formulas_are_drawn_by_the_browser_without_katex(page, app_url):
    """The formulas are MathML the browser draws itself (ui/formulas.py): each has a real size,
    the course's SSE is three lines lined up at "=", and no KaTeX code or font is fetched."""
    open_loss(page, app_url, "lang=en")
    wait_for_text(page, "0.6638")
    boxes = page.evaluate(
        """(sel) => Array.from(document.querySelectorAll(sel + ' .formula math')).map((m) => {
             const r = m.getBoundingClientRect(); return [r.width, r.height]; })""",
        MAIN,
    )
    assert len(boxes) >= 5
    assert all(w > 60 and h > 15 for w, h in boxes), boxes
    course = page.locator(f"{MAIN} .formula[data-tex*='(1-0.37)^2']").first
    starts = course.evaluate(
        """(f) => Array.from(f.querySelectorAll('mtr')).map((row) =>
             Math.round(row.querySelectorAll('mtd')[1].querySelector('mo').getBoundingClientRect().left))"""
    )
    assert len(starts) == 3 and max(starts) - min(starts) <= 1, starts  # each line's "=" in one column
    assert course.locator("mn", has_text="0.6638").count() == 1
    fetched = page.evaluate("() => performance.getEntriesByType('resource').map((e) => e.name)")
    assert not [u for u in fetched if "katex" in u.lower()], fetched
    assert page.locator(f"{MAIN} .katex").count() == 0
