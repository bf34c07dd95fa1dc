"""Gradient descent (course 02-04, 02-05): one weight walking down a loss curve.

Steps, in order (STEPS): which way is downhill (slope = rise / run, its sign) -> the update rule
and the course's worked example 0.38 -> 0.3855 -> the same rule on one real weight of the
built-in network for the course image (both steps/gradient_descent_example.py) -> walk one step at a
time -> what the learning rate does -> several valleys (each start ends in the valley its ground
slopes down into) -> going deeper: two weights, three optimizers (steps/gradient_descent_deeper.py).
All maths lives in explainer/ (descent, descent_path, real_weight, optimizers2d); runs and figures
are cached per input in steps/gradient_descent_cache.py; the one-weight playground's settings,
controls and walk (read by the walk, behaviours and valleys steps) in
steps/gradient_descent_playground.py.
"""

from __future__ import annotations

import streamlit as st

from explainer import descent_path
from explainer.curves import CURVES
from explainer.descent import LR_GRID
from explainer.descent_path import fmt, tex
from explainer.figures.picture import motion_html
from steps import gradient_descent_cache as cache
from steps import gradient_descent_playground as playground
from steps.gradient_descent_deeper import optimizers, race_params, two_weight_params, two_weights
from steps.gradient_descent_example import one_real_weight, real_params, worked_example
from steps.gradient_descent_playground import (
    ALL_READERS,
    MAX_WALK,
    RUN_READERS,
    chosen_curve,
    curve_key,
    formula_error,
    one_weight_controls_ui,
    one_weight_params,
    one_weight_settings,
    set_lr,
    walk_state,
)
from ui import lang, t, urlstate
from ui.formulas import show_formula
from ui.page import rerun_steps

PAGE = "gradient_descent"
STATUS_BOX = {"converged": st.success, "creeping": st.info, "oscillating": st.warning, "stalled": st.warning}
PLAY = "gradient_descent.anim_play"  # the behaviours picture plays (True) or stands on its last step
SHARED_READERS = (ALL_READERS, RUN_READERS)  # the steps a setting reruns (benchmarks/bench_pages.py)


def specs() -> dict:
    """Every URL parameter of the page (for the link sweep in tests/test_hostile_urls.py)."""
    return one_weight_params() | real_params() | two_weight_params() | race_params()


# ---------------------------------------------------------------- steps


def slope_sign():
    """02-04: slope = rise / run; its sign says which way is downhill; move against it."""
    st.subheader(t(f"{PAGE}.slope_sign.title"))
    st.markdown(t(f"{PAGE}.slope_sign.body"))
    bowl, points = CURVES["bowl"], {"left": 0.5, "right": 3.5}
    picture = cache.slope_sign_fig("bowl", points["left"], points["right"], 0.3, lang(), (-1.0, 5.0))
    st.container(key=f"{PAGE}.sign").html(picture)  # both points on one curve: one picture
    for col, (side, w) in zip(st.columns(2), points.items(), strict=True):
        slope = float(bowl.slope(w))  # rise over a run of 1 along the tangent
        col.caption(t(f"{PAGE}.slope_sign.{side}", w=fmt(w), slope=fmt(slope)))
    st.info(t(f"{PAGE}.slope_sign.rule"), icon=":material/lightbulb:")


def walk():
    """02-04: the rule repeated. One step at a time, the update written out with numbers."""
    st.subheader(t(f"{PAGE}.walk.title"))
    st.markdown(t(f"{PAGE}.walk.body"))
    v = one_weight_settings()  # once, before the widgets: they take their values from the session
    left, right = st.columns([1, 2], gap="large")
    with left:
        one_weight_controls_ui(v)
    curve, err = chosen_curve(v)
    if curve is None:
        with right:
            formula_error(err, v["f"])
        return
    s = walk_state(v)
    w = s["w"][-1]
    loss, slope, lr = float(curve.loss(w)), float(curve.slope(w)), float(v["lr"])
    sign = "neg" if slope < 0 else "pos" if slope > 0 else "zero"
    with right:
        picture = cache.walk_fig(*curve_key(v), cache.path_bytes(s["w"]), lr, lang())
        st.container(key=f"{PAGE}.walk_fig").html(picture)
        now = st.container(horizontal=True)  # one row: fewer elements than columns, so a cheaper rerun
        now.metric(t(f"{PAGE}.now_w", k=len(s["w"]) - 1), fmt(w))
        now.metric(t(f"{PAGE}.now_loss"), fmt(loss))
        now.metric(t(f"{PAGE}.now_slope"), fmt(slope))
        st.markdown(t(f"{PAGE}.sign.{sign}"))
        w_new = w - lr * slope
        show_formula(t(f"{PAGE}.update_tex", w=tex(fmt(w, 8)), lr=tex(fmt(lr)), slope=tex(fmt(slope, 8)),
                   w_new=tex(fmt(w_new, 8))))  # fmt: skip
        buttons = st.container(horizontal=True)
        full = len(s["w"]) >= MAX_WALK
        buttons.button(t(f"{PAGE}.btn.step"), key=f"{PAGE}.step", on_click=playground.on_step, icon=":material/footprint:",
                       disabled=bool(s["stop"]) or full, width="stretch")  # fmt: skip
        buttons.button(t(f"{PAGE}.btn.run", n=int(v["steps"])), key=f"{PAGE}.run", on_click=playground.on_run,
                       icon=":material/fast_forward:", disabled=bool(s["stop"]) or full, width="stretch")  # fmt: skip
        buttons.button(t(f"{PAGE}.btn.reset"), key=f"{PAGE}.reset", on_click=playground.on_reset, icon=":material/restart_alt:",
                       width="stretch")  # fmt: skip
        if s["stop"]:
            st.error(t(f"{PAGE}.stop.{s['stop']['reason']}", k=s["stop"]["step"]), icon=":material/warning:")
        elif full:
            st.warning(t(f"{PAGE}.walk_full", n=MAX_WALK))
    if len(s["w"]) > 1:
        st.html(step_table(v, s["w"]))


def step_table(v: dict, ws) -> str:
    """The steps taken on the chosen curve as an HTML table with translated headers and readable numbers."""
    return cache.step_table(*curve_key(v), cache.path_bytes(ws), lang())


def behaviours():
    """02-04: too small creeps, good converges, too big oscillates, bigger diverges."""
    st.subheader(t(f"{PAGE}.behave.title"))
    st.markdown(t(f"{PAGE}.behave.body"))
    v = one_weight_settings()
    curve, err = chosen_curve(v)
    if curve is None:
        st.warning(t(f"{PAGE}.fix_formula"))
        return
    presets = curve.presets or CURVES["bowl"].presets
    row = st.container(horizontal=True)
    for name, lr in presets.items():
        row.button(t(f"{PAGE}.preset.{name}", lr=fmt(lr)), key=f"{PAGE}.preset_{name}", args=(lr,),
                   on_click=rerun_steps(PAGE, RUN_READERS, set_lr), disabled=urlstate.locked("lr"),
                   width="stretch")  # fmt: skip
    run_key = (*curve_key(v), float(v["start"]), float(v["lr"]), int(v["steps"]))
    path, anim, still, loss_fig, outside = cache.behaviour_view(*run_key, lang())
    where = t(f"{PAGE}.behave.setting", curve=t(f"{PAGE}.curve.{v['curve']}"), start=fmt(v["start"]),
              lr=fmt(v["lr"]), n=path.steps)  # fmt: skip
    st.caption(where)
    box = STATUS_BOX.get(path.status, st.error)
    why = t(
        f"{PAGE}.why.{path.status}",
        n=path.taken,
        w=fmt(path.w[-1]),
        loss=fmt(path.loss[-1]),
        k=path.settle_step,
    )
    box(f"**{t(f'{PAGE}.status.{path.status}')}** · {why}")
    if path.stop_step is not None:
        st.error(t(f"{PAGE}.stop.{path.stop_reason}", k=path.stop_step), icon=":material/warning:")
    fig_col, loss_col = st.columns([3, 2])
    with fig_col:
        play = st.toggle(t(f"{PAGE}.behave.play"), value=True, key=PLAY, help=t(f"{PAGE}.behave.play.help"))
        # plays by itself unless switched off or reduced motion is asked for; the table lists every step
        st.container(key=f"{PAGE}.anim").html(motion_html(anim, still) if play else still)
        if outside:
            st.caption(t(f"{PAGE}.outside", n=outside))
    with loss_col:
        st.container(key=f"{PAGE}.loss_steps").html(loss_fig)
    with st.expander(t(f"{PAGE}.behave.table", n=path.taken)):
        st.html(step_table(v, path.w))


def valleys():
    """02-04: on a curve with several valleys, each start ends in the valley its ground slopes down
    into (between the two hilltops around it), not the nearest one."""
    st.subheader(t(f"{PAGE}.valleys.title"))
    st.markdown(t(f"{PAGE}.valleys.body"))
    v = one_weight_settings()
    curve, _ = chosen_curve(v)
    key = curve_key(v) if v["curve"] == "formula" and curve is not None else ("valleys", "")
    lr_key = f"{PAGE}.lr_starts"
    st.session_state.setdefault(lr_key, descent_path.VALLEY_LR)
    lr = st.select_slider(t(f"{PAGE}.lr"), options=LR_GRID, format_func=fmt, key=lr_key, width=420)
    view = cache.valleys(*key, float(lr), lang())
    st.container(key=f"{PAGE}.starts").html(view.fig)
    st.caption(
        t(f"{PAGE}.valleys.caption", curve=t(f"{PAGE}.curve.{key[0]}"), lr=fmt(lr), n=cache.VALLEY_STEPS)
    )
    st.markdown("\n".join(f"- {line}" for line in view.lines))
    if view.example:
        st.info(view.example, icon=":material/lightbulb:")


STEPS = [slope_sign, worked_example, one_real_weight, walk, behaviours, valleys, two_weights, optimizers]
