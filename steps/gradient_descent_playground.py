"""Gradient descent's one-weight playground (steps/gradient_descent.py): its settings, their
controls and the walk's state.

The settings (curve, typed formula, start, learning rate, number of steps) live in
st.session_state under urlstate keys, shareable in the URL; the walk, the weights visited by
Step and Run, lives in st.session_state[WALK]. Three steps read the settings (walk, behaviours,
valleys): each control names the steps it reruns (ui.page.rerun_steps).
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from explainer import descent, descent_path
from explainer.curves import CURVE_IDS
from explainer.descent import LR_GRID
from explainer.descent_path import fmt
from explainer.formula import MAX_LEN, FormulaError, check_start
from steps import gradient_descent_cache as cache
from ui import t, urlstate
from ui.guard import callback
from ui.page import rerun_steps
from ui.safe_text import md_literal
from ui.urlparams import ChoiceParam, FloatParam, FormulaParam, GridParam, IntParam

PAGE = "gradient_descent"
WALK = "gradient_descent._walk"  # {"sig": (curve, formula, start), "w": [W_0, W_1, ...], "stop": None | dict}
MAX_WALK = 5000  # weights a walk may hold before Reset is needed
DEFAULT_FORMULA = "w**4/20 - w**2 + w/2 + 5"
PRESET_LR = "gradient_descent._preset_lr"  # a preset's rate, set by the next run (set_lr)


def one_weight_params() -> dict:
    """URL parameters of the one-weight playground."""
    return {
        "curve": ChoiceParam("bowl", CURVE_IDS),
        "f": FormulaParam(DEFAULT_FORMULA),
        "start": FloatParam(-1.0, -5.0, 5.0),
        "lr": GridParam(0.1, LR_GRID),
        "steps": IntParam(30, 1, 1000),
    }


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


ALL_READERS = ("walk", "behaviours", "valleys")  # a typed formula: the valleys draw it too
RUN_READERS = ("walk", "behaviours")  # the learning rate, the number of steps, a built-in curve


def _start_readers() -> tuple[str, ...]:
    """The steps that show the start: the valleys too when they draw the learner's formula."""
    return ALL_READERS if st.session_state.get(k("curve")) == "formula" else RUN_READERS


def _curve_readers() -> tuple[str, ...]:
    """The steps a new curve changes: the valleys too when they drew the learner's formula or are
    to draw it (the walk's curve is the one on screen until it reruns); else they keep their own."""
    old = (st.session_state.get(WALK) or {}).get("sig", ("",))[0]
    return ALL_READERS if "formula" in (old, st.session_state.get(k("curve"))) else RUN_READERS


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
        on_change=rerun_steps(PAGE, _curve_readers),
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


def set_lr(lr: float) -> None:
    """A preset's rate, for the next run to set (one_weight_settings). Set here, in the callback,
    the slider would not move: a callback that reruns chosen steps (rerun_steps) ends before
    the run that draws them, and Streamlit then no longer sends the new value to the browser's
    slider, which sends its old one back with the next change (seen in Chromium)."""
    st.session_state[PRESET_LR] = lr
