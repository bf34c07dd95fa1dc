"""The knobs page's picture: points coloured by their true class over the shading of
p = sigmoid(w1*x1 + w2*x2 + b), the boundary p = 0.5 dashed, wrongly called points crossed.
An SVG document drawn on the server (explainer/figures/picture.py shows it with its legend).

The shading is exact, not sampled: p depends on a point only through t = x . w / |w|, its
position along w, as p = sigmoid(|w| t + b). So it is one linear gradient along w, from the
plot's lowest t to its highest, with p's colour at 33 stops (blue for p = 0, white for 0.5,
orange for 1, as the plotly heatmap it replaces). With w = 0 every point has p = sigmoid(b):
one colour.

Why a picture: it is the knobs page's first chart, and a plotly chart in the first step made
the page's first view wait for plotly's browser code (benchmarks/RESULTS.md).
"""

from __future__ import annotations

from html import escape

import numpy as np

from explainer.figures.knobs import BLUE, LIMITS, ORANGE, SHADES
from explainer.figures.picture import scale_colours
from explainer.knobs import boundary, wrong

SIZE = 340  # the plot's side, in pixels
LEFT, TOP, RIGHT, BOTTOM = 52, 10, 12, 46  # room for the tick labels and the axis titles
STOPS = 33


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def shade(p: np.ndarray) -> list[str]:
    """SHADES's colour at each p in [0, 1] (linear between its stops), as #rrggbb."""
    return scale_colours(SHADES, p)


def to_screen(x, y) -> tuple[np.ndarray, np.ndarray]:
    """Data coordinates (both axes LIMITS) -> SVG coordinates (y down)."""
    lo, hi = LIMITS
    x, y = np.asarray(x, float), np.asarray(y, float)
    return LEFT + (x - lo) / (hi - lo) * SIZE, TOP + (hi - y) / (hi - lo) * SIZE


def _gradient(w1: float, w2: float, b: float) -> str:
    """The shading as an SVG linearGradient (id "p") along w, or one flat colour if w = 0."""
    norm = float(np.hypot(w1, w2))
    if norm < 1e-9:
        (flat,) = shade(sigmoid(np.array([b])))
        return f'<linearGradient id="p"><stop offset="0" stop-color="{flat}"/></linearGradient>'
    u = np.array([w1, w2]) / norm
    corners = np.array([[x, y] for x in LIMITS for y in LIMITS])  # (4, 2)
    t = corners @ u  # positions of the plot's corners along w
    t0, t1 = float(t.min()), float(t.max())
    s = np.linspace(0.0, 1.0, STOPS)
    colours = shade(sigmoid(norm * (t0 + s * (t1 - t0)) + b))
    (x0, x1), (y0, y1) = to_screen([t0 * u[0], t1 * u[0]], [t0 * u[1], t1 * u[1]])
    stops = "".join(f'<stop offset="{o:.4f}" stop-color="{c}"/>' for o, c in zip(s, colours, strict=True))
    return (
        f'<linearGradient id="p" gradientUnits="userSpaceOnUse" x1="{x0:.2f}" y1="{y0:.2f}" '
        f'x2="{x1:.2f}" y2="{y1:.2f}">{stops}</linearGradient>'
    )


def decision_svg(X, y, w1: float, w2: float, b: float, *, x_title: str, y_title: str) -> str:
    """The points X (n, 2) with classes y (n,) (0 blue, 1 orange) over the shading of p for the
    knobs (w1, w2, b), the boundary dashed, wrongly called points crossed; axis titles given."""
    X, y = np.asarray(X, float), np.asarray(y)
    width, height = LEFT + SIZE + RIGHT, TOP + SIZE + BOTTOM
    lo, hi = LIMITS
    parts = [
        f"<defs>{_gradient(w1, w2, b)}"
        f'<clipPath id="plot"><rect x="{LEFT}" y="{TOP}" width="{SIZE}" height="{SIZE}"/></clipPath></defs>',
        f'<rect x="{LEFT}" y="{TOP}" width="{SIZE}" height="{SIZE}" fill="url(#p)"/>',
    ]
    for v in range(int(np.ceil(lo)), int(np.floor(hi)) + 1):  # grid lines and tick labels
        (gx,), (gy,) = to_screen([v], [v])
        parts.append(
            f'<line x1="{gx:.1f}" y1="{TOP}" x2="{gx:.1f}" y2="{TOP + SIZE}" stroke="#000" stroke-opacity="0.08"/>'
            f'<line x1="{LEFT}" y1="{gy:.1f}" x2="{LEFT + SIZE}" y2="{gy:.1f}" stroke="#000" stroke-opacity="0.08"/>'
            f'<text x="{gx:.1f}" y="{TOP + SIZE + 16}" text-anchor="middle">{v}</text>'
            f'<text x="{LEFT - 6}" y="{gy + 4:.1f}" text-anchor="end">{v}</text>'
        )
    line = boundary(w1, w2, b, lo, hi)
    if line is not None:
        (ax, bx), (ay, by) = to_screen(*line)
        parts.append(
            f'<line x1="{ax:.1f}" y1="{ay:.1f}" x2="{bx:.1f}" y2="{by:.1f}" stroke="#000" stroke-width="2" '
            'stroke-dasharray="7 5" clip-path="url(#plot)"/>'
        )
    sx, sy = to_screen(X[:, 0], X[:, 1])
    for i in range(len(X)):
        colour = ORANGE if y[i] == 1 else BLUE
        parts.append(f'<circle cx="{sx[i]:.1f}" cy="{sy[i]:.1f}" r="5.5" fill="{colour}" stroke="#fff"/>')
    for i in np.flatnonzero(wrong(X, y, w1, w2, b)):
        d = 6.5
        parts.append(
            f'<path d="M{sx[i] - d:.1f} {sy[i] - d:.1f}L{sx[i] + d:.1f} {sy[i] + d:.1f}'
            f'M{sx[i] - d:.1f} {sy[i] + d:.1f}L{sx[i] + d:.1f} {sy[i] - d:.1f}" stroke="#333" stroke-width="1.6"/>'
        )
    parts.append(f'<rect x="{LEFT}" y="{TOP}" width="{SIZE}" height="{SIZE}" fill="none" stroke="#9aa3ad"/>')
    parts.append(
        f'<text x="{LEFT + SIZE / 2}" y="{height - 8}" text-anchor="middle">{escape(x_title)}</text>'
    )
    mid = TOP + SIZE / 2
    parts.append(
        f'<text x="16" y="{mid}" text-anchor="middle" transform="rotate(-90 16 {mid})">{escape(y_title)}</text>'
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="12" fill="#31333f">{"".join(parts)}</svg>'
    )
