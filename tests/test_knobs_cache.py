"""The knobs page's pictures: they draw the training history and the points as they are, and
the cached copies (steps/knobs_cache.py) show exactly what a freshly drawn picture shows."""

import xml.etree.ElementTree as ET
from html import escape

import numpy as np
import pytest

from catalog import text
from explainer.figures import knobs as charts
from explainer.figures.decision_svg import decision_svg
from explainer.grouping import kmeans
from explainer.knobs import Step, toy_points, train
from steps import knobs_cache as cache
from tests.apptest_utils import picture_svg

X, Y = toy_points(20, seed=0)
H = train(X, Y, -1.0, 0.5, 0.5, lr=1.0, steps=20)
G, C = kmeans(X, 2, seed=0)


SVG = "{http://www.w3.org/2000/svg}"


def heights(svg: str, colour: str) -> list[list[float]]:
    """The screen y of each point of each line drawn in `colour`."""
    root = ET.fromstring(svg)
    lines = [ln for ln in root.iter(f"{SVG}polyline") if ln.get("stroke") == colour]
    return [[float(p.split(",")[1]) for p in ln.get("points").split()] for ln in lines]


def test_the_history_charts_draw_the_training_history():
    """The error line has one point per step, falling where the error falls; each knob's line
    rises and falls with that knob."""
    err = charts.error_svg(H, x_title="X", y_title="Y")
    (ys,) = heights(err, charts.BLUE)
    assert len(ys) == len(H)
    assert np.sign(np.diff(ys)).tolist() == (-np.sign(np.diff([s.error for s in H]))).tolist()
    path = charts.knob_path_svg(H, x_title="X", y_title="Y")
    for attr, colour in zip(("w1", "w2", "b"), charts.KNOB_COLOURS, strict=True):
        (ys,) = heights(path, colour)
        values = np.array([getattr(s, attr) for s in H])
        moves = np.abs(np.diff(values)) > 1e-3  # a move the 0.1 px rounding can show
        assert (np.sign(np.diff(ys))[moves] == -np.sign(np.diff(values))[moves]).all()


def test_the_point_charts_show_every_point_in_its_colour_or_group():
    root = ET.fromstring(charts.labelled_svg(X, Y, x_title="X", y_title="Y"))
    fills = [c.get("fill") for c in root.iter(f"{SVG}circle")]
    assert fills.count(charts.BLUE) == (Y == 0).sum() and fills.count(charts.ORANGE) == (Y == 1).sum()
    root = ET.fromstring(charts.grouped_svg(X, G, C, x_title="X", y_title="Y"))
    rings = [c for c in root.iter(f"{SVG}circle") if c.get("fill") == "none"]
    squares = [r for r in root.iter(f"{SVG}rect") if r.get("stroke") == charts.GREY]
    assert (len(rings), len(squares)) == ((G == 0).sum(), (G == 1).sum())
    assert len(list(root.iter(f"{SVG}polygon"))) == len(C)  # a star per centre


def test_cached_decision_picture_equals_the_built_one():
    """decision_view is shared, and shows decision_svg's picture with the catalog's texts; its
    error and wrong count are those of explainer.knobs."""
    html, err, n = cache.decision_view(-1.0, 0.5, 0.5, "en")
    assert cache.decision_view(-1.0, 0.5, 0.5, "en")[0] is html
    svg = decision_svg(
        X, Y, -1.0, 0.5, 0.5, x_title=text("knobs.axis.x1", "en"), y_title=text("knobs.axis.x2", "en")
    )
    assert picture_svg(html) == svg
    for n_ in ("blue", "orange", "wrong", "boundary", "p"):
        assert escape(text(f"knobs.legend.{n_}", "en")) in html
    assert err == pytest.approx(H[0].error) and 0 < n < len(Y)


def test_cached_history_pictures_equal_the_built_ones():
    """history_view of a packed history shows the same error and knob-path pictures, the knobs'
    names in its legend and the error's first and last values in its alternative text."""
    rows = [(s.w1, s.w2, s.b, s.error) for s in H]
    err, path = cache.history_view(cache.history_bytes(rows), "zh")
    assert cache.history_view(cache.history_bytes(rows), "zh")[0] is err
    assert [Step(*r) for r in rows] == H
    step, value = text("knobs.axis.step", "zh"), text("knobs.axis.value", "zh")
    assert picture_svg(err) == charts.error_svg(H, x_title=step, y_title=text("knobs.metric.error", "zh"))
    assert picture_svg(path) == charts.knob_path_svg(H, x_title=step, y_title=value)
    assert f"{H[0].error:.3f}" in err and f"{H[-1].error:.3f}" in err
    for k in ("w1", "w2", "b"):
        assert escape(text(f"knobs.knob.{k}", "zh")) in path


def test_cached_learning_pictures_equal_the_built_ones():
    """learning_view shows the same supervised and unsupervised pictures, with their legends."""
    labelled, grouped = cache.learning_view("en")
    axes = dict(x_title=text("knobs.axis.x1", "en"), y_title=text("knobs.axis.x2", "en"))
    assert picture_svg(labelled) == charts.labelled_svg(X, Y, **axes)
    assert picture_svg(grouped) == charts.grouped_svg(X, G, C, **axes)
    for name in ("knobs.legend.blue", "knobs.legend.orange"):
        assert escape(text(name, "en")) in labelled
    assert (
        escape(text("knobs.legend.group", "en", n=2)) in grouped
        and escape(text("knobs.legend.centre", "en")) in grouped
    )


def test_scores_match_the_explainer():
    """The page's error and wrong count are explainer.knobs.error and wrong for the toy points."""
    err, n = cache.scores(-1.0, 0.5, 0.5)
    assert err == pytest.approx(H[0].error) and 0 < n < len(Y)
