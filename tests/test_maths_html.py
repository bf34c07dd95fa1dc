"""Formulas as MathML written on the server (explainer/figures/maths_html.py): every formula
the pages show becomes MathML the browser draws, the course's numbers in it, its lines lined up
at "=", signs set as signs, and nothing but MathML is ever sent."""

import re

import pytest

from explainer.figures.maths_html import formula_html, mathml, only_mathml, source_of
from tests.apptest_utils import formulas, open_app

COURSE_SSE = r"\begin{aligned} \text{SSE} &= (1-0.37)^2 + (0-0.50)^2 + (0-0.13)^2 \\ &= 0.3969 + 0.2500 + 0.0169 \\ &= 0.6638 \end{aligned}"


@pytest.fixture(scope="module")
def shown() -> list[str]:
    """Every formula the loss, gradient-descent and knobs pages show, every step, both languages."""
    out = []
    for page in ("loss", "gradient_descent", "knobs"):
        for lang in ("en", "zh"):
            at = open_app(f"app_pages/{page}.py", lang)
            assert not at.exception
            out += formulas(at)
    return out


def test_every_formula_on_the_pages_is_mathml(shown):
    """At least the dozen formulas of those pages, each drawn as MathML (not the fallback
    <code>), with no LaTeX command left undone (latex2mathml writes an unknown one as <mi>\\x</mi>)
    and no stray "&" from a line that was not lined up."""
    assert len(set(shown)) >= 12
    for tex in set(shown):
        block = formula_html(tex)
        assert "<math" in block and "<code>" not in block, tex
        assert "<mi>\\" not in block and "<mi>&</mi>" not in block, tex
        assert only_mathml(mathml(tex)), tex


def test_the_course_sse_is_three_lined_up_rows():
    """The course's SSE, 0.6638, is a table of three rows: the name on the right of the first
    column, each line's "=" starting the second (left-aligned), the course's numbers in it."""
    m = mathml(COURSE_SSE)
    rows = re.findall(r"<mtr>(.*?)</mtr>", m)
    assert len(rows) == 3
    assert all(
        re.search(
            r'<mtd columnalign="right"(?: />|>.*?</mtd>)<mtd columnalign="left"><mi /><mo>&#x0003D;</mo>', r
        )
        for r in rows
    )
    numbers = re.findall(r"<mn>([^<]*)</mn>", m)
    assert numbers[-4:] == ["0.3969", "0.2500", "0.0169", "0.6638"]
    assert "0.37" in numbers and "0.50" in numbers and "0.13" in numbers


def test_a_minus_after_an_operator_is_a_sign():
    """-1 after "=", -6 inside "(", -ln after "&=" are signs (no space either side); a minus
    between two terms, or after ")", subtracts."""
    m = mathml(r"W = -1 - 0.1\times(-6) = (2) - 3")
    sign = '<mo lspace="0" rspace="0">&#x02212;</mo>'
    assert m.count(sign) == 2
    assert f"<mo>&#x0003D;</mo>{sign}<mn>1</mn>" in m and f"&#x00028;</mo>{sign}<mn>6</mn>" in m
    assert (
        "&#x00029;</mo><mo>&#x02212;</mo><mn>3</mn>" in m and "<mn>1</mn><mo>&#x02212;</mo><mn>0.1</mn>" in m
    )
    assert sign in mathml(r"\begin{aligned} \text{CE} &= -\ln 0.37 \end{aligned}")


def test_ln_is_followed_by_a_thin_space():
    assert '<mi>ln</mi><mspace width="0.1667em"></mspace><mn>0.37</mn>' in mathml(r"-\ln 0.37")


@pytest.mark.parametrize(
    "tex",
    [
        r"\text{<b>bold</b>}",
        r"\text{<mi onmouseover=alert(1)>x</mi>}",
        r"\text{<img src=x onerror=alert(1)>}",
        r"\frac{1}{",
    ],
)
def test_anything_but_mathml_is_shown_as_escaped_source(tex):
    """latex2mathml copies \\text{...} as it is: markup in it never reaches the page as markup;
    the formula is shown as its source, escaped, and so is one latex2mathml cannot read."""
    block = formula_html(tex)
    assert "<math" not in block and "<code>" in block
    body = block.split("</style>", 1)[1]
    assert not re.search(r"<(?!/?(div|code)\b)", body), body


def test_the_source_stays_on_the_block():
    """data-tex keeps the formula's source (without st.latex's $$ fences), escaped."""
    assert source_of("$$\n a<b \n$$") == "a<b"
    assert 'data-tex="a&lt;b"' in formula_html("$$\n a<b \n$$")


def test_only_mathml():
    assert only_mathml('<math display="block"><mrow><mi>x</mi><mi /></mrow></math>')
    assert not only_mathml('<math><mi onclick="x">x</mi></math>')
    assert not only_mathml("<math><script>x</script></math>")
    assert not only_mathml("<math><mi>x</mi></math>>")
