"""steps/loss_cache.py: the cached, frozen content equals what the explainer builds fresh."""

import re
import xml.etree.ElementTree as ET
from html import escape

import numpy as np
import pandas as pd
import pytest

from catalog import text as catalog_text
from explainer.batch_table import random_batch
from explainer.figures.loss import IMAGE_COLOR, batch_sse_svg, loss_curves_svg, sse_terms_bars
from explainer.loss_formula import loss_value, total_text
from explainer.losses import cross_entropy, keras_mse, mse, squared_errors, sse, sse_per_sample
from steps import loss_cache as cache
from tests.apptest_utils import picture_svg

CLASSES_EN = ("Cat", "Dog", "Other")


SVG = "{http://www.w3.org/2000/svg}"


def bar_values(html: str, series: str) -> list[float]:
    """The values of one series' bars in an HTML bar chart (their data-value), in class order."""
    return [float(v) for v in re.findall(rf'data-value="([^"]+)" title="{re.escape(escape(series))}, ', html)]


@pytest.mark.parametrize("true_i, p", [(0, (0.37, 0.5, 0.13)), (1, (0.2, 0.7, 0.1)), (2, (0.0, 1.4, -0.1))])
def test_sample_figures_equal_fresh_ones(true_i, p):
    """The cached bars and curves are exactly the explainer's charts for the same sample."""
    view = cache.sample_view("en", true_i, p)
    y, yp = np.eye(3)[true_i], np.array(p)
    course = "The course's example"
    assert view["terms_fig"] == sse_terms_bars([(course, y, yp)], CLASSES_EN, "Class", "(y − y′)²")
    text = {"x_title": "Probability given to the right class", "y_title": "Loss"}
    p_plot = min(max(p[true_i], 0.0), 1.0)
    fresh = loss_curves_svg(3, [(course, p_plot, sse(y, yp), cross_entropy(y, yp))], text)
    assert picture_svg(view["curves_fig"]) == fresh
    assert view["sse"] == total_text(sse(y, yp))
    assert f"SSE {view['sse']}, CE {view['ce']}" in view["curves_fig"]  # the legend says what the metrics say


def test_the_course_image_stands_beside_the_course_sample():
    """With the course image's (label, y′), the bars and the curves carry a second sample: its
    bars are its squared errors, its dotted line stands at the probability it gave its class."""
    image = (1, (0.1, 0.85, 0.05))
    view = cache.sample_view("en", 0, (0.37, 0.5, 0.13), image)
    np.testing.assert_allclose(
        bar_values(view["terms_fig"], "Your image"), squared_errors([0, 1, 0], image[1])
    )
    np.testing.assert_allclose(bar_values(view["terms_fig"], "The course's example"), [0.3969, 0.25, 0.0169])
    root = ET.fromstring(picture_svg(view["curves_fig"]))
    (frame,) = [r for r in root.iter(f"{SVG}rect") if r.get("stroke") == "#9aa3ad"]
    left, width = float(frame.get("x")), float(frame.get("width"))
    (line,) = [ln for ln in root.iter(f"{SVG}polyline") if ln.get("stroke") == IMAGE_COLOR]
    x = float(line.get("points").split()[0].split(",")[0])
    assert (x - left) / width * 1.02 == pytest.approx(0.85, abs=0.005)  # the x axis runs 0..1.02


def test_image_view_writes_the_sums_out():
    """The "your image" column: its label y, the network's y′, SSE and CE term by term."""
    view = cache.image_view("en", 1, (0.1, 0.85, 0.05))
    assert view["label"] == "Label: **Dog**, so y = [0, 1, 0]"
    assert "(0-0.1000)^2 + (1-0.8500)^2 + (0-0.0500)^2" in view["sse_latex"]
    assert view["sse"] == total_text(sse([0, 1, 0], [0.1, 0.85, 0.05]))
    assert r"-\ln 0.8500" in view["ce_latex"]
    assert cache.image_view("en", None, (0.1, 0.85, 0.05)).keys() == {"output"}


def test_batch_view_equals_fresh_figure_and_numbers():
    """The cached batch chart and MSE are those of the generated batch; edits change the key."""
    table, _ = cache.batch_editor("en", 32, 0)
    edits = cache.edits_key({"edited_rows": {}, "added_rows": [], "deleted_rows": []})
    view = cache.batch_view("en", 32, 0, edits, _table=table)
    b = random_batch(32, 3, 0)
    titles = catalog_text("loss.axis.sample", "en"), catalog_text("loss.axis.sse", "en")
    fresh = batch_sse_svg(sse_per_sample(b.y_true, b.y_pred), mse(b.y_true, b.y_pred), *titles)
    assert picture_svg(view["fig"]) == fresh
    assert f"MSE = {view['mse']}" in view["fig"]  # the dashed line's name in the legend
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
    # the Keras step comes before cross-entropy is explained: its code shows no cross-entropy yet
    assert "MeanSquaredError" in view["code"] and "Crossentropy" not in view["code"]
    assert view["code"].split("#")[1].strip() in view["code_html"]  # the block shows the code's value
