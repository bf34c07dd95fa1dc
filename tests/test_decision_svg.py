"""The knobs page's picture (explainer/figures/decision_svg.py): every point where it belongs in
its class's colour, the crossed points exactly those explainer.knobs calls wrong, the dashed
boundary on w1*x1 + w2*x2 + b = 0, and the shading p's colour along w."""

import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from explainer.figures.decision_svg import LIMITS, SIZE, TOP, decision_svg, shade, sigmoid, to_screen
from explainer.figures.knobs import BLUE, ORANGE
from explainer.knobs import toy_points, wrong

SVG = "{http://www.w3.org/2000/svg}"
X, Y = toy_points(20, seed=0)
LEFT = to_screen([LIMITS[0]], [0])[0][0]


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def from_screen(sx: float, sy: float) -> tuple[float, float]:
    lo, hi = LIMITS
    return lo + (sx - LEFT) / SIZE * (hi - lo), hi - (sy - TOP) / SIZE * (hi - lo)


@pytest.mark.parametrize("knobs", [(-1.0, 0.5, 0.5), (1.0, 1.0, 0.0), (3.0, 0.1, -2.0), (0.0, -2.0, 1.0)])
def test_points_crosses_and_boundary_are_the_explainers(knobs):
    root = parse(decision_svg(X, Y, *knobs, x_title="x1", y_title="x2"))
    dots = [(float(c.get("cx")), float(c.get("cy")), c.get("fill")) for c in root.iter(f"{SVG}circle")]
    assert len(dots) == len(X)
    for (sx, sy, fill), (x1, x2), cls in zip(dots, X, Y, strict=True):
        assert from_screen(sx, sy) == pytest.approx((x1, x2), abs=0.02)
        assert fill == (ORANGE if cls == 1 else BLUE)
    crosses = [p for p in root.iter(f"{SVG}path") if p.get("stroke") == "#333"]
    assert len(crosses) == int(wrong(X, Y, *knobs).sum())
    (line,) = [ln for ln in root.iter(f"{SVG}line") if ln.get("stroke-dasharray")]
    w1, w2, b = knobs
    for end in ("1", "2"):
        x1, x2 = from_screen(float(line.get(f"x{end}")), float(line.get(f"y{end}")))
        assert w1 * x1 + w2 * x2 + b == pytest.approx(0, abs=0.03 * max(abs(w1), abs(w2)))


def test_the_shading_is_p_along_w():
    """The gradient runs along w (on screen, y down: (w1, -w2)) and its first and last colours are
    p at the plot's corners lowest and highest along w."""
    w1, w2, b = -1.0, 0.5, 0.5
    root = parse(decision_svg(X, Y, w1, w2, b, x_title="x1", y_title="x2"))
    (grad,) = root.iter(f"{SVG}linearGradient")
    dx = float(grad.get("x2")) - float(grad.get("x1"))
    dy = float(grad.get("y2")) - float(grad.get("y1"))
    assert dx * -w2 - dy * w1 == pytest.approx(0, abs=1e-6) and dx * w1 > 0  # parallel: 2-D cross product 0
    stops = [s.get("stop-color") for s in grad.iter(f"{SVG}stop")]
    corners = np.array([[x, y] for x in LIMITS for y in LIMITS]) @ np.array([w1, w2])
    assert stops[0] == shade(sigmoid(np.array([corners.min() + b])))[0]
    assert stops[-1] == shade(sigmoid(np.array([corners.max() + b])))[0]
    assert shade(np.array([0.0, 0.5, 1.0])) == ["#c6dbef", "#ffffff", "#fdd0a2"]


def test_knobs_at_zero_shade_everything_sigmoid_b_and_draw_no_boundary():
    root = parse(decision_svg(X, Y, 0.0, 0.0, 0.5, x_title="x1", y_title="x2"))
    (grad,) = root.iter(f"{SVG}linearGradient")
    assert [s.get("stop-color") for s in grad.iter(f"{SVG}stop")] == shade(sigmoid(np.array([0.5])))
    assert not [ln for ln in root.iter(f"{SVG}line") if ln.get("stroke-dasharray")]


def test_axis_titles_are_text():
    svg = decision_svg(X, Y, 1.0, 1.0, 0.0, x_title="<b>x₁</b>", y_title='x₂ "2"')
    words = [t.text for t in parse(svg).iter(f"{SVG}text")]
    assert "<b>x₁</b>" in words and 'x₂ "2"' in words and "<b>" not in svg
    assert re.search(r">-3<.*>3<", svg)  # tick labels from the limits
