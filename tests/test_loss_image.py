"""The loss page with the course image (issue 21) and the iterations question: every number a
learner sees is checked against explainer code computed here on its own."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PIL import Image

from explainer import network
from explainer.batch_table import random_batch, with_sample
from explainer.images import to_network_input
from explainer.loss_formula import loss_value, prob_text, total_text
from explainer.losses import cross_entropy, mse, sse
from explainer.models import INPUT_SIZE
from explainer.questions import ITERATION_IMAGES, iterations_question
from explainer.training import iterations_per_epoch
from tests.apptest_utils import formulas, open_app
from ui.course_image import CourseImage, gallery
from ui.pictures import image_key

LOSS = "app_pages/loss.py"
SCIENTIFIC = re.compile(r"\d[eE][-+]?\d")  # 1.4e-05, 2E+03


@pytest.fixture(scope="module")
def weights() -> network.Weights:
    return network.load_weights()


def network_p(weights, image: Image.Image) -> np.ndarray:
    """The built-in network's probabilities for a picture, computed here (not by the page)."""
    return network.trace(weights, to_network_input(image, INPUT_SIZE)).p  # (3,)


def values(at, label: str) -> list[str]:
    return [m.value for m in at.metric if m.label == label]


def shown_text(at) -> str:
    """Every number-bearing text of the page: metrics, LaTeX, markdown, captions."""
    parts = [m.value for m in at.metric] + formulas(at)
    parts += [m.value for m in at.markdown] + [c.value for c in at.caption]
    return "\n".join(parts)


def own_picture(at, colour=(200, 30, 30), truth=None) -> None:
    """Make a picture of the learner's own (no label yet) the course image, and rerun."""
    image = Image.new("RGB", (80, 60), colour)
    at.session_state["course_image"] = CourseImage(image, image_key(image), "upload", None, truth)
    at.run()


@pytest.mark.parametrize("sample", [1, 4, 8])
def test_your_image_column_is_the_networks_real_loss(weights, sample):
    """Beside the course's 0.6638, the course image's SSE and cross-entropy between its one-hot
    label and the built-in network's output, written out term by term with its y′."""
    at = open_app(LOSS, "en", img=str(sample))
    assert not at.exception
    image, truth = gallery()[sample - 1]
    p, y = network_p(weights, image), np.eye(3)[truth]
    sse_shown = values(at, "SSE (sum of squared errors)")
    assert sse_shown[:2] == ["0.6638", total_text(sse(y, p))]
    assert values(at, "Cross-entropy CE")[1] == loss_value(cross_entropy(y, p))
    terms = " + ".join(f"({int(a)}-{prob_text(b)})^2" for a, b in zip(y, p, strict=True))
    assert any(terms in x for x in formulas(at)), terms
    assert any(rf"-\ln {prob_text(p[truth])}" in x for x in formulas(at))
    assert any(f"y′ = [{', '.join(prob_text(x) for x in p)}]" in m.value for m in at.markdown)


def test_your_image_joins_the_batch(weights):
    """The course image added to the batch of step 2: the MSE of n + 1 samples, as the mean."""
    at = open_app(LOSS, "en")
    image, truth = gallery()[0]
    b = random_batch(32, 3, 0)
    bigger = with_sample(b, truth, network_p(weights, image))
    want = loss_value(mse(bigger.y_true, bigger.y_pred))
    latex = next(x for x in formulas(at) if "{33}" in x)
    assert latex.strip("$\n ").endswith(f"= {want}")


def test_an_unlabelled_picture_is_asked_for_then_scored(weights):
    """A picture of the learner's own has no label: the column asks what it is (no loss yet);
    the answer goes to the whole course (set_truth) and its loss appears."""
    at = open_app(LOSS, "en")
    own_picture(at)
    assert len(values(at, "SSE (sum of squared errors)")) == 2  # the course's sample, twice (steps 1, 3)
    assert at.selectbox(key="loss.image_truth").value is None
    at.selectbox(key="loss.image_truth").set_value(2).run()
    ci = at.session_state["course_image"]
    assert ci.truth == 2 and ci.own
    p = network_p(weights, ci.image)
    assert values(at, "SSE (sum of squared errors)")[1] == total_text(sse([0, 0, 1], p))


@pytest.mark.parametrize("sample", range(1, 10))
def test_no_loss_is_written_in_scientific_notation(sample):
    """The network is very sure of some gallery doodles (losses near 1e-10): every loss on the page
    is still written in plain decimals, never as 1.4e-05."""
    at = open_app(LOSS, "en", img=str(sample))
    assert not SCIENTIFIC.search(shown_text(at))


def test_tiny_numbers_are_plain_decimals():
    """1.37925e-5 reads 0.000014; the sum and its terms keep three significant digits."""
    assert loss_value(1.37925e-5) == "0.000014"
    assert loss_value(0.6638) == "0.6638" and loss_value(0.0) == "0.0000"
    assert total_text(0.0035321) == "0.00353"
    assert prob_text(0.99998141) == "0.9999814" and prob_text(0.37) == "0.3700"


def test_iterations_are_asked_for_the_current_batch_size():
    """Step 2 asks how many iterations an epoch of 2,000 pictures takes with this batch size,
    checks the answer against iterations_per_epoch, and works it out with the rounding up."""
    at = open_app(LOSS, "en")
    box = "_q.loss.epoch_iterations"
    q = iterations_question(ITERATION_IMAGES, 32)
    assert q.number == iterations_per_epoch(2000, 32) == 63 != 32  # never "iterations = batch size"
    assert any("2,000 pictures and the batch size is 32" in m.value for m in at.markdown)
    at.text_input(key=box).input("32").run()
    at.button(key=f"{box}.check").click().run()
    assert any("round up" in e.value for e in at.error)  # the hint
    at.text_input(key=box).input("63").run()
    at.button(key=f"{box}.check").click().run()
    assert any("⌈2,000 ÷ 32⌉ = ⌈62.5⌉ = 63" in s.value for s in at.success)
    assert any("62 full batches of 32 pictures use 1984" in i.value for i in at.info)


def test_a_new_batch_size_asks_again():
    """With batch size 40 the question is asked anew (2,000 ÷ 40 = 50, even: no smaller batch)."""
    at = open_app(LOSS, "en")
    at.text_input(key="_q.loss.epoch_iterations").input("63").run()
    at.button(key="_q.loss.epoch_iterations.check").click().run()
    at.number_input(key="loss.n").set_value(40).run()
    assert not at.success or not any("= 63" in s.value for s in at.success)
    at.text_input(key="_q.loss.epoch_iterations").input(str(iterations_per_epoch(2000, 40))).run()
    at.button(key="_q.loss.epoch_iterations.check").click().run()
    assert any("⌈2,000 ÷ 40⌉ = ⌈50⌉ = 50" in s.value for s in at.success)
    assert any("50 full batches of 40 pictures, none left over" in i.value for i in at.info)
