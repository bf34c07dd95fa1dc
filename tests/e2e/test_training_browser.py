"""In a real browser: Train shows its phases with a moving clock; tabs share one run through the store.

The test server keeps its runs in the test session's EXPLAINER_DATA_DIR (tests/conftest.py),
so each test picks its own seed: a run one test trained is never replayed by another by chance.
"""

import re
import time

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.conftest import open_page, screenshot, wait_idle

TRAIN = '[class*="st-key-training"][class*="train_button"] button'
DONE = {"en": "Training finished", "zh": "训练完成"}
STATUS = '[data-testid="stMain"] [data-testid="stAlert"]'


_CURVE_JS = """() => {
    for (const p of document.querySelectorAll('.js-plotly-plot'))
        for (const tr of (p.data || []))
            if (tr.mode === 'lines' && (tr.y || []).length > 10) return tr.y;
    return null;
}"""


def _curve(page) -> list:
    """The per-iteration loss curve's y values, read from plotly's own data (the first chart with
    a line of more than 10 points that is not the recorded reference's). Plotly draws after the
    script has finished (and after a reload, after the page's own second run), so wait for the
    line to be there, up to 30 s; [] if it never comes."""
    try:
        page.wait_for_function(_CURVE_JS, timeout=30_000)
    except PlaywrightTimeout:
        return []
    return page.evaluate(_CURVE_JS) or []


def _ready_seconds(page) -> list[float]:
    """The seconds shown by a "getting ready" status line, if one is on screen."""
    out = []
    for text in page.locator(STATUS).all_inner_texts():
        m = re.search(r"Getting ready[^\n]*?([\d.]+) s", text)
        if m:
            out.append(float(m.group(1)))
    return out


@pytest.mark.slow
def test_train_shows_elapsed_time_increasing_while_getting_ready(page, app_url):
    """From the click, "Getting ready" (starting the worker, compiling) shows a clock that moves,
    although no batch has run yet; then the epochs come."""
    open_page(page, app_url, "training", "lang=en&seed=101&n=400&epochs=2")
    page.locator(TRAIN).click()
    seen = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        seen += _ready_seconds(page)
        if page.get_by_text(DONE["en"]).count() or "Training: epoch" in " ".join(
            page.locator(STATUS).all_inner_texts()
        ):
            break
        if len(set(seen)) == 3:
            screenshot(page, "training-getting-ready-en", full=False)
        page.wait_for_timeout(150)
    readings = sorted(set(seen))
    assert len(readings) >= 2 and readings[-1] > readings[0], (
        f"the clock did not move while getting ready: {seen}"
    )
    assert seen == sorted(seen), "the clock went backwards"
    page.get_by_text(DONE["en"]).wait_for(timeout=300_000)
    wait_idle(page)
    assert page.locator('[data-testid="stException"]').count() == 0


@pytest.mark.slow
def test_two_tabs_watch_one_run_a_reload_keeps_it_and_a_third_gets_the_replay(browser, app_url):
    """Two tabs press Train on the same settings: the second joins the first's run and both show
    the same curves. A reload keeps the model (the run is in the URL and the store). A third
    tab pressing Train after the end gets the labelled replay of that run."""
    query = "lang=en&seed=202&model=dense&hidden=16&n=1000&bs=1&epochs=2"  # ~1600 iterations
    tabs = []
    for lang in ("en", "zh"):
        ctx = browser.new_context(viewport={"width": 1280, "height": 1400}, locale="en-US")
        tabs.append(ctx.new_page())
        open_page(tabs[-1], app_url, "training", query.replace("lang=en", f"lang={lang}"))
    a, b = tabs
    a.locator(TRAIN).click()
    a.get_by_text("Training: epoch 1 of 2").wait_for(timeout=300_000)  # batches are running
    a.wait_for_function(  # the live loop diagram marks the loop at work (5 nodes while validating)
        "() => document.querySelectorAll('.st-key-training-live_loop [data-node][data-state=\"active\"]')"
        ".length >= 5",
        timeout=30_000,
    )
    b.locator(TRAIN).click()
    b.get_by_text("你加入了一次别的同学").wait_for(timeout=60_000)
    b.wait_for_function(  # what the run recorded before B joined is there at once, from batch 1
        "() => [...document.querySelectorAll('.js-plotly-plot')].some(p => (p.data || [])"
        ".some(tr => tr.mode === 'lines' && (tr.x || [])[0] === 1 && (tr.x || []).length > 5))",
        timeout=60_000,
    )
    screenshot(b, "training-joined-zh")
    for tab, lang in ((a, "en"), (b, "zh")):
        tab.get_by_text(DONE[lang]).wait_for(timeout=300_000)
        wait_idle(tab)
    assert "run=" in a.url and a.url.split("run=")[1][:20] == b.url.split("run=")[1][:20]
    curve_a, curve_b = _curve(a), _curve(b)
    assert len(curve_a) > 100 and curve_a == curve_b, "the two tabs show different curves"
    a.reload()
    wait_idle(a)
    a.get_by_text(DONE["en"]).wait_for(timeout=60_000)
    assert _curve(a) == curve_a and "run=" in a.url
    run = a.url.split("run=")[1][:20]
    a.goto(f"{app_url}/inference?lang=en&run={run}")
    wait_idle(a)
    assert a.get_by_text("Your model:").count() == 1 and a.get_by_text("built-in model").count() == 0
    c = browser.new_context(viewport={"width": 1280, "height": 1400}, locale="en-US").new_page()
    open_page(c, app_url, "training", query)
    c.locator(TRAIN).click()
    c.get_by_text("Replay of an identical run").wait_for(timeout=60_000)
    screenshot(c, "training-replay-en")
    c.get_by_text(DONE["en"]).wait_for(timeout=120_000)
    wait_idle(c)
    assert _curve(c) == curve_a
    for tab in (a, b, c):
        assert tab.locator('[data-testid="stException"]').count() == 0
        tab.context.close()


@pytest.mark.slow
def test_defaults_train_live_and_the_board_shows_the_run(page, app_url):
    """The defaults, as a class would press them: the recorded reference run is shown first, then
    the live curves grow, and the finished run appears on the class board."""
    open_page(page, app_url, "training", "lang=en")
    assert page.get_by_text("recorded run of the default settings").count() >= 1
    screenshot(page, "training-reference-en")
    page.locator(TRAIN).click()
    page.get_by_text("Training: epoch").first.wait_for(timeout=300_000)  # live, not the recording
    page.get_by_text(DONE["en"]).wait_for(timeout=300_000)
    wait_idle(page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "6/6" in main and "75/75" in main and len(_curve(page)) >= 450
    assert page.get_by_text("The class board").count() == 1
    assert page.locator(".js-plotly-plot .legendtext", has_text="your runs").count() == 1  # this run, ringed
    screenshot(page, "training-done-en")
    assert page.locator('[data-testid="stException"]').count() == 0
