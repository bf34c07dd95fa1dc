"""Progressive reveal in a real browser: a page opens at its first step, Continue adds the
next one below it, Show all opens the rest, and another page starts again at its first step."""

import pytest

from catalog import text
from steps.gradient_descent import STEPS
from tests.e2e.conftest import screenshot, wait_idle

MAIN = '[data-testid="stMain"]'


def headings(page) -> int:
    """Steps shown: each begins with its heading, or with its question while it waits for an answer."""
    return page.locator(f"{MAIN} h3, {MAIN} [class*='st-key-predict-']").count()


def test_continue_and_show_all(page, app_url):
    """First visit: step 1 and "Continue: step 2 of N"; Continue adds step 2 and ?step=2;
    Show all reveals every step and the buttons go away. No exception at any point."""
    page.goto(f"{app_url}/gradient-descent?lang=en")
    wait_idle(page)
    first = headings(page)
    cont = page.get_by_role("button", name=f"Continue: step 2 of {len(STEPS)}")
    assert cont.is_visible()
    screenshot(page, "gradient_descent-first-en")
    cont.click()
    wait_idle(page)
    assert "step=2" in page.url
    assert headings(page) > first
    page.get_by_role("button", name=f"Show all {len(STEPS)} steps").click()
    wait_idle(page)
    assert "step=all" in page.url
    assert page.get_by_role("button", name=f"Continue: step 3 of {len(STEPS)}").count() == 0
    assert headings(page) >= len(STEPS)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_next_page_starts_at_its_first_step(page, app_url):
    """Having revealed all of one page, the sidebar link to the next page opens its first step."""
    page.goto(f"{app_url}/one-hot?lang=zh&step=all")
    wait_idle(page)
    page.locator('[data-testid="stSidebarNav"] a[href$="/loss"]').click()
    wait_idle(page)
    assert "step=" not in page.url
    assert page.get_by_role("button", name="继续：第 2 / 4 步").is_visible()
    screenshot(page, "loss-first-zh")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_share_dialog_shows_the_link(page, app_url, lang):
    """ "Share this view" in the sidebar opens a dialog with this page's full link, settings
    included. Closing it sends nothing, so the next page link works and no setting changes
    (a popover that reran on closing once lost the page switch and reset the widgets)."""
    page.goto(f"{app_url}/loss?lang={lang}&step=2")
    wait_idle(page)
    page.get_by_role("button", name=text("app.share_button", lang)).click()
    code = page.locator('[role="dialog"] [data-testid="stCode"]')
    code.wait_for(timeout=15_000)
    link = code.inner_text()
    assert link.startswith(app_url) and "/loss?" in link
    assert f"lang={lang}" in link and "step=2" in link
    assert page.locator('[role="dialog"]').get_by_text(text("app.share", lang)).is_visible()
    screenshot(page, f"share-{lang}", full=False)
    page.keyboard.press("Escape")
    code.wait_for(state="detached", timeout=15_000)
    page.get_by_role("link", name=text("gradient_descent.title", lang)).click()
    page.wait_for_url(f"**/gradient-descent?lang={lang}*", timeout=30_000)  # and the course image (img=)
    wait_idle(page)
    assert page.locator('[data-testid="stException"]').count() == 0
