"""Drawing over an svg_plot chart (explainer/figures/curve_svg.py): what is added lands where its
value says, read back through the chart's tick labels; lines are cut at the frame, never drawn
across the page; arrows, labels, the heading's room and the frames of an animation."""

import math
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.figures.curve_svg import (
    ARROW,
    HEAD,
    Frame,
    add,
    arrow_defs,
    clip_segment,
    frame_of,
    frames,
    heading,
    label,
    line,
    point,
    text_width,
)
from explainer.figures.svg_plot import Series, plot_svg
from tests.descent_read import frame_groups, loop_seconds, shown_at, texts
from tests.svg_read import SVG, Chart

X, Y = (-2.0, 6.0), (0.0, 10.0)


def chart() -> tuple[str, Frame]:
    """A 400 x 240 chart of x in [-2, 6] and y in [0, 10], and its plot area."""
    svg = plot_svg([Series([-2, 6], [0, 10], "#4c78a8")], x_title="w", y_title="loss", x_range=X, y_range=Y)
    fr = frame_of(svg, X, Y)
    return svg, fr


def drawn(svg: str, fr, body: str, **kw) -> Chart:
    return Chart(add(svg, body, **kw))


def test_the_frame_is_the_plot_area_and_a_point_lands_at_its_value():
    """frame_of finds svg_plot's plot area; a point added at (x, y) reads back as (x, y) through the
    tick labels, and a point outside the ranges is not drawn."""
    svg, fr = chart()
    read = Chart(svg)
    assert (fr.left, fr.top, fr.w, fr.h) == (read.left, read.top, read.w, read.h)
    shown = drawn(svg, fr, point(fr, 1.5, 4.0, "#e45756") + point(fr, 7.0, 4.0, "#e45756"))
    (mark,) = [m for m in shown.marks() if m.colour == "#e45756"]
    assert (mark.x, mark.y) == (pytest.approx(1.5, abs=0.02), pytest.approx(4.0, abs=0.02))
    with pytest.raises(ValueError):
        frame_of("<svg></svg>", X, Y)


def test_a_ring_is_open_and_a_dot_without_outline_has_no_edge():
    svg, fr = chart()
    ring = ET.fromstring(point(fr, 0, 5, "#2ca02c", ring=True))
    assert ring.get("fill") == "none" and ring.get("stroke") == "#2ca02c"
    assert ET.fromstring(point(fr, 0, 5, "#000", outline=False)).get("stroke") is None


def test_clip_segment_keeps_inside_cuts_crossing_and_drops_outside():
    box = (0, 0, 10, 10)
    assert clip_segment((1, 1), (3, 4), box) == ((1, 1), (3, 4))  # inside: exactly itself
    assert clip_segment((5, 5), (15, 5), box) == ((5, 5), (10, 5))
    assert clip_segment((-5, 5), (15, 5), box) == ((0, 5), (10, 5))
    assert clip_segment((11, 0), (11, 10), box) is None  # parallel to an edge, outside it
    assert clip_segment((-1, 12), (12, -1), box) == (pytest.approx((1, 10)), pytest.approx((10, 1)))
    assert clip_segment((20, 20), (30, 30), box) is None
    assert clip_segment((0, float("nan")), (5, 5), box) is None


@given(
    st.tuples(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6)),
    st.tuples(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6)),
)
def test_a_clipped_segment_lies_inside_the_box_and_on_the_original_line(a, b):
    box = (0.0, 0.0, 100.0, 50.0)
    cut = clip_segment(a, b, box)
    if cut is None:
        return
    for x, y in cut:
        assert -1e-6 <= x <= 100 + 1e-6 and -1e-6 <= y <= 50 + 1e-6
        cross = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0])  # 0 on the line through a, b
        assert abs(cross) <= 1e-6 * max(1.0, math.hypot(b[0] - a[0], b[1] - a[1])) * 1e6


def test_a_line_to_a_far_away_value_stops_at_the_frame_in_its_direction():
    """A line from (0, 2) to (1e100, 2 + 1e100) is drawn from (0, 2) to where it leaves the plot area
    (its right edge), along its own slope; no coordinate is longer than a few digits."""
    svg, fr = chart()
    body = line(fr, [0, 1e100], [2, 2 + 1e100], "#9467bd")
    assert max(len(n) for n in re.findall(r"-?[\d.]+", body)) < 8
    (ln,) = drawn(svg, fr, body).lines()[1:]
    (x0, y0), (x1, y1) = ln["points"]
    assert (x0, y0) == (pytest.approx(0, abs=0.02), pytest.approx(2, abs=0.02))
    assert x1 == pytest.approx(6, abs=0.02) and y1 == pytest.approx(8, abs=0.03)  # slope 1: at x = 6, y = 8


def test_a_value_that_is_not_finite_breaks_the_line_and_only_the_last_piece_has_the_arrowhead():
    svg, fr = chart()
    body = line(fr, [-1, 0, float("nan"), 2, 3], [1, 2, 3, 4, 5], "#2ca02c", arrow=True)
    pieces = ET.fromstring(f'<g xmlns="http://www.w3.org/2000/svg">{body}</g>').findall(f"{SVG}polyline")
    assert len(pieces) == 2
    assert pieces[0].get("marker-end") is None and pieces[1].get("marker-end") == "url(#head-2ca02c)"
    defs = arrow_defs(["#2ca02c", "#2ca02c"])
    assert defs.count("<marker") == 1 and 'id="head-2ca02c"' in defs


def test_shorten_stops_an_arrow_before_the_mark_at_its_end():
    """shorten=8 ends the arrow 8 px before its end point (where a ring is drawn), on the same line."""
    svg, fr = chart()
    full = drawn(svg, fr, line(fr, [0, 4], [2, 6], "#000")).lines()[1]["points"]
    short = drawn(svg, fr, line(fr, [0, 4], [2, 6], "#000", shorten=8)).lines()[1]["points"]
    assert short[0] == full[0] and short[1][0] < full[1][0]
    px = math.hypot(fr.px(4) - fr.px(short[1][0]), fr.py(6) - fr.py(short[1][1]))
    assert px == pytest.approx(8, abs=0.2)
    assert (short[1][1] - 2) / (short[1][0] - 0) == pytest.approx(1, abs=0.02)


def test_an_arrow_shorter_than_its_head_is_left_out():
    """A step of a few pixels gets no arrow (its head alone would be a triangle); a line does."""
    svg, fr = chart()
    tiny = 0.5 * ARROW * 2.5 / fr.w * (X[1] - X[0])  # half an arrowhead long, in x's units
    assert line(fr, [0, tiny], [5, 5], "#000", width=2.5, arrow=True) == ""
    assert line(fr, [0, tiny], [5, 5], "#000", width=2.5).startswith("<polyline")
    assert "marker-end" in line(fr, [0, 4 * tiny], [5, 5], "#000", width=2.5, arrow=True)


def test_a_point_visited_twice_in_a_row_is_written_once_but_a_return_is_kept():
    svg, fr = chart()
    body = line(fr, [0, 1, 1, 2, 0], [0, 1, 1, 2, 0], "#000")
    (pts,) = re.findall(r'points="([^"]*)"', body)
    assert len(pts.split()) == 4  # 0, 1, 2, back to 0


def test_a_label_is_escaped_and_kept_inside_the_plot_area():
    svg, fr = chart()
    el = ET.fromstring(label(fr, fr.left - 50, fr.top - 50, "slope < 0 & falling", "#a84f00"))
    assert el.text == "slope < 0 & falling" and el.get("text-anchor") == "middle"
    half = text_width(el.text) / 2
    assert float(el.get("x")) - half >= fr.left and float(el.get("y")) - 12 >= fr.top
    assert text_width("斜率") == 24 and text_width("ab") == pytest.approx(14.4)


def test_head_adds_room_above_for_a_heading_and_keeps_the_chart_as_it_was():
    """add(head=HEAD): the picture is HEAD px taller, the chart moved down by HEAD, and a heading
    drawn at y < TOP stays inside the picture; defs are added to the chart's own."""
    svg, fr = chart()
    out = add(svg, heading(fr, "Step 3 of 9"), defs=arrow_defs(["#000"]), head=HEAD)
    root = ET.fromstring(out)
    assert float(root.get("height")) == 240 + HEAD and root.get("viewBox") == f"0 0 400 {240 + HEAD}"
    (g,) = root.findall(f"{SVG}g[@transform]")
    assert g.get("transform") == f"translate(0 {HEAD})"
    (text,) = [t for t in root.iter(f"{SVG}text") if t.text == "Step 3 of 9"]
    assert 0 < float(text.get("y")) + HEAD < fr.top + HEAD
    assert len(list(root.iter(f"{SVG}marker"))) == 1
    assert Chart(out).left == fr.left  # the chart reads the same


def test_frames_show_one_part_at_a_time_in_order_then_pause_on_the_last():
    """Four parts of 0.5 s and a 1 s pause: a 3 s loop; at any moment exactly one part shows, part k
    from 0.5 k s, the last also through the pause; a still image shows the last part."""
    svg, fr = chart()
    parts = [heading(fr, f"frame {k}") for k in range(4)]
    read = Chart(add(svg, frames(parts, 0.5, pause=1.0)))
    groups = frame_groups(read)
    assert len(groups) == 4 and loop_seconds(read) == 3.0
    for t, k in [(0.1, 0), (0.6, 1), (1.2, 2), (1.6, 3), (2.9, 3), (3.1, 0), (4.1, 2)]:
        shown = [texts(g)[0] for g in groups if shown_at(g, t)]
        assert shown == [f"frame {k}"], t
    assert [g.get("visibility") for g in groups] == ["hidden", "hidden", "hidden", "visible"]
    (only,) = frame_groups(Chart(add(svg, frames(parts[:1], 0.5))))
    assert only.find(f"{SVG}animate") is None  # one frame: nothing to play
