"""Unit tests for explainer.knobs, explainer.grouping and explainer.figures.knobs."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.figures import knobs as charts
from explainer.grouping import kmeans
from explainer.knobs import (
    KNOB_RANGE,
    boundary,
    error,
    gradient,
    predict_proba,
    sigmoid,
    toy_points,
    train,
    wrong,
)

X, Y = toy_points(20, seed=0)
knob = st.floats(-6, 6, allow_nan=False)


def numeric_gradient(w, h=1e-6):
    out = []
    for j in range(3):
        up, down = list(w), list(w)
        up[j] += h
        down[j] -= h
        out.append((error(X, Y, *up) - error(X, Y, *down)) / (2 * h))
    return np.array(out)


@settings(max_examples=60, deadline=None)
@given(knob, knob, knob)
def test_gradient_matches_numeric_differences(w1, w2, b):
    """The formula dE/dw = mean 2(p - y)p(1 - p)x agrees with central differences anywhere."""
    np.testing.assert_allclose(gradient(X, Y, w1, w2, b), numeric_gradient((w1, w2, b)), atol=1e-7, rtol=1e-5)


def test_error_by_hand():
    """All knobs 0 -> p = 0.5 for every point -> error = 0.25 exactly."""
    assert error(X, Y, 0, 0, 0) == pytest.approx(0.25)
    assert error(np.array([[1.0, 2.0]]), np.array([1.0]), 1, 0, 0) == pytest.approx((sigmoid(1) - 1) ** 2)


def test_sigmoid_is_stable_and_symmetric():
    """sigmoid(±1000) stays finite, sigmoid(0) = 0.5, sigmoid(-z) = 1 - sigmoid(z)."""
    z = np.array([-1000.0, -3.0, 0.0, 3.0, 1000.0])
    s = sigmoid(z)
    assert np.all(np.isfinite(s)) and s[2] == 0.5
    np.testing.assert_allclose(sigmoid(-z), 1 - s)


def test_training_lowers_error_from_the_default_knobs():
    """20 steps from the page's bad start lower the error a lot and fix every point."""
    h = train(X, Y, -1.0, 0.5, 0.5, lr=1.0, steps=20)
    assert len(h) == 21
    assert h[-1].error < 0.1 * h[0].error
    assert not wrong(X, Y, h[-1].w1, h[-1].w2, h[-1].b).any()


@settings(max_examples=40, deadline=None)
@given(knob, knob, knob)
def test_one_small_step_never_raises_the_error(w1, w2, b):
    """A small gradient step goes downhill (or stays) from any starting knobs."""
    h = train(X, Y, w1, w2, b, lr=0.05, steps=1)
    assert h[1].error <= h[0].error + 1e-12
    assert all(KNOB_RANGE[0] <= v <= KNOB_RANGE[1] for v in (h[1].w1, h[1].w2, h[1].b))


@given(knob, knob, knob)
def test_boundary_points_have_p_one_half(w1, w2, b):
    """Both ends of the drawn boundary satisfy w1*x1 + w2*x2 + b = 0, i.e. p = 0.5."""
    line = boundary(w1, w2, b, -3, 3)
    if abs(w1) <= 1e-9 and abs(w2) <= 1e-9:  # boundary's own rule for "no line"
        assert line is None
        return
    pts = np.column_stack(line)
    np.testing.assert_allclose(pts @ [w1, w2] + b, 0, atol=1e-6 * (1 + abs(b)) * 1e3)


def test_predictions_shape_and_range():
    """p has one value in [0, 1] per point."""
    p = predict_proba(X, 2, -1, 0.3)
    assert p.shape == (40,) and np.all((p >= 0) & (p <= 1))


@pytest.mark.parametrize(
    "call",
    [
        lambda: error(np.zeros((3, 3)), np.zeros(3), 0, 0, 0),
        lambda: error(X, Y[:5], 0, 0, 0),
        lambda: train(X, Y, 0, 0, 0, lr=0),
        lambda: train(X, Y, float("nan"), 0, 0),
        lambda: toy_points(0),
    ],
)
def test_bad_input_raises_value_error(call):
    """Wrong shapes, mismatched labels, a zero learning rate, NaN knobs and no points raise ValueError."""
    with pytest.raises(ValueError):
        call()


def test_toy_points_deterministic_and_balanced():
    """The same seed gives the same points; half are blue, half orange."""
    X2, Y2 = toy_points(20, seed=0)
    np.testing.assert_array_equal(X, X2)
    assert X.shape == (40, 2) and Y.sum() == 20


def test_kmeans_finds_the_two_clouds_without_labels():
    """k-means on the toy points recovers the two colours (group 0 is the left, blue cloud)."""
    groups, centres = kmeans(X, 2)
    assert (groups == Y).mean() >= 0.95
    assert centres.shape == (2, 2) and centres[0, 0] < centres[1, 0]


@given(st.integers(1, 6), st.integers(0, 1000))
def test_kmeans_every_point_joins_its_nearest_centre(k, seed):
    """After k-means each point's group is its nearest centre."""
    groups, centres = kmeans(X, k, seed=seed)
    d2 = ((X[:, None, :] - centres[None]) ** 2).sum(axis=2)
    np.testing.assert_array_equal(np.take_along_axis(d2, groups[:, None], 1)[:, 0], d2.min(axis=1))


def test_figures_have_axis_titles():
    """Every knobs picture carries the axis titles it was given."""
    h = train(X, Y, 0, 0, 0, steps=3)
    g, c = kmeans(X, 2)
    svgs = [
        charts.error_svg(h, x_title="X", y_title="Y"),
        charts.knob_path_svg(h, x_title="X", y_title="Y"),
        charts.labelled_svg(X, Y, x_title="X", y_title="Y"),
        charts.grouped_svg(X, g, c, x_title="X", y_title="Y"),
    ]
    for svg in svgs:
        assert ">X</text>" in svg and ">Y</text>" in svg
