"""Unit tests for explainer/prob_inputs.py and explainer/batch_table.py."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.batch_table import random_batch, read_table
from explainer.input_errors import InputError
from explainer.prob_inputs import problems, rebalance, round_to_one

probs = st.lists(st.integers(0, 100), min_size=2, max_size=6).map(lambda xs: [x / 100 for x in xs])


@given(probs, st.data())
def test_rebalance_sums_to_one_and_keeps_the_moved_value(p, data):
    """After rebalancing, the vector sums to exactly 1, nothing is negative, and p[i] is kept."""
    i = data.draw(st.integers(0, len(p) - 1))
    out = rebalance(p, i)
    assert out.sum() == pytest.approx(1.0, abs=1e-9)
    assert np.all(out >= 0)
    assert out[i] == pytest.approx(p[i])
    assert np.allclose(out * 100, np.round(out * 100))  # still on the slider's 0.01 grid


def test_rebalance_course_example_is_stable():
    """The course's (0.37, 0.50, 0.13) already sums to 1, so moving nothing changes nothing."""
    assert rebalance([0.37, 0.50, 0.13], 0).tolist() == [0.37, 0.50, 0.13]
    assert rebalance([0.6, 0.5, 0.13], 0).tolist() == pytest.approx([0.6, 0.32, 0.08])
    assert rebalance([0.3, 0.0, 0.0], 0).tolist() == pytest.approx([0.3, 0.35, 0.35])


@given(st.lists(st.floats(0, 10), min_size=1, max_size=8).filter(lambda xs: sum(xs) > 1e-6))
def test_round_to_one(w):
    out = round_to_one(w)
    assert out.sum() == pytest.approx(1.0, abs=1e-9) and np.all(out >= 0)


def test_problems_name_what_a_network_would_never_output():
    assert problems([0.37, 0.50, 0.13]) == []
    assert problems([-0.1, 0.6, 0.5]) == ["negative"]
    assert problems([1.2, 0.0, 0.0]) == ["above_one", "sum"]
    assert problems([0.5, 0.5, 0.5]) == ["sum"]


def test_random_batch_is_reproducible_and_valid():
    """The same seed gives the same batch; every row is a probability vector summing to 1."""
    a, b = random_batch(32, 3, 0), random_batch(32, 3, 0)
    assert np.array_equal(a.y_pred, b.y_pred) and np.array_equal(a.labels, b.labels)
    assert a.y_pred.shape == (32, 3) and np.allclose(a.y_pred.sum(axis=1), 1)
    assert not np.array_equal(a.y_pred, random_batch(32, 3, 1).y_pred)
    with pytest.raises(ValueError):
        random_batch(0, 3, 0)


def test_read_table_round_trip():
    b = read_table(["Dog", "Cat"], [[0.1, 0.8, 0.1], [0.5, "0.25", 0.25]], ["Cat", "Dog", "Other"])
    assert b.labels.tolist() == [1, 0]
    assert b.y_true.tolist() == [[0, 1, 0], [1, 0, 0]]
    assert b.y_pred[1].tolist() == [0.5, 0.25, 0.25]


@pytest.mark.parametrize(
    "names, rows, code, row",
    [
        ([], [], "empty", ""),
        (["Cat", None], [[1, 0, 0], [1, 0, 0]], "missing_class", "2"),
        (["Fish"], [[1, 0, 0]], "unknown_class", "1"),
        (["Cat"], [[1, float("nan"), 0]], "missing_value", "1"),
        (["Cat", "Dog"], [[1, 0, 0], [1, 0]], "missing_value", "2"),
        (["Cat"], [[1, "x", 0]], "not_a_number", "1"),
        (["Cat"], [[1, float("inf"), 0]], "not_a_number", "1"),
    ],
)
def test_read_table_names_the_bad_row(names, rows, code, row):
    """Empty tables, ragged rows and bad cells raise InputError naming the first bad row (1-based)."""
    with pytest.raises(InputError) as e:
        read_table(names, rows, ["Cat", "Dog", "Other"])
    assert (e.value.code, e.value.detail) == (code, row)
