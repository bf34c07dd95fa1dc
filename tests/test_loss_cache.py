"""steps/loss_cache.py: the cached, frozen content equals what the explainer builds fresh."""

import json
import re

import numpy as np
import pandas as pd
import pytest

from explainer.batch_table import random_batch
from explainer.figures.loss import batch_sse_figure, loss_curves_figure, sse_terms_figure
from explainer.loss_formula import loss_value, total_text
from explainer.losses import cross_entropy, keras_mse, mse, squared_errors, sse, sse_per_sample
from steps import loss_cache as cache

CLASSES_EN = ("Cat", "Dog", "Other")


def same_json(cached_fig, fresh_fig) -> bool:
    return json.dumps(cached_fig.to_dict(), sort_keys=True) == json.dumps(fresh_fig.to_dict(), sort_keys=True)


@pytest.mark.parametrize("true_i, p", [(0, (0.37, 0.5, 0.13)), (1, (0.2, 0.7, 0.1)), (2, (0.0, 1.4, -0.1))])
def test_sample_figures_equal_fresh_ones(true_i, p):
    """The cached bar and curve figures are exactly the explainer's figures for the same sample."""
    view = cache.sample_view("en", true_i, p)
    y, yp = np.eye(3)[true_i], np.array(p)
    course = "The course's example"
    assert same_json(view["terms_fig"], sse_terms_figure([(course, y, yp)], CLASSES_EN, "Class", "(y − y′)²"))
    text = {"x_title": "Probability given to the right class", "y_title": "Loss"}
    text |= {"sse": view["curves_fig"].data[0].name, "ce": view["curves_fig"].data[1].name}
    p_plot = min(max(p[true_i], 0.0), 1.0)
    fresh = loss_curves_figure(3, [(course, p_plot, sse(y, yp), cross_entropy(y, yp))], text)
    assert same_json(view["curves_fig"], fresh)
    assert view["sse"] == total_text(sse(y, yp))


def test_the_course_image_stands_beside_the_course_sample():
    """With the course image's (label, y′), the bars and the curves carry a second sample."""
    image = (1, (0.1, 0.85, 0.05))
    view = cache.sample_view("en", 0, (0.37, 0.5, 0.13), image)
    assert [d.name for d in view["terms_fig"].data] == ["The course's example", "Your image"]
    np.testing.assert_allclose(view["terms_fig"].data[1].y, squared_errors([0, 1, 0], image[1]))
    assert view["curves_fig"].data[3].x[0] == 0.85


def test_image_view_writes_the_sums_out():
    """The "your image" column: its label y, the network's y′, SSE and CE term by term."""
    view = cache.image_view("en", 1, (0.1, 0.85, 0.05))
    assert view["label"] == "Label: **Dog**, so y = [0, 1, 0]"
    assert "(0-0.1000)^2 + (1-0.8500)^2 + (0-0.0500)^2" in view["sse_latex"]
    assert view["sse"] == total_text(sse([0, 1, 0], [0.1, 0.85, 0.05]))
    assert r"-\ln 0.8500" in view["ce_latex"]
    assert cache.image_view("en", None, (0.1, 0.85, 0.05)).keys() == {"output"}


def test_batch_view_equals_fresh_figure_and_numbers():
    """The cached batch figure and MSE are those of the generated batch; edits change the key."""
    table, _ = cache.batch_editor("en", 32, 0)
    edits = cache.edits_key({"edited_rows": {}, "added_rows": [], "deleted_rows": []})
    view = cache.batch_view("en", 32, 0, edits, _table=table)
    b = random_batch(32, 3, 0)
    fresh = batch_sse_figure(sse_per_sample(b.y_true, b.y_pred), mse(b.y_true, b.y_pred), "x", "y", "MSE")
    d_cached, d_fresh = view["fig"].to_dict(), fresh.to_dict()
    for d in (d_cached, d_fresh):  # axis titles and the bar legend come from the catalog
        d["layout"]["xaxis"]["title"]["text"] = d["layout"]["yaxis"]["title"]["text"] = d["data"][0][
            "name"
        ] = ""
    assert json.dumps(d_cached, sort_keys=True) == json.dumps(d_fresh, sort_keys=True)
    assert view["mse"] == f"{mse(b.y_true, b.y_pred):.4f}"
    rows = re.findall(r"<tr><td>(\d+)</td><td[^>]*>(\w+)</td><td>([^<]+)</td></tr>", view["sse_table"])
    assert [r[2] for r in rows] == [loss_value(v) for v in sse_per_sample(b.y_true, b.y_pred)]
    assert [r[0] for r in rows] == [str(i) for i in range(1, 33)]
    assert [r[1] for r in rows] == [("Cat", "Dog", "Other")[c] for c in b.labels]  # the animal, not its code


def test_batch_view_reports_a_bad_table():
    """An empty table gives the catalog's error text instead of numbers."""
    empty = pd.DataFrame({"true": [], "p0": [], "p1": [], "p2": []})
    view = cache.batch_view("en", 32, 0, "empty-test", _table=empty)
    assert "error" in view and "empty" in view["error"]


def test_keras_view_numbers():
    """Course MSE and Keras MSE (= course / k) for a batch, four decimals."""
    b = random_batch(8, 3, 1)
    view = cache.keras_view(*cache.keras_args("en", b))
    assert view["course"] == f"{mse(b.y_true, b.y_pred):.4f}"
    assert view["keras"] == f"{keras_mse(b.y_true, b.y_pred):.4f}"
