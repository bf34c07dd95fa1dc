"""Issue 21 on the gradient-descent page: one real weight of the built-in network, for the course image.

Every number the "your image" column writes is checked against explainer code: the weight the
shipped network holds, the slope from explainer.network.last_layer_gradient (itself checked against
tf.GradientTape in tests/test_network.py), W - lr * slope, and the probabilities after the update
from the whole network's forward pass with that one weight changed.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from catalog import text
from explainer import network
from explainer.descent_path import fmt, tex
from explainer.images import to_network_input
from explainer.models import INPUT_SIZE
from tests.apptest_utils import formulas, open_app, table_rows

PAGE = "app_pages/gradient_descent.py"
REAL = "gradient_descent._real"
Q = "_q.gradient_descent.your_image"
WEIGHTS = network.load_weights()


def expected(image, j: int, loss: str = "squared_error", lr: float = 0.01, w: float | None = None):
    """What the column must show, computed here from the network itself: (i, W, slope, W_new, p, p_new)."""
    x = to_network_input(image, INPUT_SIZE)
    tr = network.trace(WEIGHTS, x)
    i = int(np.argmax(tr.h))
    w0 = float(WEIGHTS.w_out[i, j])
    w = w0 if w is None else w
    moved = network.with_output_weight(WEIGHTS, i, j, w)
    p = network.forward(moved, x)
    y = np.eye(3)[j]
    slope = float(network.last_layer_gradient(network.trace(moved, x), y, loss)[0][i, j])
    w_new = w - lr * slope
    return i, w, slope, w_new, p, network.forward(network.with_output_weight(WEIGHTS, i, j, w_new), x)


def latex_of(at) -> str:
    return "\n".join(formulas(at))


def markdown_of(at) -> str:
    return "\n".join(x.value for x in at.markdown)


def answer(at, choice: str):
    at.radio(key=Q).set_value(choice).run()
    at.button(key=f"{Q}.check").click().run()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_update_of_one_real_weight_is_written_out_with_the_networks_numbers(lang):
    """Sample 1 (a cat): the weight from the most active hidden unit to "cat", the SSE slope, and
    W - 0.01 x slope = W_new, each number as the network computes it."""
    at = open_app(PAGE, lang)
    ci = at.session_state["course_image"]
    assert ci.sample == 1 and ci.truth == 0
    i, w, slope, w_new, _, _ = expected(ci.image, ci.truth)
    shown = latex_of(at)
    for number in (fmt(w, 8), tex(fmt(slope)), fmt(w_new, 8)):
        assert number in shown, (number, shown)
    assert text("gradient_descent.real.which", lang, i=i, cls=text("doodles.class.cat", lang),
                h=fmt(float(network.trace(WEIGHTS, to_network_input(ci.image, INPUT_SIZE)).h[i]), 4),
                w=fmt(w, 8)) in markdown_of(at)  # fmt: skip
    assert float(fmt(w, 8)) - 0.01 * float(fmt(slope)) == pytest.approx(float(fmt(w_new, 8)), abs=2e-8)


def test_the_probabilities_after_the_update_wait_for_a_prediction_and_come_from_the_network():
    """Predict first: before answering, no "after" row; a wrong guess says so; then the table shows
    the network's probabilities with W changed, and the label's went up."""
    at = open_app(PAGE, "en", step="3")
    for qid in ("slope_sign", "worked_example"):
        at.button(key=f"_q.gradient_descent.{qid}.skip").click().run()
    ci = at.session_state["course_image"]
    *_, p, p_new = expected(ci.image, ci.truth)
    after = f"| {text('gradient_descent.real.after', 'en')} |"  # the table's "after" row
    assert after not in markdown_of(at)
    answer(at, "down")
    assert any(text("predict.wrong", "en") in e.value for e in at.error)
    answer(at, "up")
    assert any(text("predict.right", "en") in s.value for s in at.success)
    table = markdown_of(at)
    assert after in table and all(fmt(x) in table for x in (*p, *p_new))
    assert p_new[ci.truth] > p[ci.truth]
    assert text("gradient_descent.real.verdict.up", "en", cls="cat", p=fmt(p[0]), p_new=fmt(p_new[0]),
                d=fmt(p_new[0] - p[0]), loss=fmt(float(np.sum((np.eye(3)[0] - p) ** 2))),
                loss_new=fmt(float(np.sum((np.eye(3)[0] - p_new) ** 2)))) in table  # fmt: skip


def test_step_keeps_the_stepped_weight_and_a_new_image_starts_again():
    """Take this step (lr 10): the next update starts from W_new; picking another sample in the
    sidebar starts a fresh walk from that image's own weight."""
    at = open_app(PAGE, "en", rlr="10")  # every step open: the column's question hides nothing
    ci = at.session_state["course_image"]
    _, w0, slope0, w1, _, p1 = expected(ci.image, ci.truth, lr=10.0)
    at.button(key="gradient_descent.real_step").click().run()
    assert at.session_state[REAL]["lrs"] == [10.0]
    _, w, slope, w2, _, _ = expected(ci.image, ci.truth, lr=10.0, w=w1)
    assert w == w1 and fmt(w1, 8) in latex_of(at) and fmt(w2, 8) in latex_of(at)
    (row,) = table_rows(at)  # the step taken: step, W before, slope, lr, W_new, p(true class) after
    assert row == ["1", fmt(w0, 8), fmt(slope0), "10", fmt(w1, 8), fmt(p1[ci.truth])]
    at.selectbox(key="_course_image_pick").set_value(5).run()
    ci5 = at.session_state["course_image"]
    assert ci5.sample == 5 and at.session_state[REAL]["lrs"] == []
    _, w, _, _, _, _ = expected(ci5.image, ci5.truth, lr=10.0)
    assert fmt(w, 8) in latex_of(at)


def test_cross_entropy_gives_its_own_slope():
    """The loss switch: the slope becomes cross-entropy's, p - y times h."""
    at = open_app(PAGE, "en", rloss="cross_entropy")
    ci = at.session_state["course_image"]
    _, _, slope, w_new, p, _ = expected(ci.image, ci.truth, loss="cross_entropy")
    assert tex(fmt(slope)) in latex_of(at) and fmt(w_new, 8) in latex_of(at)


def png(colour=(200, 40, 40)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), colour).save(buf, format="PNG")
    return buf.getvalue()


def test_an_upload_asks_what_it_is_then_shows_its_update():
    """A picture of unknown class: the column asks; the answer becomes the course image's label
    (ui.course_image.set_truth) and the update for that class appears."""
    at = open_app("app_pages/black_box.py", "en")
    at.radio(key="black_box.src").set_value("upload").run()
    at.file_uploader(key="black_box.upload").set_value(("red.png", png(), "image/png")).run()
    at.switch_page(PAGE)
    at.query_params["step"] = "all"
    at.run()
    assert not at.exception
    infos = " ".join(i.value for i in at.info)
    assert text("gradient_descent.real.need_label", "en") in infos
    at.selectbox(key="gradient_descent.real_truth").set_value(1).run()
    ci = at.session_state["course_image"]
    assert ci.own and ci.truth == 1
    _, w, slope, w_new, _, _ = expected(ci.image, 1)
    assert fmt(w, 8) in latex_of(at) and fmt(w_new, 8) in latex_of(at)
