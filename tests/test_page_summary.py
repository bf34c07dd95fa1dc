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


def test_the_takeaways_question_is_asked_first_then_checked():
    """The takeaways step opens on its question (updates per epoch, computed by explainer.training):
    a wrong number gets the hint, the right one "Right!", and the takeaways show."""
    from catalog import text
    from explainer.questions import question
    from explainer.training import iterations_per_epoch

    q = question("summary.takeaways")
    assert q.number == iterations_per_epoch(5000, 50) == 100
    at = open_app("app_pages/summary.py", "en", step=None)
    assert not at.get("page_link") or all(link.proto.page != "training" for link in at.get("page_link"))
    at.text_input(key="_q.summary.takeaways").input("5050").run()
    at.button(key="_q.summary.takeaways.check").click().run()
    assert text("summary.takeaways.hint", "en") in " ".join(e.value for e in at.error)
    at.text_input(key="_q.summary.takeaways").input("100").run()
    at.button(key="_q.summary.takeaways.check").click().run()
    assert any(text("predict.right", "en") in s.value for s in at.success)
    assert "training" in {link.proto.page for link in at.get("page_link")}


def test_the_page_ends_with_its_recap_and_a_way_back_to_the_map():
    from catalog import text

    for lang in ("zh", "en"):
        at = open_app("app_pages/summary.py", lang)
        recap = text("summary.recap", lang)
        assert 2 <= recap.count("- ") <= 3
        assert any(m.value == recap for m in at.markdown)
        assert any(link.label == text("app.recap.map", lang) for link in at.get("page_link"))


def test_the_glossary_has_the_terms_the_gradient_descent_page_introduces():
    """Every [[term]] the gradient-descent page writes is in the glossary, searchable."""
    import re

    import catalog

    used = {
        t
        for k, e in catalog.CATALOG.items()
        if k.startswith("gradient_descent.")
        for t in re.findall(r"\[\[(\w+)\]\]", e["en"])
    }
    assert {"hidden_unit", "contour_map", "sgd", "momentum", "adam"} <= used <= set(TERMS)
    at = open_app("app_pages/summary.py", "en")
    at.text_input(key="summary.q").input("hidden unit").run()
    assert list(at.table[0].value.iloc[:, 1]) == ["hidden unit"]
