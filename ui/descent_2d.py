"""The gradient-descent page's two-weight steps: a gradient is a vector; three optimizers.

Kept apart from app_pages/gradient_descent.py only to keep each file short. The settings
(surface, learning rate, steps, momentum) are bound to the URL; the start point lives in
st.session_state and resets to the surface's suggested start when the surface changes.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from explainer import optimizers2d as opt
from explainer.descent_figures import CONFIG
from explainer.descent_params import LR_GRID, two_weight_params
from explainer.descent_path import fmt
from ui import descent_cache as cache
from ui import lang, t, urlstate
from ui.page import page_wide

PAGE = "gradient_descent"


def k(name: str) -> str:
    return urlstate.key(PAGE, name)


def _reset_start() -> None:
    surface = opt.SURFACES[st.session_state[k("surf")]]
    st.session_state[k("w1")], st.session_state[k("w2")] = surface.start
    st.session_state[k("at")] = 0


def settings() -> dict:
    """Surface, lr2, steps2, beta from the URL/session, plus the start point (w1, w2)."""
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


def controls_ui(v: dict) -> None:
    """Surface, start, learning rate and steps; the optimizers step reads them too (page_wide)."""
    s, wide = v["surface"], page_wide()
    st.radio(t(f"{PAGE}.surf"), tuple(opt.SURFACES), format_func={c: t(f"{PAGE}.surf.{c}") for c in opt.SURFACES}.get, key=k("surf"),
             horizontal=True, on_change=page_wide(_reset_start))  # fmt: skip
    c1, c2 = st.columns(2)
    c1.slider(t(f"{PAGE}.w1_start"), *s.w1_range, step=0.1, key=k("w1"), on_change=wide)
    c2.slider(t(f"{PAGE}.w2_start"), *s.w2_range, step=0.1, key=k("w2"), on_change=wide)
    c3, c4 = st.columns(2)
    c3.select_slider(
        t(f"{PAGE}.lr"),
        options=LR_GRID,
        format_func=fmt,
        key=k("lr2"),
        disabled=urlstate.locked("lr"),
        on_change=wide,
    )
    c4.number_input(t(f"{PAGE}.steps"), min_value=1, max_value=500, step=1, key=k("steps2"), on_change=wide)


def two_weights():
    """02-05: with two weights the slope becomes a gradient vector; contour and 3-D surface."""
    st.subheader(t(f"{PAGE}.two.title"))
    st.markdown(t(f"{PAGE}.two.body"))
    v = settings()  # once, before the widgets: they take their values from the session
    controls_ui(v)
    run_key = (v["surf"], tuple(float(x) for x in v["start"]), float(v["lr2"]), int(v["steps2"]))
    path = cache.sgd_run(*run_key)
    last = len(path.w) - 1
    at = min(int(st.session_state.get(k("at"), 0)), last)
    st.session_state[k("at")] = at
    if last > 0:
        st.slider(t(f"{PAGE}.at_step"), 0, last, key=k("at"))
    at = int(st.session_state[k("at")])
    contour, surface, p, g = cache.two_weight_figs(*run_key, at, lang())
    lr = float(v["lr2"])
    c1, c2 = st.columns(2)
    with c1:
        st.plotly_chart(contour, key=f"{PAGE}.contour", config=CONFIG)
    with c2:
        st.plotly_chart(surface, key=f"{PAGE}.surface", config=CONFIG)
    st.markdown(t(f"{PAGE}.two.at", k=at, w1=fmt(p[0]), w2=fmt(p[1]), loss=fmt(path.loss[at]),
                  g1=fmt(g[0]), g2=fmt(g[1])))  # fmt: skip
    st.latex(t(f"{PAGE}.two_tex", i="1", w=fmt(p[0]), lr=fmt(lr), g=fmt(g[0]), w_new=fmt(p[0] - lr * g[0])))
    st.latex(t(f"{PAGE}.two_tex", i="2", w=fmt(p[1]), lr=fmt(lr), g=fmt(g[1]), w_new=fmt(p[1] - lr * g[1])))
    if path.stop_step is not None:
        st.error(t(f"{PAGE}.stop.overflow", k=path.stop_step), icon=":material/warning:")


def optimizers():
    """Beyond the course: SGD, momentum and Adam from the same start, side by side."""
    st.subheader(t(f"{PAGE}.opts.title"))
    st.markdown(t(f"{PAGE}.opts.body"))
    v = settings()
    st.slider(t(f"{PAGE}.beta"), 0.0, 0.99, step=0.01, key=k("beta"), help=t(f"{PAGE}.beta.help"))
    st.caption(t(f"{PAGE}.opts.setting", surf=t(f"{PAGE}.surf.{v['surf']}"), w1=fmt(v["start"][0]),
                 w2=fmt(v["start"][1]), lr=fmt(v["lr2"]), n=int(v["steps2"])))  # fmt: skip
    run_key = (
        v["surf"],
        tuple(float(x) for x in v["start"]),
        float(v["lr2"]),
        int(v["steps2"]),
        float(v["beta"]),
    )
    runs, small, losses = cache.optimizer_view(*run_key, lang())
    cols = st.columns(3)
    for col, (name, path) in zip(cols, runs.items(), strict=True):
        with col:
            st.markdown(f"**{t(f'{PAGE}.opt.{name}')}**")
            st.plotly_chart(small[name], key=f"{PAGE}.opt_{name}", config=CONFIG)
            st.metric(t(f"{PAGE}.final_loss"), fmt(path.loss[-1], 4))
            st.caption(t(f"{PAGE}.opt.{name}.how"))
            if path.stop_step is not None:
                st.error(t(f"{PAGE}.stop.overflow", k=path.stop_step), icon=":material/warning:")
    st.plotly_chart(losses, key=f"{PAGE}.opt_losses", config=CONFIG)
    if not np.isfinite([p.loss[-1] for p in runs.values()]).all():
        st.caption(t(f"{PAGE}.opts.overflow_note"))
