"""Gradient descent, going deeper (beyond course 02-04/02-05): two weights, then three optimizers.

Both steps are marked @deeper (optional). Each has its own controls and reads nobody else's,
so a nudge reruns that step only (a fragment) and redraws its own charts, never the rest of
the page. The charts are pictures drawn on the server (no plotly): the contour map
(explainer/figures/contour_svg.py) is the default picture of a two-weight loss; the 3-D
surface (explainer/figures/surface_svg.py) is shown below it only when the learner asks for
it, and turned with a slider. A picture has no hover: the numbers at the step shown are
written below the map, each optimizer's final loss beside the race.
State: the settings live in st.session_state under urlstate keys (shareable in the URL); the
two-weight start point lives in the session and resets to the surface's suggested start when
the surface changes.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from explainer import optimizers2d as opt
from explainer.descent import LR_GRID
from explainer.descent_path import fmt, tex
from steps import gradient_descent_cache as cache
from ui import lang, t, urlstate
from ui.formulas import show_formulas
from ui.guard import callback
from ui.page import deeper
from ui.urlparams import ChoiceParam, FloatParam, GridParam, IntParam

PAGE = "gradient_descent"
# degrees: the 3-D picture's first view, the ravine from its side (its floor and the path in sight)
TURN = -105


def two_weight_params() -> dict:
    """URL parameters of the two-weight step (surface, learning rate, steps)."""
    return {
        "surf": ChoiceParam("ravine", tuple(opt.SURFACES)),
        "lr2": GridParam(0.3, LR_GRID),
        "steps2": IntParam(60, 1, 500),
    }


def race_params() -> dict:
    """URL parameters of the optimizer race: its own surface, learning rate, steps and β."""
    return {
        "osurf": ChoiceParam("ravine", tuple(opt.SURFACES)),
        "olr": GridParam(0.1, LR_GRID),
        "osteps": IntParam(60, 1, 500),
        "beta": FloatParam(0.9, 0.0, 0.99),
    }


def k(name: str) -> str:
    return urlstate.key(PAGE, name)


@callback
def _reset_start() -> None:
    surface = opt.SURFACES[st.session_state[k("surf")]]
    st.session_state[k("w1")], st.session_state[k("w2")] = surface.start
    st.session_state[k("at")] = 0


def two_weight_settings() -> dict:
    """Surface, lr2, steps2 from the URL/session, plus the start point (w1, w2)."""
    v = urlstate.bind(PAGE, two_weight_params())
    surface = opt.SURFACES[v["surf"]]
    for name, rng, x0 in (
        ("w1", surface.w1_range, surface.start[0]),
        ("w2", surface.w2_range, surface.start[1]),
    ):
        if not rng[0] <= st.session_state.get(k(name), x0) <= rng[1]:
            st.session_state[k(name)] = x0  # e.g. a surface chosen by a link: start where it suggests
        st.session_state.setdefault(k(name), x0)
    return v | {"surface": surface, "start": (st.session_state[k("w1")], st.session_state[k("w2")])}


def surface_names() -> dict:
    return {c: t(f"{PAGE}.surf.{c}") for c in opt.SURFACES}  # texts bound now, in this language


def two_weight_controls_ui(v: dict) -> None:
    """Surface, start, learning rate and steps: read by this step only (no page_wide)."""
    s = v["surface"]
    st.radio(t(f"{PAGE}.surf"), tuple(opt.SURFACES), format_func=surface_names().get, key=k("surf"), horizontal=True,
             on_change=_reset_start)  # fmt: skip
    row = st.container(horizontal=True)  # a row: fewer elements to rerun than columns
    row.slider(t(f"{PAGE}.w1_start"), *s.w1_range, step=0.1, key=k("w1"))
    row.slider(t(f"{PAGE}.w2_start"), *s.w2_range, step=0.1, key=k("w2"))
    row.select_slider(
        t(f"{PAGE}.lr"), options=LR_GRID, format_func=fmt, key=k("lr2"), disabled=urlstate.locked("lr")
    )
    row.number_input(t(f"{PAGE}.steps"), min_value=1, max_value=500, step=1, key=k("steps2"))


@deeper
def two_weights():
    """With two weights the slope becomes a gradient vector: a contour map, the 3-D surface on request."""
    st.subheader(t(f"{PAGE}.two.title"))
    st.markdown(t(f"{PAGE}.two.body"))
    v = two_weight_settings()  # once, before the widgets: they take their values from the session
    two_weight_controls_ui(v)
    run_key = (v["surf"], tuple(float(x) for x in v["start"]), float(v["lr2"]), int(v["steps2"]))
    path = cache.sgd_run(*run_key)
    last = len(path.w) - 1
    st.session_state[k("at")] = min(int(st.session_state.get(k("at"), 0)), last)
    # the step's slider and its numbers beside the map they move (one block on a slide, too); the
    # map keeps 2/3 of the width, so its text stays as large as elsewhere
    step_col, map_col = st.columns([1, 2], gap="large")
    with step_col:
        if last > 0:
            st.slider(t(f"{PAGE}.at_step"), 0, last, key=k("at"))
        show3d = st.toggle(t(f"{PAGE}.show3d"), key=k("show3d"), help=t(f"{PAGE}.show3d.help"))
    at = int(st.session_state[k("at")])
    contour, p, g = cache.contour_view(*run_key, at, lang())
    lr = float(v["lr2"])
    map_col.container(key=f"{PAGE}.contour").html(contour)  # a picture drawn on the server
    step_col.markdown(t(f"{PAGE}.two.at", k=at, w1=fmt(p[0]), w2=fmt(p[1]), loss=fmt(path.loss[at]),
                        g1=fmt(g[0]), g2=fmt(g[1])))  # fmt: skip
    show_formulas([("", t(f"{PAGE}.two_tex", i=str(i + 1), w=tex(fmt(p[i])), lr=tex(fmt(lr)), g=tex(fmt(g[i])),
                                w_new=tex(fmt(p[i] - lr * g[i])))) for i in (0, 1)])  # fmt: skip
    if path.stop_step is not None:
        st.error(t(f"{PAGE}.stop.overflow", k=path.stop_step), icon=":material/warning:")
    if show3d:  # below the map, which keeps its place: switching the picture on does not redraw the map
        st.html(cache.surface_view(*run_key, at, lang(), float(st.session_state.get(k("turn"), TURN))))
        st.slider(t(f"{PAGE}.turn"), -180, 180, value=TURN, step=15, format="%d°", key=k("turn"), width=560)


def race_settings() -> dict:
    return urlstate.bind(PAGE, race_params())


@deeper
def optimizers():
    """Beyond the course: SGD, momentum and Adam from the same start on one map, and their losses."""
    st.subheader(t(f"{PAGE}.opts.title"))
    st.markdown(t(f"{PAGE}.opts.body"))
    v = race_settings()
    st.radio(
        t(f"{PAGE}.surf"),
        tuple(opt.SURFACES),
        format_func=surface_names().get,
        key=k("osurf"),
        horizontal=True,
    )
    row = st.container(horizontal=True)
    row.select_slider(
        t(f"{PAGE}.lr"), options=LR_GRID, format_func=fmt, key=k("olr"), disabled=urlstate.locked("lr")
    )
    row.number_input(t(f"{PAGE}.steps"), min_value=1, max_value=500, step=1, key=k("osteps"))
    row.slider(t(f"{PAGE}.beta"), 0.0, 0.99, step=0.01, key=k("beta"), help=t(f"{PAGE}.beta.help"))
    start = opt.SURFACES[v["osurf"]].start
    st.caption(t(f"{PAGE}.opts.setting", w1=fmt(start[0]), w2=fmt(start[1])))
    run_key = (
        v["osurf"],
        tuple(float(x) for x in start),
        float(v["olr"]),
        int(v["osteps"]),
        float(v["beta"]),
    )
    runs, race, losses = cache.optimizer_view(*run_key, lang())
    left, right = st.columns([2, 1])  # the map at its own size (text 13 px) beside the final losses
    left.container(key=f"{PAGE}.opt_race").html(race)
    with right:
        for name, path in runs.items():
            st.metric(t(f"{PAGE}.final_loss_of", name=t(f"{PAGE}.opt.{name}")), fmt(path.loss[-1], 4))
            st.caption(t(f"{PAGE}.opt.{name}.how"))
            if path.stop_step is not None:
                st.error(t(f"{PAGE}.stop.overflow", k=path.stop_step), icon=":material/warning:")
    st.container(key=f"{PAGE}.opt_losses").html(losses)
    if not np.isfinite([p.loss[-1] for p in runs.values()]).all():
        st.caption(t(f"{PAGE}.opts.overflow_note"))
