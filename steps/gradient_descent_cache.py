"""Cached runs and figures of the gradient-descent page, shared by every session.

Each function is pure in simple, hashable values (curve id and formula text, start, lr,
steps, the language whose catalog texts are drawn on a figure), so one cache serves a whole class: a rerun whose inputs
did not change reuses the runs and figures instead of building them again, and a student
changing one widget rebuilds only what depends on it.

The figures are pictures drawn on the server (SVG inside HTML for st.html, with a legend and
an alternative text in that language): strings, so sharing them is safe; no plotly.
A curve is named by (curve_id, formula): formula is "" for the built-in curves.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

import catalog
from explainer import descent_path, network
from explainer import optimizers2d as opt
from explainer.curves import CURVES, Curve
from explainer.descent_path import fmt
from explainer.figures.contour_svg import band_colours, contour_svg, natural_width
from explainer.figures.gradient_descent import COLORS, legend, starts_legend, starts_svg, view
from explainer.figures.gradient_descent_2d import GRAD_COLOR, OPT_COLORS, STEP_COLOR
from explainer.figures.gradient_descent_anim import animation_svg
from explainer.figures.gradient_descent_losses import loss_steps_svg, losses_svg
from explainer.figures.gradient_descent_walk import next_w, slope_sign_svg, walk_svg
from explainer.figures.html_table import html_table
from explainer.figures.picture import picture_html
from explainer.figures.surface_svg import surface_svg
from explainer.formula import parse
from ui.shared_cache import cached

PAGE = "gradient_descent"
ONE_WEIGHT = (
    "w",
    "loss",
    "curve",
    "path",
    "point",
    "tangent",
    "next",
    "step",
    "frame",
    "valley",
    "valley_n",
    "bottom",
    "unsettled",
    "hilltop",
)
TWO_WEIGHTS = ("w1", "w2", "loss", "grad", "step_dir", "point", "step", "start", "darker")
STEP_COLUMNS = ("k", "w", "loss", "slope", "move", "w_new")
STARTS, VALLEY_STEPS = list(descent_path.VALLEY_STARTS), descent_path.VALLEY_STEPS
# (width, height) of the one-weight pictures in SVG pixels: as wide as their column at 1280 px (text
# 12 px; the walk's and the animation's columns are ~515 and ~485 px), so a slide can draw them 1.4x
SIZES = {"walk": (520, 290), "sign": (700, 290), "anim": (500, 300), "starts": (760, 330)}
GRID_N = 40  # contour grid points per axis: finer looks the same at this size (60 drew slower)


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
def walk_fig(curve_id: str, f: str, w: bytes, lr: float, lg: str) -> str:
    """The walk so far (weights packed by path_bytes) as a picture (explainer.figures.
    gradient_descent_walk.walk_svg) with its legend and alternative text in lg: HTML for st.html."""
    curve, ws = curve_of(curve_id, f), np.frombuffer(w, dtype=np.float64)
    now, text = float(ws[-1]), slope_labels(curve, float(ws[-1]), lg)
    svg = walk_svg(curve, ws, lr, text, width=SIZES["walk"][0], height=SIZES["walk"][1])
    alt = catalog.text(f"{PAGE}.walk_alt", lg, k=len(ws) - 1, w=fmt(now), loss=fmt(float(curve.loss(now))),
                       slope=fmt(float(curve.slope(now))), w_new=fmt(next_w(curve, now, lr)))  # fmt: skip
    return picture_html(svg, legend(text, path=len(ws) > 1), alt, SIZES["walk"][0], kind="descent-walk")


@cached(8)
def slope_sign_fig(curve_id: str, left: float, right: float, lr: float, lg: str, x_range: tuple) -> str:
    """The points W = left and W = right on one curve, each with its tangent, slope and next step
    (explainer.figures.gradient_descent_walk.slope_sign_svg), as a picture with texts in lg."""
    curve = curve_of(curve_id, "")
    s_left, s_right = (fmt(float(curve.slope(w))) for w in (left, right))
    slopes = [catalog.text(f"{PAGE}.slope_is", lg, slope=s) for s in (s_left, s_right)]
    svg = slope_sign_svg(curve, (left, right), lr, labels(lg), slopes, x_range, *SIZES["sign"])
    alt = catalog.text(
        f"{PAGE}.sign_alt", lg, left=fmt(left), right=fmt(right), s_left=s_left, s_right=s_right
    )
    return picture_html(svg, legend(labels(lg)), alt, SIZES["sign"][0], kind="descent-sign")


@cached(128)
def run(curve_id: str, f: str, start: float, lr: float, steps: int) -> descent_path.Path:
    """One run of gradient descent on one weight (explainer.descent_path.run)."""
    return descent_path.run(curve_of(curve_id, f), start, lr, steps)


@cached(64)
def behaviour_view(curve_id: str, f: str, start: float, lr: float, steps: int, lg: str):
    """run(...) and behaviour_figs(...) in one cache lookup: (path, animation, still, loss per step,
    outside)."""
    return run(curve_id, f, start, lr, steps), *behaviour_figs(curve_id, f, start, lr, steps, lg)


@cached(64)
def behaviour_figs(curve_id: str, f: str, start: float, lr: float, steps: int, lg: str):
    """The animation of run(...) and the same standing still on its last step, its loss per step,
    and how many points lie outside the view."""
    curve, path, text = curve_of(curve_id, f), run(curve_id, f, start, lr, steps), labels(lg)
    said = {
        "start": fmt(start),
        "lr": fmt(lr),
        "n": path.taken,
        "w": fmt(path.w[-1]),
        "loss": fmt(path.loss[-1]),
    }
    anim, still = (
        picture_html(
            animation_svg(curve, path.w, text, *SIZES["anim"], still=standing),
            legend(text, path=True),
            catalog.text(f"{PAGE}.{kind}_alt", lg, **said),
            SIZES["anim"][0],
            kind=f"descent-{kind}",
        )
        for standing, kind in ((False, "anim"), (True, "still"))
    )
    alt = catalog.text(f"{PAGE}.loss_steps_alt", lg, n=len(path.loss) - 1)
    loss = picture_html(loss_steps_svg(path.loss, COLORS["point"], text), [], alt, 400, kind="loss-steps")
    return anim, still, loss, view(curve, path.w)[2]


@cached(64)  # up to ~50 KB each: a long walk keeps its first and last html_table.FIRST/LAST rows
def step_table(curve_id: str, f: str, w: bytes, lg: str) -> str:
    """The steps of a walk (weights packed by path_bytes) as an HTML table of readable numbers under
    the catalog's headers in lg (the columns of explainer.descent_path.step_rows). Read-only; an
    HTML table, not st.dataframe: a step adds a row without a canvas grid re-measuring itself."""
    rows = descent_path.step_rows(curve_of(curve_id, f), np.frombuffer(w, dtype=np.float64))
    headers = {c: catalog.text(f"{PAGE}.col.{c}", lg) for c in STEP_COLUMNS}
    columns = {headers[c]: [str(x) if c == "k" else fmt(x) for x in col] for c, col in rows.items()}
    return html_table(columns, gap=catalog.text(f"{PAGE}.table.gap", lg))


@dataclass(frozen=True)
class ValleysView:
    """Where every start of STARTS ends (explainer.descent_path.endings), and why, in one language."""

    fig: str  # the starts picture with its legend: HTML for st.html
    valley: np.ndarray  # (m,) the valley each start ended in (index into bottoms), -1: none
    bottoms: np.ndarray  # (v,) valley bottoms, left to right
    tops: np.ndarray  # hilltops inside the domain: the borders between valleys
    lines: tuple[str, ...]  # one line per valley, then how many starts jumped or did not settle
    example: str | None  # a start nearer another valley's bottom than the one it ends in, said


@cached(32)
def valleys(curve_id: str, f: str, lr: float, lg: str) -> ValleysView:
    """Every start in STARTS run VALLEY_STEPS steps: the figure, the valleys and the hilltops between them."""
    curve = curve_of(curve_id, f)
    finals, valley, bottoms = descent_path.endings(curve, STARTS, lr, VALLEY_STEPS)
    tops = descent_path.peaks(curve)
    settled = valley >= 0
    text = labels(lg)
    svg = starts_svg(curve, STARTS, finals, valley, bottoms, text, tops, *SIZES["starts"])
    alt = catalog.text(f"{PAGE}.valleys_alt", lg, v=len(bottoms), m=len(STARTS))
    fig = picture_html(
        svg, starts_legend(text, valley, bottoms, tops), alt, SIZES["starts"][0], kind="descent-starts"
    )
    over = np.searchsorted(tops, STARTS) != np.searchsorted(
        tops, np.where(settled, finals, 0.0)
    )  # another stretch
    jumped, lost = int(np.count_nonzero(settled & over)), int(np.count_nonzero(~settled))
    lines = [_valley_line(j, b, float(curve.loss(b)), tops, int(np.count_nonzero(valley == j)), lg)
             for j, b in enumerate(bottoms)]  # fmt: skip
    lines += [
        catalog.text(f"{PAGE}.valleys.{n}", lg, count=c) for n, c in (("jumped", jumped), ("lost", lost)) if c
    ]
    ex = descent_path.near_but_not(curve, STARTS, valley, bottoms)
    example = None if ex is None else catalog.text(
        f"{PAGE}.valleys.example", lg, w0=fmt(ex.start), near=ex.near + 1, reached=ex.reached + 1,
        d_near=fmt(ex.d_near, 3), d_reached=fmt(ex.d_reached, 3), slope=fmt(ex.slope, 3),
        side=catalog.text(f"{PAGE}.valleys.side.{'left' if ex.slope > 0 else 'right'}", lg),
    )  # fmt: skip
    return ValleysView(fig, valley, bottoms, tops, tuple(lines), example)


def _valley_line(j: int, b: float, loss: float, tops, count: int, lg: str) -> str:
    """Valley j: its bottom b, the stretch of ground between the hilltops around it, the starts that ended there."""
    left = max([x for x in tops if x < b], default=STARTS[0])
    right = min([x for x in tops if x > b], default=STARTS[-1])
    return catalog.text(f"{PAGE}.valleys.line", lg, n=j + 1, w=fmt(b, 3), loss=fmt(loss, 3), a=fmt(left, 3),
                        b=fmt(right, 3), count=count)  # fmt: skip


@cached(1)
def network_weights():
    """The built-in network's weights (explainer.network), read once and shared (read-only)."""
    return network.load_weights()


@cached(8)
def grid(surf: str, n: int = GRID_N):
    """opt.grid of a surface at n points per axis: w1 (n,), w2 (n,), L (n, n) as float32.

    L is only drawn (contour colours, surface heights, hover with 4 digits): float32 looks the
    same and halves the bytes each figure drawing it sends.
    """
    w1, w2, L = opt.grid(opt.SURFACES[surf], n)
    return w1, w2, L.astype(np.float32)


@cached(128)
def opt_runs(surf: str, start: tuple, lr: float, steps: int, beta: float) -> dict:
    """SGD, momentum and Adam from the same start (explainer.optimizers2d.run_all)."""
    return opt.run_all(opt.SURFACES[surf], start, lr, steps, beta)


@cached(128)
def sgd_run(surf: str, start: tuple, lr: float, steps: int) -> opt.OptPath:
    return opt.run(opt.SURFACES[surf], "sgd", start, lr, steps)


@cached(32)  # ~60 KB each (the picture: a PNG of the bands, contour lines, the path)
def contour_view(surf: str, start: tuple, lr: float, steps: int, at: int, lg: str):
    """The contour map of the SGD run with the gradient at step `at` (a picture with its legend:
    HTML for st.html, explainer.figures.contour_svg), and (point, gradient) there."""
    surface, path = opt.SURFACES[surf], sgd_run(surf, start, lr, steps)
    p = path.w[at]
    g = opt.gradient(surface, p)
    w1, w2, L = grid(surf)
    texts, sgd = labels2(lg), names(lg)["sgd"]
    svg = contour_svg(w1, w2, L, {"sgd": path.w}, OPT_COLORS, texts, point=p, grad=g)
    legend = [(OPT_COLORS["sgd"], sgd, "line"), ("#111", texts["start"], "ring"),
              (STEP_COLOR, texts["point"], "dot"), (GRAD_COLOR, texts["grad"], "line"),
              (STEP_COLOR, texts["step_dir"], "line"), *_darker(texts)]  # fmt: skip
    alt = catalog.text(f"{PAGE}.contour_alt", lg, k=at, w1=fmt(p[0]), w2=fmt(p[1]), loss=fmt(path.loss[at]))
    return picture_html(svg, legend, alt, natural_width(svg), kind="contour2d"), p, g


def _darker(texts: dict) -> list[tuple[str, str, str]]:
    """The legend's entry for the map's colours: the bands from low loss to high, "darker = lower"."""
    low, high = band_colours()[0], band_colours()[-1]
    return [(f"linear-gradient(90deg, {low}, {high})", texts["darker"], "square")]


@cached(64)  # ~0.13 MB each (an SVG picture of the 40 x 40 grid, as a data URL)
def surface_view(surf: str, start: tuple, lr: float, steps: int, at: int, lg: str, azimuth: float) -> str:
    """The same run on the 3-D surface, seen from `azimuth` degrees, with its legend: HTML for
    st.html (explainer.figures.surface_svg), drawn only when the learner asks for it."""
    surface, path = opt.SURFACES[surf], sgd_run(surf, start, lr, steps)
    p = path.w[at]
    w1, w2, L = grid(surf)
    texts = labels2(lg)
    svg = surface_svg(
        w1, w2, L, path.w, path.loss, texts, OPT_COLORS["sgd"], point=p, grad=opt.gradient(surface, p),
        loss_fn=surface.loss, azimuth=azimuth,
    )  # fmt: skip
    legend = [(OPT_COLORS["sgd"], names(lg)["sgd"], "line"), (STEP_COLOR, texts["step_dir"], "line"),
              (STEP_COLOR, texts["point"], "dot")]  # fmt: skip
    return picture_html(svg, legend, catalog.text(f"{PAGE}.surface_alt", lg), 560, kind="surface3d")


@cached(32)
def optimizer_view(surf: str, start: tuple, lr: float, steps: int, beta: float, lg: str):
    """opt_runs(...) with the three paths on one contour map, and their losses on one chart
    (both pictures with their legends: HTML for st.html)."""
    runs, text, names_ = opt_runs(surf, start, lr, steps, beta), labels2(lg), names(lg)
    w1, w2, L = grid(surf)
    svg = contour_svg(w1, w2, L, {name: path.w for name, path in runs.items()}, OPT_COLORS, text)
    legend = [(OPT_COLORS[n], names_[n], "line") for n in runs]
    finals = {n: fmt(p.loss[-1], 4) for n, p in runs.items()}
    alt = catalog.text(f"{PAGE}.race_alt", lg, w1=fmt(start[0]), w2=fmt(start[1]), **finals)
    race = picture_html(svg, [*legend, ("#111", text["start"], "ring"), *_darker(text)], alt, natural_width(svg),
                        kind="opt-race")  # fmt: skip
    svg = losses_svg({n: p.loss for n, p in runs.items()}, OPT_COLORS, text)
    losses = picture_html(svg, legend, catalog.text(f"{PAGE}.losses_alt", lg), 760, kind="opt-losses")
    return runs, race, losses
