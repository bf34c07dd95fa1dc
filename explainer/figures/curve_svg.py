"""Drawing on top of an svg_plot chart, in the chart's own coordinates: lines cut to the plot area,
arrows, points, short text labels, a line of text above the plot, and SMIL frames that play by
themselves.

plot_svg (explainer/figures/svg_plot.py) draws the axes, the curve and the marks; a picture that
needs more (a tangent, the arrow of the next step, a label) reads where the plot area is
(`frame_of`: the box of its clipPath) and adds its own elements with `add`. With the x and y
ranges the chart was drawn with, a value (x, y) lands where svg_plot puts it:

    px = left + (x - x0) / (x1 - x0) * w,    py = top + (y1 - y) / (y1 - y0) * h

A line is cut to the plot area before it is written (Liang–Barsky): a weight 10^100 away still
gives a line that ends at the frame's edge in the right direction, never a coordinate with a
hundred digits. An arrow keeps its head where the line ends, at the frame's edge if it was cut.

Frames (`frames`): one <g> per frame, shown in turn by an <animate> of its visibility (discrete,
every frame on the same loop of `dur` seconds), so a browser plays it inside an <img>, with no
script and no server; the last frame is the one shown where nothing animates.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import numpy as np

from explainer.figures.svg_plot import FONT

_AREA = re.compile(
    r'<clipPath id="area"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/>'
)
HEAD = 20  # pixels added above a chart for a heading
ARROW = 4.5  # an arrowhead's length and width, in widths of its line
HALO = (
    'paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round"'  # text readable over lines
)


@dataclass(frozen=True)
class Frame:
    """The plot area (left, top, w, h) in SVG pixels and the ranges drawn in it."""

    left: float
    top: float
    w: float
    h: float
    x_range: tuple[float, float]
    y_range: tuple[float, float]

    def px(self, x):
        x0, x1 = self.x_range
        return self.left + (np.asarray(x, dtype=np.float64) - x0) / (x1 - x0) * self.w

    def py(self, y):
        y0, y1 = self.y_range
        return self.top + (y1 - np.asarray(y, dtype=np.float64)) / (y1 - y0) * self.h

    def inside(self, x: float, y: float) -> bool:
        """Whether the value (x, y) lies in the plot area (edges included)."""
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        return bool(np.isfinite(x) and np.isfinite(y) and x0 <= x <= x1 and y0 <= y <= y1)


def frame_of(svg: str, x_range: tuple[float, float], y_range: tuple[float, float]) -> Frame:
    """The plot area of a chart plot_svg drew with these x and y ranges."""
    m = _AREA.search(svg)
    if m is None:
        raise ValueError("not a chart of svg_plot.plot_svg: no plot area")
    left, top, w, h = (float(v) for v in m.groups())
    return Frame(
        left, top, w, h, (float(x_range[0]), float(x_range[1])), (float(y_range[0]), float(y_range[1]))
    )


def clip_segment(a, b, box) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The part of the segment a-b (points (x, y)) inside box = (x_lo, y_lo, x_hi, y_hi), or None
    (Liang–Barsky: a point a + t (b - a), 0 ≤ t ≤ 1, is inside when every edge's test holds)."""
    (ax, ay), (bx, by) = a, b
    if not all(math.isfinite(v) for v in (ax, ay, bx, by)):
        return None
    dx, dy = bx - ax, by - ay
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, ax - box[0]), (dx, box[2] - ax), (-dy, ay - box[1]), (dy, box[3] - ay)):
        if p == 0:
            if q < 0:
                return None  # parallel to this edge and outside it
            continue
        t = q / p
        if p < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo > hi:
            return None
    start = (ax, ay) if lo == 0 else (ax + lo * dx, ay + lo * dy)
    return start, (bx, by) if hi == 1 else (ax + hi * dx, ay + hi * dy)  # an end inside: exactly itself


def _box(frame: Frame) -> tuple[float, float, float, float]:
    return frame.left, frame.top, frame.left + frame.w, frame.top + frame.h


def line(frame: Frame, xs, ys, colour: str, width: float = 2.0, dash: bool = False, arrow: bool = False,
         opacity: float = 1.0, shorten: float = 0.0) -> str:  # fmt: skip
    """Polylines through the values (xs, ys), each piece cut to the plot area (a point that is not
    finite breaks the line). With `arrow`, the last piece ends in an arrowhead (arrow_defs),
    `shorten` pixels before its end when that end is in the plot area (the edge of a mark there);
    an arrow shorter than its head is left out."""
    with np.errstate(all="ignore"):
        sx, sy = frame.px(np.asarray(xs, dtype=np.float64)), frame.py(np.asarray(ys, dtype=np.float64))
    pieces: list[list[tuple[float, float]]] = []
    for i in range(len(sx) - 1):
        cut = clip_segment((float(sx[i]), float(sy[i])), (float(sx[i + 1]), float(sy[i + 1])), _box(frame))
        if cut is None:
            continue
        if pieces and pieces[-1][-1] == cut[0] and cut[0] == (float(sx[i]), float(sy[i])):
            pieces[-1].append(cut[1])  # continues the piece before it
        else:
            pieces.append([cut[0], cut[1]])
    style = f'fill="none" stroke="{colour}" stroke-width="{width:g}" stroke-linecap="round"'
    style += ' stroke-dasharray="4 3"' if dash else ""
    style += f' stroke-opacity="{opacity:g}"' if opacity < 1 else ""
    if arrow and pieces and math.dist(pieces[-1][0], pieces[-1][-1]) < ARROW * width:
        pieces.pop()  # shorter than its own head: a triangle, not an arrow (the mark at its end stays)
    if shorten and pieces and pieces[-1][-1] == (float(sx[-1]), float(sy[-1])):
        (ax, ay), (bx, by) = pieces[-1][-2:]
        length = math.hypot(bx - ax, by - ay)
        if length - shorten >= max(shorten, ARROW * width if arrow else 0):  # still longer than its head
            pieces[-1][-1] = (bx - (bx - ax) * shorten / length, by - (by - ay) * shorten / length)
    out = []
    for n, piece in enumerate(pieces):
        head = f' marker-end="url(#{head_id(colour)})"' if arrow and n == len(pieces) - 1 else ""
        pts = [f"{x:.1f},{y:.1f}" for x, y in piece]
        pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]  # a point drawn again at once: once
        out.append(f'<polyline points="{" ".join(pts)}" {style}{head}/>')
    return "".join(out)


def head_id(colour: str) -> str:
    return "head-" + re.sub(r"[^0-9A-Za-z]", "", colour)


def arrow_defs(colours: Sequence[str]) -> str:
    """An arrowhead <marker> per colour, for line(..., arrow=True); its tip is the line's end."""
    return "".join(
        f'<marker id="{head_id(c)}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="{ARROW}" markerHeight="{ARROW}" '
        f'orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="{c}"/></marker>'
        for c in dict.fromkeys(colours)
    )


def point(frame: Frame, x: float, y: float, colour: str, r: float = 6.0, ring: bool = False,
          outline: bool = True) -> str:  # fmt: skip
    """A dot (white-edged unless not `outline`) or an open ring at the value (x, y); nothing when it
    lies outside the plot area."""
    if not frame.inside(x, y):
        return ""
    fill = f'fill="{colour}"' + (' stroke="#fff" stroke-width="2"' if outline else "")
    fill = f'fill="none" stroke="{colour}" stroke-width="2.5"' if ring else fill
    return f'<circle cx="{float(frame.px(x)):.1f}" cy="{float(frame.py(y)):.1f}" r="{r:g}" {fill}/>'


def text_width(s: str, font: float = FONT) -> float:
    """About how wide `s` is drawn, in pixels: 0.6 em a Latin letter, 1 em a Chinese one."""
    return sum(font if unicodedata.east_asian_width(c) in "WF" else 0.6 * font for c in s)


def label(frame: Frame, sx: float, sy: float, s: str, colour: str, weight: str = "normal") -> str:
    """Text centred at screen x `sx` with its baseline at `sy`, moved into the plot area if it would
    stick out, on a white halo so it reads over lines. Escaped."""
    half = text_width(s) / 2
    sx = min(max(sx, frame.left + half + 2), frame.left + frame.w - half - 2)
    sy = min(max(sy, frame.top + FONT + 2), frame.top + frame.h - 4)
    bold = ' font-weight="bold"' if weight == "bold" else ""
    return f'<text x="{sx:.1f}" y="{sy:.1f}" text-anchor="middle" fill="{colour}"{bold} {HALO}>{escape(s)}</text>'


def heading(frame: Frame, s: str, weight: str = "bold") -> str:
    """A line of text above the plot area, from its left edge (room made by add(..., head=HEAD))."""
    bold = ' font-weight="bold"' if weight == "bold" else ""
    return f'<text x="{frame.left:.1f}" y="{frame.top - 6:.1f}" text-anchor="start"{bold}>{escape(s)}</text>'


def frames(parts: Sequence[str], step: float, pause: float = 0.0) -> str:
    """Each part in its own <g>, shown for `step` seconds in turn, the last one `pause` seconds more,
    then again from the first, for ever: a discrete visibility <animate> per group on the same loop.
    Without animation (a still image) the last part is what shows."""
    n = len(parts)
    dur = n * step + pause
    out = []
    for k, body in enumerate(parts):
        a, b = k * step / dur, (k + 1) * step / dur
        if k == n - 1:
            values, times, base = "hidden;visible", f"0;{a:.6f}", "visible"
        elif k == 0:
            values, times, base = "visible;hidden", f"0;{b:.6f}", "hidden"
        else:
            values, times, base = "hidden;visible;hidden", f"0;{a:.6f};{b:.6f}", "hidden"
        if n == 1:
            out.append(f'<g class="frame">{body}</g>')
            continue
        out.append(
            f'<g class="frame" visibility="{base}"><animate attributeName="visibility" values="{values}" '
            f'keyTimes="{times}" dur="{dur:g}s" calcMode="discrete" repeatCount="indefinite"/>{body}</g>'
        )
    return "".join(out)


def add(svg: str, body: str, defs: str = "", head: int = 0) -> str:
    """The chart `svg` with `body` drawn over it (in the chart's coordinates) and `defs` added to its
    <defs>. `head` > 0 adds that many pixels above the chart, for a line of text at y < 0."""
    if defs:
        svg = svg.replace("<defs>", "<defs>" + defs, 1)
    end = svg.index(">") + 1
    root, rest = svg[:end], svg[end : -len("</svg>")]
    if head:
        height = float(re.search(r' height="([\d.]+)"', root).group(1)) + head
        width = re.search(r' width="([\d.]+)"', root).group(1)
        root = re.sub(r'viewBox="[^"]*"', f'viewBox="0 0 {width} {height:g}"', root)
        root = re.sub(r' height="[\d.]+"', f' height="{height:g}"', root)
        return f'{root}<g transform="translate(0 {head})">{rest}{body}</g></svg>'
    return f"{root}{rest}{body}</svg>"
