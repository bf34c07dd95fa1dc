"""Unit tests for explainer.scores and explainer.figures.outputs."""

import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.figures import outputs as charts
from explainer.figures.html_bars import OTHER, WINNER, many_bars, probability_bars
from explainer.outputs import predict, softmax
from explainer.scores import is_low_confidence, random_scores, scores_for, top_k

COURSE = [(0.97, 0.01, 0.02), (0.51, 0.48, 0.01)]


@pytest.mark.parametrize("p", COURSE)
def test_scores_for_gives_the_course_probabilities_back(p):
    """softmax(log p) = p for the course's two examples."""
    np.testing.assert_allclose(softmax(scores_for(p)), p, atol=1e-12)


def test_course_examples_confidence():
    """0.97/0.01/0.02 is a sure cat; 0.51/0.48/0.01 is a cat with low confidence."""
    sure = predict(softmax(scores_for(COURSE[0])), ["cat", "dog", "other"])
    unsure = predict(softmax(scores_for(COURSE[1])), ["cat", "dog", "other"])
    assert sure.label == unsure.label == "cat"
    assert not is_low_confidence(sure.margin)
    assert is_low_confidence(unsure.margin)
    assert unsure.margin == pytest.approx(0.03)


@given(st.lists(st.floats(0.001, 1.0), min_size=2, max_size=50))
def test_scores_for_round_trips(raw):
    """For any positive probability vector, softmax(scores_for(p)) == p."""
    p = np.asarray(raw) / np.sum(raw)
    np.testing.assert_allclose(softmax(scores_for(p)), p, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("bad", [(0.5, 0.5, 0.0), (0.5, 0.6), (float("nan"), 1.0), ()])
def test_scores_for_rejects_bad_probabilities(bad):
    """Zeros, a wrong total, NaN and empty input raise ValueError."""
    with pytest.raises(ValueError):
        scores_for(bad)


@given(st.integers(1, 1000), st.integers(0, 10**6))
def test_random_scores_many_classes_sum_to_one(k, seed):
    """Any number of classes: the probabilities sum to 1, and the same seed repeats."""
    s = random_scores(k, seed)
    assert s.shape == (k,)
    np.testing.assert_array_equal(s, random_scores(k, seed))
    assert softmax(s).sum() == pytest.approx(1.0)


def test_random_scores_rejects_zero_classes():
    """k below 1 raises."""
    with pytest.raises(ValueError):
        random_scores(0)


@given(st.lists(st.floats(-50, 50), min_size=1, max_size=30), st.integers(1, 40))
def test_top_k_is_sorted_and_starts_at_argmax(values, k):
    """top_k is largest first, at most k long, and its first entry is the argmax."""
    rows = top_k(values, k)
    assert len(rows) == min(k, len(values))
    assert rows[0][0] == int(np.argmax(values))
    probs = [q for _, q in rows]
    assert probs == sorted(probs, reverse=True)


def test_charts_carry_axis_titles_and_highlight_the_winner():
    """Every chart has the axis titles it was given; the argmax bar is red; the perfect answer
    is named beside the actual output, the perfect bar first in each class."""
    p = np.array([0.2, 0.7, 0.1])
    html = probability_bars(["a", "b", "c"], p, x_title="X", y_title="Y")
    assert ">X</div>" in html and ">Y</div>" in html
    assert re.findall(r'background:(#[0-9a-f]{6})" data-value', html) == [OTHER, WINNER, OTHER]
    html = charts.perfect_vs_actual(
        ["a", "b", "c"], [0, 1, 0], p, perfect_name="P", actual_name="A", x_title="X", y_title="Y"
    )
    assert re.findall(r'data-value="([^"]+)"', html) == ["0.0", "0.2", "1.0", "0.7", "0.0", "0.1"]
    assert re.findall(r'title="([^"]+)"', html)[:2] == ["P, a: 0", "A, a: 0.20"]
    p = softmax(random_scores(500, 1))
    html = many_bars(p, x_title="X", y_title="Y")
    values = [float(v) for v in re.findall(r'data-value="([^"]+)"', html)]
    assert values == list(p) and ">X</div>" in html and ">Y</div>" in html
    colours = re.findall(r'background:(#[0-9a-f]{6});border-radius:0" data-value', html)
    assert colours.count(WINNER) == 1 and colours.index(WINNER) == int(np.argmax(p))
    mark = re.search(r'font-weight:600">(\d+)</span>', html).group(1)
    assert mark == str(int(np.argmax(p)) + 1)  # the red bar's class number, written above it
    ticks = re.findall(r'translateX\(-50%\)">(\d+)</span>', html)
    assert ticks[0] == "1" and ticks[1:] == ["100", "200", "300", "400", "500"]
