"""Browser tests for the outputs, inputs and knobs pages: the main interactions in a real Chromium,
and each page's questions answered wrong, then right."""

from catalog import text
from explainer.questions import question
from tests.e2e.conftest import open_page, screenshot, wait_idle


def _main_text(page) -> str:
    return page.inner_text('[data-testid="stMain"]')


def test_outputs_unsure_preset_warns(page, app_url):
    """The 0.51/0.48/0.01 button shows those probabilities and the low-confidence warning."""
    open_page(page, app_url, "outputs", "lang=zh")
    page.get_by_role("button", name="0.51 / 0.48 / 0.01").click()
    wait_idle(page)
    text = _main_text(page)
    assert "0.510 + 0.480 + 0.010" in text
    assert page.locator('[data-testid="stAlertContentWarning"]').count() == 1
    assert "s0=" in page.url  # the scores are in the shareable link
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, "outputs-unsure-zh")


def test_inputs_size_28_counts_2352(page, app_url):
    """Choosing 28 × 28 shows 28 × 28 × 3 = 2,352 and puts size=28 in the link."""
    open_page(page, app_url, "inputs", "lang=en")
    assert "256 × 256 × 3 = 196,608" in _main_text(page)
    page.get_by_text("28 × 28", exact=True).click()
    wait_idle(page)
    assert "28 × 28 × 3 = 2,352" in _main_text(page)
    assert "size=28" in page.url
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, "inputs-28-en")


def test_knobs_training_moves_the_sliders(page, app_url):
    """'Let training turn them' moves the knob sliders, lowers the error and draws the history's pictures."""
    open_page(page, app_url, "knobs", "lang=en")
    sliders = page.locator('[data-testid="stSliderThumbValue"]')
    before = [sliders.nth(i).inner_text() for i in range(3)]
    page.get_by_role("button", name="Let training turn them (20 steps)").click()
    wait_idle(page)
    after = [sliders.nth(i).inner_text() for i in range(3)]
    assert after != before
    assert "0 of 40" in _main_text(page)
    assert "w1=" in page.url
    for kind in (
        "knobs-error",
        "knobs-path",
        "knobs-supervised",
        "knobs-unsupervised",
    ):  # pictures that decode
        img = page.locator(f".svg-picture.{kind} img")
        assert img.evaluate("i => i.decode().then(() => i.naturalWidth)") > 0, kind  # waits; fails if broken
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 0  # no charting code on this page
    assert page.locator(".st-key-knobs-decision .svg-picture img").count() == 1  # the turned knobs
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, "knobs-trained-en")


def _box(page, qid: str):
    return page.locator(f".st-key-predict-{qid.replace('.', '-')}")


def _check(page, qid: str, lang: str) -> str:
    box = _box(page, qid)
    box.get_by_role("button", name=text("predict.check", lang)).click()
    wait_idle(page)
    return box.inner_text()


def _type(page, qid: str, value: str, lang: str) -> str:
    field = _box(page, qid).locator("input[type=text]")
    field.fill(value)
    field.press("Enter")
    wait_idle(page)
    return _check(page, qid, lang)


def _choose(page, qid: str, option: str, lang: str) -> str:
    _box(page, qid).get_by_text(option, exact=True).click()
    wait_idle(page)
    return _check(page, qid, lang)


def _next(page, k: int, n: int, lang: str) -> None:
    page.get_by_role("button", name=text("app.steps.next", lang, k=k, n=n)).click()
    wait_idle(page)


def test_outputs_questions_wrong_then_right(page, app_url):
    """Outputs: "what must other get?" 0.2 is wrong (with the hint), 0.02 right; then the
    second example is "cat, but not sure"; the step's content appears once answered."""
    lang = "zh"
    page.goto(f"{app_url}/outputs?lang={lang}")
    wait_idle(page)
    q = question("outputs.three_probabilities")
    assert page.locator('[data-testid="stMain"] .hb').count() == 0  # the step's bars wait for the answer
    out = _type(page, q.id, "0.2", lang)
    assert (
        text("predict.wrong_number", lang, got="0.2") in out and text(f"{q.id}.hint", lang, **q.fields) in out
    )
    out = _type(page, q.id, "0.02", lang)
    assert text("predict.right", lang) in out
    charts = page.locator('[data-testid="stMain"] .hb')  # HTML bar charts (explainer/figures/html_bars.py)
    charts.nth(1).wait_for(timeout=30_000)  # the course's example and your image, once answered
    assert charts.count() == 2
    _next(page, 2, 5, lang)
    q = question("outputs.label_by_argmax")
    assert text("predict.wrong", lang) in _choose(page, q.id, text(f"{q.id}.option.cat_sure", lang), lang)
    out = _choose(page, q.id, text(f"{q.id}.option.{q.correct}", lang), lang)
    assert text("predict.right", lang) in out
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, "outputs-answered-zh")


def test_inputs_questions_wrong_then_right(page, app_url):
    """Inputs: a white pixel is 255 (100 is wrong); 256 × 256 × 3 is 196,608 (65,536 is wrong,
    with the hint); each step's content appears once answered."""
    lang = "en"
    page.goto(f"{app_url}/inputs?lang={lang}")
    wait_idle(page)
    _next(page, 2, 5, lang)
    q = question("inputs.pixel_grid")
    assert text("predict.wrong_number", lang, got="100") in _type(page, q.id, "100", lang)
    assert text("predict.right", lang) in _type(page, q.id, "255", lang)
    _next(page, 3, 5, lang)
    q = question("inputs.fixed_input_size")
    out = _type(page, q.id, "65536", lang)
    assert text("predict.wrong_number", lang, got="65536") in out and text(f"{q.id}.hint", lang) in out
    assert text("predict.right", lang) in _type(page, q.id, "196608", lang)
    assert "256 × 256 × 3 = 196,608" in page.inner_text('[data-testid="stMain"]')
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, "inputs-answered-en")
