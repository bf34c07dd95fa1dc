"""The contour map of a loss of two weights (explainer/figures/contour_svg.py), read back as a
learner reads it: positions through the printed tick labels (tests/svg_read.py), colours from
the PNG under the map and the colour bar beside it. Its contour lines: explainer/figures/iso_lines.py.
"""

import base64
import io
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from explainer import optimizers2d as opt
from explainer.figures.contour_svg import BANDS, HEAD, band_colours, bands, clip_segment, contour_svg
from explainer.figures.gradient_descent_2d import BLUES_R, GRAD_COLOR, OPT_COLORS, STEP_COLOR, z_window
from explainer.figures.iso_lines import bilinear, iso_segments
from explainer.figures.picture import scale_colours
from tests.svg_read import SVG, Chart, label_value

RAVINE = opt.SURFACES["ravine"]
TEXTS = {"w1": "<w1>", "w2": "<w2>", "loss": "<loss & co>"}


def grid(surface=RAVINE, n: int = 40):
    w1, w2, L = opt.grid(surface, n)
    return w1, w2, L.astype(np.float32)


def screen(chart: Chart, w) -> tuple[float, float]:
    """Where the value w = (w1, w2) is drawn, by the tick labels (the inverse of chart.x, chart.y)."""
    x0, x1 = chart.x(0.0), chart.x(100.0)
    y0, y1 = chart.y(0.0), chart.y(100.0)
    return (w[0] - x0) / (x1 - x0) * 100.0, (w[1] - y0) / (y1 - y0) * 100.0


def raster(chart: Chart) -> tuple[Image.Image, tuple[float, float, float, float]]:
    """The map's PNG (as RGB) and the box (x, y, width, height) it is drawn in."""
    el = next(chart.root.iter(f"{SVG}image"))
    png = base64.b64decode(el.get("href").split(",", 1)[1])
    return Image.open(io.BytesIO(png)).convert("RGB"), tuple(
        float(el.get(k)) for k in ("x", "y", "width", "height")
    )


def colour_at(chart: Chart, w) -> str:
    """The map's colour under the value w."""
    img, (x, y, width, height) = raster(chart)
    sx, sy = screen(chart, w)
    r, g, b = img.getpixel((int((sx - x) / width * img.width), int((sy - y) / height * img.height)))
    return f"#{r:02x}{g:02x}{b:02x}"


def arrows(chart: Chart) -> dict[str, tuple]:
    """Each arrow's colour -> its start and the tip of its line, read as (w1, w2)."""
    out = {}
    for ln in chart.root.iter(f"{SVG}line"):
        if ln.get("marker-end"):
            x1, y1, x2, y2 = (float(ln.get(k)) for k in ("x1", "y1", "x2", "y2"))
            out[ln.get("stroke")] = ((chart.x(x1), chart.y(y1)), (chart.x(x2), chart.y(y2)), (x1, y1, x2, y2))
    return out


def in_frame(chart: Chart, sx: float, sy: float, slack: float = 0.11) -> bool:
    return (chart.left - slack <= sx <= chart.left + chart.w + slack) and (
        chart.top - slack <= sy <= chart.top + chart.h + slack
    )


def test_the_lowest_loss_is_the_dark_end_of_the_scale_and_a_steep_wall_the_light_end():
    """At the ravine's minimum (0, 0) the map shows the scale's low end (dark blue); far up its
    wall, above the coloured window, the high end (nearly white), as the colour bar says."""
    w1, w2, L = grid()
    chart = Chart(contour_svg(w1, w2, L, {}, {}, TEXTS))
    (low,), (high,) = scale_colours(BLUES_R, [0.0]), scale_colours(BLUES_R, [1.0])
    assert low == "#08306b" and colour_at(chart, (0.0, 0.0)) == band_colours()[0] == low
    assert colour_at(chart, (4.8, -4.8)) == band_colours()[-1] == high
    bar = [r for r in chart.root.iter(f"{SVG}rect") if r.get("fill") in band_colours()]
    assert [
        r.get("fill") for r in sorted(bar, key=lambda r: -float(r.get("y")))
    ] == band_colours()  # low at the bottom


def test_the_map_colours_each_place_by_the_band_of_its_loss():
    """Anywhere on the map (away from a band's border), the colour under (w1, w2) is the colour
    of the band of L(w1, w2): equal bands from the lowest loss to z_window's top."""
    w1, w2, L = grid()
    lo, top = z_window(L)
    chart = Chart(contour_svg(w1, w2, L, {}, {}, TEXTS))
    rng, checked = np.random.default_rng(0), 0
    for w in rng.uniform(-4.9, 4.9, size=(200, 2)):
        f = (float(RAVINE.loss(*w)) - lo) / (top - lo) * BANDS
        if 0 < f < BANDS and abs(f - round(f)) < 0.15:
            continue  # too near a border for a grid 40 points a side
        assert colour_at(chart, w) == band_colours()[int(bands([RAVINE.loss(*w)], lo, top)[0])], w
        checked += 1
    assert checked > 100


def test_bands_are_equal_steps_from_lo_to_top_and_everything_higher_is_the_last():
    lo, top = -1.0, 5.0
    middles = lo + (np.arange(BANDS) + 0.5) / BANDS * (top - lo)
    assert list(bands(middles, lo, top)) == list(range(BANDS))
    assert list(bands([lo - 1, top, 1e300, np.inf, np.nan], lo, top)) == [0] + [BANDS - 1] * 4


def test_the_colour_bar_labels_the_bands_with_their_losses():
    """Read through the colour bar's own tick labels, the middle of its band k is a loss in band k."""
    w1, w2, L = grid(opt.SURFACES["valleys"])
    lo, top = z_window(L)
    chart = Chart(contour_svg(w1, w2, L, {}, {}, TEXTS))
    ticks = [(label_value(t.text), float(t.get("y")) - 4) for t in chart.root.iter(f"{SVG}text")
             if t.get("text-anchor") == "start"]  # fmt: skip
    assert len(ticks) >= 3
    (va, ya), (vb, yb) = ticks[0], ticks[-1]
    bar = [r for r in chart.root.iter(f"{SVG}rect") if r.get("fill") in band_colours()]
    for r in bar:
        mid = float(r.get("y")) + float(r.get("height")) / 2
        loss = va + (mid - ya) / (yb - ya) * (vb - va)
        assert band_colours()[int(bands([loss], lo, top)[0])] == r.get("fill")


def test_the_path_is_drawn_at_the_runs_points_with_a_ring_at_its_start():
    """Read through the tick labels, the line and the dots are the run's points; the start is ringed."""
    w1, w2, L = grid()
    runs = opt.run_all(RAVINE, RAVINE.start, 0.1, 30)
    chart = Chart(contour_svg(w1, w2, L, {n: r.w for n, r in runs.items()}, OPT_COLORS, TEXTS))
    lines = {ln["colour"]: np.array(ln["points"]) for ln in chart.lines()}
    assert lines.keys() == set(OPT_COLORS.values())
    for name, run in runs.items():
        np.testing.assert_allclose(lines[OPT_COLORS[name]], run.w, atol=0.01)
        dots = np.array([(m.x, m.y) for m in chart.marks() if m.colour == OPT_COLORS[name]])
        np.testing.assert_allclose(dots, run.w[1:], atol=0.01)  # every step but the start
    rings = [m for m in chart.marks() if m.colour == "#fff"]  # one white ring per path, at its start
    assert len(rings) == 3 and all(np.allclose((m.x, m.y), RAVINE.start, atol=0.01) for m in rings)


def test_both_axes_have_the_same_scale():
    """A unit of w1 is as long on screen as a unit of w2, on square and on oblong maps."""
    for w1, w2 in (
        (np.linspace(-5, 5, 30), np.linspace(-5, 5, 30)),
        (np.linspace(-4, 4, 30), np.linspace(-1, 1, 9)),
    ):
        L = np.add.outer(w2**2, w1**2)
        chart = Chart(contour_svg(w1, w2, L, {}, {}, TEXTS))
        (x0, x1), (y0, y1) = chart.x_span(), chart.y_span()
        assert (x0, x1, y0, y1) == pytest.approx((w1[0], w1[-1], w2[0], w2[-1]), abs=1e-9)
        assert chart.w / (x1 - x0) == pytest.approx(chart.h / (y1 - y0))


def test_a_diverging_run_is_cut_at_the_frame():
    """SGD with too big a rate leaves the map: what is drawn stays inside the frame, lies on the
    path's own segments, and no coordinate is huge."""
    w1, w2, L = grid()
    run = opt.run(RAVINE, "sgd", RAVINE.start, 1.0, 200)
    assert np.abs(run.w).max() > 1e6  # far outside the map
    svg = contour_svg(w1, w2, L, {"sgd": run.w}, OPT_COLORS, TEXTS)
    chart = Chart(svg)
    for el in chart.root.iter(f"{SVG}polyline"):
        pts = [tuple(map(float, p.split(","))) for p in el.get("points").split()]
        assert all(in_frame(chart, x, y) for x, y in pts)
    drawn = [np.array(ln["points"]) for ln in chart.lines()]
    assert drawn
    for piece in drawn:
        for a, b in zip(piece[:-1], piece[1:], strict=True):  # each drawn part on one of the path's segments
            assert any(
                _on_segment(a, p, q) and _on_segment(b, p, q)
                for p, q in zip(run.w[:-1], run.w[1:], strict=True)
            )
    assert all(in_frame(chart, *screen(chart, (m.x, m.y))) for m in chart.marks())
    assert len(svg) < 200_000


def _on_segment(x, p, q, tol: float = 0.02) -> bool:
    """Whether x lies on the segment p -> q (within tol)."""
    d = q - p
    t = np.clip(np.dot(x - p, d) / np.dot(d, d), 0, 1)
    return bool(np.linalg.norm(p + t * d - x) < tol)


def test_a_point_that_is_not_finite_ends_its_path():
    w1, w2, L = grid()
    path = np.array([[0.0, 0.0], [1.0, 1.0], [np.nan, np.nan], [2.0, -2.0], [3.0, 3.0]])
    chart = Chart(contour_svg(w1, w2, L, {"sgd": path}, OPT_COLORS, TEXTS))
    (line,) = chart.lines()
    np.testing.assert_allclose(line["points"], path[:2], atol=0.01)
    assert sorted((round(m.x, 2), round(m.y, 2)) for m in chart.marks()) == [(0.0, 0.0), (1.0, 1.0)]


def test_the_arrows_point_along_the_gradient_and_minus_the_gradient():
    """At step k the dark arrow starts at the point and goes along g (uphill), the red one along
    -g; both are as long on screen, and the red dot marks the point."""
    w1, w2, L = grid()
    run = opt.run(RAVINE, "sgd", RAVINE.start, 0.3, 20)
    p = run.w[3]
    g = opt.gradient(RAVINE, p)
    chart = Chart(contour_svg(w1, w2, L, {"sgd": run.w}, OPT_COLORS, TEXTS, point=p, grad=g))
    got = arrows(chart)
    assert got.keys() == {GRAD_COLOR, STEP_COLOR}
    for colour, sign in ((GRAD_COLOR, 1), (STEP_COLOR, -1)):
        start, tip, _ = got[colour]
        np.testing.assert_allclose(start, p, atol=0.01)
        d = np.subtract(tip, start)
        np.testing.assert_allclose(d / np.linalg.norm(d), sign * g / np.linalg.norm(g), atol=2e-3)
    (dot,) = [m for m in chart.marks() if m.colour == STEP_COLOR]
    assert (dot.x, dot.y) == pytest.approx(tuple(p), abs=0.01)


def test_an_arrow_near_the_edge_is_shortened_to_keep_its_head_on_the_map():
    w1, w2, L = grid()
    chart = Chart(contour_svg(w1, w2, L, {}, {}, TEXTS, point=(-4.5, 0.0), grad=(1.0, 0.0)))
    got = arrows(chart)
    for colour in (GRAD_COLOR, STEP_COLOR):
        x1, y1, x2, y2 = got[colour][2]
        tip = x2 + np.sign(x2 - x1) * HEAD  # the head goes on past the line's end
        assert in_frame(chart, tip, y2) and y1 == y2
    assert got[STEP_COLOR][2][2] < got[STEP_COLOR][2][0] and got[GRAD_COLOR][2][2] > got[GRAD_COLOR][2][0]
    step = abs(got[STEP_COLOR][2][2] - got[STEP_COLOR][2][0])
    assert step < abs(got[GRAD_COLOR][2][2] - got[GRAD_COLOR][2][0])  # shortened, the other one not
    off = Chart(contour_svg(w1, w2, L, {}, {}, TEXTS, point=(9.0, 0.0), grad=(1.0, 0.0)))
    assert not arrows(off) and not off.marks()  # a point off the map: neither arrows nor dot


def test_its_words_are_the_labels_given_escaped_and_numbers():
    w1, w2, L = grid()
    svg = contour_svg(w1, w2, L, {}, {}, TEXTS)
    assert "&lt;loss &amp; co&gt;" in svg
    words = {t.text for t in ET.fromstring(svg).iter(f"{SVG}text")}
    assert {w for w in words if not _is_number(w)} == set(TEXTS.values())


def _is_number(s: str) -> bool:
    try:
        label_value(s)
    except ValueError:
        return False
    return True


def test_clip_segment_keeps_the_part_inside():
    box = (0.0, 1.0, 0.0, 1.0)
    assert clip_segment(np.array([-1.0, 0.5]), np.array([2.0, 0.5]), box) == pytest.approx((1 / 3, 2 / 3))
    assert clip_segment(np.array([0.2, 0.2]), np.array([0.8, 0.9]), box) == (0.0, 1.0)
    assert clip_segment(np.array([2.0, 2.0]), np.array([3.0, 5.0]), box) is None
    assert clip_segment(np.array([0.5, 0.5]), np.array([1e308, -1e308]), box) is not None


def test_iso_lines_lie_on_the_level():
    """On v = w1^2 + w2^2 the line at level 1 is the unit circle (within the grid's linear reading)."""
    x = np.linspace(-2, 2, 41)
    v = np.add.outer(x**2, x**2)
    segs = iso_segments(x, x, v, 1.0)
    assert len(segs) > 30
    np.testing.assert_allclose(np.hypot(segs[..., 0], segs[..., 1]), 1.0, atol=0.01)


def test_iso_lines_in_a_saddle_cell_follow_the_middle():
    """v = w1 * w2 on one cell: at 0.5 the high corners (-1,-1) and (1,1) are cut off (the middle,
    0, is low); at -0.5 the low corners (1,-1) and (-1,1) are (the middle is high)."""
    x = np.array([-1.0, 1.0])
    v = np.outer(x, x)
    high = {tuple(sorted(map(tuple, s))) for s in iso_segments(x, x, v, 0.5).round(6)}
    assert high == {((-1.0, -0.5), (-0.5, -1.0)), ((0.5, 1.0), (1.0, 0.5))}
    low = {tuple(sorted(map(tuple, s))) for s in iso_segments(x, x, v, -0.5).round(6)}
    assert low == {((0.5, -1.0), (1.0, -0.5)), ((-1.0, 0.5), (-0.5, 1.0))}
    v[0, 0] = np.nan
    assert len(iso_segments(x, x, v, 0.5)) == 0  # a cell with a missing corner is left out


def test_bilinear_reads_a_plane_exactly():
    x, y = np.linspace(-1, 3, 5), np.linspace(0, 2, 3)
    v = 2 * x[None, :] + 3 * y[:, None]
    xs, ys = np.array([-1.0, 0.3, 2.9]), np.array([0.1, 1.7])
    np.testing.assert_allclose(bilinear(x, y, v, xs, ys), 2 * xs[None, :] + 3 * ys[:, None])
