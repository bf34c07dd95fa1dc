"""The two-weight pictures the page's shared cache hands out (steps/gradient_descent_cache.py)
are those built directly with that language's catalog texts, under a legend naming what is
drawn, with an alternative text giving the numbers a learner would have hovered for.
(The pictures' drawing: tests/test_contour_svg.py, tests/test_surface_svg.py.)
"""

import html
import re
import xml.etree.ElementTree as ET
from html import escape

import numpy as np

from catalog import text
from explainer import optimizers2d as opt
from explainer.descent_path import fmt
from explainer.figures.contour_svg import contour_svg
from explainer.figures.gradient_descent_2d import OPT_COLORS
from explainer.figures.gradient_descent_losses import losses_svg
from explainer.figures.surface_svg import surface_svg
from steps import gradient_descent_cache as cache
from tests.apptest_utils import picture_svg

RAVINE = opt.SURFACES["ravine"]


def alt(picture: str) -> str:
    """A picture's alternative text."""
    return html.unescape(re.search(r' alt="([^"]*)"', picture).group(1))


def legend(picture: str) -> list[str]:
    """The names in a picture's legend, in order (explainer/figures/picture.py)."""
    return [html.unescape(n) for n in re.findall(r"</span>([^<]+)</span>", picture)]


def test_the_loss_chart_has_a_line_per_optimizer(descent_labels):
    """One line of 21 points (the start and 20 steps) per optimizer, in its colour."""
    runs = opt.run_all(RAVINE, RAVINE.start, 0.3, 20)
    root = ET.fromstring(losses_svg({n: r.loss for n, r in runs.items()}, OPT_COLORS, descent_labels.two))
    lines = {
        ln.get("stroke"): ln.get("points").split() for ln in root.iter("{http://www.w3.org/2000/svg}polyline")
    }
    assert lines.keys() == {OPT_COLORS[n] for n in runs} and all(len(v) == 21 for v in lines.values())


def test_the_cached_race_is_one_map_of_the_three_runs():
    """The race: one contour map with the three optimizers' paths, shared by every session, named
    in its legend with the start and the colours' meaning; its alternative text gives each
    optimizer's final loss. The loss chart beside it is losses_svg's."""
    runs, race, losses = cache.optimizer_view("ravine", (-4.0, -1.5), 0.3, 20, 0.9, "en")
    assert cache.optimizer_view("ravine", (-4.0, -1.5), 0.3, 20, 0.9, "en")[1] is race
    names, texts = cache.names("en"), cache.labels2("en")
    assert picture_svg(losses) == losses_svg({n: r.loss for n, r in runs.items()}, OPT_COLORS, texts)
    assert all(escape(name) in losses for name in names.values())  # the legend names the optimizers
    w1, w2, L = opt.grid(RAVINE, cache.GRID_N)
    paths = {n: r.w for n, r in runs.items()}
    assert picture_svg(race) == contour_svg(w1, w2, L.astype(np.float32), paths, OPT_COLORS, texts)
    assert legend(race) == [*names.values(), texts["start"], texts["darker"]]
    finals = {n: fmt(r.loss[-1], 4) for n, r in runs.items()}
    assert alt(race) == text("gradient_descent.race_alt", "en", w1="-4", w2="-1.5", **finals)
    zh = cache.optimizer_view("ravine", (-4.0, -1.5), 0.3, 20, 0.9, "zh")[1]
    assert "最后的损失" in alt(zh) and all(f in alt(zh) for f in finals.values())
    assert legend(zh)[:3] == list(cache.names("zh").values())


def test_cached_two_weight_figures_equal_the_built_ones():
    """The contour map and, on request, the 3-D picture (both GRID_N points a side, the loss
    grid as float32) from the cache equal those built directly; the map's legend names the path,
    the start, the point, both arrows and the colours, its alternative text the step, the point
    and its loss."""
    contour, p, g = cache.contour_view("ravine", (-4.0, -1.5), 0.3, 20, 3, "en")
    surf = cache.surface_view("ravine", (-4.0, -1.5), 0.3, 20, 3, "en", -90.0)
    path = opt.run(RAVINE, "sgd", (-4.0, -1.5), 0.3, 20)
    names, texts = cache.names("en"), cache.labels2("en")
    w1, w2, L = opt.grid(RAVINE, cache.GRID_N)
    built = contour_svg(
        w1, w2, L.astype(np.float32), {"sgd": path.w}, OPT_COLORS, texts, point=path.w[3], grad=g
    )
    assert picture_svg(contour) == built
    assert legend(contour) == [
        names["sgd"],
        *(texts[k] for k in ("start", "point", "grad", "step_dir", "darker")),
    ]
    w = path.w[3]
    assert alt(contour) == text(
        "gradient_descent.contour_alt", "en", k=3, w1=fmt(w[0]), w2=fmt(w[1]), loss=fmt(path.loss[3])
    )
    built = surface_svg(
        w1, w2, L.astype(np.float32), path.w, path.loss, texts, OPT_COLORS["sgd"],
        point=path.w[3], grad=g, loss_fn=RAVINE.loss, azimuth=-90.0,
    )  # fmt: skip
    assert picture_svg(surf) == built
    assert html.unescape(names["sgd"]) in html.unescape(surf)  # the legend names the path
    np.testing.assert_array_equal(p, path.w[3])
    np.testing.assert_array_equal(g, opt.gradient(RAVINE, path.w[3]))
