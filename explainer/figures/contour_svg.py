"""A loss of two weights seen from above: a contour map with paths, as an SVG picture.

The loss L[j, i] at (w1[i], w2[j]) is coloured in BANDS equal bands from its lowest value `lo`
to `top` (z_window: the valley floor in detail, everything higher the lightest band):

    band(L) = min(floor((L - lo) / (top - lo) * BANDS), BANDS - 1),
    colour of band k = BLUES_R at k / (BANDS - 1)          (dark = low loss, nearly white = high)

drawn as a small PNG (read between the grid's points, iso_lines.bilinear) under thin contour
lines at the bands' borders (iso_lines.iso_segments), with a colour bar of the same bands on
the right. Both axes have the same scale, so a narrow valley looks narrow and the gradient
meets the contour lines at right angles. A value (w1, w2) lands at

    x = left + (w1 - w1[0]) * s,    y = TOP + (w2[-1] - w2) * s,    s = SIDE / (the longer range)

Each path is a line through its points with a dot at each step and a ring at its start; it
ends at its first point that is not finite, and the parts outside the map are cut off at its
frame (a diverging run leaves through the edge, it is not drawn across the page). At `point`,
two arrows of a fixed length on screen (exact direction, not to scale: the real gradient can be
tiny or enormous): the gradient g uphill (dark) and the step's direction -g (red).

Why a picture: a plotly chart made the page load plotly's browser code (about 1 s in a new
browser on a 2-core machine without a graphics card); this is drawn on the server and shown
as one image (explainer/figures/picture.py).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping
from html import escape

import numpy as np
from PIL import Image

from explainer.figures.gradient_descent_2d import BLUES_R, GRAD_COLOR, STEP_COLOR, z_window
from explainer.figures.iso_lines import bilinear, iso_segments
from explainer.figures.picture import scale_colours
from explainer.figures.svg_plot import nice_step, tick_label, ticks

BANDS = 12
SIDE = 400  # the map's longer side, in pixels
FONT = 13
TOP, BOTTOM, BAR = 10, 46, 14  # room above and below the map; the colour bar's width
ARROW = 0.16  # an arrow's length, as a fraction of the map's longer side
FAR = 1e9  # a segment reaching this many map sizes away is not drawn (see visible_lines)
HEAD = 12  # an arrowhead's length in pixels: its marker is 4 line widths (3 px) long and wide
FRAME = "#9aa3ad"


def band_colours() -> list[str]:
    """The colour of each band, lowest loss first."""
    return scale_colours(BLUES_R, np.linspace(0.0, 1.0, BANDS))


def bands(L, lo: float, top: float) -> np.ndarray:
    """The band of each loss (0 = lowest); a loss that is not finite is in the highest band."""
    with np.errstate(all="ignore"):
        k = np.floor((np.asarray(L, float) - lo) / (top - lo) * BANDS)
    return np.clip(np.nan_to_num(k, nan=BANDS - 1), 0, BANDS - 1).astype(np.uint8)


def raster_png(w1, w2, L, lo: float, top: float, size: tuple[int, int]) -> bytes:
    """The bands as a PNG `size` = (columns, rows) pixels, top row at w2[-1], each pixel the band
    of the loss at its centre."""
    cols, rows = size
    xs = w1[0] + (np.arange(cols) + 0.5) / cols * (w1[-1] - w1[0])
    ys = w2[-1] - (np.arange(rows) + 0.5) / rows * (w2[-1] - w2[0])
    image = Image.fromarray(bands(bilinear(w1, w2, L, xs, ys), lo, top), mode="P")
    image.putpalette([int(c[i : i + 2], 16) for c in band_colours() for i in (1, 3, 5)])
    out = io.BytesIO()
    image.save(out, format="PNG")  # optimize=True saves ~1 KB of ~5 and takes 10 times as long
    return out.getvalue()


def clip_segment(p, q, box) -> tuple[float, float] | None:
    """The part (t0, t1) of the segment p -> q inside box (x0, x1, y0, y1), as fractions of the
    way from p to q (Liang-Barsky); None if no part of it is inside."""
    (x0, x1, y0, y1), d = box, np.subtract(q, p, dtype=float)
    t0, t1 = 0.0, 1.0
    with np.errstate(all="ignore"):
        for step, room in ((-d[0], p[0] - x0), (d[0], x1 - p[0]), (-d[1], p[1] - y0), (d[1], y1 - p[1])):
            if step == 0:
                if room < 0:
                    return None
                continue
            t = room / step
            if not np.isfinite(t):
                return None
            t0, t1 = (max(t0, t), t1) if step < 0 else (t0, min(t1, t))
    return (t0, t1) if t0 <= t1 else None


def finite_head(path) -> np.ndarray:
    """The path (k, 2) up to (not including) its first point that is not finite."""
    path = np.asarray(path, dtype=float).reshape(-1, 2)
    bad = np.flatnonzero(~np.isfinite(path).all(axis=1))
    return path[: bad[0]] if len(bad) else path


def visible_lines(path, box) -> list[np.ndarray]:
    """The path (k, 2) up to its first point that is not finite, cut to box: the runs (m, 2)
    that lie inside it, in order. A segment with an end FAR box sizes away is left out: where
    it crosses the box is lost in rounding (p + t (q - p) keeps 16 digits of |p|)."""
    path = finite_head(path)
    x0, x1, y0, y1 = box
    if len(path) > 1 and np.all((path >= (x0, y0)) & (path <= (x1, y1))):
        return [path]  # all inside (the usual case): nothing to cut
    far = FAR * max(x1 - x0, y1 - y0) + max(abs(x0), abs(x1), abs(y0), abs(y1))
    runs: list[list] = []
    joined = False  # the last part reached its segment's end: the next part continues it
    for p, q in zip(path[:-1], path[1:], strict=True):
        part = None if max(np.abs(p).max(), np.abs(q).max()) > far else clip_segment(p, q, box)
        if part is None:
            joined = False
            continue
        a, b = p + part[0] * (q - p), p + part[1] * (q - p)
        if joined and part[0] == 0.0:
            runs[-1].append(b)
        else:
            runs.append([a, b])
        joined = part[1] == 1.0
    return [np.array(r) for r in runs]


class Map:
    """Where things land: the box (left, TOP, w, h) for the weights' ranges, equal scales."""

    def __init__(self, w1, w2, left: float, side: int):
        self.x0, self.x1, self.y0, self.y1 = float(w1[0]), float(w1[-1]), float(w2[0]), float(w2[-1])
        self.scale = side / max(self.x1 - self.x0, self.y1 - self.y0)
        self.left, self.w, self.h = left, (self.x1 - self.x0) * self.scale, (self.y1 - self.y0) * self.scale

    def box(self) -> tuple[float, float, float, float]:
        return self.x0, self.x1, self.y0, self.y1

    def xy(self, p) -> tuple[np.ndarray, np.ndarray]:
        p = np.asarray(p, dtype=float)
        return self.left + (p[..., 0] - self.x0) * self.scale, TOP + (self.y1 - p[..., 1]) * self.scale

    def inside(self, p) -> bool:
        return bool(np.all(np.isfinite(p)) and self.x0 <= p[0] <= self.x1 and self.y0 <= p[1] <= self.y1)


def _pts(m: Map, run) -> str:
    x, y = m.xy(run)
    return " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(x, y, strict=True))


def _path(m: Map, path, colour: str) -> list[str]:
    """The path's visible lines, a dot at each step inside the map, a ring at its start."""
    out = [f'<polyline points="{_pts(m, r)}" fill="none" stroke="{colour}" stroke-width="2.2"/>'
           for r in visible_lines(path, m.box())]  # fmt: skip
    path = finite_head(path)
    shown = [i for i, p in enumerate(path) if m.inside(p)]
    x, y = m.xy(path[shown].reshape(-1, 2))
    out += [f'<circle cx="{a:.1f}" cy="{b:.1f}" r="2.4" fill="{colour}"/>'
            for i, a, b in zip(shown, x, y, strict=True) if i]  # fmt: skip
    if shown and shown[0] == 0:
        out.append(
            f'<circle cx="{x[0]:.1f}" cy="{y[0]:.1f}" r="6" fill="#fff" stroke="#111" stroke-width="2"/>'
        )
    return out


def _arrows(m: Map, p, g) -> list[str]:
    """At p, the gradient g (uphill) and -g, each a line with an arrowhead (marker) at its tip.
    An arrow is ARROW of the map long, shorter where the map's edge is nearer (not below HEAD
    and a little line), so its head stays on the map."""
    g = np.asarray(g, dtype=float)
    norm = float(np.hypot(*g)) if np.all(np.isfinite(g)) else 0.0
    if norm == 0.0:
        return []
    (px,), (py,) = m.xy(np.asarray(p, float)[None])
    u = np.array([g[0], -g[1]]) / norm  # on screen, y down
    out = []
    for sign, colour, name in ((1, GRAD_COLOR, "grad"), (-1, STEP_COLOR, "step")):
        d = sign * u
        room = [np.inf]  # pixels to the map's edge along d
        for at, step, low, high in ((px, d[0], m.left, m.left + m.w), (py, d[1], TOP, TOP + m.h)):
            if step:
                room.append(((high if step > 0 else low) - at) / step)
        length = float(np.clip(min(room), HEAD + 8, ARROW * max(m.w, m.h)))
        ex, ey = px + d[0] * (length - HEAD), py + d[1] * (length - HEAD)
        out.append(f'<line x1="{px:.1f}" y1="{py:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" stroke="{colour}" '
                   f'stroke-width="3" marker-end="url(#{name})"/>')  # fmt: skip
    return out


def _marker(name: str, colour: str) -> str:
    return (f'<marker id="{name}" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="4" markerHeight="4" '
            f'orient="auto"><path d="M0 0L10 5L0 10Z" fill="{colour}"/></marker>')  # fmt: skip


def contour_svg(
    w1, w2, L, paths: Mapping[str, np.ndarray], colours: Mapping[str, str], labels: Mapping[str, str],
    point=None, grad=None, side: int = SIDE,
) -> str:  # fmt: skip
    """The contour map of L (grid L[j, i] at (w1[i], w2[j])) with each path (k, 2) in
    colours[key], and at `point` the arrows along grad and -grad and a red dot, as an SVG
    document. Its words: labels["w1"], ["w2"] (the axes) and ["loss"] (the colour bar), escaped."""
    w1, w2 = np.asarray(w1, float), np.asarray(w2, float)
    lo, top = z_window(L)
    xt, yt = _ticks(w1[0], w1[-1], 5), _ticks(w2[0], w2[-1], 5)
    near = (top - lo) / 100  # the lowest loss is often a hair above 0: tick 0 too
    bt = _ticks(lo - near, top + near, 4)
    m = Map(w1, w2, 30 + 8 * max(len(s) for _, s in yt), side)  # room for the w2 title and tick labels
    bar = m.left + m.w + 18  # the colour bar's left edge
    width, height = round(bar + BAR + 36 + 8 * max(len(s) for _, s in bt)), round(TOP + m.h + BOTTOM)
    png = raster_png(w1, w2, L, lo, top, (round(m.w), round(m.h)))  # a pixel of PNG a pixel of map
    frame = f'x="{m.left}" y="{TOP}" width="{m.w:g}" height="{m.h:g}"'
    group = [s for key, path in paths.items() for s in _path(m, path, colours[key])]
    if point is not None and m.inside(point):
        group += _arrows(m, point, grad) if grad is not None else []
        (px,), (py,) = m.xy(np.asarray(point, float)[None])
        group.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="6.5" fill="{STEP_COLOR}" stroke="#fff" '
                     'stroke-width="2"/>')  # fmt: skip
    parts = [
        f'<defs><clipPath id="map"><rect {frame}/></clipPath>'
        f"{_marker('grad', GRAD_COLOR)}{_marker('step', STEP_COLOR)}</defs>",
        f'<image {frame} preserveAspectRatio="none" href="data:image/png;base64,{base64.b64encode(png).decode()}"/>',
        _iso_lines(m, w1, w2, L, lo, top),
        f'<g clip-path="url(#map)">{"".join(group)}</g>',
        f'<rect {frame} fill="none" stroke="{FRAME}"/>',
        *_axes(m, xt, yt, labels, height),
        *_colour_bar(bar, m.h, lo, top, bt, labels["loss"], width),
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="{FONT}" fill="#31333f">{"".join(parts)}</svg>'
    )


def natural_width(svg: str) -> int:
    """The width in pixels a picture from contour_svg is drawn for (its root's width)."""
    return int(svg[: svg.index(">")].split(' width="', 1)[1].split('"', 1)[0])


def _ticks(lo: float, hi: float, most: int) -> list[tuple[float, str]]:
    """svg_plot's nice ticks over [lo, hi], each with its label."""
    step = nice_step(hi - lo, most)
    return [(float(v), tick_label(v, step)) for v in ticks(lo, hi, most)]


def _iso_lines(m: Map, w1, w2, L, lo: float, top: float) -> str:
    """The borders between the bands, thin and dark, as one path of short segments."""
    out = []
    for k in range(1, BANDS):
        segs = iso_segments(w1, w2, L, lo + (top - lo) * k / BANDS)  # (s, 2, 2)
        x, y = m.xy(segs)
        dx, dy = x[:, 1] - x[:, 0], y[:, 1] - y[:, 0]
        out += [f"M{x[i, 0]:.1f} {y[i, 0]:.1f}l{dx[i]:.1f} {dy[i]:.1f}" for i in range(len(segs))]
    return f'<path d="{"".join(out)}" fill="none" stroke="#000" stroke-opacity="0.22" stroke-width="0.7"/>'


def _axes(m: Map, xt, yt, labels: Mapping[str, str], height: int) -> list[str]:
    """Tick marks and labels below and left of the map, the w1 title below, w2's along the left."""
    bottom, out = TOP + m.h, []
    for v, label in xt:
        (x,), _ = m.xy(np.array([[v, 0.0]]))
        out.append(f'<line x1="{x:.1f}" y1="{bottom:g}" x2="{x:.1f}" y2="{bottom + 4:g}" stroke="{FRAME}"/>'
                   f'<text x="{x:.1f}" y="{bottom + 16:g}" text-anchor="middle">{label}</text>')  # fmt: skip
    for v, label in yt:
        _, (y,) = m.xy(np.array([[0.0, v]]))
        out.append(f'<line x1="{m.left - 4}" y1="{y:.1f}" x2="{m.left}" y2="{y:.1f}" stroke="{FRAME}"/>'
                   f'<text x="{m.left - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')  # fmt: skip
    mid = TOP + m.h / 2
    return out + [
        f'<text x="{m.left + m.w / 2:.1f}" y="{height - 8}" text-anchor="middle">{escape(labels["w1"])}</text>',
        f'<text x="14" y="{mid:.1f}" text-anchor="middle" transform="rotate(-90 14 {mid:.1f})">'
        f"{escape(labels['w2'])}</text>",
    ]


def _colour_bar(x: float, h: float, lo: float, top: float, at, title: str, width: int) -> list[str]:
    """The bands stacked from lo (bottom) to top, their losses ticked on the right, the title
    along the picture's right edge."""
    band = h / BANDS
    out = [f'<rect x="{x:.1f}" y="{TOP + h - (k + 1) * band:.2f}" width="{BAR}" height="{band + 0.3:.2f}" '
           f'fill="{c}"/>' for k, c in enumerate(band_colours())]  # fmt: skip
    out.append(f'<rect x="{x:.1f}" y="{TOP}" width="{BAR}" height="{h:g}" fill="none" stroke="{FRAME}"/>')
    for v, label in at:
        y = TOP + h - (v - lo) / (top - lo) * h
        out.append(f'<line x1="{x + BAR:.1f}" y1="{y:.1f}" x2="{x + BAR + 4:.1f}" y2="{y:.1f}" stroke="{FRAME}"/>'
                   f'<text x="{x + BAR + 6:.1f}" y="{y + 4:.1f}" text-anchor="start">{label}</text>')  # fmt: skip
    mid = TOP + h / 2
    return out + [
        f'<text x="{width - 8}" y="{mid:.1f}" text-anchor="middle" transform="rotate(-90 {width - 8} {mid:.1f})">'
        f"{escape(title)}</text>"
    ]
