"""Formulas that have no loss where the page needs one: a clear message, never a crash or a "nan".

Each link once broke the page: the learning-rate step failed, and "Run 30 steps" raised in an
unguarded callback (Streamlit's English error box, in Chinese mode too), beside "Loss nan /
Slope nan" and the caption "the slope is zero: the ground is flat here".
"""

from __future__ import annotations

import pytest

from catalog import text
from explainer.curves import CURVES
from explainer.formula import FormulaError, check_start, defined_ranges, parse
from tests.apptest_utils import open_app

PAGE = "app_pages/gradient_descent.py"
CRASH_LINKS = [
    {"curve": "formula", "f": "log(w)"},
    {"curve": "formula", "f": "sqrt(w)"},
    {"curve": "formula", "f": "w**w**w**w**w**w"},
    {"curve": "formula", "f": "w**0.5", "start": "-2"},
    {"curve": "formula", "f": "1/w", "start": "0"},
]


def page_text(at) -> str:
    parts = [e.value for e in at.markdown] + [e.value for e in at.caption] + [e.value for e in at.error]
    parts += [e.value for e in at.warning] + [e.value for e in at.info] + [e.value for e in at.success]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    return "\n".join(str(p) for p in parts)


def test_check_start_names_where_the_formula_is_defined():
    """log(w) from w = -1: refused with the interval where it has a loss and a slope."""
    curve = parse("log(w)").curve()
    with pytest.raises(FormulaError) as err:
        check_start(curve, -1.0)
    assert err.value.code == "undefined_start"
    assert float(err.value.detail["a"]) > 0 and float(err.value.detail["b"]) == 5.0
    check_start(curve, 0.5)  # defined there: no error
    check_start(CURVES["bowl"], -5.0)


def test_defined_ranges_split_at_a_pole():
    """1/w is defined on both sides of 0, not at 0."""
    ranges = defined_ranges(parse("1/w").curve())
    assert len(ranges) == 2 and ranges[0][1] < 0 < ranges[1][0]


@pytest.mark.parametrize("query", CRASH_LINKS, ids=lambda q: q["f"] + "@" + q.get("start", "-1"))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_crash_links_get_a_message_not_a_crash(query, lang):
    """Every step opens (EXPLAINER_DEBUG lets any error through, so none happened), the walk
    says where the formula is defined, and nothing on the page reads "nan"."""
    at = open_app(PAGE, lang, **query)
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any(
        text("gradient_descent.ferr.undefined_start", lang, w="X", a="A", b="B")[:12] in e for e in errors
    )
    assert "nan" not in page_text(at).lower()


@pytest.mark.parametrize("query", CRASH_LINKS, ids=lambda q: q["f"])
def test_run_and_step_buttons_do_nothing_harmful(query):
    """The walk's buttons on such a link: no exception, no callback error, no "nan"."""
    at = open_app(PAGE, "en", **query)
    for key in ("gradient_descent.run", "gradient_descent.step", "gradient_descent.reset"):
        buttons = [b for b in at.button if b.key == key]
        if buttons:
            buttons[0].click().run()
            assert not at.exception
    assert "_callback_failed" not in at.session_state
    assert "nan" not in page_text(at).lower()


def test_a_step_out_of_the_domain_stops_the_walk_instead_of_showing_nan():
    """log(w) from 0.5 with a big learning rate: the next weight would be negative, so the walk
    stops there and says why; the metrics keep the last defined weight."""
    at = open_app(PAGE, "en", curve="formula", f="log(w)", start="0.5", lr="2")
    at.button(key="gradient_descent.step").click().run()
    assert not at.exception
    walk = at.session_state["gradient_descent._walk"]
    assert walk["w"] == [0.5] and walk["stop"]["reason"] == "undefined"
    assert "nan" not in page_text(at).lower()
