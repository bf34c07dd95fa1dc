"""Several valleys: a start ends in the valley its ground slopes down into, not the nearest one.

Issue 17: the page said descent "stops in the valley nearest its start". These tests hold the
maths the page now says it with: the hilltops (explainer.descent_path.peaks), the valley each
stretch between two hilltops slopes into, and a start that is nearer another valley's bottom.
"""

from __future__ import annotations

import numpy as np
import pytest

from explainer import descent_path as dp
from explainer.curves import CURVES
from explainer.formula import parse

VALLEYS = CURVES["valleys"]


def ends(lr: float = dp.VALLEY_LR):
    return dp.endings(VALLEYS, dp.VALLEY_STARTS, lr, dp.VALLEY_STEPS)


def test_hilltops_are_where_the_slope_turns_from_up_to_down():
    """The valleys curve has three hilltops in [-5, 5]; the slope is zero there and L is a maximum."""
    tops = dp.peaks(VALLEYS)
    assert len(tops) == 3
    np.testing.assert_allclose(VALLEYS.slope(tops), 0.0, atol=1e-9)
    assert np.all(VALLEYS.curvature(tops) < 0)
    assert dp.peaks(CURVES["bowl"]).size == 0


def test_with_a_small_learning_rate_every_start_ends_in_the_valley_it_slopes_into():
    """Between two hilltops all ground slopes into one valley: each start ends exactly there."""
    _, valley, bottoms = ends()
    downhill = dp.downhill_valley(dp.peaks(VALLEYS), bottoms, dp.VALLEY_STARTS)
    assert list(valley) == list(downhill)


def test_nearest_is_the_wrong_rule():
    """The old sentence: 'it stops in the valley nearest its start'. Some starts end elsewhere."""
    _, valley, bottoms = ends()
    nearest = [int(np.argmin(np.abs(bottoms - s))) for s in dp.VALLEY_STARTS]
    assert any(n != v for n, v in zip(nearest, valley, strict=True))


def test_the_example_start_is_nearer_one_bottom_but_rolls_downhill_into_another():
    """W0 = 4: the bottom at 5.22 is nearer (1.22) than the one at 2.24 (1.76), the slope at 4 is
    positive, and descent from 4 ends at 2.24: the downhill one."""
    finals, valley, bottoms = ends()
    ex = dp.near_but_not(VALLEYS, dp.VALLEY_STARTS, valley, bottoms)
    assert ex.start == 4.0 and ex.d_near < ex.d_reached and ex.near != ex.reached
    assert ex.slope > 0 and bottoms[ex.reached] < ex.start < bottoms[ex.near]  # downhill is to the left
    path = dp.run(VALLEYS, ex.start, dp.VALLEY_LR, dp.VALLEY_STEPS)
    assert path.status == "converged" and path.w[-1] == pytest.approx(bottoms[ex.reached], abs=1e-3)
    assert ex.d_near == pytest.approx(abs(bottoms[ex.near] - 4.0)) and ex.d_reached == pytest.approx(
        abs(path.w[-1] - 4.0), abs=1e-3
    )


@pytest.mark.parametrize("lr, settled", [(0.001, "few"), (0.05, "all"), (1.0, "none")])
def test_what_the_caption_says_about_other_learning_rates(lr, settled):
    """The caption: too small and many starts have not reached a bottom after 300 steps; too big and
    they bounce instead of settling."""
    _, valley, _ = ends(lr)
    n = int(np.count_nonzero(valley >= 0))
    assert {"few": n < len(valley) // 2, "all": n == len(valley), "none": n == 0}[settled]


def test_one_valley_has_no_such_example():
    """On the bowl every start ends in its one valley: nothing to show."""
    _, valley, bottoms = dp.endings(CURVES["bowl"], dp.VALLEY_STARTS, 0.1, 300)
    assert dp.near_but_not(CURVES["bowl"], dp.VALLEY_STARTS, valley, bottoms) is None


def test_a_learners_formula_gets_its_hilltops_too():
    curve = parse("w**4/20 - w**2 + w/2 + 5").curve()
    tops = dp.peaks(curve)
    assert len(tops) == 1 and abs(float(curve.slope(tops[0]))) < 1e-6
