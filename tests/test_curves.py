"""The built-in loss curves: analytic slopes agree with numeric ones; the valleys are where we say."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.curves import CURVE_IDS, CURVES, grid


def numeric_slope(f, w, h=1e-6):
    return (f(w + h) - f(w - h)) / (2 * h)


@pytest.mark.parametrize("cid", list(CURVES))
def test_analytic_slope_matches_central_difference_on_a_grid(cid):
    """Each curve's slope function is the derivative of its loss, checked at 401 weights."""
    c = CURVES[cid]
    w = np.linspace(-6, 6, 401)
    np.testing.assert_allclose(c.slope(w), numeric_slope(c.loss, w), atol=1e-6, rtol=1e-6)


@pytest.mark.parametrize("cid", list(CURVES))
@given(w=st.floats(-20, 20, allow_nan=False))
def test_analytic_slope_matches_numeric_anywhere(cid, w):
    """Property: at any weight in [-20, 20] the analytic slope equals the numeric one."""
    c = CURVES[cid]
    assert c.slope(w) == pytest.approx(numeric_slope(c.loss, w), abs=1e-5, rel=1e-5)


def test_curves_are_vectorised():
    """A (n,) array of weights gives (n,) losses and slopes."""
    w = np.linspace(-5, 5, 7)
    for c in CURVES.values():
        assert c.loss(w).shape == (7,) and c.slope(w).shape == (7,)


@pytest.mark.parametrize("cid", list(CURVES))
def test_listed_minima_have_zero_slope_and_positive_curvature(cid):
    """curve.minima are valley bottoms: L'(w) = 0 and L''(w) > 0."""
    c = CURVES[cid]
    for m in c.minima:
        assert abs(c.slope(m)) < 1e-9
        assert c.curvature(m) > 0


def test_bowl_is_the_convex_bowl_with_bottom_at_2():
    """L = (w - 2)^2: one valley at w = 2, slope 2(w - 2) (so -6 at the default start -1)."""
    bowl = CURVES["bowl"]
    assert bowl.minima == (2.0,)
    assert bowl.slope(-1.0) == -6.0 and bowl.loss(-1.0) == 9.0


def test_valleys_has_several_valleys_in_the_drawn_range():
    """The non-convex curve has at least three valleys inside [-5, 5]."""
    inside = [m for m in CURVES["valleys"].minima if -5 <= m <= 5]
    assert len(inside) >= 3


def test_plateau_is_flat_far_from_its_valley():
    """On the plateau the slope is almost zero away from w = 1."""
    assert abs(CURVES["plateau"].slope(6.0)) < 1e-4


def test_grid_marks_undefined_losses_as_gaps():
    """grid() returns NaN (a gap in the drawing) where the loss is not finite."""
    from explainer.formula import parse

    w, loss = grid(parse("log(w)").curve(), -1, 1, 5)
    assert np.isnan(loss[:3]).all() and np.isfinite(loss[-1])


def test_choices_include_the_formula():
    assert CURVE_IDS == ("bowl", "valleys", "plateau", "formula")
