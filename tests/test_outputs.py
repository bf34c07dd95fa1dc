"""explainer.outputs: softmax against Keras, the course's examples, invariants."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explainer.outputs import predict, softmax

CLASSES = ["Cat", "Dog", "Other"]
finite = st.floats(-1e4, 1e4, allow_nan=False)


def test_softmax_matches_keras():
    """Our softmax gives Keras's numbers for a batch of scores."""
    import keras

    s = np.array([[2.0, 1.0, 0.1], [-3.0, 0.0, 3.0], [1000.0, 0.0, -1000.0]], dtype=np.float32)
    ref = keras.ops.convert_to_numpy(keras.activations.softmax(s))
    np.testing.assert_allclose(softmax(s), ref, rtol=1e-5, atol=1e-7)


def test_softmax_is_stable_for_huge_scores():
    """Scores of ±1000 give exact probabilities, not NaN."""
    np.testing.assert_allclose(softmax([1000.0, 0.0, -1000.0]), [1.0, 0.0, 0.0])


@given(arrays(np.float64, st.tuples(st.integers(1, 5), st.integers(1, 8)), elements=finite))
def test_rows_sum_to_one(s):
    """Every row of softmax is a probability vector."""
    p = softmax(s)
    assert p.shape == s.shape
    assert np.all(p >= 0)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-9)


@given(arrays(np.float64, st.integers(2, 10), elements=finite))
def test_softmax_keeps_the_order_of_scores(s):
    """The largest score gets the largest probability (argmax is unchanged)."""
    p = softmax(s)
    assert p[np.argmax(s)] == p.max()


def test_course_example_high_confidence():
    """0.97 / 0.01 / 0.02 -> Cat, confident."""
    pr = predict([0.97, 0.01, 0.02], CLASSES)
    assert (pr.label, pr.index) == ("Cat", 0)
    assert pr.confidence == pytest.approx(0.97)
    assert pr.margin == pytest.approx(0.95)


def test_course_example_low_confidence():
    """0.51 / 0.48 / 0.01 is still Cat, but only 0.03 ahead."""
    pr = predict([0.51, 0.48, 0.01], CLASSES)
    assert pr.label == "Cat"
    assert pr.margin == pytest.approx(0.03)


@pytest.mark.parametrize(
    "probs, classes, msg",
    [
        ([0.5, 0.5], CLASSES, "2 probabilities but 3 classes"),
        ([np.nan, 0.5, 0.5], CLASSES, "NaN"),
        ([], CLASSES, "empty"),
        ([0.2, 0.3, 0.5], ["Cat", "Cat", "Dog"], "twice"),
    ],
)
def test_predict_rejects_bad_input(probs, classes, msg):
    """Bad input raises ValueError naming the problem."""
    with pytest.raises(ValueError, match=msg):
        predict(probs, classes)


@pytest.mark.parametrize("bad", [[], [[1.0, np.inf]], "abc", np.zeros((2, 2, 2))])
def test_softmax_rejects_bad_input(bad):
    with pytest.raises(ValueError):
        softmax(bad)
