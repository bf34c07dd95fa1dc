"""A loss of two weights as a 3-D surface, drawn as an SVG picture (no WebGL).

The surface L(w1, w2) is a grid of small four-sided patches seen from a camera at `azimuth`
degrees around the vertical axis and `elevation` degrees above the floor, projected
orthographically onto the screen. With the camera's unit direction
c = (cos e cos a, cos e sin a, sin e), a point p of the box is drawn at

    screen x = p . r,    r = (-sin a, cos a, 0)                       (to the right)
    screen y = p . u,    u = (-sin e cos a, -sin e sin a, cos e)       (up)
    distance = -p . c                                                  (larger: farther away)

and everything (patches, the path's segments, the step's direction, the points) is painted
farthest first, so what is nearer covers what is behind it (the painter's algorithm). A
patch's colour is the loss's colour (dark = low, as on the contour map) times a light from
above (fixed to the surface, so a slope keeps its shade as the picture turns): the shape shows
as shading.

Why SVG: a plotly 3-D surface needs WebGL, which a computer without a graphics card runs in
software: on the 2-core test machine switching it on blocked the page for ~1 s
(benchmarks/RESULTS.md). This picture is computed on the server with numpy and the browser
shows it as one image; the learner turns it with a slider instead of the mouse.

Heights above `top` (steep walls) are cut flat so the valley floor stays visible, as on the
contour map; path points above it are left out of this picture only.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

import numpy as np

from explainer.figures.gradient_descent_2d import BLUES_R, STEP_COLOR, z_window
from explainer.figures.picture import scale_colours

Z_ASPECT = 0.7  # the box's height relative to its sides (both sides are 1)
OVERLAP = 1.06  # each patch drawn 6 % larger than its cell, so no background shows between patches
PX = 2  # SVG units per pixel shown: whole units are half pixels, so coordinates need no decimals
LIFT = 0.012  # lines and points are drawn this far towards the camera, so they sit on the surface
_LIGHT = np.array([-0.3, -0.4, 1.0]) / np.linalg.norm([-0.3, -0.4, 1.0])


def camera(azimuth: float, elevation: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(r, u, c): the screen's right and up directions, and the direction towards the camera."""
    a, e = np.radians(azimuth), np.radians(elevation)
    r = np.array([-np.sin(a), np.cos(a), 0.0])
    u = np.array([-np.sin(e) * np.cos(a), -np.sin(e) * np.sin(a), np.cos(e)])
    c = np.array([np.cos(e) * np.cos(a), np.cos(e) * np.sin(a), np.sin(e)])
    return r, u, c


class Box:
    """Maps weights and losses into the unit box centred on the origin, and the box to the screen."""

    def __init__(self, w1, w2, lo: float, top: float, azimuth: float, elevation: float, size: tuple):
        self.w1, self.w2, self.lo, self.top = (
            (float(w1[0]), float(w1[-1])),
            (float(w2[0]), float(w2[-1])),
            lo,
            top,
        )
        self.r, self.u, self.c = camera(azimuth, elevation)
        corners = self.box(np.array([0, 1, 0, 1, 0, 1, 0, 1.0]), np.array([0, 0, 1, 1, 0, 0, 1, 1.0]),
                           np.array([0, 0, 0, 0, 1, 1, 1, 1.0]))  # fmt: skip
        x, y = corners @ self.r, corners @ self.u
        width, height = size
        pad = 56 * PX  # room for the axis words
        self.scale = min((width - 2 * pad) / np.ptp(x), (height - 2 * pad) / np.ptp(y))
        self.x0 = width / 2 - self.scale * (x.max() + x.min()) / 2
        self.y0 = height / 2 + self.scale * (y.max() + y.min()) / 2

    def box(self, fx, fy, fz) -> np.ndarray:
        """Fractions of the box's sides (0 to 1) -> points (n, 3) in the unit box."""
        return np.stack(
            [np.asarray(fx) - 0.5, np.asarray(fy) - 0.5, (np.asarray(fz) - 0.5) * Z_ASPECT], axis=-1
        )

    def point(self, w1, w2, loss) -> np.ndarray:
        """Weights and losses -> points (n, 3) in the unit box (losses above top cut to top)."""
        fx = (np.asarray(w1, float) - self.w1[0]) / (self.w1[1] - self.w1[0])
        fy = (np.asarray(w2, float) - self.w2[0]) / (self.w2[1] - self.w2[0])
        fz = (np.minimum(np.asarray(loss, float), self.top) - self.lo) / (self.top - self.lo)
        return self.box(fx, fy, fz)

    def screen(self, p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Points (..., 3) -> SVG coordinates (x right, y down)."""
        return self.x0 + self.scale * (p @ self.r), self.y0 - self.scale * (p @ self.u)

    def distance(self, p: np.ndarray) -> np.ndarray:
        return -(p @ self.c)


def _patches(box: Box, w1, w2, L) -> list[tuple[float, str]]:
    """(distance, svg) of every grid cell's patch, coloured by its mean loss and shaded."""
    W1, W2 = np.meshgrid(np.asarray(w1, float), np.asarray(w2, float))  # L[j, i] is at (w1[i], w2[j])
    P = box.point(W1, W2, L)  # (n2, n1, 3)
    quads = np.stack([P[:-1, :-1], P[:-1, 1:], P[1:, 1:], P[1:, :-1]], axis=2)  # (n2-1, n1-1, 4, 3)
    quads = quads.reshape(-1, 4, 3)
    normal = np.cross(quads[:, 2] - quads[:, 0], quads[:, 3] - quads[:, 1])
    normal /= np.linalg.norm(normal, axis=1, keepdims=True)
    shade = 0.62 + 0.38 * np.abs(normal @ _LIGHT)
    t = (quads[:, :, 2].mean(axis=1) / Z_ASPECT) + 0.5  # the cell's height as a fraction of the box
    fills = scale_colours(BLUES_R, np.clip(t, 0, 1), shade)
    middle = quads.mean(axis=1, keepdims=True)
    sx, sy = box.screen(middle + OVERLAP * (quads - middle))  # (n, 4) each
    far = box.distance(middle[:, 0])
    out = []
    for i in range(len(quads)):
        d = "M" + "L".join(f"{sx[i, k]:.0f} {sy[i, k]:.0f}" for k in range(4)) + "Z"
        out.append((float(far[i]), f'<path d="{d}" fill="{fills[i]}"/>'))
    return out


def _line(box: Box, p: np.ndarray, colour: str, width: float) -> list[tuple[float, str]]:
    """(distance, svg) of each segment of the line through points p (k, 3), lifted towards the camera."""
    p = p + LIFT * box.c
    x, y = box.screen(p)
    far = box.distance(p)
    return [
        (
            float(max(far[i], far[i + 1])) - LIFT,
            f'<line x1="{x[i]:.0f}" y1="{y[i]:.0f}" x2="{x[i + 1]:.0f}" y2="{y[i + 1]:.0f}" stroke="{colour}" '
            f'stroke-width="{width * PX}" stroke-linecap="round"/>',
        )
        for i in range(len(p) - 1)
    ]


def _dots(box: Box, p: np.ndarray, colour: str, radius: float, ring: str = "none") -> list[tuple[float, str]]:
    """(distance, svg) of a dot at each point p (k, 3), lifted towards the camera, with a ring
    of colour `ring` around it (none: dots that crowd where a path slows down stay its colour)."""
    p = p + 1.5 * LIFT * box.c
    x, y = box.screen(p)
    far = box.distance(p)
    return [
        (
            float(far[i]) - 2 * LIFT,
            f'<circle cx="{x[i]:.0f}" cy="{y[i]:.0f}" r="{radius * PX}" fill="{colour}" '
            f'stroke="{ring}" stroke-width="{PX}"/>',
        )  # fmt: skip
        for i in range(len(p))
    ]


def _axes(box: Box, labels: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """The floor and the loss axis's vertical edge (drawn first, behind the surface), and the axis
    words (drawn last). The w1 and w2 words go along the floor edges nearer the camera; the loss
    axis stands at the floor's leftmost corner on screen, with its words to the left of it."""
    f = box.box
    ring = f([0, 1, 1, 0, 0], [0, 0, 1, 1, 0], [0, 0, 0, 0, 0])
    x, y = box.screen(ring)
    floor = f'<path d="M{"L".join(f"{a:.0f} {b:.0f}" for a, b in zip(x, y, strict=True))}" fill="#f3f5f8" stroke="#9aa3ad" stroke-width="{PX}"/>'
    corners = [(i, j) for i in (0, 1) for j in (0, 1)]
    left = min(corners, key=lambda k: box.screen(f(*k, 0.0))[0])
    (ex0, ex1), (ey0, ey1) = box.screen(np.array([f(*left, 0.0), f(*left, 1.0)]))
    edge = f'<line x1="{ex0:.0f}" y1="{ey0:.0f}" x2="{ex1:.0f}" y2="{ey1:.0f}" stroke="#9aa3ad" stroke-width="{PX}"/>'
    words = []

    def text(p: np.ndarray, s: str, bold: bool = False, anchor: str = "middle") -> None:
        tx, ty = box.screen(np.asarray(p, float))
        weight = ' font-weight="bold"' if bold else ""
        words.append(f'<text x="{tx:.0f}" y="{ty:.0f}" text-anchor="{anchor}"{weight}>{escape(s)}</text>')

    j = 0 if box.distance(f(0.5, 0, 0)) < box.distance(f(0.5, 1, 0)) else 1  # the w1 edge nearer the camera
    out = np.array([0.0, 0.14 if j else -0.14, 0.0])
    text(f(0.5, j, 0) + 1.4 * out, labels["w1"], bold=True)
    text(f(0, j, 0) + 0.6 * out, _num(box.w1[0]))
    text(f(1, j, 0) + 0.6 * out, _num(box.w1[1]))
    i = 0 if box.distance(f(0, 0.5, 0)) < box.distance(f(1, 0.5, 0)) else 1  # the w2 edge nearer the camera
    out = np.array([0.14 if i else -0.14, 0.0, 0.0])
    text(f(i, 0.5, 0) + 1.4 * out, labels["w2"], bold=True)
    text(f(i, 0, 0) + 0.6 * out, _num(box.w2[0]))
    text(f(i, 1, 0) + 0.6 * out, _num(box.w2[1]))
    aside = -0.04 * box.r  # a little to the left of the edge, on screen
    text(f(*left, 1.0) + 2 * aside + [0, 0, 0.07], labels["loss"], bold=True, anchor="end")
    text(f(*left, 1.0) + aside, _num(box.top), anchor="end")
    text(f(*left, 0.0) + aside + [0, 0, 0.06], _num(box.lo), anchor="end")  # above the floor's corner words
    return [floor, edge], words


def _num(v: float) -> str:
    return f"{v:.3g}"


def surface_box(w1, w2, L, azimuth: float, elevation: float, size: tuple[int, int]) -> Box:
    """Where surface_svg puts things: the box of the grid's weights and the loss from its lowest
    value to the cut (1.5 x z_window's top above it), seen from (azimuth, elevation)."""
    lo, top = z_window(L)
    top = lo + 1.5 * (top - lo)  # the valley floor in detail, the steep walls cut flat
    return Box(w1, w2, lo, top, azimuth, elevation, (size[0] * PX, size[1] * PX))


def surface_svg(
    w1, w2, L, path: np.ndarray, path_loss: np.ndarray, labels: Mapping[str, str], path_colour: str = "#E45756",
    point=None, grad=None, loss_fn=None, azimuth: float = -105.0, elevation: float = 26.0,
    size: tuple[int, int] = (560, 400),
) -> str:  # fmt: skip
    """The surface L[j, i] over (w1[i], w2[j]) with the path (k, 2) and its losses (k,) lying on it,
    and at `point` a dot and a short line along -grad on the surface (needs loss_fn(w1, w2)), as
    an SVG document `size` pixels wide and high. Its words are labels["w1"], ["w2"], ["loss"]
    and the axes' end values, escaped."""
    box = surface_box(w1, w2, L, azimuth, elevation, size)
    items = _patches(box, w1, w2, L)
    path, path_loss = np.asarray(path, float), np.asarray(path_loss, float)
    inside = (
        (path[:, 0] >= box.w1[0]) & (path[:, 0] <= box.w1[1]) & (path[:, 1] >= box.w2[0])
        & (path[:, 1] <= box.w2[1]) & np.isfinite(path_loss) & (path_loss <= box.top)
    )  # fmt: skip
    on = box.point(path[inside, 0], path[inside, 1], path_loss[inside])
    items += _line(box, on, path_colour, 3.0)
    items += _dots(box, on, path_colour, 2.6)
    if point is not None and grad is not None and loss_fn is not None and np.all(np.isfinite(grad)):
        g, p = np.asarray(grad, float), np.asarray(point, float)
        norm = float(np.hypot(*g))
        d = -g / norm * 0.16 * max(box.w1[1] - box.w1[0], box.w2[1] - box.w2[0]) if norm > 0 else np.zeros(2)
        line = p[None, :] + np.linspace(0.0, 1.0, 12)[:, None] * d[None, :]  # (12, 2) points along -g
        items += _line(
            box, box.point(line[:, 0], line[:, 1], loss_fn(line[:, 0], line[:, 1])), STEP_COLOR, 5.0
        )
        items += _dots(box, box.point([p[0]], [p[1]], [float(loss_fn(p[0], p[1]))]), STEP_COLOR, 6.0, "white")
    items.sort(key=lambda item: -item[0])  # farthest first
    behind, words = _axes(box, labels)
    width, height = size
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width * PX} {height * PX}" width="{width}" '
        f'height="{height}" font-family="sans-serif" font-size="{13 * PX}" fill="#31333f">'
        + "".join(behind)
        + "".join(s for _, s in items)
        + "".join(words)
        + "</svg>"
    )
