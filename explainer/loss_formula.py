"""Loss formulas written out with the numbers put in, as LaTeX for the page to show.

SSE = (1-0.37)^2 + (0-0.50)^2 + (0-0.13)^2 = 0.3969 + 0.2500 + 0.0169 = 0.6638
CE  = -(1·ln 0.37 + 0·ln 0.50 + 0·ln 0.13) = -ln 0.37 = 0.9943

Every number is written in plain decimals, never as 1.4e-05: a beginner reads 0.000014.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from explainer.losses import cross_entropy, squared_errors, sse

MAX_DECIMALS = 16  # below 10^-16 a plain decimal is all zeros anyway


def number(x: float) -> str:
    """0.5 -> "0.50", 1 -> "1", 0.3721 -> "0.3721": two decimals unless more are needed."""
    x = float(x)
    if x == round(x) and abs(x) < 1e15:
        return str(int(round(x)))
    for d in (2, 3, 4):
        if abs(x - round(x, d)) < 1e-9:
            return f"{x:.{d}f}"
    return f"{x:.4f}"


def _decimals_for(x: float, significant: int) -> int:
    """Decimal places that show `significant` digits of a small x: 0.000014 needs 6 for 2."""
    return min(MAX_DECIMALS, -math.floor(math.log10(abs(x))) + significant - 1)


def loss_value(x: float, decimals: int = 4) -> str:
    """A loss to four decimals, as the course writes it (0.6638); a loss that is not 0 but would
    round to 0 gets two significant digits in plain decimals (0.000014), so it never reads
    "0.0000" or "1.4e-05"."""
    x = float(x)
    if x == 0 or abs(x) >= 0.5 * 10.0**-decimals:
        return f"{x:.{decimals}f}"
    return f"{x:.{_decimals_for(x, 2)}f}"


def sum_decimals(total: float) -> int:
    """Decimal places for a sum and its terms: four (0.6638), or enough for three significant
    digits of a smaller total (0.00353), so the terms shown add up to the total shown."""
    total = abs(float(total))
    return 4 if total == 0 or total >= 0.01 else max(4, _decimals_for(total, 3))


def total_text(total: float) -> str:
    """A sum of loss terms as sse_latex writes it: 0.6638, 0.00353."""
    return loss_value(total, sum_decimals(total))


def prob_text(p: float) -> str:
    """A network's probability to four decimals, or with more where four would turn it into
    0.0000 or 1.0000 although it is not: 0.99998141 -> "0.9999814", 0.0000636 -> "0.0000636"
    (three significant digits of the smaller of p and 1 - p)."""
    p = float(p)
    gap = min(abs(p), abs(1.0 - p))
    if gap == 0 or gap >= 0.0005:
        return f"{p:.4f}"
    return f"{p:.{max(4, _decimals_for(gap, 3))}f}"


def vector_text(v, fmt: Callable[[float], str] = number) -> str:
    """[1.0, 0.0, 0.0] -> "[1, 0, 0]" (each entry written by `fmt`)."""
    return "[" + ", ".join(fmt(x) for x in np.ravel(v)) + "]"


def _paren(x: float, fmt: Callable[[float], str] = number) -> str:
    s = fmt(x)
    return f"({s})" if x < 0 else s


def sse_latex(y_true, y_pred, name: str = "SSE", fmt: Callable[[float], str] = number) -> str:
    """SSE = sum_i (y_i - y'_i)^2 over three lines: every term with its numbers, every term's
    value, the sum. y' is written by `fmt` (prob_text for a network's own outputs)."""
    y, yp = np.ravel(y_true), np.ravel(y_pred)
    terms = " + ".join(f"({number(a)}-{_paren(b, fmt)})^2" for a, b in zip(y, yp, strict=True))
    total = sse(y, yp)
    values = " + ".join(loss_value(v, sum_decimals(total)) for v in squared_errors(y, yp))
    return rf"\begin{{aligned}} \text{{{name}}} &= {terms} \\ &= {values} \\ &= {total_text(total)} \end{{aligned}}"


def ce_latex(y_true, y_pred, name: str = "CE", fmt: Callable[[float], str] = number) -> str:
    """CE = -sum_i y_i ln(y'_i); the zero terms drop out, leaving -ln(y'_true) for one-hot y.

    The value is computed like Keras, with y' clipped to [EPS, 1 - EPS], so ln 0 stays finite.
    """
    y, yp = np.ravel(y_true), np.ravel(y_pred)
    terms = " + ".join(rf"{number(a)} \cdot \ln {_paren(b, fmt)}" for a, b in zip(y, yp, strict=True))
    lines = [rf"\text{{{name}}} &= -({terms})"]
    nonzero = [(a, b) for a, b in zip(y, yp, strict=True) if a != 0]
    if len(nonzero) == 1 and nonzero[0][0] == 1:
        lines.append(rf"&= -\ln {_paren(nonzero[0][1], fmt)}")
    lines.append(f"&= {loss_value(cross_entropy(y, yp))}")
    return r"\begin{aligned} " + r" \\ ".join(lines) + r" \end{aligned}"
