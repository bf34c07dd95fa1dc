"""Cached texts and glossary table of the summary page, shared by every session.

Both depend only on the language (and the search query): built once per input from the
catalog with catalog.text (pure in key and language), so a rerun does not look up ~90
strings or build a pandas table again. The table is a pyarrow Table, which st.table sends
without converting it to pandas first. Read-only: never change what these return.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import catalog
from catalog.glossary import TERMS
from explainer.course import PAGE_BY_ID
from explainer.glossary_search import search
from ui.shared_cache import cached
from ui.tables import arrow_table

if TYPE_CHECKING:
    import pyarrow as pa

PAGE = "summary"
# (takeaway, the page where the learner saw it), in the course's order
TAKEAWAYS = (
    ("labels", "one_hot"),
    ("one_hot", "one_hot"),
    ("loss", "loss"),
    ("backprop", "gradient_descent"),
    ("descent", "gradient_descent"),
    ("batch", "loss"),
    ("epoch", "training"),
    ("curves", "training"),
    ("inference", "inference"),
)


@cached(4)
def takeaways(lang: str) -> tuple[tuple[str, str, str, str], ...]:
    """(numbered takeaway markdown, page id, link label, link icon) per takeaway, in `lang`."""
    out = []
    for i, (point, page_id) in enumerate(TAKEAWAYS, start=1):
        see = catalog.text(f"{PAGE}.see", lang, page=catalog.text(f"{page_id}.title", lang))
        out.append(
            (
                f"**{i}.** {catalog.text(f'{PAGE}.point.{point}', lang)}",
                page_id,
                see,
                PAGE_BY_ID[page_id].icon,
            )
        )
    return tuple(out)


@cached(256)
def glossary_table(lang: str, query: str) -> tuple[int, pa.Table | None]:
    """How many terms match `query`, and the table of them (None when nothing matches).

    Columns: Chinese name, English name, the page that teaches it, the definition in `lang`.
    """
    ids = search(TERMS, query)
    if not ids:
        return 0, None
    d = "def_zh" if lang == "zh" else "def_en"
    cols = [catalog.text(f"{PAGE}.glossary.col.{c}", lang) for c in ("zh", "en", "page", "def")]
    table = {
        cols[0]: [TERMS[i]["zh"] for i in ids],
        cols[1]: [TERMS[i]["en"] for i in ids],
        cols[2]: [catalog.text(f"{TERMS[i]['page']}.title", lang) for i in ids],
        cols[3]: [TERMS[i][d] for i in ids],
    }
    return len(ids), arrow_table(table)
