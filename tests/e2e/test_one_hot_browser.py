"""The one-hot page in a real browser: default classes, reordering changes the vectors."""

import pytest

from tests.e2e.conftest import open_page, screenshot, wait_idle

MAIN = '[data-testid="stMain"]'


def open_one_hot(page, app_url, query: str) -> None:
    """Open the one-hot page straight from its link, with `query`."""
    open_page(page, app_url, "one-hot", query)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_hot_page_shows_default_classes(page, app_url, lang):
    """The default class list is encoded; nothing raises; the whole page is saved as a screenshot."""
    open_one_hot(page, app_url, f"lang={lang}")
    decoded = {"zh": "所以这是", "en": "so this is"}[lang]  # the decode step's result, near the end
    page.locator(MAIN).get_by_text(decoded).first.wait_for(timeout=90_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    page.set_viewport_size({"width": 1280, "height": 4200})  # the main area scrolls on its own
    page.locator(".js-plotly-plot").first.wait_for(timeout=90_000)
    page.wait_for_timeout(1000)
    screenshot(page, f"one_hot-full-{lang}")


def test_switch_order_button_reorders_and_updates_url(page, app_url):
    """Clicking "Switch to this order" moves Cat to the end, in the page and in the URL."""
    open_one_hot(page, app_url, "lang=en")
    page.locator(MAIN).get_by_role("button", name="Switch to this order").click()
    wait_idle(page)
    page.wait_for_timeout(500)
    assert "classes=Dog%2COther%2CCat" in page.url or "classes=Dog,Other,Cat" in page.url
    assert page.locator('[data-testid="stException"]').count() == 0
