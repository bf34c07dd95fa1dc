"""AppTest behaviour tests for the outputs page (course 01-03): the course's examples first, the
course image's real output from the built-in network beside them, scores and softmax deeper."""

import numpy as np
import pytest
from PIL import Image

from catalog import text
from explainer import doodles, network, photo_like
from explainer.images import to_network_input
from explainer.outputs import predict, softmax
from steps import outputs_cache
from tests.apptest_utils import html_frames, open_app
from ui.course_image import KEY, CourseImage
from ui.pictures import image_key

PAGE = "app_pages/outputs.py"


def sum_lines(at) -> list[str]:
    return [m.value for m in at.markdown if "= **" in m.value and "+" in m.value]


def gallery_p(n: int) -> np.ndarray:
    image, _ = doodles.sample_images(per_class=3, size=128)[n - 1]
    return network.forward(network.load_weights(), to_network_input(image, 64))


def metric_values(at, label_key: str, lang: str = "en") -> list[str]:
    return [m.value for m in at.metric if m.label == text(label_key, lang)]


def test_opens_on_the_course_example_with_your_image_beside_it():
    """Step 1: the course's 0.97 / 0.01 / 0.02 adds up to 1.000; beside it the built-in network's
    probabilities for the course image (gallery sample 1), added up the same way."""
    at = open_app(PAGE, "en")
    assert not at.exception
    lines = sum_lines(at)
    assert "0.970 + 0.010 + 0.020 = **1.000**" in lines[0]
    p = gallery_p(1)
    assert " + ".join(f"{v:.3f}" for v in p) + " = **1.000**" in lines[1]


def test_argmax_for_both_course_examples_and_your_image():
    """0.97 / 0.01 / 0.02 is a sure cat, 0.51 / 0.48 / 0.01 a cat with low confidence (lead 0.03);
    the third column is predict() of the course image's real probabilities."""
    at = open_app(PAGE, "en", sample="2", img="2")
    assert metric_values(at, "outputs.metric.label") == ["cat", "cat", "dog"]
    p = gallery_p(2)
    pred = predict(p, ["cat", "dog", "other"])
    assert metric_values(at, "outputs.metric.confidence") == ["0.97", "0.51", f"{pred.confidence:.2f}"]
    assert any("0.03" in w.value for w in at.warning)
    assert any(
        text("outputs.metric.margin", "en", margin=f"{pred.margin:.2f}") == c.value for c in at.caption
    )


def test_hiding_your_image_leaves_the_course_examples():
    """The toggle hides the "your image" column on every step and goes in the link (?yours=0)."""
    at = open_app(PAGE, "en")
    at.toggle(key="outputs.yours").set_value(False).run()
    assert not at.exception
    assert at.query_params["yours"] in ("0", ["0"])
    assert len(sum_lines(at)) == 2  # the course's bars and the deeper step's bars
    assert metric_values(at, "outputs.metric.label") == ["cat", "cat"]


def test_perfect_answer_follows_true_class_and_your_images_label():
    """Choosing 'dog' makes the course example's perfect answer (0, 1, 0); the course image (a cat
    doodle) gets (1, 0, 0) beside its real output."""
    at = open_app(PAGE, "en")
    at.radio(key="outputs.true").set_value("dog").run()
    vectors = [m.value for m in at.markdown if m.value.startswith("Perfect answer")]
    assert "Perfect answer (0, 1, 0)" in vectors[0]
    actual = "(" + ", ".join(f"{v:.2f}" for v in gallery_p(1)) + ")"
    assert vectors[1] == text("outputs.perfect.vectors", "en", perfect="(1, 0, 0)", actual=actual)


def own_picture(at, colour=photo_like.ORANGE) -> None:
    image = Image.new("RGB", (80, 60), colour)
    at.session_state[KEY] = CourseImage(image, image_key(image), "upload", None, None)


def test_an_own_picture_of_unknown_class_and_unlike_the_doodles():
    """A learner's plain orange picture: its probabilities are shown with a warning that the
    built-in network never learned anything like it, and its perfect answer waits for its class."""
    at = open_app(PAGE, "zh")
    own_picture(at)
    at.run()
    assert not at.exception
    assert text("outputs.yours.unfamiliar", "zh") in [w.value for w in at.warning]
    assert text("outputs.yours.truth_unknown", "zh") in [i.value for i in at.info]


def test_your_scores_go_through_softmax_in_the_table():
    """The deeper step lists the course image's real scores z, e^z and p = softmax(z), and adds
    the e^z column up."""
    at = open_app(PAGE, "en")
    image, _ = doodles.sample_images(per_class=3, size=128)[0]
    z = network.trace(network.load_weights(), to_network_input(image, 64)).z
    table = html_frames(at)[-1]  # after the top-5 table of the step before
    assert [f"{v:.3f}" for v in table.iloc[:, 1]] == [f"{v:.3f}" for v in z]
    assert [f"{v:.3f}" for v in table.iloc[:, 3]] == [f"{v:.3f}" for v in softmax(z)]
    assert list(table.iloc[:, 0]) == ["cat", "dog", "other"]
    e = np.exp(z)
    assert any(outputs_cache._plain(e.sum()) in c.value for c in at.caption)


def test_changing_a_score_changes_probabilities():
    """Raising the dog score above the others in the deeper step changes its bars; the sum stays 1."""
    at = open_app(PAGE, "en")
    before = sum_lines(at)[-1]
    at.slider(key="outputs.s1").set_value(5.0).run()
    after = sum_lines(at)[-1]
    assert after != before and "**1.000**" in after
    assert at.query_params["s1"] in ("5", ["5"])


def test_preset_sure_gives_course_probabilities():
    """The 0.97/0.01/0.02 preset sets the scores to log p, so softmax gives exactly those back."""
    at = open_app(PAGE, "en")
    at.button(key="outputs.preset.unsure").click().run()
    assert "0.510 + 0.480 + 0.010 = **1.000**" in sum_lines(at)[-1]


def test_scores_come_from_the_url():
    """A shared link with scores reopens the same probabilities."""
    at = open_app(PAGE, "en", s0="0", s1="0", s2="0")
    assert "0.333 + 0.333 + 0.333" in sum_lines(at)[-1]


@pytest.mark.parametrize("k", [3, 250, 1000])
def test_class_count_keeps_the_rule(k):
    """For 3 to 1000 classes the probabilities still sum to 1 and the top-5 table starts at the label."""
    at = open_app(PAGE, "en")
    at.slider(key="outputs.k").set_value(k).run()
    assert not at.exception
    result = next(m.value for m in at.markdown if f"The {k} probabilities add up to **1.000**" in m.value)
    table = html_frames(at)[0]
    assert len(table) == min(5, k)
    assert f"**{table.iloc[0, 1]}**" in result


def test_new_random_outputs_button_changes_them():
    """'New random outputs' draws another set (the seed goes into the URL)."""
    at = open_app(PAGE, "en")
    before = html_frames(at)[0].copy()
    at.button(key="outputs.reroll").click().run()
    assert at.query_params["seed"] in ("1", ["1"])
    assert not html_frames(at)[0].equals(before)


def test_locked_scores_disable_the_presets():
    """A teacher's link with ?lock=s0 disables the score slider and the preset buttons."""
    at = open_app(PAGE, "en", lock="s0")
    assert at.slider(key="outputs.s0").disabled
    assert at.button(key="outputs.preset.sure").disabled


def test_scores_are_a_deeper_step_after_the_course():
    """Scores and softmax come last, marked "go deeper"; no course step before it names softmax."""
    from steps import outputs as steps

    assert steps.STEPS[-1].__name__ == "scores_and_softmax" and getattr(steps.STEPS[-1], "deeper", False)
    import catalog

    before = ("outputs.three.intro", "outputs.argmax.intro", "outputs.perfect.intro", "outputs.many.intro")
    for key in before:
        for lang in catalog.LANGS:
            assert "softmax" not in catalog.CATALOG[key][lang].lower(), key
