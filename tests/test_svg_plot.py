"""Small SVG charts (explainer/figures/svg_plot.py): every point lands where its value says, read
back through the frame and the tick labels drawn; lines break at values that are not finite;
ticks are nice and inside the range; titles are escaped."""

import math
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from explainer.figures.svg_plot import Series, data_range, nice_step, plot_svg, tick_label, ticks

SVG = "{http://www.w3.org/2000/svg}"


def frame(root: ET.Element) -> tuple[float, float, float, float]:
    """(left, top, width, height) of the plot area: its grey frame."""
    (rect,) = [r for r in root.iter(f"{SVG}rect") if r.get("stroke") == "#9aa3ad"]
    return tuple(float(rect.get(k)) for k in ("x", "y", "width", "height"))


def reader(root: ET.Element, x_range, y_range):
    """Screen point -> data point, from the frame and the axis ranges."""
    left, top, w, h = frame(root)
    (x0, x1), (y0, y1) = x_range, y_range
    return lambda sx, sy: (x0 + (sx - left) / w * (x1 - x0), y1 - (sy - top) / h * (y1 - y0))


def polylines(root: ET.Element) -> list[list[tuple[float, float]]]:
    return [
        [tuple(map(float, p.split(","))) for p in line.get("points").split()]
        for line in root.iter(f"{SVG}polyline")
    ]


def test_a_line_goes_through_its_values():
    x, y = [0, 1, 2, 3], [0.9, 0.5, 0.3, 0.25]
    root = ET.fromstring(plot_svg([Series(x, y, "#123456")], x_title="step", y_title="loss",
                                  x_range=(0, 3), y_range=(0, 1)))  # fmt: skip
    read = reader(root, (0, 3), (0, 1))
    (line,) = polylines(root)
    assert [read(*p) for p in line] == [pytest.approx((a, b), abs=0.01) for a, b in zip(x, y, strict=True)]
    assert next(root.iter(f"{SVG}polyline")).get("stroke") == "#123456"


def test_default_ranges_hold_every_point_and_the_tick_labels_say_where_they_are():
    """Without given ranges every point is inside the frame, and the y tick labels sit at the
    height of the value they print."""
    y = [3.2, 7.9, 5.5, 12.25]
    root = ET.fromstring(plot_svg([Series(range(4), y, "#000", marker="dot")], x_title="a", y_title="b"))
    left, top, w, h = frame(root)
    circles = [(float(c.get("cx")), float(c.get("cy"))) for c in root.iter(f"{SVG}circle")]
    assert len(circles) == 4 and all(left <= cx <= left + w and top <= cy <= top + h for cx, cy in circles)
    labels = [
        (float(t.text), float(t.get("y")) - 4)
        for t in root.iter(f"{SVG}text")
        if t.get("text-anchor") == "end"
    ]
    (v0, s0), (v1, s1) = labels[0], labels[-1]
    for value, (_, cy) in zip(y, circles, strict=True):  # the points, read against the labels
        assert v0 + (cy - s0) / (s1 - s0) * (v1 - v0) == pytest.approx(value, abs=0.05)


def test_lines_break_where_a_value_is_not_finite():
    """A diverged value (NaN, inf) is left out: no point for it, and the line is cut there."""
    y = [1.0, 0.8, float("nan"), 0.5, 0.4, float("inf"), 0.2]
    root = ET.fromstring(plot_svg([Series(range(7), y, "#000", marker="ring")], x_title="a", y_title="b"))
    assert [len(line) for line in polylines(root)] == [2, 2]  # 0.2 alone is a point, not a line
    assert len(list(root.iter(f"{SVG}circle"))) == 5


def test_nothing_finite_still_draws_the_axes():
    root = ET.fromstring(plot_svg([Series([0, 1], [float("nan")] * 2, "#000")], x_title="a", y_title="b"))
    assert not polylines(root) and frame(root)[2] > 0


def test_square_plots_have_a_square_area_and_each_mark_its_shape():
    marks = ["dot", "ring", "square-ring", "diamond-ring", "triangle-ring", "star"]
    series = [Series([i - 2.5], [0], "#000", lines=False, marker=m) for i, m in enumerate(marks)]
    root = ET.fromstring(plot_svg(series, x_title="a", y_title="b", x_range=(-3.5, 3.5), y_range=(-3.5, 3.5),
                                  square=True, height=300))  # fmt: skip
    _, _, w, h = frame(root)
    assert w == h == 300 - 10 - 44
    assert len(list(root.iter(f"{SVG}circle"))) == 2 and len(list(root.iter(f"{SVG}polygon"))) == 1
    with pytest.raises(ValueError):
        plot_svg([Series([0], [0], "#000", marker="hexagon")], x_title="a", y_title="b")


def test_titles_are_escaped():
    svg = plot_svg([Series([0, 1], [0, 1], "#000")], x_title="<b>x & y</b>", y_title='"损失"')
    texts = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
    assert "<b>x & y</b>" in texts and '"损失"' in texts and "<b>" not in svg


@example(lo=879609.9999999999, span=1e-6)  # CI found it: a tick 1e-10 past lo, float spacing at 8.8e5
@given(st.floats(-1e6, 1e6), st.floats(1e-6, 1e6))
def test_ticks_are_nice_and_inside_the_range(lo, span):
    hi = lo + span
    step = nice_step(span)
    mantissa = step / 10 ** math.floor(math.log10(step) + 1e-9)
    assert round(mantissa, 6) in (1, 2, 2.5, 5, 10)
    t = ticks(lo, hi)
    assert 1 <= len(t) <= 7
    slack = 1e-6 * span + 1e-12 * max(abs(lo), abs(hi))  # rounding, and float spacing at lo's size
    assert t.min() >= lo - slack and t.max() <= hi + slack
    np.testing.assert_allclose(np.diff(t), step, rtol=1e-6, atol=1e-12 * max(abs(lo), abs(hi)))


def test_tick_labels_have_the_decimals_their_step_needs():
    assert [tick_label(v, 2.5) for v in (0, 2.5, 5)] == ["0", "2.5", "5.0"]
    assert tick_label(0.25, 0.25) == "0.25" and tick_label(-0.0, 0.1) == "0" and tick_label(40, 20) == "40"


def test_data_range():
    assert data_range([1, 3]) == pytest.approx((0.9, 3.1))
    assert data_range([0.5, 2], from_zero=True) == pytest.approx((0, 2.1))
    assert data_range([]) == (0, 1) and data_range([2, 2]) == (1, 3)
