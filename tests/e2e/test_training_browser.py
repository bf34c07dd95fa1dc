"""In a real browser: press Train with the default settings and watch the curves appear."""

import pytest

from tests.e2e.conftest import open_page, screenshot, wait_idle

SHOW_ALL = {"en": "Show all 4 steps", "zh": "显示全部 4 步"}
DONE = {"en": "Training finished", "zh": "训练完成"}
TRAIN = {"en": "Train", "zh": "训练"}


def _curve_points(page) -> int:
    """How many points the per-iteration loss chart holds (read from plotly's own data)."""
    return page.evaluate(
        """() => {
        const plots = [...document.querySelectorAll('.js-plotly-plot')];
        let n = 0;
        for (const p of plots) for (const tr of (p.data || [])) if (tr.mode === 'lines') n = Math.max(n, (tr.x || []).length);
        return n;
    }"""
    )


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_train_with_defaults_shows_live_curves(page, app_url, lang):
    """Train with the defaults: the counters and curves update while it runs, and it finishes."""
    open_page(page, app_url, "training", f"lang={lang}")
    main = page.locator('[data-testid="stMain"]')
    button = page.locator('[class*="st-key-training"][class*="train_button"] button')
    assert TRAIN[lang] in button.inner_text()
    button.click()
    # live: the per-iteration curve grows while training runs
    page.wait_for_function(
        """() => [...document.querySelectorAll('.js-plotly-plot')].some(
            p => (p.data || []).some(tr => tr.mode === 'lines' && (tr.x || []).length > 5))""",
        timeout=180_000,
    )
    first = _curve_points(page)
    page.wait_for_timeout(1500)
    running = page.get_by_text(DONE[lang]).count() == 0
    if running:
        assert _curve_points(page) > first, "the curves did not move during training"
        screenshot(page, f"training-live-{lang}")
    page.get_by_text(DONE[lang]).wait_for(timeout=300_000)  # ~15 s alone; minutes on a busy shared machine
    wait_idle(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert _curve_points(page) >= 6 * 75  # defaults: 6 epochs x ceil(2400 / 32) iterations
    text = main.inner_text()
    assert "6/6" in text and "75/75" in text
    screenshot(page, f"training-done-{lang}")
    # The same session's model is on the inference page: accuracy, confusion matrix, gallery.
    page.locator('[data-testid="stSidebarNav"] a[href*="/inference"]').click()
    wait_idle(page)
    page.locator(".js-plotly-plot").first.wait_for(timeout=60_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator('[data-testid="stMetric"]').count() >= 1
    # The page opens at its first step; "Show all steps" reveals the gallery and the rest.
    page.get_by_role("button", name=SHOW_ALL[lang]).click()
    wait_idle(page)
    assert "step=all" in page.url
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, f"inference-trained-{lang}")
