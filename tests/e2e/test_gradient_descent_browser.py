"""The gradient-descent page in a real browser: the course's 0.3855, Step, the in-figure animation."""

import pytest

from tests.e2e.conftest import open_page, screenshot, wait_idle

MAIN = '[data-testid="stMain"]'


def open_gd(page, app_url, query: str) -> None:
    """Open the page straight from its link, with `query`."""
    open_page(page, app_url, "gradient-descent", query)


def metric_values(page) -> list[str]:
    return page.locator('[data-testid="stMetricValue"]').all_inner_texts()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_worked_example_shows_0_3855_by_default(page, app_url, lang):
    """By default the calculator shows the course's result 0.3855 exactly, and no exception."""
    open_gd(page, app_url, f"lang={lang}")
    metric = page.locator('[data-testid="stMetricValue"]').filter(has_text="0.3855")
    metric.first.wait_for(timeout=60_000)  # the metric itself, not the formula above it
    assert "0.3855" in metric_values(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    page.set_viewport_size({"width": 1280, "height": 7200})  # the main area scrolls on its own
    page.locator(".js-plotly-plot").nth(8).wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    screenshot(page, f"gradient_descent-full-{lang}")


def test_step_button_moves_w_by_lr_times_slope(page, app_url):
    """W = -1, lr = 0.1, slope = -6: one press of Step shows W = -0.4."""
    open_gd(page, app_url, "lang=en")
    page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=60_000)  # drawn lazily
    assert metric_values(page)[0] == "-1"
    page.locator(MAIN).get_by_role("button", name="Step", exact=True).click()
    wait_idle(page)
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stMetricValue\"]').innerText === '-0.4'", timeout=30_000
    )
    assert metric_values(page)[0] == "-0.4"


def test_animation_plays_in_the_browser(page, app_url):
    """Pressing the figure's Play button advances the frames without a rerun of the script."""
    open_gd(page, app_url, "lang=en")
    label = page.locator(".slider-container text.slider-label").first
    label.wait_for(timeout=60_000)
    assert label.text_content().strip() == "step 0"
    page.locator(".updatemenu-button", has_text="Play").first.click()
    page.wait_for_function(
        "() => { const t = document.querySelector('.slider-container text.slider-label');"
        " return t && t.textContent.trim() !== 'step 0'; }",
        timeout=30_000,
    )
    assert page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').count() == 1


def test_bad_formula_is_explained_where_it_goes_wrong(page, app_url):
    """A formula from a link that tries __import__ is refused with a notice; typing one shows its column."""
    open_gd(page, app_url, "lang=en&curve=formula")
    box = page.locator(MAIN).get_by_label("Loss formula L(w) =", exact=True).and_(page.locator("input"))
    box.fill("w**2 + 2w")
    box.press("Enter")
    wait_idle(page)
    page.locator(MAIN).get_by_text("multiplication sign is missing at column 9").wait_for(timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "0.3855" in metric_values(page)


def caption_with(page, start: str):
    return page.locator(f'{MAIN} [data-testid="stCaptionContainer"]', has_text=start)


def test_steps_rerun_alone_but_shared_settings_reach_every_step(page, app_url):
    """Steps are fragments (ui/page.py): a change inside one step reruns that step, but the
    walk's settings are read by later steps, so changing them reruns the page (page_wide).
    The share link, built when it opens, has the new values too."""
    open_gd(page, app_url, "lang=en")
    behave = caption_with(page, "Curve: Bowl (convex) · start W₀ = -1")
    behave.first.wait_for(timeout=60_000)
    assert "learning rate = 0.1" in behave.first.inner_text()
    # A local change: the valleys step's own learning rate. Only its caption changes.
    valleys = caption_with(page, "steps from each start")
    before = valleys.first.inner_text()
    valleys_slider = page.locator(MAIN).get_by_role("slider").nth(2)  # walk: start, lr; then valleys
    valleys_slider.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "([sel, old]) => { const c = [...document.querySelectorAll(sel)].find(e => e.innerText.includes("
        "'steps from each start')); return c && c.innerText !== old; }",
        arg=[f'{MAIN} [data-testid="stCaptionContainer"]', before],
        timeout=30_000,
    )
    wait_idle(page)
    assert "learning rate = 0.1" in behave.first.inner_text()
    # A shared change: the walk's start slider. The behaviours step (a later fragment) follows.
    start = page.locator(MAIN).get_by_role("slider").nth(0)
    assert start.get_attribute("aria-valuetext") == "-1.00"
    start.focus()
    page.keyboard.press("ArrowRight")
    caption_with(page, "start W₀ = -0.9").first.wait_for(timeout=30_000)
    wait_idle(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    # A preset in the behaviours step sets the walk's learning rate, shown in the walk's formula.
    page.locator(MAIN).get_by_role("button", name="Too big (1)").click()
    caption_with(page, "learning rate = 1 ·").first.wait_for(timeout=30_000)
    wait_idle(page)
    page.get_by_role("button", name="Share this view").click()
    code = page.locator('[role="dialog"] [data-testid="stCode"]')
    code.wait_for(timeout=15_000)
    link = code.inner_text()
    assert "start=-0.9" in link and "lr=1" in link, link
