"""Cached runs and figures of the gradient-descent page, shared by every session.

Each function is pure in simple, hashable values (curve id and formula text, start, lr,
steps, the language whose catalog texts are drawn on a figure), so one cache serves a whole class: a rerun whose inputs
did not change reuses the runs and figures instead of building them again, and a student
changing one widget rebuilds only what depends on it.

Cached figures are read-only and shared: st.plotly_chart only reads them (to_dict makes a
copy). Never change a figure returned from here; build the final figure inside.
A curve is named by (curve_id, formula): formula is "" for the built-in curves.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

import catalog
from explainer import descent_path
from explainer import optimizers2d as opt
from explainer.curves import CURVES, Curve
from explainer.descent_path import fmt
from explainer.figures.gradient_descent import (
    animation_figure,
    loss_steps_figure,
    starts_figure,
    view,
    walk_figure,
)
from explainer.figures.gradient_descent_2d import contour_figure, losses_figure, surface_figure
from explainer.formula import parse
from ui.shared_cache import cached, freeze

PAGE = "gradient_descent"
ONE_WEIGHT = (
    "w",
    "loss",
    "curve",
    "path",
    "point",
    "tangent",
    "next",
    "play",
    "pause",
    "step",
    "valley",
    "unsettled",
)
TWO_WEIGHTS = ("w1", "w2", "loss", "grad", "step_dir", "point", "step")
STEP_COLUMNS = ("k", "w", "loss", "slope", "move", "w_new")
N_STARTS, VALLEY_STEPS = 41, 300  # the valleys step: starts -5, -4.75, .., 5, each run 300 steps
STARTS = [-5.0 + 0.25 * i for i in range(N_STARTS)]
GRID_N = 120  # contour and surface grid points per axis


def labels(lg: str, **extra) -> dict:
    """Figure texts for one weight in language lg (a language is a cheaper cache key than its texts)."""
    return {n: catalog.text(f"{PAGE}.fig.{n}", lg) for n in ONE_WEIGHT} | extra


def labels2(lg: str) -> dict:
    """Figure texts for two weights in language lg."""
    return {n: catalog.text(f"{PAGE}.fig2.{n}", lg) for n in TWO_WEIGHTS}


def names(lg: str) -> dict:
    """The optimizers' names in language lg."""
    return {n: catalog.text(f"{PAGE}.opt.{n}", lg) for n in opt.OPTIMIZERS}


def slope_labels(curve: Curve, w: float, lg: str) -> dict:
    """labels(lg) and the slope at w written out, as the walk figure draws it by the tangent."""
    return labels(lg, slope_text=catalog.text(f"{PAGE}.slope_is", lg, slope=fmt(float(curve.slope(w)))))


@cached(256)
def _formula_curve(f: str) -> Curve:
    return parse(f).curve()  # raises FormulaError for a refused formula (errors are not cached)


def curve_of(curve_id: str, f: str) -> Curve:
    """The curve named (curve_id, formula); raises FormulaError for a refused formula."""
    return _formula_curve(f) if curve_id == "formula" else CURVES[curve_id]


def path_bytes(w) -> bytes:
    """A walk's weights as bytes: a cheap, exact cache key even for thousands of steps."""
    return np.asarray(w, dtype=np.float64).tobytes()


@cached(128)
def walk_fig(curve_id: str, f: str, w: bytes, lr: float, lg: str, **kw):
    """explainer.figures.gradient_descent.walk_figure for the weights packed by path_bytes, texts in lg."""
    curve, ws = curve_of(curve_id, f), np.frombuffer(w, dtype=np.float64)
    return freeze(walk_figure(curve, ws, lr, slope_labels(curve, float(ws[-1]), lg), **kw))


@cached(128)
def run(curve_id: str, f: str, start: float, lr: float, steps: int) -> descent_path.Path:
    """One run of gradient descent on one weight (explainer.descent_path.run)."""
    return descent_path.run(curve_of(curve_id, f), start, lr, steps)


@cached(64)
def behaviour_view(curve_id: str, f: str, start: float, lr: float, steps: int, lg: str):
    """run(...) and behaviour_figs(...) in one cache lookup: (path, animation, loss per step, outside)."""
    return run(curve_id, f, start, lr, steps), *behaviour_figs(curve_id, f, start, lr, steps, lg)


@cached(64)
def behaviour_figs(curve_id: str, f: str, start: float, lr: float, steps: int, lg: str):
    """The animation of run(...), its loss per step, and how many points lie outside the view."""
    curve, path, text = curve_of(curve_id, f), run(curve_id, f, start, lr, steps), labels(lg)
    anim, loss = animation_figure(curve, path.w, text), loss_steps_figure(path.loss, text)
    return freeze(anim), freeze(loss), view(curve, path.w)[2]


@cached(64)  # up to ~0.4 MB each (5,000 steps)
def step_table(curve_id: str, f: str, w: bytes, lg: str) -> pa.Table:
    """The steps of a walk (weights packed by path_bytes) as columns of readable numbers under
    the catalog's headers in lg (the columns of explainer.descent_path.step_rows). Read-only.

    A pyarrow Table: st.dataframe sends it as it is, without building a pandas frame each rerun.
    """
    rows = descent_path.step_rows(curve_of(curve_id, f), np.frombuffer(w, dtype=np.float64))
    headers = {c: catalog.text(f"{PAGE}.col.{c}", lg) for c in STEP_COLUMNS}
    return pa.table({headers[c]: [str(x) if c == "k" else fmt(x) for x in col] for c, col in rows.items()})


@cached(32)
def valleys(curve_id: str, f: str, lr: float, lg: str):
    """Every start in STARTS run VALLEY_STEPS steps: the figure, valley (m,), bottoms (v,), L(bottoms)."""
    curve = curve_of(curve_id, f)
    finals, valley, bottoms = descent_path.endings(curve, STARTS, lr, VALLEY_STEPS)
    fig = freeze(starts_figure(curve, STARTS, finals, valley, bottoms, labels(lg)))
    return fig, valley, bottoms, [float(curve.loss(b)) for b in bottoms]


@cached(8)
def grid(surf: str):
    """opt.grid of a surface at GRID_N points per axis: w1 (n,), w2 (n,), L (n, n) as float32.

    L is only drawn (contour colours, surface heights, hover with 4 digits): float32 looks the
    same and halves the bytes each of the five figures drawing it sends on every rerun.
    """
    w1, w2, L = opt.grid(opt.SURFACES[surf], GRID_N)
    return w1, w2, L.astype(np.float32)


@cached(128)
def opt_runs(surf: str, start: tuple, lr: float, steps: int, beta: float) -> dict:
    """SGD, momentum and Adam from the same start (explainer.optimizers2d.run_all)."""
    return opt.run_all(opt.SURFACES[surf], start, lr, steps, beta)


@cached(128)
def sgd_run(surf: str, start: tuple, lr: float, steps: int) -> opt.OptPath:
    return opt.run(opt.SURFACES[surf], "sgd", start, lr, steps)


@cached(32)  # ~0.3 MB each (two 120x120 float32 grids as JSON)
def two_weight_figs(surf: str, start: tuple, lr: float, steps: int, at: int, lg: str):
    """Contour and 3-D surface of the SGD run with the gradient at step `at`; also (point, gradient)."""
    surface, path = opt.SURFACES[surf], sgd_run(surf, start, lr, steps)
    text, names_ = labels2(lg), names(lg)
    w1, w2, L = grid(surf)
    p = path.w[at]
    g = opt.gradient(surface, p)
    contour = contour_figure(w1, w2, L, {"sgd": path.w}, names_, text, point=p, grad=g)
    surf_fig = surface_figure(
        w1, w2, L, {"sgd": (path.w, path.loss)}, names_, text, point=p, grad=g, loss_fn=surface.loss
    )
    return freeze(contour), freeze(surf_fig), p, g


@cached(32)
def optimizer_view(surf: str, start: tuple, lr: float, steps: int, beta: float, lg: str):
    """opt_runs(...) and optimizer_figs(...) in one cache lookup: (runs, small contours, losses)."""
    return opt_runs(surf, start, lr, steps, beta), *optimizer_figs(surf, start, lr, steps, beta, lg)


@cached(32)  # ~0.5 MB each
def optimizer_figs(surf: str, start: tuple, lr: float, steps: int, beta: float, lg: str):
    """One small contour per optimizer ({name: figure}) and their losses on one chart."""
    runs, text, names_ = opt_runs(surf, start, lr, steps, beta), labels2(lg), names(lg)
    w1, w2, L = grid(surf)
    small = {
        name: freeze(contour_figure(w1, w2, L, {name: path.w}, names_, text, height=270, legend=False))
        for name, path in runs.items()
    }
    return small, freeze(losses_figure({n: p.loss for n, p in runs.items()}, names_, text))
