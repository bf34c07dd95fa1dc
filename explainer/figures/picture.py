"""An SVG picture with a legend above it, as HTML for st.html.

st.html's sanitiser keeps HTML only: an inline <svg> would be removed. A data-URL image passes,
and the browser draws it once, as one picture (no charting code loaded, nothing re-laid out).
Used for the pictures drawn on the server: the charts of svg_plot.py (the knobs, loss, gradient
descent and training pages), gradient descent's 3-D surface (explainer/figures/surface_svg.py)
and the knobs page's points and boundary (explainer/figures/decision_svg.py).
"""

from __future__ import annotations

import base64
import re
from html import escape

import numpy as np

RGB = re.compile(r"rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)")
HEX = re.compile(r"#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})")


def parse_colour(colour: str) -> tuple[int, int, int]:
    """A colour written "#rrggbb" or "rgb(r, g, b)" (spaces optional) as (r, g, b) in 0..255;
    ValueError for anything else."""
    if m := HEX.fullmatch(colour.strip()):
        return tuple(int(g, 16) for g in m.groups())
    if m := RGB.fullmatch(colour.strip()):
        rgb = tuple(int(g) for g in m.groups())
        if max(rgb) <= 255:
            return rgb
    raise ValueError(f"not a colour of the form #rrggbb or rgb(r, g, b): {colour!r}")


def scale_colours(scale, t, shade=None) -> list[str]:
    """The colour of a colour scale [[stop, colour], …] (colours "#rrggbb" or "rgb(r, g, b)") at
    each t in [0, 1], linear between stops, times `shade` in [0, 1] if given, as "#rrggbb"."""
    stops = np.array([float(s) for s, _ in scale])
    rgb = np.array([parse_colour(c) for _, c in scale], dtype=np.float64)  # (k, 3)
    t = np.atleast_1d(np.asarray(t, dtype=np.float64))
    out = np.stack([np.interp(t, stops, rgb[:, i]) for i in range(3)], axis=-1)  # (n, 3)
    if shade is not None:
        out = out * np.asarray(shade, dtype=np.float64)[:, None]
    out = np.clip(out, 0, 255).round().astype(int)
    return [f"#{r:02x}{g:02x}{b:02x}" for r, g, b in out]


# A legend entry's mark, as the CSS of a small inline box in colour c.
MARKS = {
    "line": "width:1.4rem;height:0.25rem;background:{c}",
    "dashed": "width:1.4rem;height:0;border-top:2px dashed {c}",
    "dot": "width:0.7rem;height:0.7rem;border-radius:50%;background:{c}",
    "square": "width:0.9rem;height:0.9rem;border:1px solid #9aa3ad;background:{c}",
    "diamond": "width:0.62rem;height:0.62rem;margin-left:0.14rem;background:{c};transform:rotate(45deg)",
}
# A legend entry's mark drawn as a character in colour c (the point shapes of svg_plot.py).
GLYPHS = {
    "cross": "✕",
    "ring": "○",
    "square-ring": "□",
    "diamond-ring": "◇",
    "triangle-ring": "△",
    "star": "★",
    "ringed": "◎",  # a point with a ring around it (the class board's own runs)
}


def _root(svg: str, name: str) -> float:
    """A number attribute of the SVG's root element (0 if it has none)."""
    m = re.search(rf' {name}="([\d.]+)"', svg[: svg.find(">")])
    return float(m.group(1)) if m else 0.0


def text_widths(svg: str) -> float:
    """The SVG's own width in units of its font size (its root's width / font-size): how wide the
    picture must be drawn for its text to be 1 em. 0 when the root does not say."""
    width, font = _root(svg, "width"), _root(svg, "font-size")
    return width / font if width and font else 0.0


def picture_html(svg: str, legend: list[tuple[str, str, str]], alt: str, width: int, kind: str = "") -> str:
    """The SVG document `svg` as an image at most `width` pixels wide, under a legend of
    (colour or CSS background, name, mark) entries, mark one of MARKS or GLYPHS; every name
    and the alternative text escaped. `kind` is an extra class name for the wrapper.

    The image carries --ems, its width in units of its own font size (text_widths): on a slide
    (ui/deck.css) it is drawn wide enough that its text is as large as the slide's chart text."""
    data = base64.b64encode(svg.encode()).decode()
    ems = text_widths(svg)
    ems = f";--ems:{ems:.2f}" if ems > 0 else ""
    w, h = _root(svg, "width"), _root(svg, "height")
    size = f' width="{w:g}" height="{h:g}"' if w and h else ""  # its shape before it is decoded: no jump
    marks = []
    for colour, name, mark in legend:
        c = escape(colour)
        if mark in GLYPHS:
            box = f'<span style="color:{c};font-weight:700;margin-right:0.35rem">{GLYPHS[mark]}</span>'
        else:
            box = (
                f'<span style="display:inline-block;{MARKS[mark].format(c=c)};vertical-align:middle;'
                'margin-right:0.35rem"></span>'
            )
        marks.append(f"<span>{box}{escape(name)}</span>")
    return (
        f'<div class="svg-picture {escape(kind)}"><div style="display:flex;gap:0.3rem 1rem;flex-wrap:wrap;'
        f'font-size:0.85rem;margin:0 0 0.2rem">{"".join(marks)}</div><img src="data:image/svg+xml;base64,{data}" '
        f'alt="{escape(alt)}"{size} style="width:100%;max-width:{width}px;height:auto{ems}"></div>'
    )


REDUCED_MOTION = (
    "<style>.motion-still{display:none}"
    "@media (prefers-reduced-motion: reduce){.motion-moving{display:none}.motion-still{display:block}}</style>"
)


def motion_html(moving: str, still: str) -> str:
    """Two pictures (picture_html) of which the browser shows one: `moving` (an animation), or
    `still` where the learner's system asks for reduced motion (the CSS media query
    prefers-reduced-motion, read by the page: a query inside an SVG image does not see it)."""
    return f'{REDUCED_MOTION}<div class="motion-moving">{moving}</div><div class="motion-still">{still}</div>'
