"""Lecture mode and shared app state through AppTest."""

from catalog import text
from tests.apptest_utils import open_app


def test_present_shows_one_step_with_navigation():
    """?present=1 renders one slide: the step counter and Previous/Next buttons."""
    at = open_app(None, "en", present="1", step="2")
    assert not at.exception
    assert at.button(key="_next") and at.button(key="_prev")
    assert "step 2 of 3" in at.get("progress")[0].proto.text
    assert at.query_params["step"] == "2"


def test_next_advances_the_step_in_the_url():
    """Clicking Next moves ?step= from 1 to 2."""
    at = open_app(None, "en", present="1", step="1")
    at.button(key="_next").click().run()
    assert at.query_params["step"] == "2"


def test_bad_step_falls_back_to_first():
    """A hostile ?step= value opens the first slide with a notice, no crash."""
    at = open_app(None, "en", present="1", step="99999999999")
    assert not at.exception
    assert at.query_params["step"] == "1"
    assert at.toast and "step" in at.toast[0].value


def test_step_all_opens_first_slide_quietly():
    """?present=1&step=all (a normal-mode link with every step shown) opens slide 1, no notice."""
    at = open_app(None, "en", present="1", step="all")
    assert not at.exception
    assert at.query_params["step"] == "1"
    assert "step 1 of 3" in at.get("progress")[0].proto.text
    assert not at.toast


def test_exit_leaves_lecture_mode():
    """Exit returns to the normal page: every step shows and the slide buttons are gone."""
    at = open_app(None, "en", present="1", step="1")
    at.button(key="_exit").click().run()
    assert "_next" not in [b.key for b in at.button]
    assert len(at.subheader) == 2  # both chapters of the course map again


def test_bad_lang_falls_back_with_notice():
    """?lang=xx keeps the page working in the default language and says so."""
    at = open_app(None, "xx")
    assert not at.exception
    assert at.title[0].value == text("home.title", "zh")
    assert at.toast


def test_language_from_url():
    at = open_app(None, "en")
    assert at.title[0].value == "Course map"


import re  # noqa: E402

import pytest  # noqa: E402

from explainer.course import PAGES  # noqa: E402


@pytest.mark.parametrize("info", PAGES, ids=[p.id for p in PAGES])
def test_every_slide_of_every_page_renders(info):
    """In lecture mode each step of each page is a slide that renders without an exception."""
    at = open_app(info.file if info.url_path else None, "en", present="1", step="1")
    assert not at.exception, at.exception
    n = int(re.search(r"of (\d+)", at.get("progress")[0].proto.text).group(1))
    for k in range(1, n + 1):
        at.query_params["step"] = str(k)
        at.run()
        assert not at.exception, (k, at.exception)
        assert f"step {k} of {n}" in at.get("progress")[0].proto.text
        reveal = [b for b in at.button if (b.key or "").startswith("_reveal.")]
        if reveal:  # predict, then reveal: the answer and the step appear after the click
            reveal[0].click().run()
            assert not at.exception, (k, at.exception)
            assert at.success, "the revealed answer is shown"


def test_share_box_holds_the_link_to_this_view():
    """The sidebar's "Share this view" button opens a dialog with the query of this view,
    every shareable setting included; it is built only when asked for."""
    at = open_app("app_pages/loss.py", "zh", step="2")
    assert not at.exception
    assert not at.code, "built only when the button is pressed, with the URL as it is then"
    at.sidebar.button(key="_share").click().run()
    codes = [c.value for c in at.code]
    assert len(codes) == 1
    assert "lang=zh" in codes[0] and "step=2" in codes[0]
    assert text("app.share", "zh") in [c.value for c in at.caption]
