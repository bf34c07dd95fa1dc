"""The 3-D picture of a two-weight loss (explainer/figures/surface_svg.py): a valid SVG, drawn
from the explainer's numbers, seen the right way up, nearer things over farther ones."""

import base64
import re
import xml.etree.ElementTree as ET
from html import unescape

import numpy as np
import pytest

from explainer import optimizers2d as opt
from explainer.figures.picture import picture_html
from explainer.figures.surface_svg import LIFT, PX, Box, camera, surface_box, surface_svg

SVG = "{http://www.w3.org/2000/svg}"


def picture(descent_labels, surf="ravine", lr=0.3, steps=20, at=3, azimuth=-132.0, labels=None):
    s = opt.SURFACES[surf]
    w1, w2, L = opt.grid(s, 30)
    path = opt.run(s, "sgd", s.start, lr, steps)
    svg = surface_svg(
        w1, w2, L, path.w, path.loss, labels or descent_labels.two, point=path.w[at],
        grad=opt.gradient(s, path.w[at]), loss_fn=s.loss, azimuth=azimuth,
    )  # fmt: skip
    return svg, path, s


def svg_root(svg: str) -> ET.Element:
    """The picture parsed as XML (so the markup is well formed)."""
    return ET.fromstring(svg)


def circles(svg: str) -> list[tuple[float, float, float]]:
    """(cx, cy, r) of every dot, in SVG units."""
    return [
        (float(c.get("cx")), float(c.get("cy")), float(c.get("r")))
        for c in svg_root(svg).iter(f"{SVG}circle")
    ]


@pytest.mark.parametrize("azimuth", [-132.0, -45.0, 0.0, 60.0, 180.0])
def test_the_camera_is_a_right_handed_orthonormal_frame(azimuth):
    r, u, c = camera(azimuth, 26.0)
    np.testing.assert_allclose([r @ r, u @ u, c @ c], 1.0)
    np.testing.assert_allclose([r @ u, r @ c, u @ c], 0.0, atol=1e-12)
    np.testing.assert_allclose(np.cross(r, u), c)  # right x up = towards the viewer
    assert u[2] > 0  # the loss axis points up on screen from any side


def test_every_word_comes_from_the_labels_and_the_markup_is_valid(descent_labels):
    svg, _, _ = picture(descent_labels)
    root = svg_root(svg)
    words = {t.text for t in root.iter(f"{SVG}text")}
    assert {"<w1>", "<w2>", "<loss>", "-5", "5"} <= words  # the ravine's weights go from -5 to 5
    assert len(root.findall(f"{SVG}path")) == 29 * 29 + 1  # one patch per grid cell, and the floor


def test_the_html_shows_the_picture_as_an_image_under_its_legend():
    """st.html keeps HTML only (inline SVG would be removed), so the picture is a data URL image;
    the legend's names and the alternative text are escaped."""
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>'
    html = picture_html(
        svg, [("#E45756", "<sgd>", "line"), ("#D62728", "<point>", "dot")], 'a "3-D" <picture>', 560
    )
    src = re.search(r'<img src="data:image/svg\+xml;base64,([^"]+)"', html).group(1)
    assert base64.b64decode(src).decode() == svg
    legend = re.sub(r"<[^>]+>", "|", html[: html.index("<img")])
    assert {"<sgd>", "<point>"} <= {unescape(w) for w in legend.split("|") if w}
    assert "<sgd>" not in html and 'alt="a &quot;3-D&quot; &lt;picture&gt;"' in html


def test_a_hostile_label_is_shown_as_text():
    s = opt.SURFACES["valleys"]
    w1, w2, L = opt.grid(s, 10)
    path = opt.run(s, "sgd", s.start, 0.1, 3)
    bad = '<script>alert(1)</script>"'
    labels = {k: bad for k in ("w1", "w2", "loss", "grad", "step_dir", "point", "step")}
    svg = surface_svg(w1, w2, L, path.w, path.loss, labels)
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert {t.text for t in svg_root(svg).iter(f"{SVG}text")} >= {bad}


def test_the_path_and_the_point_are_drawn_where_the_explainers_numbers_put_them(descent_labels):
    """Every step of the run is a dot at the projection of its (w1, w2, loss), and the current
    point (bigger) at the projection of (w1, w2, L(w1, w2)) at the step shown."""
    svg, path, s = picture(descent_labels, steps=12, at=3)
    w1, w2, L = opt.grid(s, 30)
    box = surface_box(w1, w2, L, -132.0, 26.0, (560, 400))
    dots = circles(svg)
    small = [(x, y) for x, y, r in dots if r < 5 * PX]
    (big,) = [(x, y) for x, y, r in dots if r >= 5 * PX]
    assert len(small) == 13  # start + 12 steps, all inside the drawn box at this learning rate

    def drawn_at(w, loss):
        x, y = box.screen(box.point([w[0]], [w[1]], [loss]) + 1.5 * LIFT * box.c)
        return float(x[0]), float(y[0])

    for k in (0, 5, 12):
        x, y = drawn_at(path.w[k], path.loss[k])
        assert min(abs(x - a) + abs(y - b) for a, b in small) <= 1.0
    x, y = drawn_at(path.w[3], float(s.loss(*path.w[3])))
    assert abs(x - big[0]) <= 0.5 and abs(y - big[1]) <= 0.5


def test_a_diverged_run_draws_only_what_lies_on_the_surface(descent_labels):
    """A learning rate that throws the weights off the map (losses huge, then inf): those points
    are left out of this picture; the rest is drawn, and nothing fails."""
    svg, path, _ = picture(descent_labels, lr=3.0, steps=40, at=0)
    assert not np.all(np.isfinite(path.loss)) or path.loss.max() > 1e6  # it did diverge
    small = [d for d in circles(svg) if d[2] < 5 * PX]
    assert 1 <= len(small) < len(path.loss)
    assert "nan" not in svg and "inf" not in svg


def test_the_valley_floor_is_below_the_walls_on_screen(descent_labels):
    """Seen from any side, the lowest point of the surface is drawn lower (larger y) than the
    middle of the flat top the steep walls are cut at, and farther things are drawn first."""
    s = opt.SURFACES["ravine"]
    w1, w2, L = opt.grid(s, 30)
    j, i = np.unravel_index(np.argmin(L), L.shape)
    for azimuth in (-132.0, -45.0, 60.0, 150.0):
        box = Box(w1, w2, float(L.min()), float(L.min()) + 10.0, azimuth, 26.0, (560 * PX, 440 * PX))
        _, y_floor = box.screen(box.point([w1[i]], [w2[j]], [L.min()]))
        _, y_top = box.screen(box.point([w1[i]], [w2[j]], [L.min() + 10.0]))
        assert y_floor[0] > y_top[0]


def test_patches_are_painted_farthest_first(descent_labels):
    """Painter's algorithm: turning the picture by 180 degrees paints the patches in about the
    reverse order (the near side is painted last from either side)."""

    def first_and_last_colours(azimuth):
        svg, _, _ = picture(descent_labels, surf="valleys", azimuth=azimuth)
        fills = re.findall(r'<path d="[^"]+" fill="(#[0-9a-f]{6})"/>', svg)
        return fills[:50], fills[-50:]

    a_first, a_last = first_and_last_colours(-135.0)
    b_first, b_last = first_and_last_colours(45.0)
    assert len(set(a_first) & set(b_last)) > len(set(a_first) & set(b_first))


def test_turning_half_way_round_mirrors_the_picture(descent_labels):
    """From the opposite side, left and right swap: a corner's screen x mirrors about the centre."""
    s = opt.SURFACES["valleys"]
    w1, w2, L = opt.grid(s, 20)
    a = Box(w1, w2, float(L.min()), float(L.max()), -30.0, 26.0, (560, 440))
    b = Box(w1, w2, float(L.min()), float(L.max()), 150.0, 26.0, (560, 440))
    p = a.point([w1[-1]], [w2[0]], [L.min()])
    xa, _ = a.screen(p)
    xb, _ = b.screen(p)
    np.testing.assert_allclose(xa - 280, -(xb - 280), atol=1e-6)
