"""Small charts of lines and points as SVG documents, drawn on the server.

For a chart a learner only looks at (no zoom, no hover needed): a page whose charts are all
pictures never loads plotly's browser code (~4.7 MB of JavaScript to compile, about 1 s in a
new browser without a graphics card; benchmarks/RESULTS.md). explainer/figures/picture.py
shows the SVG with its legend above it.

Coordinates: the plot area is the box (left, TOP, w, h) in SVG pixels, y pointing down (left
leaves room for the y title and the widest y tick label); a value (x, y) lands at

    px = left + (x - x0) / (x1 - x0) * w,    py = TOP + (y1 - y) / (y1 - y0) * h

for the axis ranges [x0, x1] and [y0, y1]; on a log axis x stands for log10(x) (y for log10(y)).
Ticks are "nice" steps (1, 2, 2.5 or 5 times a power of ten; whole powers of ten on a log axis),
at most `most` of them over a range, or the values the caller names (a log axis of learning
rates: 0.0001, 0.0003, …, 10); from a million on, labels are written m×10ⁿ (so a diverged loss's
axis stays narrow). A series is lines, points or bars. A value that is not finite (a diverged
run), or not positive on a log axis, is left out, and a line is broken there.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import numpy as np

TOP, RIGHT, BOTTOM = 10, 14, 44  # room above, right of and below the plot area (x ticks and title)
FONT = 12
CHAR = 7.6  # the width of a digit at FONT (sans-serif), to leave the y title clear of a tick label
GRID = '<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#000" stroke-opacity="0.08"/>'


@dataclass(frozen=True)
class Series:
    """One set of points. `lines` joins them in order (dashed if `dash`); `marker` draws each
    one: None, "dot", "square", "diamond" (filled), "ring", "square-ring", "diamond-ring",
    "triangle-ring" (drawn open) or "star", the same names as the legend's marks
    (explainer/figures/picture.py); `bars` > 0 draws each as a bar from 0 that wide (in x's
    units) instead. `outline` rings a filled mark; `width` is the line's, in pixels."""

    x: Sequence[float]
    y: Sequence[float]
    colour: str
    lines: bool = True
    marker: str | None = None
    size: float = 4.0
    dash: bool = False
    bars: float = 0.0
    outline: str = "#fff"
    width: float = 2.0


def nice_step(span: float, most: int = 6, integers: bool = False) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that cuts `span` into at most `most` parts
    (with `integers`, a whole number: 1, 2, 5, 10, 20, …)."""
    if not span > 0:
        return 1.0
    raw = span / most
    if integers and raw < 1:
        return 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10) if integers else (1, 2, 2.5, 5, 10):
        if m * power >= raw * (1 - 1e-9):
            return m * power
    return 10 * power  # pragma: no cover - the loop ends at 10


def ticks(lo: float, hi: float, most: int = 6, integers: bool = False) -> np.ndarray:
    """The multiples of nice_step(hi - lo, most, integers) within [lo, hi]."""
    step = nice_step(hi - lo, most, integers)
    first = math.ceil(lo / step - 1e-9)
    last = math.floor(hi / step + 1e-9)
    return np.arange(first, last + 1) * step


def tick_label(v: float, step: float) -> str:
    """v written with as many decimals as the tick step needs (2.5 → 1 decimal, 0.25 → 2)."""
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    if round(step / 10.0 ** math.floor(math.log10(step) + 1e-9), 6) == 2.5:
        decimals += 1
    text = f"{v:.{decimals}f}"
    return "0" if float(text) == 0 else text  # no "-0.0"


SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_label(e: int) -> str:
    """10^e as a learner reads it: a plain number from 0.001 to 100000, else 10 with a
    superscript exponent (10⁻⁶)."""
    return f"{10.0**e:.{max(0, -e)}f}" if -3 <= e <= 5 else "10" + str(e).translate(SUPERSCRIPT)


BIG = 1e6  # from a tick this large on, labels are m×10ⁿ (a diverged loss: 300000000000 is too wide)


def axis_labels(values, step: float) -> list[str]:
    """Labels of a linear axis's ticks: tick_label each or, once a tick reaches BIG, m×10ⁿ with
    10ⁿ the largest tick's power of ten (0.5×10⁶, 1.0×10⁶, …; 3×10¹¹; 0 stays 0)."""
    top = max((abs(float(v)) for v in values), default=0.0)
    if top < BIG:
        return [tick_label(v, step) for v in values]
    n = math.floor(math.log10(top) + 1e-9)
    scale, power = 10.0**n, "×10" + str(n).translate(SUPERSCRIPT)
    return [m if m == "0" else m + power for m in (tick_label(v / scale, step / scale) for v in values)]


def value_label(v: float) -> str:
    """A tick value as a learner types it, with the digits it has and no exponent (0.0001, 0.0003,
    3, 10): a learning rate written as the settings offer it."""
    return np.format_float_positional(float(f"{v:.6g}"), trim="-")


def data_range(values, from_zero: bool = False, pad: float = 0.05) -> tuple[float, float]:
    """The finite values' range with `pad` of it added on each side (from 0 if `from_zero` and
    none is negative); (0, 1) when none is finite, ±0.5 (or ±1) around a single value."""
    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[np.isfinite(v)]
    if v.size == 0:
        return 0.0, 1.0
    lo, hi = float(v.min()), float(v.max())
    if from_zero and lo >= 0:
        lo = 0.0
    if hi - lo < 1e-12:
        half = max(abs(hi) * 0.5, 0.5)
        return lo - half, hi + half
    extra = (hi - lo) * pad
    return (lo if from_zero and lo == 0 else lo - extra), hi + extra


def _marker(kind: str, x: float, y: float, r: float, colour: str, outline: str = "#fff") -> str:
    open_ = f'fill="none" stroke="{colour}" stroke-width="2"'
    if kind == "dot":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" stroke="{outline}" stroke-width="2"/>'
    if kind == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" fill="{colour}" stroke="{outline}" stroke-width="1.5"/>'
    if kind == "diamond":
        d = r * 1.3
        return f'<path d="M{x:.1f} {y - d:.1f}L{x + d:.1f} {y:.1f}L{x:.1f} {y + d:.1f}L{x - d:.1f} {y:.1f}Z" fill="{colour}" stroke="{outline}" stroke-width="1.5"/>'
    if kind == "ring":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {open_}/>'
    if kind == "square-ring":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" {open_}/>'
    if kind == "diamond-ring":
        d = r * 1.3
        return f'<path d="M{x:.1f} {y - d:.1f}L{x + d:.1f} {y:.1f}L{x:.1f} {y + d:.1f}L{x - d:.1f} {y:.1f}Z" {open_}/>'
    if kind == "triangle-ring":
        d = r * 1.3
        return f'<path d="M{x:.1f} {y - d:.1f}L{x + d:.1f} {y + d * 0.75:.1f}L{x - d:.1f} {y + d * 0.75:.1f}Z" {open_}/>'
    if kind == "star":
        angles = np.pi / 2 + np.arange(10) * np.pi / 5
        radii = np.where(np.arange(10) % 2 == 0, r, r * 0.45)
        pts = " ".join(
            f"{x + q * math.cos(a):.1f},{y - q * math.sin(a):.1f}" for a, q in zip(angles, radii, strict=True)
        )
        return f'<polygon points="{pts}" fill="{colour}" stroke="#000" stroke-width="1"/>'
    raise ValueError(f"unknown marker {kind!r}")


def _runs(finite: np.ndarray) -> list[tuple[int, int]]:
    """(start, stop) of each run of True in `finite`."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], finite.astype(np.int8), [0]])))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def plot_svg(
    series: Sequence[Series],
    *,
    x_title: str,
    y_title: str,
    width: int = 400,
    height: int = 240,
    x_range: tuple[float, float] | None = None,
    y_range: tuple[float, float] | None = None,
    y_from_zero: bool = False,
    square: bool = False,
    most: int = 6,
    x_integers: bool = False,
    y_log: bool = False,
    x_log: bool = False,
    x_ticks: Sequence[float] | None = None,
    y_percent: bool = False,
) -> str:
    """The series on one pair of axes, as an SVG document `width` × `height` pixels (with
    `square`, the plot area is square, `height` decides its side and the width follows).
    Ranges default to the finite data's (data_range); at most `most` tick steps on each axis,
    whole numbers only on x with `x_integers` (sample 1, 2, 3, …); with `y_log` (`x_log`) y (x)
    is drawn as log10 of it (a value ≤ 0 is left out), ticked at powers of ten; `x_ticks` ticks
    x at these values instead (those inside its range, labelled by value_label on a log axis);
    `y_percent` labels y, a fraction, in per cent (0.25 → 25%); tick labels, grid and axis
    titles drawn; both titles escaped."""
    xs = [np.asarray(s.x, dtype=np.float64) for s in series]
    ys = [np.asarray(s.y, dtype=np.float64) for s in series]
    if y_log:
        ys = [np.log10(np.where(y > 0, y, np.nan)) for y in ys]
        y_range = y_range and (math.log10(y_range[0]), math.log10(y_range[1]))
    if x_log:
        xs = [np.log10(np.where(x > 0, x, np.nan)) for x in xs]
        x_range = x_range and (math.log10(x_range[0]), math.log10(x_range[1]))
    x0, x1 = x_range or data_range(np.concatenate(xs) if xs else [], pad=0.02)
    y0, y1 = y_range or data_range(np.concatenate(ys) if ys else [], from_zero=y_from_zero and not y_log)
    x_step, y_step = nice_step(x1 - x0, most, x_integers or x_log), nice_step(y1 - y0, most, integers=y_log)
    if x_ticks is None:
        xt = ticks(x0, x1, most, x_integers or x_log)
        x_labels = [power_label(int(round(v))) for v in xt] if x_log else axis_labels(xt, x_step)
    else:
        at = [(math.log10(v) if x_log else float(v), v) for v in x_ticks if not x_log or v > 0]
        at = [(p, v) for p, v in at if x0 - 1e-9 <= p <= x1 + 1e-9]
        xt = np.array([p for p, _ in at])
        x_labels = [value_label(v) if x_log else tick_label(v, x_step) for _, v in at]
    yt = ticks(y0, y1, most, integers=y_log)
    if y_log:
        y_labels = [power_label(int(round(v))) for v in yt]
    elif y_percent:
        y_labels = [tick_label(v * 100, y_step * 100) + "%" for v in yt]
    else:
        y_labels = axis_labels(yt, y_step)
    left = 26 + math.ceil(CHAR * max((len(s) for s in y_labels), default=1))  # the y title, the widest label
    h = height - TOP - BOTTOM
    w = h if square else width - left - RIGHT
    width = left + w + RIGHT if square else width

    def px(x):
        return left + (np.asarray(x, dtype=np.float64) - x0) / (x1 - x0) * w

    def py(y):
        return TOP + (y1 - np.asarray(y, dtype=np.float64)) / (y1 - y0) * h

    parts = [
        f'<defs><clipPath id="area"><rect x="{left}" y="{TOP}" width="{w}" height="{h}"/></clipPath></defs>'
    ]
    for v, label in zip(xt, x_labels, strict=True):
        gx = float(px(v))
        parts.append(GRID.format(x1=gx, y1=TOP, x2=gx, y2=TOP + h))
        parts.append(f'<text x="{gx:.1f}" y="{TOP + h + 16}" text-anchor="middle">{label}</text>')
    for v, label in zip(yt, y_labels, strict=True):
        gy = float(py(v))
        parts.append(GRID.format(x1=left, y1=gy, x2=left + w, y2=gy))
        parts.append(f'<text x="{left - 6}" y="{gy + 4:.1f}" text-anchor="end">{label}</text>')
    for s, x, y in zip(series, xs, ys, strict=True):
        finite = np.isfinite(x) & np.isfinite(y)
        sx, sy = px(np.where(finite, x, 0)), py(np.where(finite, y, 0))
        group = []
        if s.bars > 0:
            base = float(py(min(max(0.0, y0), y1)))
            half = s.bars / 2 / (x1 - x0) * w
            for i in np.flatnonzero(finite):
                group.append(
                    f'<rect x="{sx[i] - half:.2f}" y="{min(sy[i], base):.1f}" width="{2 * half:.2f}" '
                    f'height="{abs(base - sy[i]):.1f}" fill="{s.colour}"/>'
                )
        elif s.lines:
            dash = ' stroke-dasharray="6 4"' if s.dash else ""
            for a, b in _runs(finite):
                if b - a > 1:
                    pts = " ".join(f"{sx[i]:.1f},{sy[i]:.1f}" for i in range(a, b))
                    group.append(
                        f'<polyline points="{pts}" fill="none" stroke="{s.colour}" stroke-width="{s.width:g}"{dash}/>'
                    )
        if s.marker:
            group += [
                _marker(s.marker, sx[i], sy[i], s.size, s.colour, s.outline) for i in np.flatnonzero(finite)
            ]
        parts.append(f'<g clip-path="url(#area)">{"".join(group)}</g>')
    parts.append(f'<rect x="{left}" y="{TOP}" width="{w}" height="{h}" fill="none" stroke="#9aa3ad"/>')
    parts.append(
        f'<text x="{left + w / 2:.1f}" y="{height - 8}" text-anchor="middle">{escape(x_title)}</text>'
    )
    mid = TOP + h / 2
    parts.append(
        f'<text x="14" y="{mid:.1f}" text-anchor="middle" transform="rotate(-90 14 {mid:.1f})">{escape(y_title)}</text>'
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="{FONT}" fill="#31333f">{"".join(parts)}</svg>'
    )
