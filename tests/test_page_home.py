"""The home page is the course map: every page with its course section, one line and a link."""

import pytest

from catalog import text
from explainer.course import PAGES
from steps import outputs as outputs_steps
from tests.apptest_utils import open_app

COURSE_PAGES = [p for p in PAGES if p.url_path]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_has_a_card_with_link_section_and_blurb(lang):
    """One link per course page (its title, its URL path, the language kept), and the page's
    one-line blurb and course section drawn beside it."""
    at = open_app(None, lang)
    assert not at.exception
    links = {pl.proto.page: pl.proto for pl in at.get("page_link")}
    markdown = "\n".join(m.value for m in at.markdown)
    for p in COURSE_PAGES:
        link = links[p.url_path]
        assert link.label == text(f"{p.id}.title", lang)
        assert link.query_string == f"lang={lang}"
        assert text(f"{p.id}.blurb", lang) in markdown
        assert text("app.course_section", lang, section=p.section) in markdown


def test_both_chapters_are_headed():
    """The map is split into chapter 1 and chapter 2, in course order."""
    at = open_app(None, "en")
    heads = [h.value for h in at.subheader]
    assert heads == [text("app.section.ch1", "en"), text("app.section.ch2", "en")]


def test_the_map_shows_how_far_the_learner_got_and_where_to_continue():
    """After the black box (all steps) and two steps of the outputs page, the map says one page is
    finished, marks both cards, and offers to continue on the outputs page at step 2."""
    at = open_app("app_pages/black_box.py", "en", step="all")
    at.switch_page("app_pages/outputs.py")
    at.query_params["step"] = "2"
    at.run()
    at.switch_page("app_pages/home.py")
    del at.query_params["step"]
    at.run()
    assert not at.exception
    assert any(text("home.progress", "en", done=1, total=len(COURSE_PAGES)) in c.value for c in at.caption)
    cont = [
        pl.proto
        for pl in at.get("page_link")
        if pl.proto.page == "outputs" and "step=2" in pl.proto.query_string
    ]
    assert cont and cont[0].label == text("home.continue", "en", title=text("outputs.title", "en"), k=2)
    markdown = "\n".join(m.value for m in at.markdown)
    assert (
        text("home.seen_all", "en") in markdown
        and text("home.seen_some", "en", k=2, n=len(outputs_steps.STEPS)) in markdown
    )
