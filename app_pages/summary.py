"""Summary (course 02-09): the takeaways, each linked to its page, and the searchable glossary.

No TensorFlow here: this page only reads the catalog.
"""

import streamlit as st

from catalog.glossary import TERMS
from explainer.course import PAGE_BY_ID
from explainer.glossary_search import MAX_QUERY, search
from ui import lang, t
from ui.page import run

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


def takeaways() -> None:
    st.subheader(t("summary.takeaways.header"))
    st.markdown(t("summary.takeaways.intro"))
    for i, (point, page_id) in enumerate(TAKEAWAYS, start=1):
        with st.container(border=True):
            st.markdown(f"**{i}.** {t(f'summary.point.{point}')}")
            info = PAGE_BY_ID[page_id]
            st.page_link(
                info.file,
                label=t("summary.see", page=t(f"{page_id}.title")),
                icon=info.icon,
            )


def glossary() -> None:
    st.subheader(t("summary.glossary.header"))
    query = st.text_input(
        t("summary.glossary.search"),
        key="summary.q",
        max_chars=MAX_QUERY,
        placeholder=t("summary.glossary.placeholder"),
    )
    ids = search(TERMS, query)
    st.caption(t("summary.glossary.count", n=len(ids), total=len(TERMS)))
    if not ids:
        st.info(t("summary.glossary.none", q=query.strip()), icon=":material/search_off:")
        return
    d = "def_zh" if lang() == "zh" else "def_en"
    cols = [t(f"summary.glossary.col.{c}") for c in ("zh", "en", "page", "def")]
    table = {
        cols[0]: [TERMS[i]["zh"] for i in ids],
        cols[1]: [TERMS[i]["en"] for i in ids],
        cols[2]: [t(f"{TERMS[i]['page']}.title") for i in ids],
        cols[3]: [TERMS[i][d] for i in ids],
    }
    # st.table wraps long definitions (a dataframe would cut them off)
    st.table(table, hide_index=True, border="horizontal")


run(PAGE, [takeaways, glossary])
