"""Unit tests for the loss page's explainer modules, with Keras's losses as the reference.

keras is imported inside the tests only (through explainer.tf_runtime); the loss page itself
never imports TensorFlow.
"""

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.batch_table import random_batch
from explainer.figures.loss import batch_legend, batch_sse_svg, curves_legend, loss_curves_svg, sse_terms_bars
from explainer.loss_curves import ce_curve, ce_slope, sse_curve, sse_slope
from explainer.loss_formula import ce_latex, loss_value, number, sse_latex
from explainer.losses import cross_entropy, keras_mse, mse, sse, sse_per_sample

Y = [1.0, 0.0, 0.0]
P = [0.37, 0.50, 0.13]  # the course example


@pytest.fixture(scope="module")
def keras():
    from explainer.tf_runtime import keras

    return keras()


def test_course_example_formula_and_value():
    """The formula is written with the course's numbers and the value shown is 0.6638."""
    assert sse_latex(Y, P) == (
        r"\begin{aligned} \text{SSE} &= (1-0.37)^2 + (0-0.50)^2 + (0-0.13)^2 \\ &= 0.3969 + 0.2500 + 0.0169"
        r" \\ &= 0.6638 \end{aligned}"
    )
    assert loss_value(sse(Y, P)) == "0.6638"
    assert ce_latex(Y, P).endswith(r"&= -\ln 0.37 \\ &= 0.9943 \end{aligned}")


def test_number_format():
    assert [number(x) for x in (0.5, 1, 0.375, 0.37216, -0.1)] == ["0.50", "1", "0.375", "0.3722", "-0.10"]
    assert "(0-(-0.10))^2" in sse_latex([0, 1, 0], [-0.1, 0.5, 0.6])


def test_course_mse_versus_keras_mean_squared_error(keras):
    """Keras's MeanSquaredError also divides by the number of classes: keras = course MSE / k."""
    b = random_batch(32, 3, 0)
    ref = float(keras.losses.MeanSquaredError()(b.y_true, b.y_pred))
    assert keras_mse(b.y_true, b.y_pred) == pytest.approx(ref, rel=1e-5)
    assert mse(b.y_true, b.y_pred) == pytest.approx(3 * ref, rel=1e-5)
    assert mse(b.y_true, b.y_pred) == pytest.approx(float(np.mean(sse_per_sample(b.y_true, b.y_pred))))


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 40), st.integers(2, 6), st.integers(0, 10_000))
def test_mse_and_cross_entropy_match_keras_on_any_batch(keras, n, k, seed):
    """On random batches, course MSE = k × Keras MSE and our CE = Keras CategoricalCrossentropy."""
    b = random_batch(n, k, seed)
    keras_mse_ref = float(keras.losses.MeanSquaredError()(b.y_true, b.y_pred))
    ce_ref = float(keras.losses.CategoricalCrossentropy()(b.y_true, b.y_pred))
    assert mse(b.y_true, b.y_pred) == pytest.approx(k * keras_mse_ref, rel=1e-4, abs=1e-6)
    assert cross_entropy(b.y_true, b.y_pred) == pytest.approx(ce_ref, rel=1e-4, abs=1e-5)


def test_curves_match_the_losses_for_an_evenly_split_rest(keras):
    """The plotted curves equal SSE and Keras's CE of a sample whose other classes share 1 - p."""
    for p in (0.01, 0.37, 0.9, 1.0):
        y_pred = [p, (1 - p) / 2, (1 - p) / 2]
        assert float(sse_curve(p, 3)) == pytest.approx(sse(Y, y_pred))
        ref = float(keras.losses.CategoricalCrossentropy()([Y], [y_pred]))
        assert float(ce_curve(p, 3)) == pytest.approx(ref, rel=1e-4, abs=1e-6)


@given(st.floats(0.001, 0.999), st.integers(2, 10))
def test_slopes_are_derivatives(p, k):
    """The slopes are the curves' derivatives (checked by a central difference)."""
    h = 1e-6
    assert float(sse_slope(p, k)) == pytest.approx(
        (sse_curve(p + h, k) - sse_curve(p - h, k)) / (2 * h), rel=1e-4
    )
    assert float(ce_slope(p, k)) == pytest.approx(
        (ce_curve(p + h, k) - ce_curve(p - h, k)) / (2 * h), rel=1e-3
    )


def test_cross_entropy_punishes_confident_mistakes_harder():
    """Near p = 0 SSE is bounded by k/(k-1) with a gentle slope; CE is large and steep."""
    assert float(sse_curve(0.0, 3)) == pytest.approx(1.5)
    assert float(ce_curve(0.01, 3)) > 3 * float(sse_curve(0.01, 3))
    assert abs(float(ce_slope(0.01, 3))) == pytest.approx(100)
    assert abs(float(sse_slope(0.01, 3))) < 3


def test_curves_reject_bad_input():
    with pytest.raises(ValueError):
        sse_curve([1.5], 3)
    with pytest.raises(ValueError):
        ce_curve([0.5], 1)


def test_figures_have_axis_titles():
    """Every chart carries the axis titles and legend names the page passes in; the course's
    bars are its terms, written as in the written-out sum."""
    f1 = sse_terms_bars([("course", Y, P)], ["Cat", "Dog", "Other"], "Class", "(y − y′)²")
    assert "Class" in f1 and "(y − y′)²" in f1
    assert [float(v) for v in re.findall(r'data-value="([^"]+)"', f1)] == pytest.approx(
        [0.3969, 0.25, 0.0169]
    )
    assert re.findall(r"<span>([0-9.]+)</span></div>", f1) == ["0.3969", "0.2500", "0.0169"]
    f2 = batch_sse_svg([0.1, 0.3], 0.2, "Sample", "SSE")
    assert ">Sample</text>" in f2 and ">SSE</text>" in f2
    assert [name for _, name, _ in batch_legend(0.2, "SSE", "MSE")] == ["SSE", "MSE = 0.2000"]
    text = {"x_title": "p", "y_title": "Loss", "sse": "SSE", "ce": "CE"}
    points = [("now", 0.37, 0.6638, 0.9943), ("yours", 0.95, 0.004, 0.05)]
    f3 = loss_curves_svg(3, points, text)
    assert ">Loss</text>" in f3 and ">p</text>" in f3
    names = [name for _, name, _ in curves_legend(points, text)]
    assert (
        names[:2] == ["SSE", "CE"] and names[2].startswith("now: p = 0.37") and names[3].startswith("yours")
    )


def test_figures_never_show_scientific_notation():
    """Tiny losses on the charts: bar labels, axis ticks and legend in plain decimals (a learner
    reads 0.000014, never 1.4e-05)."""
    tiny = [1.0, 0.0, 0.0], [0.999995, 0.000003, 0.000002]
    f1 = sse_terms_bars([("course", Y, P), ("yours", *tiny)], ["Cat", "Dog", "Other"], "Class", "t")
    f2 = batch_sse_svg([1.37925e-5, 2e-7], 7e-6, "Sample", "SSE")
    for chart in (f1, f2):
        shown = re.findall(r">([^<>]+)<", chart.split("</style>")[-1])  # every text drawn
        assert shown and not any(re.search(r"\de-?\d", t) for t in shown), shown
    assert batch_legend(7e-6, "SSE", "MSE")[1][1] == "MSE = 0.0000070"
