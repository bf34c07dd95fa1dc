"""Many steps of gradient descent on one weight, and what kind of run it was.

    W_{k+1} = W_k - lr * L'(W_k)          (explainer.descent.update, repeated)

`descend` runs every start in an array at once (one numpy step moves them all). A run is
never clipped: it stops only when a number stops being a number (inf or NaN), and says at
which step. `classify` labels a finished run:

    diverged     a number overflowed, or the loss rose while the steps kept growing
    converged    the slope shrank to (almost) zero at a valley bottom (L'' > 0)
    stalled      the slope is (almost) zero but the ground is flat: stuck on a plateau
    oscillating  the slope keeps flipping sign: W jumps from one wall to the other
    creeping     still walking downhill the same way: more steps (or a bigger lr) needed
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from explainer.checks import finite_number
from explainer.curves import Curve

MAX_STEPS = 5000
STATUSES = ("converged", "oscillating", "diverged", "creeping", "stalled")
TOL = 1e-2  # "settled": |slope| below TOL * max(1, |slope at the start|)
HUGE = 1e150  # a weight beyond this is reported as overflow (its loss cannot be squared)
# The valleys step: 41 starts -5, -4.75, .., 5, each run VALLEY_STEPS steps (VALLEY_LR by default)
VALLEY_STARTS = tuple(-5.0 + 0.25 * i for i in range(41))
VALLEY_STEPS, VALLEY_LR = 300, 0.05


@dataclass(frozen=True)
class Path:
    w: np.ndarray  # (k + 1,) W_0 .. W_k; every entry finite (the run stops before inf/NaN)
    loss: np.ndarray  # (k + 1,) L(W_i)
    slope: np.ndarray  # (k + 1,) L'(W_i)
    lr: float
    steps: int  # steps asked for; k < steps when the run stopped early
    status: str  # one of STATUSES
    stop_step: int | None = None  # the step (1-based) whose numbers overflowed or were undefined
    stop_reason: str | None = None  # "overflow" | "undefined"
    settle_step: int | None = None  # first step from which |slope| stays below the tolerance

    @property
    def taken(self) -> int:
        return len(self.w) - 1


def _check(lr, steps) -> tuple[float, int]:
    lr = finite_number(lr, "lr")
    if lr <= 0:
        raise ValueError(f"lr must be positive, got {lr}")
    if isinstance(steps, bool) or int(steps) != steps or not 0 <= steps <= MAX_STEPS:
        raise ValueError(f"steps must be a whole number from 0 to {MAX_STEPS}, got {steps!r}")
    return lr, int(steps)


def descend(curve: Curve, w0, lr, steps) -> np.ndarray:
    """All the weights visited from each start: shape (steps + 1, m) for m starts.

    A start whose numbers blow up carries NaN from then on (the others keep going).
    """
    lr, steps = _check(lr, steps)
    w = np.array(w0, dtype=np.float64).reshape(-1)  # (m,)
    out = np.full((steps + 1, w.size), np.nan)  # (steps + 1, m)
    out[0] = w
    with np.errstate(all="ignore"):
        if w.size == 1:  # one start: single float64 numbers are ~20x faster than 1-element arrays
            x, col = np.float64(w[0]), out[:, 0]
            for k in range(1, steps + 1):
                x = x - lr * np.float64(curve.slope(x))  # W_new = W - lr * slope
                col[k] = x
            return out
        for k in range(1, steps + 1):
            w = w - lr * curve.slope(w)  # W_new = W - lr * slope
            out[k] = w
    return out


def run(curve: Curve, w0, lr, steps) -> Path:
    """One run from one start, stopped at the first non-finite number, then classified."""
    lr, steps = _check(lr, steps)
    w0 = finite_number(w0, "w0")
    w = descend(curve, w0, lr, steps)[:, 0]  # (steps + 1,)
    with np.errstate(all="ignore"):
        loss = np.asarray(curve.loss(w), dtype=np.float64) + np.zeros_like(w)
        slope = np.asarray(curve.slope(w), dtype=np.float64) + np.zeros_like(w)
    bad = ~(np.isfinite(w) & np.isfinite(loss) & np.isfinite(slope)) | (np.abs(w) > HUGE)
    stop_step = stop_reason = None
    if bad.any():
        k = int(np.argmax(bad))
        if k == 0:
            raise ValueError(f"the loss or slope is not defined at the start w = {w0}")
        over = not np.isfinite(w[k]) or abs(w[k]) > HUGE or np.isinf(loss[k]) or np.isinf(slope[k])
        stop_step, stop_reason = k, "overflow" if over else "undefined"
        w, loss, slope = w[:k], loss[:k], slope[:k]
    status, settle = classify(curve, w, loss, slope, stopped=stop_step is not None)
    return Path(w, loss, slope, lr, steps, status, stop_step, stop_reason, settle)


def classify(curve: Curve, w, loss, slope, stopped: bool = False) -> tuple[str, int | None]:
    """Label a run (see the module docstring) and the step from which it settled, if it did."""
    w, loss, slope = (np.asarray(a, dtype=np.float64) for a in (w, loss, slope))
    if stopped:
        return "diverged", None
    n = len(w) - 1
    if n == 0:
        return "creeping", None
    dw = np.abs(np.diff(w))  # (n,)
    tol = TOL * max(1.0, abs(slope[0]))
    if loss[-1] > loss[0] and n >= 3 and dw[-1] > 2.0 * dw[0] and dw[-1] > 1e-9:
        return "diverged", None
    small = np.abs(slope) <= tol  # (n + 1,)
    if small[-1]:
        settle = int(n + 1 - np.argmax(~small[::-1])) if not small.all() else 0
        bottom = float(curve.curvature(w[-1])) > 1e-3
        return ("converged" if bottom else "stalled"), settle
    tail = np.sign(slope[-min(n + 1, 11) :])  # the last (up to) 10 steps
    flips = np.count_nonzero(tail[1:] * tail[:-1] < 0)
    if len(tail) > 2 and flips >= 0.8 * (len(tail) - 1):
        return "oscillating", None
    return "creeping", None


_SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
PLAIN = (-6, 7)  # decimal exponents written out in full: 0.000001 .. 9999999


def fmt(x: float, digits: int = 6) -> str:
    """A number as a learner reads it: at most `digits` significant digits, no float noise, and
    no "e" notation: 0.0000137925 in full, and beyond PLAIN a power of ten (1.23457 × 10¹⁴).

    0.38 - 0.01 * -0.55 prints as 0.3855.
    """
    x = float(x)
    if not math.isfinite(x):
        return str(x)
    if x == 0:
        return "0"
    sci = f"{x:.{digits - 1}e}"  # "-3.85500e-01": `digits` significant digits
    mant, exp = sci.split("e")
    e = int(exp)
    if PLAIN[0] <= e < PLAIN[1]:
        s = format(Decimal(sci), "f")
        return s.rstrip("0").rstrip(".") if "." in s else s
    mant = mant.rstrip("0").rstrip(".")
    return f"{mant} × 10{str(e).translate(_SUP)}"


def tex(s: str) -> str:
    """A number written by fmt, for LaTeX: "1.2 × 10⁻⁸" -> "1.2 \\times 10^{-8}"."""
    if " × 10" not in s:
        return s
    mant, power = s.split(" × 10")
    back = power.translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789"))
    return f"{mant} \\times 10^{{{back}}}"


def endings(curve: Curve, starts, lr, steps) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Run every start at once and group the ones that settled by the valley they reached.

    Returns finals (m,) (NaN where a run blew up), valley (m,) (index into bottoms, -1 for a
    run that did not settle at a valley bottom) and bottoms (v,) sorted left to right.
    """
    starts = np.asarray(starts, dtype=np.float64).reshape(-1)  # (m,)
    finals = descend(curve, starts, lr, steps)[-1]  # (m,)
    with np.errstate(all="ignore"):
        slope0 = np.abs(curve.slope(starts)) + np.zeros_like(starts)
        settled = (np.abs(curve.slope(finals)) <= TOL * np.maximum(1.0, slope0)) & (
            curve.curvature(finals) > 1e-3
        )
    settled &= np.isfinite(finals)
    valley = np.full(starts.shape, -1)
    bottoms: list[float] = []
    order = np.argsort(np.where(settled, finals, np.inf))
    lo, hi = curve.domain
    gap = 1e-3 * (hi - lo)
    for i in order[: int(settled.sum())]:
        if not bottoms or finals[i] - bottoms[-1] > gap:
            bottoms.append(float(finals[i]))
        valley[i] = len(bottoms) - 1
    return finals, valley, np.array(bottoms)


def step_rows(curve: Curve, w) -> dict[str, np.ndarray]:
    """The steps of a path as columns: k, W_k, L(W_k), slope L'(W_k), move = W_k - W_k+1, W_k+1."""
    w = np.asarray(w, dtype=np.float64)  # (n + 1,)
    before = w[:-1]  # (n,)
    with np.errstate(all="ignore"):
        loss = np.asarray(curve.loss(before), dtype=np.float64) + np.zeros_like(before)
        slope = np.asarray(curve.slope(before), dtype=np.float64) + np.zeros_like(before)
    return {
        "k": np.arange(1, len(w)),
        "w": before,
        "loss": loss,
        "slope": slope,
        "move": before - w[1:],  # = lr * slope
        "w_new": w[1:],
    }


def peaks(curve: Curve, n: int = 2001) -> np.ndarray:
    """The hilltops (local maxima) of L inside curve.domain, left to right: where the slope
    turns from positive to negative, found on n grid points and refined by bisection."""
    lo, hi = curve.domain
    w = np.linspace(lo, hi, n)  # (n,)
    with np.errstate(all="ignore"):
        s = np.asarray(curve.slope(w), dtype=np.float64) + np.zeros_like(w)
    out = []
    for k in np.flatnonzero((s[:-1] > 0) & (s[1:] <= 0)):
        a, b = float(w[k]), float(w[k + 1])  # slope(a) > 0 >= slope(b)
        for _ in range(50):
            m = 0.5 * (a + b)
            a, b = (m, b) if float(curve.slope(m)) > 0 else (a, m)
        out.append(0.5 * (a + b))
    return np.array(out)


def downhill_valley(tops: np.ndarray, bottoms: np.ndarray, w) -> np.ndarray:
    """For each weight in w, the valley (index into bottoms) its ground slopes down into: the
    bottom between the same two hilltops; -1 where no bottom found lies there."""
    stretch_of_bottom = {int(s): v for v, s in enumerate(np.searchsorted(tops, bottoms))}
    stretch = np.searchsorted(tops, np.asarray(w, dtype=np.float64))
    return np.array([stretch_of_bottom.get(int(s), -1) for s in np.atleast_1d(stretch)])


@dataclass(frozen=True)
class NearButNot:
    """A start nearer one valley's bottom that still ends in another, the one it slopes into."""

    start: float
    near: int  # the valley whose bottom is nearest
    reached: int  # the valley descent ended in
    d_near: float  # |start - bottom of near|
    d_reached: float  # |start - bottom of reached|
    slope: float  # L'(start): its sign says which way is downhill


def near_but_not(curve: Curve, starts, valley, bottoms) -> NearButNot | None:
    """Among the starts that ended in the valley their ground slopes into, the one whose nearest
    bottom is another valley's by the widest margin; None when every start ended nearest."""
    starts, valley, bottoms = (np.asarray(a) for a in (starts, valley, bottoms))
    if bottoms.size < 2:
        return None
    downhill = downhill_valley(peaks(curve), bottoms, starts)
    best = None
    for s, v, d in zip(starts, valley, downhill, strict=True):
        dist = np.abs(bottoms - s)  # (v,)
        near = int(np.argmin(dist))
        if v < 0 or v != d or near == v:
            continue
        margin = float(dist[v] - dist[near])
        if best is None or margin > best[0]:
            best = (
                margin,
                NearButNot(float(s), near, int(v), float(dist[near]), float(dist[v]), float(curve.slope(s))),
            )
    return None if best is None else best[1]
