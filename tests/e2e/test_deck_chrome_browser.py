"""Lecture mode's chrome in Chromium: the busy sign, the slide's link, the one-line header."""

from __future__ import annotations

import pytest

from tests.e2e import deck

BAR = """() => {
  const s = getComputedStyle(document.querySelector('[data-testid="stApp"]'), '::before');
  return s.content !== 'none' && s.display !== 'none' && parseFloat(s.opacity) > 0.9;
}"""


def test_a_slow_run_shows_the_busy_bar_and_streamlit_status_stays(hall, app_url):
    """In lecture mode too, a run longer than 0.3 s shows the working sign (ui/busy.py's bar on
    stApp, keyed on the script state Streamlit puts there), and lecture mode's CSS, which hides
    the menu and toolbar buttons, does not hide Streamlit's own status widget."""
    hall.goto(f"{app_url}/outputs?present=1&lang=en&step=1")
    deck.settle(hall)
    assert not hall.evaluate(BAR)
    hall.evaluate(
        "() => document.querySelector('[data-testid=\"stApp\"]').setAttribute('data-test-script-state', 'running')"
    )
    hall.wait_for_timeout(600)
    assert hall.evaluate(BAR)
    hidden = hall.evaluate(
        "() => { const e = document.createElement('div'); e.setAttribute('data-testid', 'stStatusWidget');"
        " e.textContent = 'Running...';"
        " (document.querySelector('[data-testid=\"stToolbar\"]') || document.body).appendChild(e);"
        " for (let x = e; x; x = x.parentElement) if (getComputedStyle(x).display === 'none') return true;"
        " return false; }"
    )
    assert not hidden


def test_the_slides_link_is_in_the_menu(hall, app_url):
    """The header's menu gives this slide's link (lecture mode hides the sidebar's Share)."""
    hall.goto(f"{app_url}/loss?present=1&lang=zh&step=2")
    deck.settle(hall)
    deck.open_menu(hall)
    link = hall.locator('[data-testid="stPopoverBody"] [data-testid="stCode"]').first.inner_text()
    assert "/loss?" in link and "present=1" in link and "step=2" in link and "lang=zh" in link


@pytest.mark.parametrize("size", deck.SIZES, ids=[f"{w}x{h}" for w, h in deck.SIZES])
def test_the_header_is_one_line(hall, app_url, size):
    """The header (Previous, page, step k of n, Next, menu, Exit) is one row, under 12% of the screen."""
    hall.set_viewport_size({"width": size[0], "height": size[1]})
    hall.goto(f"{app_url}/gradient-descent?present=1&lang=zh&step=3")
    deck.settle(hall)
    box = hall.locator(".st-key-deck_head").bounding_box()
    assert box["height"] <= 0.12 * size[1], box
    assert deck.overflow(hall) == []
