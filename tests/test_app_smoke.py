"""AppTest smoke test: every page runs in both languages without an exception.

Pages are reached the way a user reaches them: through streamlit_app.py's navigation.
EXPLAINER_DEBUG=1 (tests/conftest.py) makes a failing page step raise instead of
showing the friendly message, so AppTest sees it.
"""

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
