"""Every page opens in a real browser, in both languages, with no exception shown."""

import pytest

from explainer.course import PAGES
from tests.e2e.conftest import open_page, screenshot, wait_idle

TITLES = {"zh": "课程地图", "en": "Course map"}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("info", PAGES, ids=[p.id for p in PAGES])
def test_page_opens_without_exception(page, app_url, info, lang):
    """The page renders, shows no exception or error box, and is saved as a screenshot."""
    open_page(page, app_url, info.url_path, f"lang={lang}")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator('[data-testid="stMain"] h1').count() >= 1
    screenshot(page, f"{info.id}-{lang}")


def test_language_survives_page_switch_and_reload(page, app_url):
    """?lang=en is kept when the learner clicks to another page and reloads."""
    open_page(page, app_url, "", "lang=en")
    assert TITLES["en"] in page.inner_text('[data-testid="stMain"]')
    page.locator('[data-testid="stSidebarNav"] a[href$="/loss"]').click()
    wait_idle(page)
    assert "lang=en" in page.url
    page.reload()
    wait_idle(page)
    assert "Loss functions" in page.inner_text('[data-testid="stMain"] h1')


def test_language_switch_in_sidebar(page, app_url):
    """Choosing English in the sidebar switch translates the page and writes ?lang=en. The switch
    shows 中文 itself (its label is written as Markdown character references)."""
    open_page(page, app_url, "", "lang=zh")
    assert TITLES["zh"] in page.inner_text('[data-testid="stMain"]')
    assert page.locator('[data-testid="stSidebar"]').get_by_text("中文", exact=True).is_visible()
    page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
    wait_idle(page)
    assert TITLES["en"] in page.inner_text('[data-testid="stMain"]')
    assert "lang=en" in page.url
