"""A shared link opens the right page, in the right language, even as a fresh server's first visit.

Regression test: with a folder named `pages/` beside the entry script, Streamlit treated a
first visit straight to /loss as an old-style pages/ app (file-name sidebar, ?lang ignored,
"Page not found" for /one-hot). The pages now live in app_pages/.
"""

import pytest

from tests.e2e.conftest import open_page, start_server, stop_server


@pytest.fixture
def fresh_url():
    proc, url = start_server()
    yield url
    stop_server(proc)


@pytest.mark.parametrize("path, title", [("one-hot", "Labels and one-hot"), ("loss", "Loss functions")])
def test_first_visit_by_deep_link(page, fresh_url, path, title):
    """The very first request to a new server is a deep link: the app's own navigation and
    the requested language are there, and no "Page not found" dialog appears."""
    open_page(page, fresh_url, path, "lang=en")
    assert page.inner_text('[data-testid="stMain"] h1') == title
    nav = page.inner_text('[data-testid="stSidebarNav"]')
    assert "Chapter 2" in nav and "streamlit app" not in nav.lower()
    assert page.get_by_text("Page not found").count() == 0
