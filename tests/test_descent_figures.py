"""Figures: axis titles from the caller, texts all passed in. (The one-weight pictures, walk,
slope sign, animation and valleys: tests/test_descent_pictures.py.)"""

import xml.etree.ElementTree as ET

import numpy as np
import pytest

from explainer import optimizers2d as opt
from explainer.figures.contour_svg import contour_svg
from explainer.figures.gradient_descent_2d import OPT_COLORS
from explainer.figures.gradient_descent_losses import log_axis, loss_steps_svg, losses_svg

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: str) -> set[str]:
    """Every word of an SVG picture that is not a number (its tick labels)."""
    out = set()
    for t in ET.fromstring(svg).iter(f"{SVG}text"):
        try:
            float(t.text.replace("−", "-"))
        except ValueError:
            out.add(t.text)
    return out


def test_loss_steps_uses_log_axis_when_it_spans_decades(descent_labels):
    """Positive losses spanning decades get a log axis, ticked at powers of ten, with each
    step's dot at the height of log10 of its loss; negative ones a linear axis."""
    assert log_axis([9.0, 1.0, 1e-3]) and not log_axis([1.0, -0.5]) and not log_axis([9.0, 1.0])
    root = ET.fromstring(loss_steps_svg(np.array([9.0, 1.0, 1e-3]), "#e45756", descent_labels.one))
    ticks = {t.text: float(t.get("y")) - 4 for t in root.iter(f"{SVG}text") if t.get("text-anchor") == "end"}
    assert {"0.001", "0.01", "0.1", "1"} <= set(ticks)
    per_decade = ticks["0.001"] - ticks["1"]  # pixels from 10^0 down to 10^-3, over 3
    dots = [float(c.get("cy")) for c in root.iter(f"{SVG}circle")]
    for loss, cy in zip([9.0, 1.0, 1e-3], dots, strict=True):
        assert cy == pytest.approx(ticks["1"] - np.log10(loss) * per_decade / 3, abs=0.2)
    linear = loss_steps_svg(np.array([1.0, -0.5]), "#e45756", descent_labels.one)
    assert ">-0.5<" in linear or ">-0.50<" in linear  # a negative loss stays on a linear axis


def test_two_weight_figures_take_all_text_from_labels(descent_labels):
    """The contour map and the loss chart show only texts passed in: the map's words are its
    axes' and colour bar's (the paths, arrows and colours are named in the legend beside it,
    tests/test_descent_figures_dict.py). Its drawing: tests/test_contour_svg.py; the 3-D
    picture's texts: tests/test_surface_svg.py."""
    s = opt.SURFACES["ravine"]
    w1, w2, L = opt.grid(s, 50)
    runs = opt.run_all(s, s.start, 0.3, 20)
    g = opt.gradient(s, s.start)
    c = contour_svg(w1, w2, L, {n: r.w for n, r in runs.items()}, OPT_COLORS, descent_labels.two, s.start, g)
    assert texts(c) == {"<w1>", "<w2>", "<loss>"}
    lf = losses_svg({n: r.loss for n, r in runs.items()}, OPT_COLORS, descent_labels.two)
    assert ">&lt;step&gt;</text>" in lf and ">&lt;loss&gt;</text>" in lf
