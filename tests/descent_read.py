"""Reading the one-weight pictures of the gradient-descent page (explainer/figures/gradient_descent*.py)
back into numbers, as tests/svg_read.py reads any svg_plot chart: through its tick labels. Adds
what those pictures draw over the chart: the frames of an animation (explainer/figures/
curve_svg.frames) and which of them shows at a moment, stars, and the texts of a frame.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np

from tests.svg_read import SVG, Chart


def frame_groups(chart: Chart) -> list[ET.Element]:
    """The animation's frames (<g class="frame">), in drawing order."""
    return [g for g in chart.root.iter(f"{SVG}g") if g.get("class") == "frame"]


def shown_at(g: ET.Element, t: float) -> bool:
    """Whether frame `g` is visible at t seconds, by SMIL's rules for its discrete visibility
    <animate> (repeating for ever; the value in force is that of the last key time passed)."""
    anim = g.find(f"{SVG}animate")
    if anim is None:
        return g.get("visibility", "visible") == "visible"
    dur = float(anim.get("dur").rstrip("s"))
    at = (t % dur) / dur
    values, times = anim.get("values").split(";"), [float(x) for x in anim.get("keyTimes").split(";")]
    assert times[0] == 0 and times == sorted(times) and len(times) == len(values)
    assert anim.get("calcMode") == "discrete" and anim.get("repeatCount") == "indefinite"
    return values[max(i for i, k in enumerate(times) if k <= at)] == "visible"


def loop_seconds(chart: Chart) -> float:
    """How long one round of the animation takes (every frame's <animate> has the same dur)."""
    durs = {g.find(f"{SVG}animate").get("dur") for g in frame_groups(chart)}
    assert len(durs) == 1
    return float(durs.pop().rstrip("s"))


def texts(el: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in el.iter(f"{SVG}text")]


def in_group(chart: Chart, g: ET.Element) -> Chart:
    """A reader of frame `g` alone: the chart's axes, only the lines and marks of that frame."""
    one = Chart.__new__(Chart)
    one.__dict__ |= chart.__dict__
    one.root = g
    return one


def lines_by_colour(chart: Chart) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for ln in chart.lines():
        out.setdefault(ln["colour"], []).append(ln)
    return out


def slope(points) -> float:
    """Rise over run of a drawn line's first and last point, in data units."""
    (x0, y0), (x1, y1) = points[0], points[-1]
    return (y1 - y0) / (x1 - x0)


def stars(chart: Chart) -> list[tuple[str, float, float]]:
    """Every star (svg_plot's "star" marker, a 10-point polygon): its colour and centre as data."""
    out = []
    for p in chart.root.iter(f"{SVG}polygon"):
        pts = np.array([list(map(float, q.split(","))) for q in p.get("points").split()])
        cx, cy = pts.mean(axis=0)  # the star is symmetric about its centre
        out.append((p.get("fill"), chart.x(cx), chart.y(cy)))
    return out
