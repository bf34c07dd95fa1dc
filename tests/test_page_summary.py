"""Behaviour of the summary page: takeaways with links, and a searchable glossary."""

from catalog.glossary import TERMS
from tests.apptest_utils import open_app


def test_takeaways_link_to_their_pages():
    """Every takeaway has a link to the page where the learner saw it."""
    at = open_app("app_pages/summary.py", "en")
    assert not at.exception
    links = at.get("page_link")
    assert len(links) >= 9
    assert "training" in {link.proto.page for link in links}
    assert {"one-hot", "loss", "gradient-descent", "inference"} <= {link.proto.page for link in links}


def test_glossary_lists_every_term_and_filters():
    """The glossary shows all terms; typing filters them, in either language."""
    at = open_app("app_pages/summary.py", "zh")
    assert len(at.table[0].value) == len(TERMS)
    at.text_input(key="summary.q").input("梯度").run()
    table = at.table[0].value
    assert 0 < len(table) < len(TERMS)
    assert "gradient" in list(table.iloc[:, 1])


def test_glossary_search_without_match_says_so():
    at = open_app("app_pages/summary.py", "en")
    at.text_input(key="summary.q").input("{nothing} <b>").run()
    assert not at.exception
    assert "Nothing matches" in at.info[0].value
