"""AppTest behaviour tests for the knobs page (course 01-05)."""

from tests.apptest_utils import open_app


def _error(at) -> float:
    return float(at.metric[0].value)


def test_turning_a_knob_changes_error_and_predictions():
    """Moving the w1 slider changes the error and how many points are called wrong."""
    at = open_app("app_pages/knobs.py", "en")
    assert not at.exception
    before = (at.metric[0].value, at.metric[1].value)
    at.slider(key="knobs.w1").set_value(3.0).run()
    assert (at.metric[0].value, at.metric[1].value) != before
    assert at.query_params["w1"] in ("3", ["3"])


def test_training_button_moves_knobs_and_lowers_error():
    """'Let training turn them' moves the slider values, lowers the error and draws its history."""
    at = open_app("app_pages/knobs.py", "en")
    knobs = [at.slider(key=f"knobs.{k}").value for k in ("w1", "w2", "b")]
    err = _error(at)
    at.button(key="knobs.train").click().run()
    assert not at.exception
    moved = [at.slider(key=f"knobs.{k}").value for k in ("w1", "w2", "b")]
    assert moved != knobs
    assert _error(at) < err
    assert at.metric[1].value == "0 of 40"
    assert len(at.get("plotly_chart")) == 5  # decision, error history, knob path, two scatter plots
    err2 = _error(at)
    at.button(key="knobs.train").click().run()
    assert _error(at) <= err2


def test_reset_puts_the_knobs_back():
    """After training, 'Put the knobs back' restores the starting knobs and clears the history."""
    at = open_app("app_pages/knobs.py", "zh")
    at.button(key="knobs.train").click().run()
    at.button(key="knobs.reset").click().run()
    assert [at.slider(key=f"knobs.{k}").value for k in ("w1", "w2", "b")] == [-1.0, 0.5, 0.5]
    assert at.info  # "press the button" hint is back


def test_knobs_come_from_the_url():
    """A shared link with knob values reopens those knobs."""
    at = open_app("app_pages/knobs.py", "en", w1="2", w2="1", b="-0.5")
    assert at.slider(key="knobs.w1").value == 2.0
    assert at.metric[1].value == "0 of 40"
