"""A lecture with live questions in Chromium: one lecturer tab, two student tabs.

The lecturer opens a class from the slide's menu; the students open the join link; each
answers the slide's question on their own screen; the projected slide counts the answers;
the lecturer reveals, and the students see the answer. A late student joins by typing the
code into the sidebar's box.
"""

from __future__ import annotations

import re

import catalog
from steps import gradient_descent
from tests.e2e import deck
from tests.e2e.conftest import SHOTS, wait_idle

# The slide after the loss page's last one (its question): the next page's first step.
NEXT_SLIDE = "Now: " + catalog.text("present.position", "en").format(
    page=catalog.text("gradient_descent.title", "en"), k=1, n=len(gradient_descent.STEPS)
)


def test_two_students_answer_and_the_slide_counts(browser, app_url):
    """The count on the slide goes to 2 with one bar per choice; the reveal reaches the students;
    the speaker view, opened with the class code, follows the slide."""
    lecturer_ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    students = [browser.new_context(viewport={"width": 412, "height": 915}) for _ in range(2)]
    try:
        hall = lecturer_ctx.new_page()
        hall.goto(f"{app_url}/loss?present=1&lang=en&step=4")
        deck.settle(hall)
        deck.open_menu(hall)
        hall.locator(".st-key-deck_class_open button").click()
        deck.settle(hall)
        hall.keyboard.press("Escape")  # closes the menu
        body = hall.locator(".st-key-deck_body")
        code_text = hall.locator('[class*="st-key-deck_class_code_slide"]').inner_text()
        code = re.search(r"[A-Z0-9]{5}", code_text).group(0)
        assert hall.locator('[class*="st-key-deck_qr_slide"] img').is_visible()
        assert "0 answered" in body.inner_text()

        phones = []
        for i, ctx in enumerate(students):
            phone = ctx.new_page()
            phone.goto(f"{app_url}/?class={code}&lang=en")
            wait_idle(phone)
            box = phone.locator(".st-key-class_box")
            box.get_by_text("The lecturer's question").wait_for()
            box.locator('[role="radiogroup"] label').nth(i).click()
            box.get_by_text("Sent:").wait_for(timeout=15_000)
            phones.append(phone)

        hall.get_by_text("2 answered").wait_for(timeout=10_000)
        bars = hall.locator('.st-key-deck_counts [data-testid="stProgress"]').all_inner_texts()
        assert any(b.startswith("A · 1") for b in bars) and any(b.startswith("B · 1") for b in bars), bars
        SHOTS.mkdir(parents=True, exist_ok=True)
        hall.screenshot(path=str(SHOTS / "classroom-lecturer-en.png"))
        phones[0].screenshot(path=str(SHOTS / "classroom-student-en.png"))

        hall.keyboard.press("PageDown")  # a clicker's forward key reveals the answer first
        deck.settle(hall)
        assert hall.locator('[data-testid="stAlertContentSuccess"]').count() >= 1
        for phone in phones:
            phone.locator(".st-key-class_box").get_by_text("Answer:").wait_for(timeout=10_000)
        phones[1].screenshot(path=str(SHOTS / "classroom-student-revealed-en.png"))

        speaker = students[0].new_page()  # the speaker view follows the projected slide
        speaker.set_viewport_size({"width": 1280, "height": 720})
        speaker.goto(f"{app_url}/?present=1&speaker={code}&lang=en")
        wait_idle(speaker)
        speaker.get_by_text("Now: Loss functions · step 4 of 4").wait_for(timeout=10_000)
        for _ in range(8):  # through the slide's pages to the next slide
            hall.keyboard.press("PageDown")
            deck.settle(hall)
            if deck.where(hall) != "loss 4":
                break
        speaker.get_by_text(NEXT_SLIDE).wait_for(timeout=20_000)
        speaker.screenshot(path=str(SHOTS / "classroom-speaker-en.png"))

        late = students[1].new_page()  # a late student types the code into the sidebar's box
        late.set_viewport_size({"width": 1280, "height": 800})
        late.goto(f"{app_url}/?lang=en")
        wait_idle(late)
        late.get_by_role("button", name="Join a class").click()
        dialog = late.locator('[role="dialog"]')
        dialog.get_by_label("Class code (5 characters)").fill("ZZZZZ")
        dialog.get_by_role("button", name="Join", exact=True).click()
        dialog.get_by_text(catalog.text("class.bad_code", "en")).wait_for(timeout=10_000)  # said there
        dialog.get_by_label("Class code (5 characters)").fill(code.lower())
        dialog.get_by_role("button", name="Join", exact=True).click()
        late.locator(".st-key-class_box").wait_for(timeout=15_000)  # joined: the class's box shows
        dialog.wait_for(state="detached", timeout=10_000)  # and the dialog has closed
        assert f"class={code}" in late.url
        pages = [hall, speaker, late, *phones]
        assert all(p.locator('[data-testid="stException"]').count() == 0 for p in pages)
    finally:
        lecturer_ctx.close()
        for ctx in students:
            ctx.close()
