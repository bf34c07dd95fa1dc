"""The keys belong to the deck (ui/deck.js): a clicker's PageDown runs the whole deck.

Streamlit ignores a button's shortcut while focus is in a widget; the deck's script listens on
the window first, so ← → PageUp PageDown move the deck even after a slider or select was used.
"""

from __future__ import annotations

import pytest

from tests.e2e import deck

# A slider's thumb (Streamlit 1.67: react-aria, focus goes to a hidden range input inside it);
# Playwright's :visible keeps to the page of the slide that is shown.
SLIDER = '[data-testid="stSlider"] div:has(> div > input[type="range"]):visible'
RANGE = 'input[type="range"]'


def to_a_slider(hall, app_url: str):
    """Open the deck on the loss page and press PageDown until a slider is on screen (the
    slides change as the course grows; the first slider met is the one touched)."""
    hall.goto(f"{app_url}/loss?present=1&lang=en&step=1")
    deck.settle(hall)
    for _ in range(30):
        thumb = hall.locator(SLIDER).first
        if thumb.count() and thumb.is_visible():
            return thumb
        hall.keyboard.press("PageDown")
        deck.settle(hall)
    pytest.fail("no slider in the deck after the loss page")


def test_streamlit_hooks_the_script_relies_on_are_there(hall, app_url):
    """Every DOM hook in ui/deck.js's SEL finds its element (a Streamlit upgrade that renames a
    test id or a key class fails here, not in a lecture): the buttons, the slide's body and the
    reveal on a question slide; the rows of st.table on the glossary slide."""
    hall.goto(f"{app_url}/loss?present=1&lang=en&step=1")
    deck.settle(hall)
    sel = hall.evaluate("() => window.__nnDeck.SEL")
    for name, css in sel.items():
        if name in ("dialog", "tableRows"):
            continue  # only while a dialog is open; only on a slide with a table
        if name in ("wrapper", "vblock"):  # every container has them
            assert hall.locator(f"{sel['body']} {css}").count() >= 1, (name, css)
            continue
        assert hall.locator(css).count() == 1, (name, css)
    hall.goto(f"{app_url}/summary?present=1&lang=en&step=2")
    deck.settle(hall)
    hall.locator(sel["tableRows"]).first.wait_for(state="attached")
    assert hall.locator(sel["tableRows"]).count() > 20


def test_arrow_keys_leave_a_touched_slider_alone(hall, app_url):
    """After the lecturer drags a slider, → moves the deck, not the slider."""
    thumb = to_a_slider(hall, app_url)
    thumb.click()
    deck.settle(hall)
    value = thumb.locator(RANGE).element_handle()  # still readable once its page is hidden
    before = value.input_value()
    assert hall.evaluate("() => document.activeElement.type") == "range", "the slider has the focus"
    state, where = hall.evaluate("() => window.__nnDeck.state()"), deck.where(hall)
    hall.keyboard.press("ArrowRight")
    deck.settle(hall)
    after = hall.evaluate("() => window.__nnDeck.state()")
    assert after["page"] != state["page"] or deck.where(hall) != where, (state, after)
    assert value.input_value() == before, "the slider did not move"


def test_a_text_field_keeps_its_arrows(hall, app_url):
    """While the lecturer types in a text field, ← and → move the caret, not the deck."""
    hall.goto(f"{app_url}/summary?present=1&lang=en&step=2")
    deck.settle(hall)
    field = hall.locator('[data-testid="stTextInput"] input').first
    field.wait_for()
    field.click()
    field.type("loss")
    hall.keyboard.press("ArrowLeft")
    hall.keyboard.press("ArrowRight")
    hall.wait_for_timeout(300)
    assert deck.where(hall) == "summary 2"
    assert hall.evaluate("() => document.activeElement.tagName") == "INPUT"


def test_pagedown_alone_runs_the_whole_deck(hall, app_url):
    """From the course map to the last slide with PageDown only: every answer is revealed on
    the way, every page of every slide is shown, and a slider touched on the way does not take
    the key. PageUp goes back."""
    hall.goto(f"{app_url}/?present=1&lang=en&step=1")
    deck.settle(hall)
    slides, reveals, skipped, touched = {deck.where(hall)}, 0, [], False
    total = deck.slide_count()
    for _ in range(500):
        thumb = hall.locator(SLIDER).first
        if not touched and thumb.count() and thumb.is_visible():
            thumb.click()
            deck.settle(hall)
            touched = True
        hidden, here = hall.locator(deck.REVEAL).count(), deck.where(hall)
        hall.keyboard.press("PageDown")
        deck.settle(hall)
        if hidden:  # the key reveals the answer, it does not leave the slide
            reveals += 1
            if deck.where(hall) != here or hall.locator(deck.REVEAL).count():
                skipped.append(here)
        slides.add(deck.where(hall))
        s = hall.evaluate("() => window.__nnDeck.state()")
        at_end = hall.locator(deck.NEXT).is_disabled() and s["page"] == s["pages"] - 1
        if at_end and not hall.locator(deck.REVEAL).count():
            break
    assert touched
    assert len(slides) == total, sorted(slides)
    assert reveals >= 10 and skipped == [], (reveals, skipped)
    last = deck.where(hall)
    hall.keyboard.press("PageUp")
    deck.settle(hall)
    s = hall.evaluate("() => window.__nnDeck.state()")
    assert deck.where(hall) != last or s["page"] < s["pages"] - 1
    assert hall.locator('[data-testid="stException"]').count() == 0
