"""One real weight of the built-in network moved by the course's rule (explainer/real_weight.py).

The slopes themselves are checked against tf.GradientTape in tests/test_network.py; here the
whole network's forward pass (numpy, checked against Keras there) is the reference for what
one update does to the probabilities.
"""

from __future__ import annotations

import numpy as np
import pytest

from explainer import descent, doodles, network, real_weight
from explainer.images import to_network_input
from explainer.models import INPUT_SIZE


@pytest.fixture(scope="module")
def weights():
    return network.load_weights()


def gallery():
    """The course image's gallery (ui/course_image.py): 3 doodles per class, 128 px."""
    return doodles.sample_images(per_class=3, size=128)


def trace_of(weights, n: int):
    image, truth = gallery()[n - 1]
    return network.trace(weights, to_network_input(image, INPUT_SIZE)), truth


@pytest.mark.parametrize("n", [1, 4, 8])
@pytest.mark.parametrize("loss", ["squared_error", "cross_entropy"])
def test_one_update_is_the_course_rule_and_the_whole_network_agrees(weights, n, loss):
    """W_new = W - lr * slope with the slope of last_layer_gradient; the probabilities after it
    are those of the full forward pass with W[i, j] = W_new."""
    tr, j = trace_of(weights, n)
    ow = real_weight.choose(weights, tr, j)
    assert ow.i == int(np.argmax(tr.h)) and ow.w0 == float(weights.w_out[ow.i, j]) and ow.h_i > 0
    u = real_weight.update_at(tr, ow, loss, ow.w0, 1.0)
    dw, _ = network.last_layer_gradient(tr, real_weight.one_hot(j), loss)
    assert u.slope == pytest.approx(float(dw[ow.i, j]), rel=1e-12)
    assert u.slope == pytest.approx(ow.h_i * u.dz, rel=1e-12)  # the product the page writes out
    assert u.w_new == descent.update(ow.w0, u.slope, 1.0)
    x = to_network_input(gallery()[n - 1][0], INPUT_SIZE)
    np.testing.assert_allclose(u.p, network.forward(weights, x), atol=1e-12)
    full = network.forward(network.with_output_weight(weights, ow.i, j, u.w_new), x)
    np.testing.assert_allclose(u.p_new, full, atol=1e-9)


@pytest.mark.parametrize("loss", ["squared_error", "cross_entropy"])
def test_the_labels_probability_goes_up_and_the_loss_down(weights, loss):
    """For the label's class the slope is negative (h >= 0): W grows, p(label) grows, L shrinks;
    only score j moves, and the loss falls as it rises, so no learning rate overshoots here."""
    for n in range(1, 10):
        tr, j = trace_of(weights, n)
        ow = real_weight.choose(weights, tr, j)
        u = real_weight.update_at(tr, ow, loss, ow.w0, 10.0)
        assert u.slope <= 0 and u.p_new[j] >= u.p[j] and u.loss_new <= u.loss + 1e-15


def test_a_walk_continues_from_where_the_last_step_ended(weights):
    """Three presses: each starts at the previous W_new, with the learning rate it was pressed with."""
    tr, j = trace_of(weights, 1)
    ow = real_weight.choose(weights, tr, j)
    steps = real_weight.walk(tr, ow, "cross_entropy", [0.01, 1.0, 10.0])
    assert steps[0].w == ow.w0
    for a, b in zip(steps, steps[1:], strict=False):
        assert b.w == a.w_new
        np.testing.assert_allclose(b.p, a.p_new)
    assert [u.lr for u in steps] == [0.01, 1.0, 10.0]
    assert steps[-1].p_new[j] > steps[0].p[j]


def test_bad_input_is_refused(weights):
    tr, _ = trace_of(weights, 1)
    with pytest.raises(ValueError, match="class index"):
        real_weight.choose(weights, tr, 3)
    with pytest.raises(ValueError, match="at most"):
        real_weight.walk(tr, real_weight.choose(weights, tr, 0), "squared_error", [0.1] * 51)
    with pytest.raises(ValueError, match="learning_rate"):
        real_weight.update_at(tr, real_weight.choose(weights, tr, 0), "squared_error", 0.1, 0.0)
