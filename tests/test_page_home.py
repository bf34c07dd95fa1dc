"""The home page is the course map: every page with its course section, one line and a link."""

import pytest

from catalog import text
from explainer.course import PAGES
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
