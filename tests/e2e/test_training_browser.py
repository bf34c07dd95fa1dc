"""In a real browser: Train shows its phases with a moving clock; tabs share one run through the store.

The test server keeps its runs in the test session's EXPLAINER_DATA_DIR (tests/conftest.py),
so each test picks its own seed: a run one test trained is never replayed by another by chance.
"""

import base64
import re
import time

import pytest

from explainer.figures.training import OWN
from tests.e2e.conftest import open_page, screenshot, wait_idle
from tests.svg_read import Chart

TRAIN = '[class*="st-key-training"][class*="train_button"] button'
DONE = {"en": "Training finished", "zh": "训练完成"}
STATUS = '[data-testid="stMain"] [data-testid="stAlert"]'


CURVE = ".st-key-training-chart-iter_loss .svg-picture img"  # the per-iteration loss, a picture
BOARD = ".st-key-training-board_chart"


_LIVE_JS = f"""() => ({{
    status: [...document.querySelectorAll({STATUS!r})].map(a => a.innerText).join(' '),
    sizes: [...document.querySelectorAll({CURVE!r})].map(i => i.getBoundingClientRect())
        .filter(r => r.width > 0).map(r => [Math.round(r.width), Math.round(r.height)]),
}})"""


def _svg(page, selector: str) -> str | None:
    """The SVG document of the picture `selector` (its img's data URL), or None if it is not there."""
    src = page.evaluate(f"() => document.querySelector({selector!r})?.getAttribute('src') || null")
    return base64.b64decode(src.split(",", 1)[1]).decode() if src else None


def _line(page) -> list[tuple[float, float]]:
    """The per-iteration loss curve as it is drawn: its points (iteration, loss), read back through
    the picture's tick labels; [] while there is no line."""
    svg = _svg(page, CURVE)
    lines = Chart(svg).lines() if svg else []
    return lines[0]["points"] if lines else []


def _wait_line(page, ok, timeout: float = 30.0) -> list[tuple[float, float]]:
    """Poll the per-iteration loss curve until ok(points) holds (a redraw swaps the picture);
    the last points read, [] if there never was a line."""
    deadline, points = time.monotonic() + timeout, []
    while time.monotonic() < deadline:
        points = _line(page)
        if ok(points):
            break
        page.wait_for_timeout(250)
    return points


def _curve(page) -> list[float]:
    """The per-iteration loss values drawn (a line of more than 10 points), up to 30 s after the
    script has finished (after a reload, the page's own second run draws it); [] if it never comes."""
    return [y for _, y in _wait_line(page, lambda pts: len(pts) > 10)]


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
    # what the run recorded before B joined is there at once, from the first batches (x ~ 1 of 1600)
    early = _wait_line(b, lambda pts: len(pts) > 5 and pts[0][0] < 10, timeout=60)
    assert len(early) > 5 and early[0][0] < 10, early[:3]
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
    the live curves grow (pictures swapped in place, the same size every time), and the finished
    run appears on the class board, ringed; the page has no plotly chart."""
    open_page(page, app_url, "training", "lang=en")
    assert page.get_by_text("recorded run of the default settings").count() >= 1
    screenshot(page, "training-reference-en")
    page.locator(TRAIN).click()
    page.get_by_text("Training: epoch").first.wait_for(timeout=300_000)  # live, not the recording
    sizes, lengths = set(), []
    while len(lengths) < 40:  # while it trains, the live pictures are swapped in place
        live = page.evaluate(_LIVE_JS)
        if "Training: epoch" not in live["status"]:
            break
        if len(live["sizes"]) == 1:  # (not in the instant a rerun swaps the elements)
            sizes.add(tuple(live["sizes"][0]))
            lengths.append(len(_line(page)))
        page.wait_for_timeout(500)
    assert len(sizes) == 1 and len(lengths) >= 3, f"the live curve changed its size: {sizes}"
    assert lengths == sorted(lengths) and lengths[-1] > lengths[0], f"the curve did not grow: {lengths}"
    page.get_by_text(DONE["en"]).wait_for(timeout=300_000)
    wait_idle(page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "6/6" in main and "75/75" in main and len(_curve(page)) >= 450
    assert page.get_by_text("The class board").count() == 1
    assert "your runs" in page.locator(BOARD).inner_text()  # this run, ringed: in the legend and the picture
    assert any(m.colour == OWN for m in Chart(_svg(page, f"{BOARD} img"), x_log=True).marks())
    assert page.locator(".js-plotly-plot").count() == 0  # no plotly on the page: its code is never loaded
    screenshot(page, "training-done-en")
    assert page.locator('[data-testid="stException"]').count() == 0
