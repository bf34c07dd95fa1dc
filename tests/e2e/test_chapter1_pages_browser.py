"""Browser tests for the outputs, inputs and knobs pages: the main interactions in a real Chromium."""

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
    """'Let training turn them' moves the knob sliders, lowers the error and draws the error chart."""
    open_page(page, app_url, "knobs", "lang=en")
    sliders = page.locator('[data-testid="stSliderThumbValue"]')
    before = [sliders.nth(i).inner_text() for i in range(3)]
    page.get_by_role("button", name="Let training turn them (20 steps)").click()
    wait_idle(page)
    after = [sliders.nth(i).inner_text() for i in range(3)]
    assert after != before
    assert "0 of 40" in _main_text(page)
    assert "w1=" in page.url
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 5
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, "knobs-trained-en")
