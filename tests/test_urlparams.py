"""ui.urlparams: the URL ⇄ state mapping, including hostile values."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.urlparams import (
    MAX_RAW,
    BoolParam,
    ChoiceParam,
    FloatListParam,
    FloatParam,
    IntParam,
    TextListParam,
    dump_changed,
    parse_query,
)

SPECS = {
    "lr": FloatParam(0.01, 1e-4, 10.0),
    "steps": IntParam(20, 1, 500),
    "curve": ChoiceParam("bowl", ("bowl", "valleys", "plateau")),
    "norm": BoolParam(True),
    "p": FloatListParam((0.37, 0.5, 0.13), 0.0, 1.0, min_len=2, max_len=10),
    "cls": TextListParam(("Cat", "Dog", "Other")),
}


def test_valid_values_parse():
    q = {"lr": "0.5", "steps": "7", "curve": "plateau", "norm": "0", "p": "0.2,0.8", "cls": "A, B"}
    values, bad = parse_query(q, SPECS)
    assert bad == []
    assert values == {
        "lr": 0.5,
        "steps": 7,
        "curve": "plateau",
        "norm": False,
        "p": (0.2, 0.8),
        "cls": ("A", "B"),
    }


@pytest.mark.parametrize(
    "name, raw",
    [
        ("lr", "nan"),
        ("lr", "inf"),
        ("lr", "-inf"),
        ("lr", "1e308"),
        ("lr", "0"),
        ("lr", "__import__('os')"),
        ("lr", "1" * (MAX_RAW + 1)),
        ("steps", "9" * 400),
        ("steps", "3.5"),
        ("steps", "0"),
        ("curve", "<script>"),
        ("norm", "yes"),
        ("p", "0.5,nan"),
        ("p", "0.5"),
        ("p", ",".join(["0.1"] * 11)),
        ("cls", "Cat,,Dog"),
        ("cls", "Cat,Cat"),
        ("cls", "x" * 41),
        ("cls", "a\x00b"),
    ],
)
def test_hostile_values_are_reported_not_used(name, raw):
    """Huge numbers, NaN, code, long strings and control characters are all rejected."""
    values, bad = parse_query({name: raw}, SPECS)
    assert name not in values and bad == [name]


def test_unknown_keys_are_ignored():
    values, bad = parse_query({"evil": "1", "lr": "0.1"}, SPECS)
    assert values == {"lr": 0.1} and bad == []


def test_repeated_keys_last_wins():
    """?lr=1&lr=2 behaves like Streamlit: the last value counts."""
    values, _ = parse_query({"lr": ["1", "2"]}, SPECS)
    assert values["lr"] == 2.0


def test_non_string_value_is_bad():
    _, bad = parse_query({"lr": 3}, SPECS)
    assert bad == ["lr"]


def test_defaults_stay_out_of_the_url():
    """Only values that differ from the default are written to the URL."""
    out = dump_changed({"lr": 0.01, "steps": 21, "p": (0.37, 0.5, 0.13), "cls": ("Cat", "Dog")}, SPECS)
    assert out == {"steps": "21", "cls": "Cat,Dog"}


@given(st.floats(1e-4, 10.0))
def test_float_round_trip(v):
    """What we write, we read back to 6 significant digits."""
    spec = SPECS["lr"]
    assert spec.parse(spec.dump(v)) == pytest.approx(v, rel=1e-5)


@given(st.text(max_size=60))
def test_parser_never_crashes(raw):
    """Any string gives either a value or a reported name, never an exception."""
    for name in SPECS:
        values, bad = parse_query({name: raw}, SPECS)
        assert (name in values) != (name in bad)
