"""The gradient-descent page's shareable settings: learning rates on a log grid, and specs.

The learning-rate grid runs from 1e-4 to 10 in 1-2-3-5-7 steps per decade, so equal slider
moves multiply lr by about the same factor: lr = m * 10^k, m in (1, 2, 3, 5, 7).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from explainer.curves import CURVE_IDS
from explainer.formula import MAX_LEN, FormulaParam
from explainer.optimizers2d import SURFACES
from explainer.urlparams import ChoiceParam, FloatParam, IntParam

LR_GRID: tuple[float, ...] = tuple(float(f"{m}e{k}") for k in range(-4, 1) for m in (1, 2, 3, 5, 7)) + (
    10.0,
)  # 1e-4 .. 10, 26 values
DEFAULT_FORMULA = "w**4/20 - w**2 + w/2 + 5"


@dataclass(frozen=True)
class LrParam:
    """A learning rate that must sit on LR_GRID (the slider's options); "0.1" -> 0.1."""

    default: float

    def parse(self, raw: str) -> float:
        v = float(raw)  # float() never evaluates code
        for g in LR_GRID:
            if math.isclose(v, g, rel_tol=1e-9):
                return g
        raise ValueError(f"{raw!r} is not one of the learning rates on the slider")

    def dump(self, v: float) -> str:
        return f"{float(v):g}"


def one_weight_params() -> dict:
    """URL parameters of the one-weight playground."""
    return {
        "curve": ChoiceParam("bowl", CURVE_IDS),
        "f": FormulaParam(DEFAULT_FORMULA),
        "start": FloatParam(-1.0, -5.0, 5.0),
        "lr": LrParam(0.1),
        "steps": IntParam(30, 1, 1000),
    }


def two_weight_params() -> dict:
    """URL parameters of the two-weight section."""
    return {
        "surf": ChoiceParam("ravine", tuple(SURFACES)),
        "lr2": LrParam(0.3),
        "steps2": IntParam(60, 1, 500),
        "beta": FloatParam(0.9, 0.0, 0.99),
    }


FORMULA_MAX_LEN = MAX_LEN
