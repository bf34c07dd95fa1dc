"""AppTest behaviour tests for the outputs page (course 01-03)."""

import pytest

from tests.apptest_utils import open_app


def _sum_line(at):
    return next(m.value for m in at.markdown if "= **" in m.value and "+" in m.value)


def test_default_shows_probabilities_summing_to_one():
    """With the default scores the page shows three probabilities whose sum is 1.000."""
    at = open_app("app_pages/outputs.py", "en")
    assert not at.exception
    assert "**1.000**" in _sum_line(at)
    assert at.metric[0].value == "cat"


def test_changing_a_score_changes_probabilities_and_label():
    """Raising the dog score above the others changes the probabilities and the predicted label."""
    at = open_app("app_pages/outputs.py", "en")
    before = _sum_line(at)
    at.slider(key="outputs.s1").set_value(5.0).run()
    assert _sum_line(at) != before
    assert "**1.000**" in _sum_line(at)
    assert at.metric[0].value == "dog"
    assert at.query_params["s1"] in ("5", ["5"])


def test_preset_sure_gives_course_probabilities():
    """The 0.97/0.01/0.02 preset shows exactly those probabilities and a confident cat."""
    at = open_app("app_pages/outputs.py", "en")
    at.button(key="outputs.preset.sure").click().run()
    assert "0.970 + 0.010 + 0.020 = **1.000**" in _sum_line(at)
    assert at.metric[0].value == "cat"
    assert not at.warning
    assert at.success


def test_preset_unsure_warns_low_confidence():
    """The 0.51/0.48/0.01 preset still predicts cat but says the confidence is low."""
    at = open_app("app_pages/outputs.py", "zh")
    at.button(key="outputs.preset.unsure").click().run()
    assert "0.510 + 0.480 + 0.010" in _sum_line(at)
    assert at.metric[0].value == "猫"
    assert at.warning and "信心很低" in at.warning[0].value


def test_scores_come_from_the_url():
    """A shared link with scores reopens the same probabilities."""
    at = open_app("app_pages/outputs.py", "en", s0="0", s1="0", s2="0")
    assert "0.333 + 0.333 + 0.333" in _sum_line(at)


def test_perfect_answer_follows_true_class():
    """Choosing 'dog' as the true class makes the perfect answer (0, 1, 0)."""
    at = open_app("app_pages/outputs.py", "en")
    at.radio(key="outputs.true").set_value("dog").run()
    assert any("Perfect answer (0, 1, 0)" in m.value for m in at.markdown)


@pytest.mark.parametrize("k", [3, 250, 1000])
def test_class_count_keeps_the_rule(k):
    """For 3 to 1000 classes the probabilities still sum to 1 and the top-5 table starts at the label."""
    at = open_app("app_pages/outputs.py", "en")
    at.slider(key="outputs.k").set_value(k).run()
    assert not at.exception
    result = next(m.value for m in at.markdown if f"The {k} probabilities add up to **1.000**" in m.value)
    table = at.dataframe[0].value
    assert len(table) == min(5, k)
    assert f"**{table.iloc[0, 1]}**" in result


def test_new_random_scores_button_changes_scores():
    """'New random scores' draws another set of scores (the seed goes into the URL)."""
    at = open_app("app_pages/outputs.py", "en")
    before = at.dataframe[0].value.copy()
    at.button(key="outputs.reroll").click().run()
    assert at.query_params["seed"] in ("1", ["1"])
    assert not at.dataframe[0].value.equals(before)


def test_locked_scores_disable_the_presets():
    """A teacher's link with ?lock=s0 disables the score slider and the preset buttons."""
    at = open_app("app_pages/outputs.py", "en", lock="s0")
    assert at.slider(key="outputs.s0").disabled
    assert at.button(key="outputs.preset.sure").disabled
