"""The stylesheets put into the page with st.html survive Streamlit's HTML sanitiser.

st.html passes its HTML through DOMPurify, which removes a <style> element whose text looks
like it holds a tag ("<p" in a CSS comment was enough): lecture mode then lost every rule of
ui/deck.css at once (its type, its hidden chrome), seen on 2026-12-07.
"""

from __future__ import annotations

import re

from ui import busy, deck_assets

TAG_LIKE = re.compile(r"<[/\w!]")  # what DOMPurify takes for markup inside an element's text


def inner(style_html: str) -> str:
    assert style_html.startswith("<style>") and style_html.endswith("</style>")
    return style_html[len("<style>") : -len("</style>")]


def test_the_lecture_stylesheet_has_nothing_that_looks_like_a_tag():
    css = deck_assets._asset("deck.css")
    assert css.strip() and not TAG_LIKE.search(css), TAG_LIKE.search(css)


def test_the_working_signs_stylesheet_has_nothing_that_looks_like_a_tag():
    for label in ("Working…", "正在处理…", "<b>x</b>"):  # a label is quoted as CSS content
        assert not TAG_LIKE.search(inner(busy.style(label)))
