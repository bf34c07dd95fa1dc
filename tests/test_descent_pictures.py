"""The one-weight pictures of the gradient-descent page (explainer/figures/gradient_descent*.py),
read back as a learner reads them: every point, line and arrow through the tick labels drawn
on the axes (tests/svg_read.py, tests/descent_read.py), every word from the labels passed in."""

import html
import re

import numpy as np
import pytest

from catalog import text
from explainer.curves import CURVES
from explainer.descent_path import endings, fmt, peaks, run
from explainer.figures.curve_svg import ARROW
from explainer.figures.gradient_descent import (
    COLORS,
    HILLTOP,
    MAX_FRAMES,
    VALLEY_COLORS,
    legend,
    starts_legend,
    starts_svg,
    view,
)
from explainer.figures.gradient_descent_anim import PAUSE_S, STEP_S, animation_svg
from explainer.figures.gradient_descent_losses import loss_steps_svg
from explainer.figures.gradient_descent_walk import slope_sign_svg, walk_svg
from steps import gradient_descent_cache as cache
from tests.apptest_utils import picture_svg
from tests.descent_read import (
    frame_groups,
    in_group,
    lines_by_colour,
    loop_seconds,
    shown_at,
    slope,
    stars,
    texts,
)
from tests.svg_read import Chart

BOWL, VALLEYS = CURVES["bowl"], CURVES["valleys"]


def near(a, b, span: float = 1.0) -> bool:
    """Equal to what 0.1 px of a drawing can say: within 0.3% of the axis span."""
    return abs(a - b) <= 3e-3 * span


def marks_of(chart: Chart, colour: str, kind: str = "dot"):
    return [m for m in chart.marks() if m.colour == colour and m.kind == kind]


def arrows(chart: Chart):
    return [ln for ln in chart.root.iter() if ln.get("marker-end")]


def test_the_walk_shows_the_path_the_point_its_tangent_and_where_the_next_step_lands(descent_labels):
    """Three steps on the bowl at lr 0.1: small dots at W_0..W_2 on the curve, a dashed line through
    W_0..W_3, the red point at (W_3, L(W_3)), an orange tangent of slope L'(W_3) through it, and a
    green arrow from it towards the ring at W_new = W_3 - lr L'(W_3)."""
    w = run(BOWL, -1.0, 0.1, 3).w  # (4,)
    chart = Chart(walk_svg(BOWL, w, 0.1, descent_labels.one))
    assert {"<w>", "<loss>", "<slope>"} <= set(texts(chart.root))
    xs, ys = chart.x_span(), chart.y_span()
    dx, dy = xs[1] - xs[0], ys[1] - ys[0]
    lo, hi, _ = view(BOWL, np.append(w, 0.0))
    assert near(xs[0], lo, dx) and near(xs[1], hi, dx)  # the domain [-5, 5], padded
    trail = marks_of(chart, COLORS["path"])
    assert [(m.x, m.y) for m in trail] == [
        (pytest.approx(a, abs=3e-3 * dx), pytest.approx((a - 2) ** 2, abs=3e-3 * dy)) for a in w[:-1]
    ]
    (point,) = marks_of(chart, COLORS["point"])
    assert near(point.x, w[-1], dx) and near(point.y, (w[-1] - 2) ** 2, dy)
    lines = lines_by_colour(chart)
    (curve,) = lines[COLORS["curve"]]
    assert all(near(y, (x - 2) ** 2, dy) for x, y in curve["points"][::20])  # L = (w - 2)^2
    (path,) = lines[COLORS["path"]]
    assert path["dashed"] and [x for x, _ in path["points"]] == [pytest.approx(a, abs=3e-3 * dx) for a in w]
    (tangent,) = lines[COLORS["tangent"]]
    assert slope(tangent["points"]) == pytest.approx(2 * (w[-1] - 2), rel=0.01)  # L'(W) = 2 (W - 2)
    w_new = w[-1] - 0.1 * 2 * (w[-1] - 2)
    (ring,) = marks_of(chart, COLORS["next"], "ring")
    assert near(ring.x, w_new, dx) and near(ring.y, (w_new - 2) ** 2, dy)
    (arrow,) = lines[COLORS["next"]]
    (start, end) = arrow["points"]
    assert (
        near(start[0], w[-1], dx) and w[-1] < end[0] <= w_new + 3e-3 * dx
    )  # towards the ring, up to its edge
    assert slope(arrow["points"]) == pytest.approx(
        ((w_new - 2) ** 2 - (w[-1] - 2) ** 2) / (w_new - w[-1]), rel=0.05
    )
    assert len(arrows(chart)) == 1
    names = [name for _, name, _ in legend(descent_labels.one, path=True)]
    assert names == ["<curve>", "<path>", "<point>", "<tangent>", "<next>"]


def test_the_slope_sign_picture_has_both_points_on_one_curve_each_stepping_downhill(descent_labels):
    """W = 0.5 (slope -3) and W = 3.5 (slope 3) on the bowl, x from -1 to 5: each point's tangent
    has its slope, its slope text above it, and its arrow goes downhill: right from 0.5, left from 3.5."""
    svg = slope_sign_svg(BOWL, (0.5, 3.5), 0.3, descent_labels.one, ["<left>", "<right>"], (-1.0, 5.0))
    chart = Chart(svg)
    assert chart.x_span() == (pytest.approx(-1, abs=0.02), pytest.approx(5, abs=0.02))
    points = sorted(marks_of(chart, COLORS["point"]), key=lambda m: m.x)
    assert [round(m.x, 2) for m in points] == [0.5, 3.5] and all(near(m.y, 2.25, 10) for m in points)
    tangents = sorted(lines_by_colour(chart)[COLORS["tangent"]], key=lambda ln: ln["points"][0][0])
    assert [slope(t["points"]) for t in tangents] == [pytest.approx(-3, rel=0.01), pytest.approx(3, rel=0.01)]
    left, right = sorted(lines_by_colour(chart)[COLORS["next"]], key=lambda ln: ln["points"][0][0])
    assert left["points"][-1][0] > 0.5 and right["points"][-1][0] < 3.5  # both downhill, towards 2
    labels = {t.text: float(t.get("x")) for t in chart.root.iter("{http://www.w3.org/2000/svg}text")}
    assert chart.x(labels["<left>"]) == pytest.approx(0.5, abs=0.05) and chart.x(
        labels["<right>"]
    ) == pytest.approx(3.5, abs=0.05)


def frame_reading(chart: Chart, g):
    """(heading, red point or None, tangent slope, arrow end or None) of one animation frame."""
    one = in_group(chart, g)
    (head,) = texts(g)
    point = marks_of(one, COLORS["point"])
    lines = lines_by_colour(one)
    arrow = lines.get(COLORS["next"])
    tangent = lines.get(COLORS["tangent"])
    return (
        head,
        (point[0] if point else None),
        tangent and slope(tangent[0]["points"]),
        arrow and arrow[0]["points"][-1],
    )


def test_the_animation_has_one_frame_per_step_in_order_and_ends_on_the_last_point(descent_labels):
    """30 steps: 31 frames, frame k headed "step k of 30" with W_k and its loss, its point at
    (W_k, L(W_k)), its tangent of slope L'(W_k) and its arrow towards W_k+1; the last frame has no
    arrow and is the run's last point. Frame k shows from k STEP_S s for STEP_S s, the last one also
    through the pause, and the loop starts again; the whole path is drawn faintly underneath."""
    p = run(BOWL, -1.0, 0.1, 30)
    chart = Chart(animation_svg(BOWL, p.w, descent_labels.one))
    groups = frame_groups(chart)
    assert len(groups) == 31
    (x0, x1), (y0, y1) = chart.x_span(), chart.y_span()
    dx, dy = x1 - x0, y1 - y0
    readings = [frame_reading(chart, g) for g in groups]
    assert sum(r[3] is not None for r in readings) >= 3  # the first, long steps have their arrow
    for k, (head, point, tangent, arrow_end) in enumerate(readings):
        assert head.startswith(f"<step {k} of 30: ")
        assert near(point.x, p.w[k], dx) and near(point.y, p.loss[k], dy)
        if k in (0, 10):
            assert tangent == pytest.approx(p.slope[k], rel=0.02)
        if k < 30 and arrow_end is not None:
            assert p.w[k] < arrow_end[0] <= p.w[k + 1] + 3e-3 * dx  # towards the next point, up to its ring
        elif k < 30:  # a step shorter than an arrowhead: only the ring shows where it lands
            jump = np.hypot((p.w[k + 1] - p.w[k]) * chart.w / dx, (p.loss[k + 1] - p.loss[k]) * chart.h / dy)
            assert jump < ARROW * 2.5 + 0.5
        else:
            assert arrow_end is None and near(point.x, p.w[-1], dx)
    assert loop_seconds(chart) == pytest.approx(31 * STEP_S + PAUSE_S)
    for t, k in [
        (0.01, 0),
        (5 * STEP_S + 0.01, 5),
        (30 * STEP_S + 0.01, 30),
        (31 * STEP_S + PAUSE_S - 0.01, 30),
    ]:
        assert [i for i, g in enumerate(groups) if shown_at(g, t)] == [k]
    (faint,) = [ln for ln in lines_by_colour(chart)[COLORS["path"]] if ln["dashed"]]
    assert len(faint["points"]) >= 10 and near(
        faint["points"][0][0], -1.0, dx
    )  # from the start, point by point


def test_a_long_run_is_played_every_kth_step_and_ends_on_its_last_step(descent_labels):
    """1,000 steps become at most MAX_FRAMES + 1 frames, in order, the last one step 1000."""
    p = run(VALLEYS, -1.0, 0.05, 1000)
    groups = frame_groups(Chart(animation_svg(VALLEYS, p.w, descent_labels.one)))
    steps = [int(re.match(r"<step (\d+) of 1000", texts(g)[0]).group(1)) for g in groups]
    assert (
        len(steps) <= MAX_FRAMES + 1 and steps[0] == 0 and steps[-1] == 1000 and steps == sorted(set(steps))
    )


def test_a_diverging_run_stays_inside_the_frame(descent_labels):
    """lr 2 on the bowl: W triples each step. Nothing is drawn outside the plot area and no number is
    huge; the frames whose point lies in view show it, the others none (the page counts those)."""
    p = run(BOWL, -1.0, 2.0, 30)
    svg = animation_svg(BOWL, p.w, descent_labels.one)
    assert max(len(n) for n in re.findall(r"-?\d[\d.e+]*", svg)) < 10
    chart = Chart(svg)
    box = (chart.left - 0.05, chart.top - 0.05, chart.left + chart.w + 0.05, chart.top + chart.h + 0.05)
    for ln in chart.root.iter("{http://www.w3.org/2000/svg}polyline"):
        for q in ln.get("points").split():
            x, y = map(float, q.split(","))
            assert box[0] <= x <= box[2] and box[1] <= y <= box[3]
    shown = sum(frame_reading(chart, g)[1] is not None for g in frame_groups(chart))
    assert shown == len(p.w) - view(BOWL, p.w)[2] < len(p.w)


def test_every_start_ends_in_the_valley_of_its_colour(descent_labels):
    """The valleys curve, 41 starts at lr 0.05: each start's dot is on the curve, coloured as the
    star of the valley its run ends in; that star is where the run ends, between the two dashed
    hilltops around it; each star is named under it; the legend has one entry per valley."""
    starts = np.linspace(-5, 5, 41)
    finals, valley, bottoms = endings(VALLEYS, starts, 0.05, 300)
    tops = peaks(VALLEYS)
    chart = Chart(starts_svg(VALLEYS, starts, finals, valley, bottoms, descent_labels.one, tops))
    star_at = {colour: x for colour, x, _ in stars(chart)}
    assert len(star_at) == len(bottoms) == 4
    hills = sorted(ln["points"][0][0] for ln in lines_by_colour(chart)[HILLTOP] if ln["dashed"])
    assert hills == [pytest.approx(t, abs=0.02) for t in tops]
    dots = [m for m in chart.marks() if m.colour in VALLEY_COLORS]
    assert len(dots) == 41
    for dot in dots:
        end = run(VALLEYS, round(dot.x * 4) / 4, 0.05, 300).w[-1]
        assert end == pytest.approx(star_at[dot.colour], abs=0.02)
        between = (
            [h for h in [-np.inf, *hills, np.inf] if h < end][-1],
            [h for h in [*hills, np.inf] if h > end][0],
        )
        assert between[0] < star_at[dot.colour] < between[1]
    assert {f"<bottom {n}>" for n in range(1, 5)} <= set(texts(chart.root))
    names = [name for _, name, _ in starts_legend(descent_labels.one, valley, bottoms, tops)]
    assert names == [f"<valley {n}>" for n in range(1, 5)] + ["<bottom>", "<hilltop>"]


def alt_of(body: str) -> str:
    return html.unescape(re.search(r' alt="([^"]*)"', body).group(1))


def test_the_cached_pictures_are_the_built_ones_with_their_legend_and_alternative_text():
    """The page's cache hands out one picture (HTML) per input and language: the SVG built
    directly with that language's catalog texts, its legend names, and an alternative text that
    says the numbers a learner would read off it."""
    w = cache.path_bytes([-1.0, -0.4])
    walk = cache.walk_fig("bowl", "", w, 0.1, "zh")
    assert cache.walk_fig("bowl", "", w, 0.1, "zh") is walk
    texts_zh = cache.slope_labels(BOWL, -0.4, "zh")
    assert texts_zh["slope_text"] == text("gradient_descent.slope_is", "zh", slope="-4.8")
    assert picture_svg(walk) == walk_svg(BOWL, [-1.0, -0.4], 0.1, texts_zh, None, *cache.SIZES["walk"])
    assert all(html.escape(name) in walk for _, name, _ in legend(texts_zh, path=True))
    w_new = -0.4 - 0.1 * -4.8
    assert alt_of(walk) == text("gradient_descent.walk_alt", "zh", k=1, w="-0.4", loss="5.76", slope="-4.8",
                                w_new=fmt(w_new))  # fmt: skip
    sign = cache.slope_sign_fig("bowl", 0.5, 3.5, 0.3, "en", (-1.0, 5.0))
    slopes = [text("gradient_descent.slope_is", "en", slope=s) for s in ("-3", "3")]
    built = slope_sign_svg(
        BOWL, (0.5, 3.5), 0.3, cache.labels("en"), slopes, (-1.0, 5.0), *cache.SIZES["sign"]
    )
    assert picture_svg(sign) == built and "-3" in alt_of(sign) and "3.5" in alt_of(sign)
    path, anim, still, loss, outside = cache.behaviour_view("bowl", "", -1.0, 0.1, 30, "zh")
    p = run(BOWL, -1.0, 0.1, 30)
    np.testing.assert_array_equal(path.w, p.w)
    assert (
        picture_svg(anim) == animation_svg(BOWL, p.w, cache.labels("zh"), *cache.SIZES["anim"])
        and outside == 0
    )
    assert alt_of(anim) == text("gradient_descent.anim_alt", "zh", start="-1", lr="0.1", n=30, w=fmt(p.w[-1]),
                                loss=fmt(p.loss[-1]))  # fmt: skip
    assert picture_svg(still) == animation_svg(
        BOWL, p.w, cache.labels("zh"), *cache.SIZES["anim"], still=True
    )
    assert alt_of(still) == text("gradient_descent.still_alt", "zh", start="-1", lr="0.1", n=30, w=fmt(p.w[-1]),
                                 loss=fmt(p.loss[-1]))  # fmt: skip
    assert picture_svg(loss) == loss_steps_svg(p.loss, COLORS["point"], cache.labels("zh"))
    assert cache.behaviour_view("bowl", "", -1.0, 2.0, 30, "en")[4] > 0  # the page's caption counts these


def test_the_cached_valleys_picture_and_step_table_hold_what_is_built_directly():
    view_ = cache.valleys("valleys", "", 0.05, "en")
    finals, valley, bottoms = endings(VALLEYS, cache.STARTS, 0.05, cache.VALLEY_STEPS)
    tops = peaks(VALLEYS)
    built = starts_svg(
        VALLEYS, cache.STARTS, finals, valley, bottoms, cache.labels("en"), tops, *cache.SIZES["starts"]
    )
    assert picture_svg(view_.fig) == built and list(view_.valley) == list(valley)
    assert len(tops) == 3 and alt_of(view_.fig) == text("gradient_descent.valleys_alt", "en", v=4, m=41)
    assert all(
        html.escape(name) in view_.fig
        for _, name, _ in starts_legend(cache.labels("en"), valley, bottoms, tops)
    )
    table = cache.step_table("bowl", "", cache.path_bytes([-1.0, -0.4]), "zh")
    heads = re.findall(r"<th>(.*?)</th>", table)
    assert heads == [html.escape(text(f"gradient_descent.col.{c}", "zh")) for c in cache.STEP_COLUMNS]
    assert table.count("<tr><td>") == 1 and "<td>-1</td>" in table and "<td>-0.4</td>" in table


def test_the_still_picture_is_the_last_frame_of_the_animation(descent_labels):
    """still=True: nothing moves (no <animate>), and its one frame is the animation's last: the
    same heading (step 30 of 30, W_30 and its loss), red point, tangent and no arrow."""
    p = run(BOWL, -1.0, 0.1, 30)
    moving, still = (animation_svg(BOWL, p.w, descent_labels.one, still=s) for s in (False, True))
    assert "<animate" in moving and "<animate" not in still
    (only,) = frame_groups(Chart(still))
    last = frame_groups(Chart(moving))[-1]
    heading = descent_labels.one["frame"].format(k=30, n=30, w=fmt(p.w[-1]), loss=fmt(p.loss[-1]))
    assert texts(only)[0] == texts(last)[0] == heading
    assert frame_reading(Chart(still), only) == frame_reading(Chart(moving), last)
