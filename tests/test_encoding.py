"""explainer.encoding: integer and one-hot encoding, decoding, bad input."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.encoding import decode, has_single_max, integer_encode, one_hot

CLASSES = ["Cat", "Dog", "Other"]


def test_integer_encode_course_example():
    """["Dog", "Cat"] with the class map Cat=0, Dog=1, Other=2 -> [1, 0]."""
    assert integer_encode(["Dog", "Cat"], CLASSES).tolist() == [1, 0]


def test_one_hot_course_table():
    """The course's table: Cat = 1 0 0, Dog = 0 1 0, Other = 0 0 1 (float32)."""
    v = one_hot([0, 1, 2], 3)
    assert v.dtype == np.float32
    np.testing.assert_array_equal(v, np.eye(3))


def test_one_hot_matches_keras():
    """Same vectors as keras.utils.to_categorical."""
    import keras

    idx = [2, 0, 1, 1]
    np.testing.assert_array_equal(one_hot(idx, 3), keras.utils.to_categorical(idx, 3))


@given(st.lists(st.integers(0, 9), min_size=1, max_size=30), st.integers(10, 20))
def test_one_hot_round_trips(idx, k):
    """decode(one_hot(integer_encode(labels))) gives the labels back."""
    names = [f"c{i}" for i in range(k)]
    labels = [names[i] for i in idx]
    assert decode(one_hot(integer_encode(labels, names), k), names) == labels


def test_decode_probabilities():
    """A probability vector decodes to its argmax class."""
    assert decode([0.2, 0.7, 0.1], CLASSES) == ["Dog"]


def test_order_matters():
    """Reordering the class list changes every vector."""
    a = one_hot(integer_encode(["Cat"], CLASSES), 3)
    b = one_hot(integer_encode(["Cat"], ["Dog", "Cat", "Other"]), 3)
    assert not np.array_equal(a, b)


@pytest.mark.parametrize(
    "call, msg",
    [
        (lambda: integer_encode(["Bird"], CLASSES), "unknown label 'Bird'"),
        (lambda: integer_encode(["Cat"], ["Cat", "Cat"]), "twice"),
        (lambda: integer_encode(["Cat"], ["Cat", " "]), "empty name"),
        (lambda: one_hot([3], 3), "out of range"),
        (lambda: one_hot([-1], 3), "out of range"),
        (lambda: one_hot([0], 0), "at least 1"),
        (lambda: one_hot([0.5], 3), "whole numbers"),
        (lambda: decode([0.5, 0.5], CLASSES), "2 entries but there are 3 classes"),
        (lambda: decode([[np.nan, 0, 1]], CLASSES), "NaN"),
    ],
)
def test_bad_input_is_named(call, msg):
    with pytest.raises(ValueError, match=msg):
        call()


def test_single_max():
    assert has_single_max([0.1, 0.8, 0.1])
    assert not has_single_max([0.5, 0.5, 0.0])
