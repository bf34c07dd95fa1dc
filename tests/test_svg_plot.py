"""Small SVG charts (explainer/figures/svg_plot.py): every point lands where its value says, read
back through the frame and the tick labels drawn; lines break at values that are not finite;
ticks are nice and inside the range; titles are escaped."""

import math
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from explainer.figures.svg_plot import (
    Series,
    axis_labels,
    data_range,
    nice_step,
    plot_svg,
    tick_label,
    ticks,
    value_label,
)
from tests.svg_read import Chart, label_value

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
    marks = ["dot", "ring", "square-ring", "diamond-ring", "triangle-ring", "star", "square", "diamond"]
    series = [Series([i - 3.5], [0], "#000", lines=False, marker=m) for i, m in enumerate(marks)]
    root = ET.fromstring(plot_svg(series, x_title="a", y_title="b", x_range=(-4.5, 4.5), y_range=(-3.5, 3.5),
                                  square=True, height=300))  # fmt: skip
    _, _, w, h = frame(root)
    assert w == h == 300 - 10 - 44
    assert len(list(root.iter(f"{SVG}circle"))) == 2 and len(list(root.iter(f"{SVG}polygon"))) == 1
    read = Chart(ET.tostring(root, encoding="unicode"))
    drawn = {(m.kind, round(m.x, 1)) for m in read.marks()}  # each shape where its x says, filled or open
    assert drawn >= {("square", 2.5), ("diamond", 3.5), ("square-ring", -1.5), ("diamond-ring", -0.5)}
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


LR = (0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10)  # the training page's choices


def test_a_log_x_axis_is_ticked_at_the_given_values_and_each_point_sits_at_its_log():
    """x_log with x_ticks: the ticks say 0.0001 … 10 as a learner types them, and every point,
    read back through those labels on a log scale, is at its x (a point at x ≤ 0 is left out)."""
    x, y = [0.0001, 0.003, 0.1, 3.0, 10.0, 0.0], [0.1, 0.5, 0.9, 0.2, 0.0, 0.5]
    svg = plot_svg([Series(x, y, "#000", lines=False, marker="dot")], x_title="lr", y_title="acc",
                   x_log=True, x_ticks=LR, x_range=(LR[0] / 1.4, LR[-1] * 1.4), y_range=(-0.03, 1.03))  # fmt: skip
    chart = Chart(svg, x_log=True)
    assert [label for label, _ in chart.x_labels] == [
        "0.0001", "0.0003", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10",
    ]  # fmt: skip
    dots = chart.marks()
    assert len(dots) == 5
    for mark, (xv, yv) in zip(dots, zip(x, y, strict=False), strict=False):
        assert math.log10(mark.x) == pytest.approx(math.log10(xv), abs=0.01) and mark.y == pytest.approx(
            yv, abs=0.01
        )
    lo, hi = chart.x_span()
    assert lo == pytest.approx(LR[0] / 1.4, rel=0.01) and hi == pytest.approx(LR[-1] * 1.4, rel=0.01)


def test_a_log_x_axis_without_given_ticks_is_ticked_at_powers_of_ten():
    svg = plot_svg([Series([1e-6, 1e-3, 1.0], [1, 2, 3], "#000")], x_title="a", y_title="b", x_log=True)
    chart = Chart(svg, x_log=True)
    labels = [label for label, _ in chart.x_labels]
    assert labels == ["10⁻⁶", "10⁻⁴", "0.01", "1"]  # six decades in at most six steps: every second power
    (line,) = chart.lines()
    assert [math.log10(px) for px, _ in line["points"]] == pytest.approx([-6, -3, 0], abs=0.01)


def test_percent_labels_say_a_fraction_in_per_cent():
    """y_percent: a fraction's axis is labelled 0% … 100%, and a point read against them is at its value."""
    svg = plot_svg([Series([0, 1], [0.25, 0.97], "#000", marker="dot")], x_title="a", y_title="b",
                   y_range=(-0.03, 1.03), y_percent=True)  # fmt: skip
    chart = Chart(svg)
    assert [label for label, _ in chart.y_labels] == ["0%", "20%", "40%", "60%", "80%", "100%"]
    assert [m.y for m in chart.marks()] == [pytest.approx(0.25, abs=0.005), pytest.approx(0.97, abs=0.005)]


def test_value_labels_have_no_exponent_and_read_back():
    assert [label_value(t) for t in ("10⁻⁶", "0.001", "40%", "2.5")] == [1e-6, 0.001, 0.4, 2.5]
    assert [value_label(v) for v in (0.0001, 0.0003, 1.0, 3, 10, 2.5)] == [
        "0.0001",
        "0.0003",
        "1",
        "3",
        "10",
        "2.5",
    ]


def test_a_line_has_the_width_it_asks_for():
    (line,) = Chart(
        plot_svg([Series([0, 1, 2], [1, 2, 3], "#abc", width=1.2)], x_title="a", y_title="b")
    ).lines()
    assert line["width"] == 1.2 and line["colour"] == "#abc" and not line["dashed"]


def test_huge_values_are_labelled_with_a_power_of_ten_and_read_back():
    """A diverged loss (1e11) gets labels m×10ⁿ, short enough to leave the y title clear, and a
    point read against them is where its value says."""
    assert axis_labels([0, 5e5, 1e6, 1.5e6], 5e5) == ["0", "0.5×10⁶", "1.0×10⁶", "1.5×10⁶"]
    assert axis_labels([0, 2e5, 4e5], 2e5) == ["0", "200000", "400000"]  # below a million: plain
    svg = plot_svg([Series([1, 2, 3], [1.0, 2.7e6, 3.5e11], "#000", marker="dot")], x_title="a", y_title="b",
                   y_from_zero=True)  # fmt: skip
    chart = Chart(svg)
    assert [label for label, _ in chart.y_labels] == ["0", "1×10¹¹", "2×10¹¹", "3×10¹¹"]
    assert chart.marks()[-1].y == pytest.approx(3.5e11, rel=0.01)
    assert chart.left - 6 - 7.6 * max(len(label) for label, _ in chart.y_labels) >= 20  # the title's room


def test_a_long_tick_label_leaves_the_y_title_clear():
    """Five-digit labels (a loss on its way to diverging) end where the rotated title's glyphs
    (x = 14, ~9 px of ascent left of it and 3 of descent right) are not: digits ~7.6 px at 12 px."""
    chart = Chart(
        plot_svg([Series([0, 1], [0, 52279], "#000")], x_title="a", y_title="Loss", y_from_zero=True)
    )
    widest = max(len(label) for label, _ in chart.y_labels)
    assert widest == 5 and chart.left - 6 - 7.6 * widest >= 14 + 3
