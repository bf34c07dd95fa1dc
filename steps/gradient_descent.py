"""Gradient descent (course 02-04, 02-05): one weight walking down a loss curve.

Steps, in order (STEPS): which way is downhill (slope = rise / run, its sign) -> the update rule
and the course's worked example 0.38 -> 0.3855, beside the same rule on one real weight of the
built-in network for the course image (steps/gradient_descent_example.py) -> walk one step at a
time -> what the learning rate does -> several valleys (each start ends in the valley its ground
slopes down into) -> going deeper: two weights, three optimizers (steps/gradient_descent_deeper.py).
All maths lives in explainer/ (descent, descent_path, real_weight, optimizers2d); runs and figures
are cached per input in steps/gradient_descent_cache.py.
State: the settings live in st.session_state under urlstate keys (shareable in the URL); the
walk (the weights visited by Step/Run) lives in st.session_state[WALK].
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from explainer import descent, descent_path
from explainer.curves import CURVE_IDS, CURVES
from explainer.descent import LR_GRID
from explainer.descent_path import fmt, tex
from explainer.figures.picture import motion_html
from explainer.formula import MAX_LEN, FormulaError, check_start
from steps import gradient_descent_cache as cache
from steps.gradient_descent_deeper import optimizers, race_params, two_weight_params, two_weights
from steps.gradient_descent_example import real_params, worked_example
from ui import lang, t, urlstate
from ui.formulas import show_formula
from ui.guard import callback
from ui.page import rerun_steps
from ui.safe_text import md_literal
from ui.urlparams import ChoiceParam, FloatParam, FormulaParam, GridParam, IntParam

PAGE = "gradient_descent"
WALK = "gradient_descent._walk"  # {"sig": (curve, formula, start), "w": [W_0, W_1, ...], "stop": None | dict}
MAX_WALK = 5000  # weights a walk may hold before Reset is needed
STATUS_BOX = {"converged": st.success, "creeping": st.info, "oscillating": st.warning, "stalled": st.warning}
DEFAULT_FORMULA = "w**4/20 - w**2 + w/2 + 5"
PRESET_LR = "gradient_descent._preset_lr"  # a preset's rate, set by the next run (set_lr)
PLAY = "gradient_descent.anim_play"  # the behaviours picture plays (True) or stands on its last step


def one_weight_params() -> dict:
    """URL parameters of the one-weight playground."""
    return {
        "curve": ChoiceParam("bowl", CURVE_IDS),
        "f": FormulaParam(DEFAULT_FORMULA),
        "start": FloatParam(-1.0, -5.0, 5.0),
        "lr": GridParam(0.1, LR_GRID),
        "steps": IntParam(30, 1, 1000),
    }


def specs() -> dict:
    """Every URL parameter of the page (for the link sweep in tests/test_hostile_urls.py)."""
    return one_weight_params() | real_params() | two_weight_params() | race_params()


def k(name: str) -> str:
    return urlstate.key(PAGE, name)


def one_weight_settings() -> dict:
    """The one-weight settings (bound to the URL; cheap to call from every step). A rate a
    preset asked for is set here, in the run, before the slider is drawn (set_lr)."""
    if PRESET_LR in st.session_state:
        st.session_state[k("lr")] = st.session_state.pop(PRESET_LR)
    return urlstate.bind(PAGE, one_weight_params())


def curve_key(v: dict) -> tuple[str, str]:
    """(curve id, formula text): names the chosen curve in steps.gradient_descent_cache ("" for a built-in curve)."""
    return v["curve"], v["f"] if v["curve"] == "formula" else ""


def chosen_curve(v: dict):
    """(curve, None) for the chosen curve, or (None, FormulaError) when the formula is refused or
    has no loss or slope at the start (explainer.formula.check_start says where it has one)."""
    try:
        curve = cache.curve_of(*curve_key(v))
        check_start(curve, float(v["start"]))
    except FormulaError as err:
        return None, err
    return curve, None


def walk_state(v: dict) -> dict:
    """The learner's walk; a new curve, formula or start begins a fresh one at the start."""
    sig = (v["curve"], v["f"] if v["curve"] == "formula" else "", float(v["start"]))
    s = st.session_state.get(WALK)
    if s is None or s["sig"] != sig:
        s = {"sig": sig, "w": [float(v["start"])], "stop": None}
        st.session_state[WALK] = s
    return s


def _values() -> dict:
    return {n: st.session_state[k(n)] for n in one_weight_params()}


@callback
def on_step() -> None:
    """Button callback: one step W_new = W - lr * slope (explainer.descent.update); the walk stops
    instead where the new weight would have no loss or slope (outside the formula's domain)."""
    v = _values()
    curve, _ = chosen_curve(v)
    s = walk_state(v)
    if curve is None or s["stop"] or len(s["w"]) >= MAX_WALK:
        return
    w = s["w"][-1]
    slope = float(curve.slope(w))
    try:
        w_new = descent.update(w, slope, v["lr"])
    except ValueError:
        reason = "undefined" if slope != slope else "overflow"  # NaN slope: outside the formula's domain
        s["stop"] = {"step": len(s["w"]), "reason": reason}
        return
    with np.errstate(all="ignore"):
        defined = np.isfinite(curve.loss(w_new)) and np.isfinite(curve.slope(w_new))
    if not defined:
        s["stop"] = {"step": len(s["w"]), "reason": "undefined"}
        return
    s["w"].append(w_new)


@callback
def on_run() -> None:
    """Button callback: the chosen number of steps from where the walk is now."""
    v = _values()
    curve, _ = chosen_curve(v)
    s = walk_state(v)
    n = min(int(v["steps"]), MAX_WALK - len(s["w"]))
    if curve is None or s["stop"] or n <= 0:
        return
    path = descent_path.run(curve, s["w"][-1], v["lr"], n)
    s["w"].extend(float(x) for x in path.w[1:])
    if path.stop_step is not None:
        s["stop"] = {"step": len(s["w"]), "reason": path.stop_reason}


@callback
def on_reset() -> None:
    st.session_state.pop(WALK, None)


def formula_error(err: FormulaError, text: str) -> None:
    """Say what is wrong with the formula and point at the place."""
    detail = {
        k: v if k == "snippet" else md_literal(v) for k, v in err.detail.items()
    }  # snippet: in a code span
    st.error(t(f"{PAGE}.ferr.{err.code}", col=err.offset + 1, **detail), icon=":material/function:")
    st.code(text[:MAX_LEN] + "\n" + " " * min(err.offset, MAX_LEN) + "^", language=None)


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


def _start_readers() -> tuple[str, ...]:
    """The steps that show the start: the valleys too when they draw the learner's formula."""
    formula = st.session_state.get(k("curve")) == "formula"
    return ("walk", "behaviours", "valleys") if formula else ("walk", "behaviours")


ALL_READERS = ("walk", "behaviours", "valleys")  # the curve: the valleys draw a formula, or their own curve
RUN_READERS = ("walk", "behaviours")  # the learning rate and the number of steps
SHARED_READERS = (ALL_READERS, RUN_READERS)  # for benchmarks/bench_pages.py


def one_weight_controls_ui(v: dict) -> None:
    """The playground's widgets: curve, formula, start, learning rate, number of steps.

    The next steps read them too (behaviours all of them; valleys the curve, and the start of a
    formula), so a change reruns the steps that read it (ui/page.py rerun_steps), not the whole
    page; the walk's Step, Run and Reset rerun the walk alone."""
    st.radio(
        t(f"{PAGE}.curve"),
        CURVE_IDS,
        format_func={c: t(f"{PAGE}.curve.{c}") for c in CURVE_IDS}.get,  # texts fixed at run time
        key=k("curve"),
        horizontal=True,
        disabled=urlstate.locked("curve"),
        on_change=rerun_steps(PAGE, ALL_READERS),
    )
    if st.session_state[k("curve")] == "formula":
        st.caption(f":material/explore: **{t('app.deeper')}** · {t(f'{PAGE}.formula.deeper')}")
        st.text_input(t(f"{PAGE}.formula"), key=k("f"), max_chars=MAX_LEN, help=t(f"{PAGE}.formula.help"),
                      on_change=rerun_steps(PAGE, ALL_READERS))  # fmt: skip
    st.slider(t(f"{PAGE}.start"), -5.0, 5.0, step=0.1, key=k("start"), disabled=urlstate.locked("start"),
              on_change=rerun_steps(PAGE, _start_readers))  # fmt: skip
    st.select_slider(
        t(f"{PAGE}.lr"), options=LR_GRID, format_func=fmt, key=k("lr"), disabled=urlstate.locked("lr"),
        help=t(f"{PAGE}.lr.help"), on_change=rerun_steps(PAGE, RUN_READERS),
    )  # fmt: skip
    st.number_input(t(f"{PAGE}.steps"), min_value=1, max_value=1000, step=1, key=k("steps"),
                    on_change=rerun_steps(PAGE, RUN_READERS))  # fmt: skip


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
        c1, c2, c3 = st.columns(3)
        c1.metric(t(f"{PAGE}.now_w", k=len(s["w"]) - 1), fmt(w))
        c2.metric(t(f"{PAGE}.now_loss"), fmt(loss))
        c3.metric(t(f"{PAGE}.now_slope"), fmt(slope))
        st.markdown(t(f"{PAGE}.sign.{sign}"))
        w_new = w - lr * slope
        show_formula(t(f"{PAGE}.update_tex", w=tex(fmt(w, 8)), lr=tex(fmt(lr)), slope=tex(fmt(slope, 8)),
                   w_new=tex(fmt(w_new, 8))))  # fmt: skip
        b1, b2, b3 = st.columns(3)
        full = len(s["w"]) >= MAX_WALK
        b1.button(t(f"{PAGE}.btn.step"), key=f"{PAGE}.step", on_click=on_step, icon=":material/footprint:",
                  disabled=bool(s["stop"]) or full, width="stretch")  # fmt: skip
        b2.button(t(f"{PAGE}.btn.run", n=int(v["steps"])), key=f"{PAGE}.run", on_click=on_run,
                  icon=":material/fast_forward:", disabled=bool(s["stop"]) or full, width="stretch")  # fmt: skip
        b3.button(t(f"{PAGE}.btn.reset"), key=f"{PAGE}.reset", on_click=on_reset, icon=":material/restart_alt:",
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


def set_lr(lr: float) -> None:
    """A preset's rate, for the next run to set (one_weight_settings). Set here, in the callback,
    the slider would not move: a callback that reruns chosen steps (rerun_steps) ends before
    the run that draws them, and Streamlit then no longer sends the new value to the browser's
    slider, which sends its old one back with the next change (seen in Chromium)."""
    st.session_state[PRESET_LR] = lr


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
    cols = st.columns(len(presets))
    for col, (name, lr) in zip(cols, presets.items(), strict=True):
        col.button(t(f"{PAGE}.preset.{name}", lr=fmt(lr)), key=f"{PAGE}.preset_{name}", args=(lr,),
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
    lr = st.columns([1, 1])[0].select_slider(t(f"{PAGE}.lr"), options=LR_GRID, format_func=fmt, key=lr_key)
    view = cache.valleys(*key, float(lr), lang())
    st.container(key=f"{PAGE}.starts").html(view.fig)
    st.caption(
        t(f"{PAGE}.valleys.caption", curve=t(f"{PAGE}.curve.{key[0]}"), lr=fmt(lr), n=cache.VALLEY_STEPS)
    )
    st.markdown("\n".join(f"- {line}" for line in view.lines))
    if view.example:
        st.info(view.example, icon=":material/lightbulb:")


STEPS = [slope_sign, worked_example, walk, behaviours, valleys, two_weights, optimizers]
