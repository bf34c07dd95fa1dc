"""The HTML bar charts (explainer/figures/html_bars.py): the black-box page's comparison and the
probability bars of the black box and inference pages. A bar's drawn height and its written
value come from the numbers given; every word is escaped."""

import re
from html import unescape

import numpy as np
import pytest

from explainer.figures.black_box import compare_boxes
from explainer.figures.html_bars import OTHER, WINNER, Series, bar_chart, probability_bars


def bars(html: str) -> list[dict]:
    """Each drawn bar: its height (% of the plot), colour, exact value, written value, hover text."""
    out = []
    pattern = (
        r'<div class="hb-bar" style="height:([0-9.]+)%;background:([^"]+)" data-value="([^"]+)" '
        r'title="([^"]*)" aria-label="[^"]*"><span>([^<]*)</span></div>'
    )
    for height, colour, value, title, text in re.findall(pattern, html):
        out.append({"height": float(height), "colour": colour, "value": float(value),
                    "title": unescape(title), "text": unescape(text)})  # fmt: skip
    return out


def test_probability_bars_draw_each_class_to_scale_with_the_winner_red():
    """The course's black box: cat 0.6638 is the tallest bar, red, 66.38 % of the scale."""
    html = probability_bars(["cat", "dog", "other"], [0.6638, 0.2447, 0.0915], x_title="class", y_title="p")
    drawn = bars(html)
    assert [b["value"] for b in drawn] == [0.6638, 0.2447, 0.0915]
    assert [b["text"] for b in drawn] == ["0.664", "0.245", "0.091"]  # 0.0915 is 0.09149999… in binary
    assert [b["height"] for b in drawn] == [66.38, 24.47, 9.15]
    assert [b["colour"] for b in drawn] == [WINNER, OTHER, OTHER]
    assert drawn[0]["title"] == "cat: 0.664"
    assert ">class</div>" in html and ">p</div>" in html


def test_one_bar_group_per_box_with_axis_titles_and_a_legend():
    """Each box becomes one named series over the classes; both axes carry the given titles."""
    html = compare_boxes(
        ["cat", "dog", "other"],
        [("built-in", [0.9, 0.05, 0.05]), ("untrained", np.full(3, 1 / 3))],
        x_title="class",
        y_title="probability",
    )
    drawn = bars(html)
    assert [b["title"] for b in drawn[:2]] == [
        "built-in, cat: 0.90",
        "untrained, cat: 0.33",
    ]  # grouped by class
    assert [b["value"] for b in drawn[::2]] == [0.9, 0.05, 0.05]
    legend = re.search(r'<div class="hb-legend">(.*?)</div>', html).group(1)
    assert re.sub(r"<[^>]+>", "", legend) == "built-inuntrained"
    assert ">class</div>" in html and ">probability</div>" in html


def test_every_word_is_escaped():
    bad = '<img src=x onerror="alert(1)">'
    html = bar_chart([bad], [Series(bad, np.array([0.5]), "#000")], x_title=bad, y_title=bad, legend=True)
    assert "<img" not in html and 'onerror="' not in html
    assert bars(html)[0]["title"] == f"{bad}: 0.500"  # one series: "class: value"


@pytest.mark.parametrize("answers", [[], [("a", [0.5, 0.5])], [("a", [np.nan, 0.5, 0.5])]])
def test_bad_answers_raise(answers):
    """No answers, a wrong number of probabilities, or NaN raise ValueError."""
    with pytest.raises(ValueError):
        compare_boxes(["cat", "dog", "other"], answers, x_title="x", y_title="y")


@pytest.mark.parametrize("values", [[-0.1, 0.5], [np.inf, 0.5]])
def test_bars_below_zero_or_infinite_raise(values):
    with pytest.raises(ValueError):
        bar_chart(["a", "b"], [Series("s", np.array(values), "#000")], x_title="x", y_title="y")
