"""The black-box page's comparison chart."""

import numpy as np
import pytest

from explainer.figures.black_box import compare_boxes


def test_one_bar_group_per_box_with_axis_titles():
    """Each box becomes one named series over the classes; both axes carry the given titles."""
    fig = compare_boxes(
        ["cat", "dog", "other"],
        [("built-in", [0.9, 0.05, 0.05]), ("untrained", np.full(3, 1 / 3))],
        x_title="class",
        y_title="probability",
    )
    assert [b.name for b in fig.data] == ["built-in", "untrained"]
    assert list(fig.data[0].x) == ["cat", "dog", "other"]
    assert fig.layout.xaxis.title.text == "class" and fig.layout.yaxis.title.text == "probability"


@pytest.mark.parametrize("answers", [[], [("a", [0.5, 0.5])], [("a", [np.nan, 0.5, 0.5])]])
def test_bad_answers_raise(answers):
    """No answers, a wrong number of probabilities, or NaN raise ValueError."""
    with pytest.raises(ValueError):
        compare_boxes(["cat", "dog", "other"], answers, x_title="x", y_title="y")
