"""AppTest smoke test: every page runs in both languages without an exception.

Pages are reached the way a user reaches them: through streamlit_app.py's navigation.
EXPLAINER_DEBUG=1 (tests/conftest.py) makes a failing page step raise instead of
showing the friendly message, so AppTest sees it.
"""

import re

import pytest

from catalog import text
from explainer.course import PAGES
from tests.apptest_utils import open_app


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("info", PAGES, ids=[p.id for p in PAGES])
def test_page_runs_without_exception(info, lang):
    """Each page renders its title in the chosen language and raises nothing."""
    at = open_app(info.file, lang)
    assert not at.exception, at.exception
    assert at.title[0].value == text(f"{info.id}.title", lang)
    assert all("⟨" not in md.value for md in at.markdown), "a catalog key is missing"
    numbers = [int(m.group(1)) for h in at.subheader if (m := re.match(r"(\d+)\. ", h.value))]
    assert numbers == list(range(1, len(numbers) + 1)), "numbered step titles count 1, 2, 3… in page order"


@pytest.mark.parametrize("info", [p for p in PAGES if p.url_path], ids=[p.id for p in PAGES if p.url_path])
def test_first_visit_shows_the_first_step_and_continue(info):
    """A page opened without ?step= shows its first step, then "Continue: step 2 of n"."""
    at = open_app(info.file, "en", step=None)
    assert not at.exception, at.exception
    keys = [b.key for b in at.button]
    assert "_steps_next" in keys and "_steps_all" in keys
    assert at.button(key="_steps_next").label.startswith("Continue: step 2 of ")
    assert "step" not in at.query_params


def test_language_switch_names_each_language_in_itself_in_ascii_markdown():
    """The switch's options read 中文 and English (Markdown character references decode to the
    characters), written in ASCII so Streamlit does not load its emoji table to draw them."""
    import html

    from ui.language_switch import option_label

    assert [html.unescape(option_label(c)) for c in ("zh", "en")] == ["中文", "English"]
    assert all(option_label(c).isascii() for c in ("zh", "en"))
    at = open_app(None, "zh")
    (switch,) = [w for w in at.sidebar.button_group if w.key == "_lang_choice"]
    assert [html.unescape(o.content) for o in switch.proto.options] == ["中文", "English"]
