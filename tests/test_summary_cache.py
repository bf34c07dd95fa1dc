"""The summary page's cached content (steps/summary_cache.py): the same texts and glossary rows
the catalog gives, per language and query."""

from catalog import text
from catalog.glossary import TERMS
from explainer.course import PAGE_BY_ID
from explainer.glossary_search import search
from steps import summary_cache as view


def test_takeaways_are_the_catalog_texts_numbered_in_order():
    """Each takeaway: "**i.** point" from the catalog, its page, the link label and the page's icon."""
    rows = view.takeaways("zh")
    assert view.takeaways("zh") is rows  # cached and shared
    assert len(rows) == len(view.TAKEAWAYS)
    for i, ((point, page_id), row) in enumerate(zip(view.TAKEAWAYS, rows, strict=True), start=1):
        label = text("summary.see", "zh", page=text(f"{page_id}.title", "zh"))
        assert row == (
            f"**{i}.** {text(f'summary.point.{point}', 'zh')}",
            page_id,
            label,
            PAGE_BY_ID[page_id].icon,
        )


def test_glossary_table_equals_the_uncached_rows():
    """The cached table holds, for the matching terms in glossary order, both names, the page
    title and the definition in the chosen language, under the catalog's headers."""
    for lg, query in (("en", ""), ("zh", "梯度"), ("en", "gradient descent")):
        n, table = view.glossary_table(lg, query)
        ids = search(TERMS, query)
        assert n == len(ids) == table.num_rows > 0
        cols = [text(f"summary.glossary.col.{c}", lg) for c in ("zh", "en", "page", "def")]
        assert table.column_names == cols
        d = table.to_pydict()
        assert d[cols[0]] == [TERMS[i]["zh"] for i in ids]
        assert d[cols[1]] == [TERMS[i]["en"] for i in ids]
        assert d[cols[2]] == [text(f"{TERMS[i]['page']}.title", lg) for i in ids]
        assert d[cols[3]] == [TERMS[i][f"def_{lg}"] for i in ids]


def test_glossary_without_match_has_no_table():
    assert view.glossary_table("en", "{nothing} <b>") == (0, None)
