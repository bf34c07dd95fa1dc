"""Runs of gradient descent: exact updates, labels (converged/oscillating/diverged/...), overflow, valleys."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer import descent
from explainer.curves import CURVES
from explainer.descent_path import descend, endings, fmt, run, step_rows, tex
from explainer.formula import parse

BOWL = CURVES["bowl"]


def test_each_step_is_exactly_descent_update():
    """Every step of a run equals explainer.descent.update(W, slope, lr), bit for bit."""
    p = run(CURVES["valleys"], 3.3, 0.05, 40)
    for k in range(p.taken):
        assert p.w[k + 1] == descent.update(p.w[k], p.slope[k], 0.05)


@given(w0=st.floats(-5, 5), lr=st.sampled_from([1e-4, 1e-3, 0.01, 0.1, 0.3]))
def test_bowl_matches_closed_form(w0, lr):
    """On L = (w - 2)^2, W_k - 2 = (1 - 2 lr)^k (W_0 - 2)."""
    p = run(BOWL, w0, lr, 25)
    k = np.arange(26)
    np.testing.assert_allclose(p.w - 2, (1 - 2 * lr) ** k * (w0 - 2), atol=1e-9)


@pytest.mark.parametrize(
    "lr, status",
    [(0.001, "creeping"), (0.1, "converged"), (0.7, "converged"), (1.0, "oscillating"), (2.0, "diverged")],
)
def test_bowl_labels(lr, status):
    """From W = -1 in 30 steps: tiny lr creeps, 0.1 converges, 1 bounces for ever, 2 diverges."""
    assert run(BOWL, -1.0, lr, 30).status == status


def test_oscillation_bounces_between_two_points():
    """lr = 1 on the bowl: -1, 5, -1, 5, ..., labelled oscillating."""
    p = run(BOWL, -1.0, 1.0, 6)
    assert p.w.tolist() == [-1, 5, -1, 5, -1, 5, -1]
    assert p.status == "oscillating"


def test_divergence_is_never_clipped():
    """A diverging run keeps its true, huge weights (|W - 2| triples every step for lr = 2)."""
    p = run(BOWL, -1.0, 2.0, 30)
    assert p.status == "diverged" and p.stop_step is None
    np.testing.assert_allclose(np.abs(p.w - 2), 3.0 * 3.0 ** np.arange(31))
    assert abs(p.w[-1]) > 1e14


def test_overflow_is_caught_and_its_step_reported():
    """lr = 10 on the bowl overflows; the run stops at that step, every earlier point finite."""
    p = run(BOWL, -1.0, 10.0, 1000)
    assert p.status == "diverged"
    assert p.stop_reason == "overflow"
    assert 100 < p.stop_step < 1000
    assert len(p.w) == p.stop_step  # W_0 .. W_(stop-1)
    assert np.all(np.isfinite(p.w)) and np.all(np.isfinite(p.loss))
    # the reported step really is where the numbers break
    w_next = p.w[-1] - 10.0 * BOWL.slope(p.w[-1])
    assert not np.isfinite(BOWL.loss(w_next)) or abs(w_next) > 1e150


def test_undefined_region_of_a_formula_is_reported():
    """Walking log(w) + w**2 towards w <= 0 stops with reason 'undefined', not a crash."""
    p = run(parse("w**2 - 4*log(w+1)").curve(), 0.2, 3.0, 50)
    assert p.stop_reason in ("undefined", "overflow") or p.status in ("oscillating", "converged", "diverged")
    q = run(parse("sqrt(w) + w").curve(), 0.5, 1.0, 5)
    assert q.stop_reason == "undefined" and q.stop_step == 1


def test_plateau_stalls_where_the_ground_is_flat():
    """Thrown far onto the plateau, the run stops moving but is labelled stalled, not converged."""
    p = run(CURVES["plateau"], -1.0, 10.0, 30)
    assert p.status == "stalled"


def test_good_rate_on_valleys_converges_to_a_listed_minimum():
    """From W = -1 with lr 0.05 the run settles in the middle valley."""
    p = run(CURVES["valleys"], -1.0, 0.05, 100)
    assert p.status == "converged"
    assert p.w[-1] == pytest.approx(CURVES["valleys"].minima[1], abs=1e-3)
    assert p.settle_step is not None and 0 < p.settle_step <= 100


def test_different_starts_end_in_different_valleys():
    """On the non-convex curve, starts at -4, -1 and 2 roll into three different local minima."""
    finals, valley, bottoms = endings(CURVES["valleys"], [-4.0, -1.0, 2.0], 0.05, 300)
    assert len(set(valley.tolist())) == 3 and len(bottoms) == 3
    np.testing.assert_allclose(sorted(finals), CURVES["valleys"].minima[:3], atol=1e-3)


def test_descend_is_vectorised_over_starts():
    """descend() runs m starts at once and agrees with m single runs."""
    starts = np.linspace(-5, 5, 9)
    W = descend(CURVES["valleys"], starts, 0.05, 20)
    assert W.shape == (21, 9)
    for j, w0 in enumerate(starts):
        np.testing.assert_array_equal(W[:, j], run(CURVES["valleys"], w0, 0.05, 20).w)


@pytest.mark.parametrize(
    "lr, steps", [(0, 10), (-0.1, 10), (float("nan"), 10), (0.1, -1), (0.1, 1.5), (0.1, 10**6)]
)
def test_bad_settings_raise_value_error(lr, steps):
    with pytest.raises(ValueError):
        run(BOWL, 0.0, lr, steps)


def test_step_rows_columns():
    """The step table: move = W - W_new = lr * slope on every row."""
    p = run(BOWL, -1.0, 0.1, 3)
    rows = step_rows(BOWL, p.w)
    assert rows["k"].tolist() == [1, 2, 3]
    np.testing.assert_allclose(rows["move"], 0.1 * rows["slope"])


def test_fmt_shows_the_course_number_exactly():
    """0.38 - 0.01 * (-0.55) prints as 0.3855 (no float noise); big numbers stay readable."""
    assert fmt(descent.update(0.38, -0.55, 0.01), 10) == "0.3855"
    assert fmt(-6.0) == "-6"
    assert fmt(1.2345678e14) == "1.23457 × 10¹⁴"
    assert fmt(float("inf")) == "inf"


@pytest.mark.parametrize(
    "x, shown",
    [
        (1.37925e-5, "0.0000137925"),
        (-0.0147773877, "-0.0147774"),
        (3.2e-9, "3.2 × 10⁻⁹"),
        (9999990.0, "9999990"),
    ],
)
def test_fmt_never_writes_e_notation_for_a_beginner(x, shown):
    """Issue 17: a loss of 1.37925e-5 was shown in scientific notation. Small numbers are written
    out in full down to 0.000001, beyond that as a power of ten, never with an "e"."""
    assert fmt(x) == shown and "e" not in fmt(x)
    assert float(
        fmt(x).replace(" × 10", "e").translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789"))
    ) == pytest.approx(x, rel=1e-5)


def test_tex_turns_a_power_of_ten_into_latex():
    assert tex(fmt(3.2e-9)) == r"3.2 \times 10^{-9}" and tex("0.3855") == "0.3855"
