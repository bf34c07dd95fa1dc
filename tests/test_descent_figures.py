"""Figures: axis titles from the caller, animation frames, nothing clipped, texts all passed in."""

import xml.etree.ElementTree as ET

import numpy as np
import pytest

from explainer import optimizers2d as opt
from explainer.curves import CURVES
from explainer.descent_path import endings, run
from explainer.figures.gradient_descent import (
    MAX_FRAMES,
    animation_figure,
    starts_figure,
    view,
)
from explainer.figures.gradient_descent_2d import OPT_COLORS, contour_figure
from explainer.figures.gradient_descent_losses import log_axis, loss_steps_svg, losses_svg
from explainer.figures.gradient_descent_walk import walk_figure, walk_pair_figure

SVG = "{http://www.w3.org/2000/svg}"


def texts(fig) -> set[str]:
    """Every visible text of a figure: trace names, axis titles, annotations, buttons."""
    d = fig.to_dict()
    lay = d["layout"]
    out = {t.get("name") for t in d["data"] if t.get("name")}
    for ax in ("xaxis", "yaxis"):
        if ax in lay:
            out.add(lay[ax]["title"]["text"])
    if "scene" in lay:
        out |= {lay["scene"][a]["title"]["text"] for a in ("xaxis", "yaxis", "zaxis")}
    out |= {a.get("text") for a in lay.get("annotations", []) if a.get("text")}
    for m in lay.get("updatemenus", []):
        out |= {b["label"] for b in m["buttons"]}
    return out


def test_walk_pair_figure_draws_both_walks_in_one_chart(descent_labels):
    """The slope-sign step's two points in one figure: the left panel is walk_figure at W = left,
    the right one walk_figure at W = right, on the second pair of axes, arrows included."""
    bowl, lr = CURVES["bowl"], 0.3
    left_labels = descent_labels.one | {"slope_text": "<left slope>"}
    right_labels = descent_labels.one | {"slope_text": "<right slope>"}
    pair = walk_pair_figure(bowl, 0.5, 3.5, lr, (left_labels, right_labels), x_range=(-1.0, 5.0)).to_dict()
    one = {w: walk_figure(bowl, [w], lr, lb, height=280, x_range=(-1.0, 5.0), legend=False).to_dict()
           for w, lb in ((0.5, left_labels), (3.5, right_labels))}  # fmt: skip
    left = [t for t in pair["data"] if t.get("xaxis", "x") == "x"]
    right = [t for t in pair["data"] if t.get("xaxis") == "x2"]
    assert len(left) == len(one[0.5]["data"]) and len(right) == len(one[3.5]["data"])
    for got, want in zip(left + right, one[0.5]["data"] + one[3.5]["data"], strict=True):
        assert {k: v for k, v in got.items() if k not in ("xaxis", "yaxis")} == want  # same points, same look
    assert all(t["yaxis"] == "y2" for t in right)
    lay = pair["layout"]
    assert lay["xaxis"]["domain"][1] < lay["xaxis2"]["domain"][0]  # side by side, not overlapping
    assert lay["xaxis2"]["anchor"] == "y2" and lay["yaxis2"]["anchor"] == "x2"
    notes = {a.get("text"): a for a in lay["annotations"]}
    assert notes["<left slope>"].get("xref", "x") == "x" and notes["<right slope>"]["xref"] == "x2"
    arrows = [a for a in lay["annotations"] if a.get("showarrow")]
    assert len(arrows) == 2  # each point's step W - lr * slope
    right_arrow = next(a for a in arrows if a["xref"] == "x2")
    assert right_arrow["axref"] == "x2" and right_arrow["ayref"] == "y2"
    assert right_arrow["x"] == 3.5 - lr * float(bowl.slope(3.5))
    assert not lay["showlegend"]


def test_walk_figure_has_axis_titles_tangent_and_arrow(descent_labels):
    """The arrow starts at the current W and ends at W - lr * slope."""
    fig = walk_figure(CURVES["bowl"], [-1.0, -0.4], 0.1, descent_labels.one)
    assert {"<w>", "<loss>", "<tangent>", "<point>", "<next>", "<path>", "<slope>"} <= texts(fig)
    arrows = [a for a in fig.layout.annotations if a.showarrow]
    assert len(arrows) == 1
    assert arrows[0].ax == -0.4 and arrows[0].x == -0.4 - 0.1 * CURVES["bowl"].slope(-0.4)


def test_tangent_line_has_the_slope(descent_labels):
    """The orange tangent rises by L'(W) per unit of W."""
    fig = walk_figure(CURVES["valleys"], [1.3], 0.05, descent_labels.one)
    tan = next(t for t in fig.data if t.name == "<tangent>")
    dy, dx = tan.y[1] - tan.y[0], tan.x[1] - tan.x[0]
    assert np.isclose(dy / dx, CURVES["valleys"].slope(1.3))


def test_animation_has_frames_play_button_and_slider(descent_labels):
    """One frame per step, played by an in-figure Play button (no server round trip)."""
    p = run(CURVES["bowl"], -1.0, 0.1, 30)
    fig = animation_figure(CURVES["bowl"], p.w, descent_labels.one)
    assert len(fig.frames) == 31
    assert fig.layout.updatemenus[0].buttons[0].method == "animate"
    assert len(fig.layout.sliders[0].steps) == 31
    assert {"<play>", "<pause>", "<w>", "<loss>"} <= texts(fig)


def test_long_runs_are_sampled_to_at_most_max_frames_but_keep_the_last_step(descent_labels):
    """1,000 steps become at most MAX_FRAMES frames, ending on the last step."""
    p = run(CURVES["valleys"], -1.0, 0.05, 1000)
    fig = animation_figure(CURVES["valleys"], p.w, descent_labels.one)
    assert len(fig.frames) <= MAX_FRAMES + 1
    assert fig.frames[-1].name == "1000"


def test_diverging_path_is_in_the_figure_unclipped(descent_labels):
    """The full path, even points far outside the view, is in the figure's data."""
    p = run(CURVES["bowl"], -1.0, 2.0, 30)
    fig = animation_figure(CURVES["bowl"], p.w, descent_labels.one)
    path = next(t for t in fig.data if t.name == "<path>")
    np.testing.assert_array_equal(path.x, p.w)
    lo, hi, outside = view(CURVES["bowl"], p.w)
    assert outside > 0 and hi < 1e6


def test_loss_steps_uses_log_axis_when_it_spans_decades(descent_labels):
    """Positive losses spanning decades get a log axis, ticked at powers of ten, with each
    step's dot at the height of log10 of its loss; negative ones a linear axis."""
    assert log_axis([9.0, 1.0, 1e-3]) and not log_axis([1.0, -0.5]) and not log_axis([9.0, 1.0])
    root = ET.fromstring(loss_steps_svg(np.array([9.0, 1.0, 1e-3]), "#e45756", descent_labels.one))
    ticks = {t.text: float(t.get("y")) - 4 for t in root.iter(f"{SVG}text") if t.get("text-anchor") == "end"}
    assert {"0.001", "0.01", "0.1", "1"} <= set(ticks)
    per_decade = ticks["0.001"] - ticks["1"]  # pixels from 10^0 down to 10^-3, over 3
    dots = [float(c.get("cy")) for c in root.iter(f"{SVG}circle")]
    for loss, cy in zip([9.0, 1.0, 1e-3], dots, strict=True):
        assert cy == pytest.approx(ticks["1"] - np.log10(loss) * per_decade / 3, abs=0.2)
    linear = loss_steps_svg(np.array([1.0, -0.5]), "#e45756", descent_labels.one)
    assert ">-0.5<" in linear or ">-0.50<" in linear  # a negative loss stays on a linear axis


def test_starts_figure_legend_has_one_entry_per_valley(descent_labels):
    """Each valley reached gets one legend entry, numbered left to right."""
    starts = np.linspace(-5, 5, 21)
    finals, valley, bottoms = endings(CURVES["valleys"], starts, 0.05, 300)
    fig = starts_figure(CURVES["valleys"], starts, finals, valley, bottoms, descent_labels.one)
    names = [
        t.name for t in fig.data if t.showlegend is not False and t.name and t.name.startswith("<valley")
    ]
    assert names == [f"<valley {n}>" for n in range(1, len(bottoms) + 1)]


def test_two_weight_figures_take_all_text_from_labels(descent_labels):
    """Contour and loss charts show only texts passed in; the contour has equal axis scales.
    (The 3-D picture's texts: tests/test_surface_svg.py.)"""
    s = opt.SURFACES["ravine"]
    w1, w2, L = opt.grid(s, 50)
    runs = opt.run_all(s, s.start, 0.3, 20)
    g = opt.gradient(s, s.start)
    c = contour_figure(
        w1,
        w2,
        L,
        {n: r.w for n, r in runs.items()},
        descent_labels.optimizers,
        descent_labels.two,
        point=s.start,
        grad=g,
    )
    assert {"<w1>", "<w2>", "<grad>", "<step_dir>", "<point>"} | set(
        descent_labels.optimizers.values()
    ) <= texts(c)
    assert c.layout.yaxis.scaleanchor == "x"
    lf = losses_svg({n: r.loss for n, r in runs.items()}, OPT_COLORS, descent_labels.two)
    assert ">&lt;step&gt;</text>" in lf and ">&lt;loss&gt;</text>" in lf
