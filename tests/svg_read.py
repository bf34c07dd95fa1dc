"""Reading a chart drawn by explainer/figures/svg_plot.py back into numbers, the way a learner
reads it: the plot area is its grey frame, and a screen position becomes a value through the tick
labels printed on the axes (linear, or in log10 on a log axis), not through the ranges the code
chose. Used by the unit tests of the pictures, the AppTest page tests and the browser tests.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

SVG = "{http://www.w3.org/2000/svg}"
FRAME = "#9aa3ad"  # the plot area's border
SUPER = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def label_value(label: str) -> float:
    """A tick label as the number it says: "0.25", "40%" (0.4), "10⁻⁶" (1e-6), "3×10¹¹" (3e11)."""
    if "×10" in label:
        m, n = label.split("×10")
        return float(m) * 10.0 ** int(n.translate(SUPER))
    if label.endswith("%"):
        return float(label[:-1]) / 100
    if label.startswith("10") and len(label) > 2 and not label[2].isdigit() and label[2] != ".":
        return 10.0 ** int(label[2:].translate(SUPER))
    return float(label)


@dataclass
class Mark:
    """One point drawn: its shape (svg_plot's marker names), colour and centre on the screen."""

    kind: str
    colour: str
    x: float
    y: float
    size: float


class Chart:
    """An svg_plot chart: its frame, tick labels, lines and marks, and a reader screen -> data."""

    def __init__(self, svg: str, x_log: bool = False, y_log: bool = False):
        self.root = ET.fromstring(svg)
        rect = next(r for r in self.root.iter(f"{SVG}rect") if r.get("stroke") == FRAME)
        self.left, self.top, self.w, self.h = (float(rect.get(k)) for k in ("x", "y", "width", "height"))
        texts = list(self.root.iter(f"{SVG}text"))
        bottom = self.top + self.h + 16
        self.x_labels = [(t.text, float(t.get("x"))) for t in texts if t.get("text-anchor") == "middle"
                         and abs(float(t.get("y")) - bottom) < 0.5]  # fmt: skip
        self.y_labels = [(t.text, float(t.get("y")) - 4) for t in texts if t.get("text-anchor") == "end"]
        self.x_log, self.y_log = x_log, y_log

    @staticmethod
    def _axis(labels, log: bool):
        (a, pa), (b, pb) = labels[0], labels[-1]
        va, vb = label_value(a), label_value(b)
        if log:
            va, vb = math.log10(va), math.log10(vb)

        def read(p: float) -> float:
            v = va + (p - pa) / (pb - pa) * (vb - va)
            return 10.0**v if log else v

        return read

    def x(self, sx: float) -> float:
        """The value at screen x `sx`, read against the first and last x tick labels."""
        return self._axis(self.x_labels, self.x_log)(sx)

    def y(self, sy: float) -> float:
        """The value at screen y `sy`, read against the first and last y tick labels."""
        return self._axis(self.y_labels, self.y_log)(sy)

    def x_span(self) -> tuple[float, float]:
        """The values at the frame's left and right edges."""
        return self.x(self.left), self.x(self.left + self.w)

    def y_span(self) -> tuple[float, float]:
        """The values at the frame's bottom and top edges."""
        return self.y(self.top + self.h), self.y(self.top)

    def lines(self) -> list[dict]:
        """Every line: its colour, width, whether dashed, and its points as data (x, y)."""
        out = []
        for line in self.root.iter(f"{SVG}polyline"):
            pts = [tuple(map(float, p.split(","))) for p in line.get("points").split()]
            out.append({
                "colour": line.get("stroke"),
                "width": float(line.get("stroke-width")),
                "dashed": line.get("stroke-dasharray") is not None,
                "points": [(self.x(sx), self.y(sy)) for sx, sy in pts],
            })  # fmt: skip
        return out

    def marks(self) -> list[Mark]:
        """Every point drawn (dots, squares, diamonds; filled or open), its centre read as data."""
        out = []
        for el in self.root.iter():
            tag, fill = el.tag.replace(SVG, ""), el.get("fill")
            is_open = fill == "none"
            colour = el.get("stroke") if is_open else fill
            if tag == "circle":
                cx, cy, size = float(el.get("cx")), float(el.get("cy")), float(el.get("r"))
                kind = "ring" if is_open else "dot"
            elif tag == "rect" and el.get("stroke") not in (None, FRAME):  # not the frame, a bar or the clip
                size = float(el.get("width")) / 2
                cx, cy = float(el.get("x")) + size, float(el.get("y")) + size
                kind = "square-ring" if is_open else "square"
            elif tag == "path" and el.get("d", "").count("L") == 3:  # a diamond: top, right, bottom, left
                corners = re.findall(r"(-?[\d.]+) (-?[\d.]+)", el.get("d"))
                (tx, ty), (rx, _) = [(float(a), float(b)) for a, b in corners[:2]]
                cx, cy, size = tx, ty + (rx - tx), (rx - tx) / 1.3
                kind = "diamond-ring" if is_open else "diamond"
            else:
                continue
            out.append(Mark(kind, colour, self.x(cx), self.y(cy), size))
        return out
