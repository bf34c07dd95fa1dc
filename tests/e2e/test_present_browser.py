"""Lecture mode in a real browser at 1280×720: no sidebar, ← and → move through the deck."""

import pytest

from tests.e2e.conftest import SHOTS, wait_idle


def step_of(url: str) -> str:
    return url.split("step=")[1].split("&")[0]


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"present-{name}.png"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_keys_move_through_the_deck(hall, app_url, lang):
    """?present=1 hides the sidebar; → advances a step (URL changes), ← goes back, and
    Next on a page's last step opens the next page's first step."""
    hall.goto(f"{app_url}/?present=1&lang={lang}")
    wait_idle(hall)
    assert not hall.locator('[data-testid="stSidebar"]').is_visible()
    assert step_of(hall.url) == "1"
    shot(hall, f"home-1-{lang}")

    hall.keyboard.press("ArrowRight")
    wait_idle(hall)
    assert step_of(hall.url) == "2"
    shot(hall, f"home-2-{lang}")

    hall.keyboard.press("ArrowLeft")
    wait_idle(hall)
    assert step_of(hall.url) == "1"

    hall.goto(f"{app_url}/?present=1&lang={lang}&step=last")
    wait_idle(hall)
    hall.keyboard.press("ArrowRight")
    wait_idle(hall)
    assert "/black-box" in hall.url and step_of(hall.url) == "1"
    assert hall.locator('[data-testid="stException"]').count() == 0
    shot(hall, f"black-box-1-{lang}")


def test_browser_back_returns_to_previous_slide(hall, app_url):
    """The browser's Back button goes back one slide."""
    hall.goto(f"{app_url}/?present=1&lang=en&step=1")
    wait_idle(hall)
    hall.keyboard.press("ArrowRight")
    wait_idle(hall)
    assert step_of(hall.url) == "2"
    hall.go_back()
    wait_idle(hall)
    assert step_of(hall.url) == "1"
    assert "step 1 of" in hall.inner_text('[data-testid="stMain"]')
