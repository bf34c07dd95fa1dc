"""Two weights: gradients against numeric ones, and SGD / momentum / Adam against Keras's own optimizers."""

import numpy as np
import pytest

from explainer import optimizers2d as opt


@pytest.mark.parametrize("sid", list(opt.SURFACES))
def test_gradient_matches_numeric(sid):
    """The analytic gradient equals central differences at 25 points."""
    s = opt.SURFACES[sid]
    h = 1e-6
    for w1 in np.linspace(*s.w1_range, 5):
        for w2 in np.linspace(*s.w2_range, 5):
            g = opt.gradient(s, (w1, w2))
            n1 = (s.loss(w1 + h, w2) - s.loss(w1 - h, w2)) / (2 * h)
            n2 = (s.loss(w1, w2 + h) - s.loss(w1, w2 - h)) / (2 * h)
            np.testing.assert_allclose(g, [n1, n2], rtol=1e-5, atol=1e-5)


def test_grid_shape_and_values():
    """grid(n) gives (n,), (n,) and an (n, n) loss with L[i, j] = L(w1[j], w2[i])."""
    s = opt.SURFACES["ravine"]
    w1, w2, L = opt.grid(s, 200)
    assert w1.shape == (200,) and w2.shape == (200,) and L.shape == (200, 200)
    assert L[7, 3] == pytest.approx(s.loss(w1[3], w2[7]))


def test_sgd_step_is_the_course_rule():
    """One SGD step: w - lr * g, component by component."""
    s = opt.SURFACES["ravine"]
    p = opt.run(s, "sgd", (-4.0, -1.5), 0.3, 1)
    g = opt.gradient(s, (-4.0, -1.5))
    np.testing.assert_allclose(p.w[1], np.array([-4.0, -1.5]) - 0.3 * g)


def test_momentum_with_beta_zero_is_sgd():
    s = opt.SURFACES["valleys"]
    a = opt.run(s, "sgd", s.start, 0.01, 30)
    b = opt.run(s, "momentum", s.start, 0.01, 30, beta=0.0)
    np.testing.assert_allclose(a.w, b.w)


def test_all_three_start_together_and_differ():
    """run_all: same start, three different paths on the ravine."""
    s = opt.SURFACES["ravine"]
    runs = opt.run_all(s, s.start, 0.3, 60)
    assert list(runs) == ["sgd", "momentum", "adam"]
    assert all(np.array_equal(r.w[0], s.start) for r in runs.values())
    assert not np.allclose(runs["sgd"].w[-1], runs["adam"].w[-1])
    assert all(r.loss[-1] < r.loss[0] for r in runs.values())


def test_momentum_can_reach_the_deeper_valley():
    """On 'two valleys' with lr 0.01, momentum rolls over the hump; SGD stays in the near valley."""
    s = opt.SURFACES["valleys"]
    runs = opt.run_all(s, s.start, 0.01, 100)
    assert runs["sgd"].w[-1][0] > 0 and runs["momentum"].w[-1][0] < 0


def test_overflow_stops_the_path_and_says_when():
    s = opt.SURFACES["valleys"]
    p = opt.run(s, "sgd", s.start, 0.3, 100)
    assert p.stop_step is not None and len(p.w) == p.stop_step
    assert np.all(np.isfinite(p.w))


@pytest.mark.parametrize(
    "bad", [dict(lr=0), dict(lr=-1), dict(beta=1.0), dict(steps=-1), dict(name="rmsprop")]
)
def test_bad_settings_raise(bad):
    s = opt.SURFACES["ravine"]
    kw = {"name": "sgd", "lr": 0.1, "steps": 5, "beta": 0.9} | bad
    with pytest.raises(ValueError):
        opt.run(s, kw["name"], s.start, kw["lr"], kw["steps"], kw["beta"])


@pytest.mark.slow
@pytest.mark.parametrize("name", ["sgd", "momentum", "adam"])
def test_matches_keras_optimizers(name):
    """Reference: Keras's SGD, SGD(momentum=0.9) and Adam take the same 20 steps as ours."""
    from explainer.tf_runtime import keras, tensorflow

    tf, K = tensorflow(), keras()
    s = opt.SURFACES["ravine"]
    lr = 0.1
    ours = opt.run(s, name, s.start, lr, 20, beta=0.9)
    make = {
        "sgd": lambda: K.optimizers.SGD(learning_rate=lr),
        "momentum": lambda: K.optimizers.SGD(learning_rate=lr, momentum=0.9),
        "adam": lambda: K.optimizers.Adam(learning_rate=lr, epsilon=opt.ADAM_EPS),
    }[name]()
    var = K.Variable(np.array(s.start, dtype="float64"), dtype="float64")
    for _ in range(20):
        w = var.numpy()
        g = tf.constant(np.array(s.grad(w[0], w[1]), dtype="float64"))
        make.apply_gradients([(g, var)])
    # Keras keeps lr and beta as float32 variables (0.9 -> 0.89999998), hence rtol 1e-5
    np.testing.assert_allclose(var.numpy(), ours.w[-1], rtol=1e-5, atol=1e-7)
