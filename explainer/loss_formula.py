"""Loss formulas written out with the numbers put in, as LaTeX for the page to show.

SSE = (1-0.37)^2 + (0-0.50)^2 + (0-0.13)^2 = 0.6638
CE  = -(1·ln 0.37 + 0·ln 0.50 + 0·ln 0.13) = 0.9943
"""

from __future__ import annotations

import numpy as np

from explainer.losses import cross_entropy, sse


def number(x: float) -> str:
    """0.5 -> "0.50", 1 -> "1", 0.3721 -> "0.3721": two decimals unless more are needed."""
    x = float(x)
    if x == round(x) and abs(x) < 1e15:
        return str(int(round(x)))
    for d in (2, 3, 4):
        if abs(x - round(x, d)) < 1e-9:
            return f"{x:.{d}f}"
    return f"{x:.4f}"


def _paren(x: float) -> str:
    s = number(x)
    return f"({s})" if x < 0 else s


def loss_value(x: float) -> str:
    """A loss shown to four decimals, as the course does: 0.6638."""
    return f"{float(x):.4f}"


def sse_latex(y_true, y_pred, name: str = "SSE") -> str:
    """SSE = sum_i (y_i - y'_i)^2, every term written out with its numbers."""
    y, yp = np.ravel(y_true), np.ravel(y_pred)
    terms = " + ".join(f"({number(a)}-{_paren(b)})^2" for a, b in zip(y, yp, strict=True))
    return rf"\text{{{name}}} = {terms} = {loss_value(sse(y, yp))}"


def ce_latex(y_true, y_pred, name: str = "CE") -> str:
    """CE = -sum_i y_i ln(y'_i); the zero terms drop out, leaving -ln(y'_true) for one-hot y.

    The value is computed like Keras, with y' clipped to [EPS, 1 - EPS], so ln 0 stays finite.
    """
    y, yp = np.ravel(y_true), np.ravel(y_pred)
    terms = " + ".join(rf"{number(a)} \cdot \ln {_paren(b)}" for a, b in zip(y, yp, strict=True))
    out = rf"\text{{{name}}} = -({terms})"
    nonzero = [(a, b) for a, b in zip(y, yp, strict=True) if a != 0]
    if len(nonzero) == 1 and nonzero[0][0] == 1:
        b = nonzero[0][1]
        out += rf" = -\ln {_paren(b)}"
    return out + f" = {loss_value(cross_entropy(y, yp))}"
