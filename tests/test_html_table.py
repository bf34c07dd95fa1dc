"""The read-only HTML table (explainer/figures/html_table.py): every cell, escaped, long tables cut."""

import re

import pytest

from explainer.figures.html_table import html_table, shown_rows
from tests.apptest_utils import html_rows


def test_a_short_table_shows_every_row_in_order_under_its_headers():
    html = html_table({"step": ["1", "2", "3"], "W": ["-1", "-0.4", "-0.16"]})
    assert re.findall(r"<th>(.*?)</th>", html) == ["step", "W"]
    assert html_rows(html) == [["1", "-1"], ["2", "-0.4"], ["3", "-0.16"]]
    assert "max-height:18.75rem" in html  # 300 px at 16 px, larger on a slide and "position:sticky" in html


def test_a_long_table_keeps_its_first_and_last_rows_and_counts_the_rest():
    n = 1000
    html = html_table({"k": [str(i) for i in range(n)]}, gap="… {n} not shown …", first=3, last=2)
    rows = html_rows(html)
    assert rows == [["0"], ["1"], ["2"], ["… 995 not shown …"], ["998"], ["999"]]
    assert shown_rows(5, 3, 2) == (range(5), range(0))  # exactly first + last: nothing cut
    assert shown_rows(6, 3, 2) == (range(3), range(4, 6))


def test_word_columns_align_left_and_numbers_right():
    html = html_table({"#": ["1"], "class": ["cat"]}, left=("class",))
    assert '<th class="ht-l">class</th>' in html and '<td class="ht-l">cat</td>' in html
    assert "<th>#</th>" in html and "<td>1</td>" in html and "text-align:right" in html


def test_headers_and_cells_are_text_not_markup():
    html = html_table({"<b>h</b>": ["<script>alert(1)</script>"]}, gap="<i>{n}</i>")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;h&lt;/b&gt;" in html and "&lt;script&gt;" in html


def test_columns_of_different_lengths_are_refused():
    with pytest.raises(ValueError, match="same number"):
        html_table({"a": ["1"], "b": []})
