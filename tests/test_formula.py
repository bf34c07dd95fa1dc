"""The formula parser: whitelisted maths works, everything else is refused with a code and a position."""

import contextlib
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.formula import MAX_LEN, FormulaError, parse
from ui.urlparams import FormulaParam


@pytest.mark.parametrize(
    "text, w, expected",
    [
        ("w**2", 3.0, 9.0),
        ("w^2 + 1", 3.0, 10.0),  # ^ is power, with the precedence of **
        ("-w**2", 2.0, -4.0),
        ("sin(w) + cos(w)", 0.5, math.sin(0.5) + math.cos(0.5)),
        ("exp(-w) * sqrt(abs(w))", -4.0, math.exp(4.0) * 2.0),
        ("log(w) / tanh(w)", 2.0, math.log(2.0) / math.tanh(2.0)),
        ("pi * w + e", 1.0, math.pi + math.e),
        ("w**2/4 + sin(2*w)", 1.0, 0.25 + math.sin(2.0)),
        ("w²＋３×w", 2.0, 10.0),  # typed with a Chinese input method
        ("  (w - 1)**2  ", 3.0, 4.0),
        ("w**(1/2)", 4.0, 2.0),
        ("1e-3 * w", 2.0, 0.002),
    ],
)
def test_allowed_formulas_evaluate_like_python_maths(text, w, expected):
    """Whitelisted formulas give the value ordinary maths gives."""
    assert float(parse(text).loss(w)) == pytest.approx(expected)


def test_formula_is_vectorised_and_constant_parts_broadcast():
    """A formula is evaluated on a whole array at once; constant terms broadcast."""
    w = np.linspace(-2, 2, 5)
    np.testing.assert_allclose(parse("w*0 + 3").loss(w), np.full(5, 3.0))
    np.testing.assert_allclose(parse("w**3").loss(w), w**3)


@pytest.mark.parametrize("text", ["w**2", "sin(3*w)", "exp(w/2)", "w**4/20 - w**2 + w/2"])
def test_numeric_slope_matches_the_derivative(text):
    """The central-difference slope agrees with the analytic derivative."""
    w = np.linspace(-3, 3, 13)
    exact = {
        "w**2": 2 * w,
        "sin(3*w)": 3 * np.cos(3 * w),
        "exp(w/2)": np.exp(w / 2) / 2,
        "w**4/20 - w**2 + w/2": w**3 / 5 - 2 * w + 0.5,
    }[text]
    np.testing.assert_allclose(parse(text).slope(w), exact, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize(
    "text, code, col",
    [
        ("__import__('os')", "function", 1),
        ("w.real", "attribute", 1),
        ("(w).__class__", "attribute", 1),
        ("os.system('ls')", "attribute", 1),
        ("lambda: w", "lambda", 1),
        ("(lambda x: x)(w)", "lambda", 2),
        ("[w for w in (1, 2)]", "comprehension", 1),
        ("sum(w for w in (1, 2))", "function", 1),
        ("w**100", "exponent", 4),
        ("w**(2**4)", "exponent", 5),
        ("w^11", "exponent", 3),
        ("1e9 * w", "constant", 1),
        ("w + 99999999999999999999999999", "constant", 5),
        ("w % 2", "operator", 1),
        ("w < 1", "operator", 1),
        ("w[0]", "construct", 1),
        ("w + 'a'", "construct", 5),
        ("foo(w)", "function", 1),
        ("x + 1", "name", 1),
        ("sin(w, 2)", "call_form", 1),
        ("2w", "implicit_mul", 2),
        ("w**(", "syntax", 4),
        ("", "empty", 1),
        ("w\n+1", "char", 2),
        ("3", "no_w", 1),
        ("log(-w**2 - 1)", "no_finite", 1),
        ("w" * (MAX_LEN + 1), "too_long", MAX_LEN + 1),
    ],
)
def test_refused_formulas_name_the_reason_and_the_column(text, code, col):
    """Each refusal carries a code (for the translated message) and the 1-based column where it is."""
    with pytest.raises(FormulaError) as info:
        parse(text)
    assert info.value.code == code
    assert info.value.offset + 1 == col
    assert f"column {col}" in str(info.value)


def test_refusal_details_name_the_offender():
    """The message fields name the bad function, attribute or name so the page can show it."""
    with pytest.raises(FormulaError) as info:
        parse("__import__('os')")
    assert info.value.detail == {"name": "__import__"}
    with pytest.raises(FormulaError) as info:
        parse("w.__class__")
    assert info.value.detail == {"name": "__class__"}


def test_column_counts_characters_not_bytes():
    """Non-ASCII text before the error does not shift the reported column."""
    with pytest.raises(FormulaError) as info:
        parse("（w）＋ω")  # full-width brackets, then an unknown Greek name at column 5
    assert (info.value.code, info.value.offset) == ("name", 4)


def test_the_parser_never_evaluates_text(monkeypatch):
    """No eval/exec/compile is called while parsing (the tree is only walked)."""
    import builtins

    def boom(*a, **k):
        raise AssertionError("eval/exec called")

    monkeypatch.setattr(builtins, "eval", boom)
    monkeypatch.setattr(builtins, "exec", boom)
    assert float(parse("w**2 + sin(w)").loss(0.0)) == 0.0


ALPHABET = "w0123456789.+-*/^()_ eE,'[]:=<>%!abcdfgilmnopqrstxyz\\\"（）²λ\t"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_fuzz_only_formula_errors_escape(text):
    """Property: any text either parses (and evaluates without raising) or raises FormulaError only."""
    try:
        f = parse(text)
    except FormulaError as err:
        assert err.code and err.offset >= 0
        return
    values = f.loss(np.linspace(-5, 5, 11))
    assert values.shape == (11,)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=150))
def test_fuzz_any_unicode(text):
    """Property: arbitrary unicode never raises anything but FormulaError."""
    with contextlib.suppress(FormulaError):
        parse(text)


def test_deep_nesting_is_refused_cleanly():
    """Deeply nested operations give a FormulaError, never a RecursionError; plain brackets are fine."""
    assert float(parse("(" * 59 + "w" + ")" * 59).loss(2.0)) == 2.0
    with pytest.raises(FormulaError) as info:
        parse("-" * 100 + "w")
    assert info.value.code == "too_deep"


def test_url_param_accepts_good_and_refuses_bad_formulas():
    """A formula in a link is parsed (not evaluated from text); a bad one is a ValueError."""
    p = FormulaParam("w**2")
    assert p.parse("sin(w)") == "sin(w)"
    with pytest.raises(ValueError):
        p.parse("__import__('os').system('x')")
