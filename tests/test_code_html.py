"""The server-drawn code block: its text is exactly the source, coloured by Python's tokenizer."""

import html
import re

import pytest

from explainer.figures.code_html import python_html


def text_of(block: str) -> str:
    """What a learner selects and copies: the block's text without its tags."""
    code = re.search(r"<code>(.*)</code>", block, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", "", code))


def spans(block: str, kind: str) -> list[str]:
    return [html.unescape(s) for s in re.findall(rf'<span class="{kind}">(.*?)</span>', block)]


@pytest.mark.parametrize(
    "source",
    [
        "keras.losses.MeanSquaredError()(y_true, y_pred)  # 0.1960",
        "import keras\n\nfor i in range(3):\n    print(f'{i} <b>&')  # ok\n",
        "x = [1,\n     2.5e-3]\n",
        "def f(:\n  <script>alert(1)</script>",  # not Python: shown as it is
        "",
    ],
)
def test_the_text_is_the_source(source):
    """Every character of the source is shown, nothing added (markup escaped, not interpreted)."""
    block = python_html(source)
    assert text_of(block) == source
    assert "<script>" not in block


def test_parts_are_coloured_by_kind():
    block = python_html("for i in range(3):\n    y = keras.losses.MeanSquaredError()(a, 'b')  # 0.1960\n")
    assert spans(block, "k") == ["for", "in"]
    assert spans(block, "f") == ["range", "MeanSquaredError"]
    assert spans(block, "n") == ["3"]
    assert spans(block, "s") == ["'b'"]
    assert spans(block, "c") == ["# 0.1960"]
