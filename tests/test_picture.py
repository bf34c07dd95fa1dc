"""explainer/figures/picture.py's colour scales: both colour forms the scales are written in."""

import numpy as np
import pytest

from explainer.figures.gradient_descent_2d import BLUES_R
from explainer.figures.picture import parse_colour, scale_colours


@pytest.mark.parametrize(
    ("colour", "rgb"),
    [
        ("#08306b", (8, 48, 107)),
        ("#F7FBFF", (247, 251, 255)),
        ("rgb(8,48,107)", (8, 48, 107)),
        ("rgb( 247, 251 ,255 )", (247, 251, 255)),
        (" rgb(0, 0, 0) ", (0, 0, 0)),
    ],
)
def test_both_colour_forms_are_read(colour, rgb):
    assert parse_colour(colour) == rgb


@pytest.mark.parametrize("bad", ["#fff", "#08306", "#0830zz", "rgb(256,0,0)", "rgba(1,2,3,0.5)", "blue", ""])
def test_anything_else_is_refused(bad):
    with pytest.raises(ValueError):
        parse_colour(bad)


def test_a_scale_mixing_both_forms_is_linear_between_its_stops():
    """The ends are the stops' colours; halfway is the mean, rounded; `shade` darkens each."""
    scale = [[0.0, "#000000"], [0.5, "rgb(100, 200, 50)"], [1.0, "#ffffff"]]
    assert scale_colours(scale, [0.0, 0.5, 1.0]) == ["#000000", "#64c832", "#ffffff"]
    assert scale_colours(scale, [0.25, 0.6]) == ["#326419", "#83d35b"]  # (50, 100, 25), (131, 211, 91)
    assert scale_colours(scale, [1.0, 1.0], shade=np.array([1.0, 0.5])) == ["#ffffff", "#808080"]


def test_the_written_out_blues_scale_runs_from_dark_to_nearly_white():
    """gradient_descent_2d.BLUES_R is written as "rgb(r,g,b)" stops: its ends as #rrggbb."""
    assert scale_colours(BLUES_R, [0.0, 1.0]) == ["#08306b", "#f7fbff"]
