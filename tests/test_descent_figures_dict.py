"""The gradient-descent figures are built as plain dicts without plotly's validation.

These tests check that plotly would accept every figure unchanged (validating it gives the
same figure), that the essential content is what the maths says (trace types, x/y data,
axis titles), and that the page's shared cache hands out read-only figures whose dict
form equals the figure's.
"""

import html
import json
import re
import xml.etree.ElementTree as ET
from html import escape

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from catalog import text
from explainer import descent_path
from explainer import optimizers2d as opt
from explainer.curves import CURVES
from explainer.figures.gradient_descent import COLORS, animation_figure, starts_figure
from explainer.figures.gradient_descent_2d import OPT_COLORS, contour_figure
from explainer.figures.gradient_descent_losses import loss_steps_svg, losses_svg
from explainer.figures.gradient_descent_walk import walk_figure
from explainer.figures.surface_svg import surface_svg
from explainer.formula import parse
from steps import gradient_descent_cache as cache
from tests.apptest_utils import picture_svg
from ui.shared_cache import ReadOnlyFigure


def as_json(fig) -> dict:
    """What st.plotly_chart sends to the browser (arrays packed, NaN as null)."""
    return json.loads(pio.to_json(fig.to_dict(), validate=False))


def validated(fig) -> go.Figure:
    """The same figure run through every plotly validator (raises on an invalid property)."""
    return go.Figure(fig.to_dict())


def figures(descent_labels):
    bowl, valleys = CURVES["bowl"], CURVES["valleys"]
    p = descent_path.run(bowl, -1.0, 0.1, 30)
    far = descent_path.run(bowl, -1.0, 2.0, 30)
    form = parse("w**4/20 - w**2 + w/2 + 5").curve()
    starts = [-5.0 + 0.25 * i for i in range(41)]
    finals, valley, bottoms = descent_path.endings(valleys, starts, 0.05, 300)
    s = opt.SURFACES["ravine"]
    w1, w2, L = opt.grid(s, 40)
    runs = opt.run_all(s, s.start, 0.3, 20)
    g = opt.gradient(s, s.start)
    return {
        "walk": walk_figure(bowl, p.w[:4], 0.1, descent_labels.one),
        "walk_small": walk_figure(
            bowl, [0.5], 0.3, descent_labels.one, height=280, x_range=(-1.0, 5.0), legend=False
        ),
        "walk_formula": walk_figure(form, [1.0, 2.0], 0.05, descent_labels.one),
        "anim": animation_figure(bowl, p.w, descent_labels.one),
        "anim_far": animation_figure(bowl, far.w, descent_labels.one),
        "starts": starts_figure(
            valleys,
            starts,
            finals,
            valley,
            bottoms,
            descent_labels.one | {"hilltop": "<hilltop>"},
            tops=descent_path.peaks(valleys),
        ),
        "contour": contour_figure(
            w1,
            w2,
            L,
            {"sgd": runs["sgd"].w},
            descent_labels.optimizers,
            descent_labels.two,
            point=s.start,
            grad=g,
        ),
        "contour_small": contour_figure(
            w1,
            w2,
            L,
            {"adam": runs["adam"].w},
            descent_labels.optimizers,
            descent_labels.two,
            height=270,
            legend=False,
        ),
    }


FIGURE_NAMES = (
    "walk",
    "walk_small",
    "walk_formula",
    "anim",
    "anim_far",
    "starts",
    "contour",
    "contour_small",
)


@pytest.fixture(scope="module")
def figs(descent_labels) -> dict:
    return figures(descent_labels)


@pytest.mark.parametrize("name", FIGURE_NAMES)
def test_plotly_accepts_the_dict_built_figure_unchanged(name, figs):
    """Validating the figure with plotly raises nothing and changes nothing the browser gets."""
    fig = figs[name]
    assert as_json(validated(fig)) == as_json(fig)


def test_walk_figure_content(figs):
    """Curve, path, tangent, point and next point, in that order, with the axis titles given."""
    fig = figs["walk"]
    d = fig.to_dict()
    assert [t["type"] for t in d["data"]] == ["scatter"] * 5
    assert [t["name"] for t in d["data"]] == ["<curve>", "<path>", "<tangent>", "<point>", "<next>"]
    curve = fig.data[0]
    np.testing.assert_allclose(curve.y, (np.asarray(curve.x) - 2.0) ** 2)  # L = (w - 2)^2
    w = float(fig.data[1].x[-1])
    assert fig.data[3].x == (w,) and fig.data[3].y == ((w - 2.0) ** 2,)
    assert np.isclose(fig.data[4].x[0], w - 0.1 * 2.0 * (w - 2.0))  # W - lr L'(W)
    assert d["layout"]["xaxis"]["title"]["text"] == "<w>"
    assert d["layout"]["yaxis"]["title"]["text"] == "<loss>"
    small = figs["walk_small"].to_dict()["layout"]
    assert (
        small["showlegend"] is False and small["margin"]["t"] == 10 and small["xaxis"]["range"] == [-1.0, 5.0]
    )


def test_animation_frames_move_point_tangent_and_arrow(figs):
    """Frame k puts the point at (W_k, L(W_k)) and the arrow from W_k to W_k+1."""
    p = descent_path.run(CURVES["bowl"], -1.0, 0.1, 30)
    d = figs["anim"].to_dict()
    assert len(d["frames"]) == 31
    f5 = d["frames"][5]
    assert f5["name"] == "5" and f5["traces"] == [2, 3, 4]
    assert [t["type"] for t in f5["data"]] == ["scatter"] * 3
    assert f5["data"][1]["x"] == [p.w[5], p.w[6]] and f5["data"][2]["y"] == [p.loss[5]]
    np.testing.assert_array_equal(figs["anim"].data[1].x, p.w)
    assert d["layout"]["updatemenus"][0]["buttons"][0]["label"] == "<play>"


def test_two_weight_figures_content(descent_labels, figs):
    """Contour on (w1, w2) with equal scales, the loss chart per optimizer."""
    c = figs["contour"].to_dict()
    assert [t["type"] for t in c["data"]][:3] == ["contour", "scatter", "scatter"]
    assert c["layout"]["xaxis"]["title"]["text"] == "<w1>" and c["layout"]["yaxis"]["scaleanchor"] == "x"
    assert len(c["layout"]["annotations"]) == 2  # gradient and -gradient
    small = figs["contour_small"].to_dict()["layout"]
    assert small["showlegend"] is False and (small["margin"]["t"], small["margin"]["b"]) == (0, 0)
    s = opt.SURFACES["ravine"]
    runs = opt.run_all(s, s.start, 0.3, 20)
    root = ET.fromstring(losses_svg({n: r.loss for n, r in runs.items()}, OPT_COLORS, descent_labels.two))
    lines = {
        ln.get("stroke"): ln.get("points").split() for ln in root.iter("{http://www.w3.org/2000/svg}polyline")
    }
    assert lines.keys() == {OPT_COLORS[n] for n in runs} and all(len(v) == 21 for v in lines.values())


def test_cached_figures_are_read_only_copies_of_the_built_ones():
    """The page's cache returns one shared figure per input and language; its dict is that of
    the figure built directly with that language's catalog texts."""
    w = cache.path_bytes([-1.0, -0.4])
    a = cache.walk_fig("bowl", "", w, 0.1, "en")
    assert cache.walk_fig("bowl", "", w, 0.1, "en") is a
    assert isinstance(a, ReadOnlyFigure)
    texts = cache.slope_labels(CURVES["bowl"], -0.4, "en")
    assert texts["slope_text"] == text("gradient_descent.slope_is", "en", slope="-4.8")
    assert as_json(a) == as_json(walk_figure(CURVES["bowl"], [-1.0, -0.4], 0.1, texts))
    path, anim, loss, outside = cache.behaviour_view("bowl", "", -1.0, 0.1, 30, "zh")
    p = descent_path.run(CURVES["bowl"], -1.0, 0.1, 30)
    np.testing.assert_array_equal(path.w, p.w)
    assert (
        as_json(anim) == as_json(animation_figure(CURVES["bowl"], p.w, cache.labels("zh"))) and outside == 0
    )
    assert picture_svg(loss) == loss_steps_svg(p.loss, COLORS["point"], cache.labels("zh"))
    assert isinstance(anim, ReadOnlyFigure)
    runs, race, losses = cache.optimizer_view("ravine", (-4.0, -1.5), 0.3, 20, 0.9, "en")
    assert isinstance(race, ReadOnlyFigure)
    names, texts = cache.names("en"), cache.labels2("en")
    assert picture_svg(losses) == losses_svg({n: r.loss for n, r in runs.items()}, OPT_COLORS, texts)
    assert all(escape(name) in losses for name in names.values())  # the legend names the optimizers
    w1, w2, L = opt.grid(opt.SURFACES["ravine"], cache.GRID_N)
    paths = {n: r.w for n, r in runs.items()}
    assert as_json(race) == as_json(contour_figure(w1, w2, L.astype(np.float32), paths, names, texts))
    assert [t.name for t in race.data[1::2]] == list(names.values())  # one map, the three paths


def test_cached_two_weight_figures_equal_the_built_ones():
    """Contour and, on request, the 3-D picture (both GRID_N points a side) from the cache equal
    those built directly (loss grid sent as float32)."""
    s = opt.SURFACES["ravine"]
    contour, p, g = cache.contour_view("ravine", (-4.0, -1.5), 0.3, 20, 3, "en")
    surf = cache.surface_view("ravine", (-4.0, -1.5), 0.3, 20, 3, "en", -90.0)
    path = opt.run(s, "sgd", (-4.0, -1.5), 0.3, 20)
    names, texts = cache.names("en"), cache.labels2("en")
    w1, w2, L = opt.grid(s, cache.GRID_N)
    assert as_json(contour) == as_json(
        contour_figure(w1, w2, L.astype(np.float32), {"sgd": path.w}, names, texts, point=path.w[3], grad=g)
    )
    built = surface_svg(
        w1, w2, L.astype(np.float32), path.w, path.loss, texts, OPT_COLORS["sgd"],
        point=path.w[3], grad=g, loss_fn=s.loss, azimuth=-90.0,
    )  # fmt: skip
    assert picture_svg(surf) == built
    assert html.unescape(names["sgd"]) in html.unescape(surf)  # the legend names the path
    np.testing.assert_array_equal(p, path.w[3])


def test_cached_valleys_and_step_table_equal_the_built_ones():
    """The valleys figure and a walk's step table, cached per language, hold what is built directly."""
    view = cache.valleys("valleys", "", 0.05, "en")
    finals, valley2, bottoms2 = descent_path.endings(
        CURVES["valleys"], cache.STARTS, 0.05, cache.VALLEY_STEPS
    )
    tops = descent_path.peaks(CURVES["valleys"])
    built = starts_figure(
        CURVES["valleys"], cache.STARTS, finals, valley2, bottoms2, cache.labels("en"), tops=tops
    )
    assert as_json(view.fig) == as_json(built) and list(view.valley) == list(valley2)
    assert len(view.fig.layout.shapes) == len(tops) == 3  # a dashed line at each hilltop
    table = cache.step_table("bowl", "", cache.path_bytes([-1.0, -0.4]), "zh")
    heads = re.findall(r"<th>(.*?)</th>", table)
    assert heads == [html.escape(text(f"gradient_descent.col.{c}", "zh")) for c in cache.STEP_COLUMNS]
    assert table.count("<tr><td>") == 1 and "<td>-1</td>" in table and "<td>-0.4</td>" in table
