"""AppTest behaviour tests for the knobs page (course 01-05)."""

import re

import pytest

import catalog
from explainer.knobs import START, boundary, toy_points, wrong
from explainer.questions import question
from tests.apptest_utils import formulas, open_app, picture_svg

KNOBS = "app_pages/knobs.py"
LIVE = 2  # the first metric of the "turn the knobs" step (step 1 shows the start's two)


def _error(at) -> float:
    return float(at.metric[LIVE].value)


def test_the_page_opens_on_the_box_at_its_start():
    """Step 1: the box at its starting knobs, with as many points called wrong as the model says."""
    at = open_app(KNOBS, "en", step=None)
    assert not at.exception
    X, Y = toy_points(20, seed=0)
    n_wrong = int(wrong(X, Y, *START).sum())
    assert at.metric[1].value == f"{n_wrong} of {len(Y)}"
    (svg,) = _pictures(at)  # a picture, not a chart: the first view loads no charting code
    assert svg.count('stroke="#333"') == n_wrong and not at.get("plotly_chart")


def test_sigma_is_said_in_plain_words_before_the_formula():
    """σ (sigmoid) gets a plain sentence, with its name in both languages, before p = σ(...) is used."""
    for lang in catalog.LANGS:
        at = open_app(KNOBS, lang, step=None)
        texts = [m.value for m in at.markdown]
        sigma = catalog.term("sigmoid", lang)
        assert any(sigma in x and "σ" in x for x in texts), lang
        assert r"\sigma" in formulas(at)[0]


def test_turning_a_knob_changes_error_and_predictions():
    """Moving the w1 slider changes the error and how many points are called wrong."""
    at = open_app(KNOBS, "en")
    assert not at.exception
    before = (at.metric[LIVE].value, at.metric[LIVE + 1].value)
    at.slider(key="knobs.w1").set_value(3.0).run()
    assert (at.metric[LIVE].value, at.metric[LIVE + 1].value) != before
    assert at.query_params["w1"] in ("3", ["3"])


def _pictures(at) -> list[str]:
    """The SVG documents of the page's decision pictures (explainer/figures/decision_svg.py)."""
    return [picture_svg(h.proto.body) for h in at.get("html") if "svg-picture decision" in h.proto.body]


def boundary_steepness(svg: str) -> float:
    """|dx2/dx1| of the dashed boundary line drawn in a decision picture (both axes have the same
    scale on screen, so its steepness there is its steepness in the data)."""
    x1, y1, x2, y2 = (
        float(v) for v in re.search(r'<line x1="([-0-9.]+)" y1="([-0-9.]+)" x2="([-0-9.]+)" y2="([-0-9.]+)"[^>]*'
                                    r'stroke-dasharray', svg).groups()
    )  # fmt: skip
    return abs((y2 - y1) / (x2 - x1))


def test_the_knob_question_agrees_with_the_chart():
    """The question asks what raising w1 by 0.5 from the start does to the boundary; the chart the
    learner then turns draws a line whose steepness changes the way the right option says."""
    q = question("knobs.turn_the_knobs")
    at = open_app(KNOBS, "en")
    before = boundary_steepness(_pictures(at)[1])  # the turn-the-knobs picture
    at.slider(key="knobs.w1").set_value(START[0] + 0.5).run()
    after = boundary_steepness(_pictures(at)[1])
    close = {"rel": 0.01}  # the picture's coordinates are rounded to 0.1 px
    assert before == pytest.approx(float(q.fields["before"]), **close)
    assert after == pytest.approx(float(q.fields["after"]), **close)
    assert q.correct == ("flatter" if after < before else "steeper")
    xs, ys = boundary(START[0] + 0.5, START[1], START[2], -3.5, 3.5)
    assert after == pytest.approx(abs((ys[1] - ys[0]) / (xs[1] - xs[0])), **close)


def test_training_button_moves_knobs_and_lowers_error():
    """'Let training turn them' moves the slider values, lowers the error and draws its history."""
    at = open_app(KNOBS, "en")
    knobs = [at.slider(key=f"knobs.{k}").value for k in ("w1", "w2", "b")]
    err = _error(at)
    at.button(key="knobs.train").click().run()
    assert not at.exception
    moved = [at.slider(key=f"knobs.{k}").value for k in ("w1", "w2", "b")]
    assert moved != knobs
    assert _error(at) < err
    assert at.metric[LIVE + 1].value == "0 of 40"
    assert len(_pictures(at)) == 2  # the start and the turned knobs
    assert not at.get("plotly_chart")  # pictures: the page loads no charting code
    bodies = [h.proto.body for h in at.get("html")]
    for kind in ("knobs-error", "knobs-path", "knobs-supervised", "knobs-unsupervised"):
        assert sum(f"svg-picture {kind}" in b for b in bodies) == 1, kind
    err2 = _error(at)
    at.button(key="knobs.train").click().run()
    assert _error(at) <= err2


def test_reset_puts_the_knobs_back():
    """After training, 'Put the knobs back' restores the starting knobs and clears the history."""
    at = open_app(KNOBS, "zh")
    at.button(key="knobs.train").click().run()
    at.button(key="knobs.reset").click().run()
    assert [at.slider(key=f"knobs.{k}").value for k in ("w1", "w2", "b")] == list(START)
    assert at.info  # "press the button" hint is back


def test_knobs_come_from_the_url():
    """A shared link with knob values reopens those knobs."""
    at = open_app(KNOBS, "en", w1="2", w2="1", b="-0.5")
    assert at.slider(key="knobs.w1").value == 2.0
    assert at.metric[LIVE + 1].value == "0 of 40"


def test_supervised_learning_needs_thousands_of_labelled_examples_per_class():
    """The course's point: an image classifier learns from thousands of labelled examples of every
    class; k-means gets one plain sentence of what it does."""
    at = open_app(KNOBS, "en")
    text = " ".join(m.value for m in at.markdown)
    assert "thousands of labelled pictures of every class" in text
    assert any("k-means" in c.value and "nearest centre" in c.value for c in at.caption)
    zh = " ".join(m.value for m in open_app(KNOBS, "zh").markdown)
    assert "成千上万张带标签的图片" in zh


def test_no_sentence_on_these_pages_is_addressed_to_nobody():
    """No text of the knobs, one-hot or loss page talks about tests or servers to a learner."""
    for key, entry in catalog.CATALOG.items():
        if key.split(".")[0] in ("knobs", "one_hot", "loss") and not key.endswith(".notes"):
            for lang in catalog.LANGS:
                words = entry[lang].lower()
                assert not any(w in words for w in ("test", "测试", "server", "服务器")), key


def test_every_step_has_speaker_notes():
    """Lecture mode: each step of the page has its speaker notes."""
    from steps.knobs import STEPS

    for step in STEPS:
        assert f"knobs.{step.__name__}.notes" in catalog.CATALOG


def test_figures_start_identical_in_both_steps():
    """At the start, step 1's picture and step 2's picture show the same box."""
    at = open_app(KNOBS, "en")
    a, b = _pictures(at)
    assert a == b
