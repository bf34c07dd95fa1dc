"""The outputs page's cached content (steps/outputs.py) and its HTML charts.

A cached chart must be exactly what the explainer builds for the same input (the same HTML),
and handed out again for the same input.
"""

import numpy as np
import pytest

from explainer.figures import outputs as charts
from explainer.figures.html_bars import many_bars, probability_bars
from explainer.outputs import softmax
from explainer.scores import random_scores
from steps import outputs as view
from steps import outputs_cache as cache
from tests.apptest_utils import html_frame, html_rows

SCORES = (2.0, 1.0, 0.1)
NAMES = {"en": ["cat", "dog", "other"], "zh": ["猫", "狗", "其他"]}
AXES = {"en": ("Class", "Probability"), "zh": ("类别", "概率")}


@pytest.mark.parametrize("lg", ["en", "zh"])
def test_cached_probability_bars_equal_the_built_ones(lg):
    """probabilities_view's bars are html_bars.probability_bars of softmax(scores), and reused."""
    bars, total = cache.probabilities_view(SCORES, lg)
    built = probability_bars(NAMES[lg], softmax(SCORES), x_title=AXES[lg][0], y_title=AXES[lg][1], height=220)
    assert bars == built and cache.probabilities_view(SCORES, lg)[0] is bars
    assert "= **1.000**" in total


@pytest.mark.parametrize("true_id", ["cat", "dog", "other"])
def test_cached_perfect_bars_equal_the_built_ones(true_id):
    """perfect_view's bars are charts.perfect_vs_actual of the one-hot answer and the probabilities."""
    p = tuple(softmax(SCORES))
    bars, vectors = cache.perfect_view(p, true_id, "en")
    y_star = np.eye(3)[cache.CLASSES.index(true_id)]
    built = charts.perfect_vs_actual(
        NAMES["en"],
        y_star,
        np.array(p),
        perfect_name="Perfect answer",
        actual_name="Actual output",
        x_title="Class",
        y_title="Probability",
    )
    assert bars == built
    assert "(" + ", ".join(f"{v:g}" for v in y_star) + ")" in vectors


@pytest.mark.parametrize("k", [3, 250, 1000])
def test_cached_many_class_view_equals_the_built_one(k):
    """many_view's chart is html_bars.many_bars; its table starts at the predicted class."""
    bars, result, table = cache.many_view(k, 7, "en")
    p = softmax(random_scores(k, 7))
    assert bars == many_bars(p, x_title="Class number", y_title="Probability")
    df = html_frame(table)
    assert list(df.columns) == ["Rank", "Class", "Probability"] and len(df) == min(5, k)
    assert df.iloc[0, 1] == f"class {int(np.argmax(p)) + 1}" and f"**{df.iloc[0, 1]}**" in result


def test_argmax_view_says_low_confidence_for_the_unsure_example():
    """The course's 0.51/0.48/0.01 predicts cat with a margin of 0.03: low confidence."""
    label, conf, margin, low, message = cache.argmax_view(view.UNSURE, "en")
    assert (label, conf, margin, low) == ("cat", "0.51", "0.03", True) and "0.03" in message


def test_presets_give_the_course_probabilities_back():
    """Each preset's scores are log p: softmax of them is the course's probabilities."""
    for name, probs in view.PRESETS.items():
        np.testing.assert_allclose(softmax(view.PRESET_SCORES[name]), probs, atol=1e-12)


def test_softmax_table_rows_and_sum():
    """One row per class: s, e^s and p = e^s / sum e^s, never in scientific notation."""
    z = (2.557, -7.062, -0.57)
    table, total, first, p0 = cache.softmax_table(z, "en")
    rows = html_rows(table)  # the cells' texts
    assert [r[3] for r in rows] == [f"{v:.3f}" for v in softmax(z)]
    assert "e" not in "".join(r[2] for r in rows) and "e" not in total
    assert float(first) / float(total) == pytest.approx(float(p0), abs=0.001)
