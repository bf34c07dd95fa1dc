"""The update rule with the course's worked example (course 02-05: 0.38 -> 0.3855), then the
same rule on one real weight of the built-in network for the course image: two steps.

The built-in network (in numpy, explainer/network.py) looks at the course image (ui/course_image.py);
we take one weight of its last layer, W[i, j] from the most active hidden unit i to the class j
of the image's label, and move it by W_new = W - lr * slope (explainer/real_weight.py), written
out like the course's 0.38 - 0.01 * (-0.55) = 0.3855. The learner predicts whether the right
class's probability goes up, sees it, and may press Step a few more times.
State: the loss and the learning rate are URL parameters (rloss, rlr); the steps taken live in
st.session_state[REAL] and start again for a new image, label or loss. For the learner's own
picture (its class unknown) a selector asks what it really is (ui.course_image.set_truth).
The two were one step with two columns; as two steps each change reruns half as much
(benchmarks/bench_pages.py) and a beginner meets one idea at a time.
"""

from __future__ import annotations

import streamlit as st

from explainer import descent, real_weight
from explainer.descent_path import fmt, tex
from explainer.figures.html_table import html_table
from explainer.questions import real_weight_question
from steps import gradient_descent_cache as cache
from ui import t, urlstate
from ui.course_image import answer, caption, class_name, course_image, set_truth
from ui.formulas import show_formula
from ui.guard import callback
from ui.image_picker import shown
from ui.predict import check_ui
from ui.urlparams import ChoiceParam, GridParam
from ui.urlstate import ALL, STEP

PAGE = "gradient_descent"
COURSE = (0.38, 0.01, -0.55)  # the course's W_e1, learning rate and slope (02-05)
EXAMPLE = ("ex_w", "ex_lr", "ex_slope")  # their widgets' keys (after the page id)
REAL = "gradient_descent._real"  # {"sig": (image key, label j, loss), "lrs": [lr of each step taken]}
TRUTH = "gradient_descent.real_truth"  # the label selector, for a picture whose class is unknown
LOSSES = ("squared_error", "cross_entropy")  # the course's SSE first (explainer.network.LOSSES)
REAL_LRS = (0.01, 0.1, 1.0, 10.0)  # the course's 0.01 first; bigger ones make a sure network move
THUMB = 72
W_DIGITS = 8  # W and W_new: enough digits that the written-out subtraction adds up to the shown result


def real_params() -> dict:
    """URL parameters of the "your image" column: the loss and the learning rate."""
    return {"rloss": ChoiceParam("squared_error", LOSSES), "rlr": GridParam(0.01, REAL_LRS)}


def k(name: str) -> str:
    return urlstate.key(PAGE, name)


def real_state(sig: tuple) -> dict:
    """The steps taken on this image, label and loss; a new one of these starts again."""
    s = st.session_state.get(REAL)
    if s is None or s["sig"] != sig:
        s = st.session_state[REAL] = {"sig": sig, "lrs": []}
    return s


@callback
def _on_truth() -> None:
    j = st.session_state.get(TRUTH)
    set_truth(None if j is None else int(j))


@callback
def _on_step(lr: float) -> None:
    s = st.session_state.get(REAL)
    if s is not None and len(s["lrs"]) < real_weight.MAX_STEPS:
        s["lrs"].append(float(lr))


@callback
def _on_reset() -> None:
    s = st.session_state.get(REAL)
    if s is not None:
        s["lrs"] = []


def label_ui(ci) -> int | None:
    """The class the image really is: a gallery sample's own, or what the learner says."""
    if not ci.own:
        st.caption(t(f"{PAGE}.real.label_known", cls=class_name(ci.truth)))
        return ci.truth
    st.session_state[TRUTH] = ci.truth  # the widget shows what the course image says now
    st.selectbox(
        t(f"{PAGE}.real.truth"),
        list(range(3)),
        format_func={c: class_name(c) for c in range(3)}.get,  # texts bound now, in this language
        index=None,
        placeholder=t(f"{PAGE}.real.truth.placeholder"),
        key=TRUTH,
        on_change=_on_truth,
    )
    return ci.truth


def update_tex(u: real_weight.Update) -> str:
    return t(f"{PAGE}.real_tex", w=tex(fmt(u.w, W_DIGITS)), lr=tex(fmt(u.lr)), slope=tex(fmt(u.slope)),
             w_new=tex(fmt(u.w_new, W_DIGITS)))  # fmt: skip


def probability_table(u: real_weight.Update, j: int) -> str:
    """Before and after, one column per class (the label's in bold), as a markdown table."""
    names = [class_name(c) for c in range(3)]
    names[j] = f"**{names[j]}**"
    rows = [
        "| | " + " | ".join(names) + " |",
        "|---|" + "---:|" * 3,
        f"| {t(f'{PAGE}.real.before')} | " + " | ".join(fmt(x) for x in u.p) + " |",
        f"| {t(f'{PAGE}.real.after')} | " + " | ".join(fmt(x) for x in u.p_new) + " |",
    ]
    return "\n".join(rows)


def steps_table(steps: list[real_weight.Update], j: int) -> str:
    """The real weight's steps so far, one row each, as an HTML table (explainer/figures/html_table.py)."""
    cols = {c: t(f"{PAGE}.real.col.{c}", cls=class_name(j)) for c in ("k", "w", "slope", "lr", "w_new", "p")}
    return html_table({
        cols["k"]: [str(n) for n in range(1, len(steps) + 1)],
        cols["w"]: [fmt(u.w, W_DIGITS) for u in steps],
        cols["slope"]: [fmt(u.slope) for u in steps],
        cols["lr"]: [fmt(u.lr) for u in steps],
        cols["w_new"]: [fmt(u.w_new, W_DIGITS) for u in steps],
        cols["p"]: [fmt(u.p_new[j]) for u in steps],
    }, gap=t(f"{PAGE}.table.gap"))  # fmt: skip


def your_image_ui() -> None:
    """The real weight: the image, its label, which weight, the update written out, the
    prediction, before/after, Step."""
    ci = course_image()
    row = st.container(horizontal=True, vertical_alignment="center")  # the words right beside the picture
    row.image(shown(ci.image, THUMB), width=THUMB)
    with row.container():
        st.caption(caption(ci))
        j = label_ui(ci)
    if j is None:
        st.info(t(f"{PAGE}.real.need_label"), icon=":material/label:")
        return
    v = urlstate.bind(PAGE, real_params())
    tr = answer(ci)
    ow = real_weight.choose(cache.network_weights(), tr, j)
    cls = class_name(j)
    st.markdown(t(f"{PAGE}.real.which", i=ow.i, cls=cls, h=fmt(ow.h_i, 4), w=fmt(ow.w0, W_DIGITS)))
    loss_names = {x: t(f"{PAGE}.real.loss.{x}") for x in LOSSES}  # texts bound now, in this language
    st.radio(t(f"{PAGE}.real.loss"), LOSSES, format_func=loss_names.get, key=k("rloss"), horizontal=True)
    st.select_slider(
        t(f"{PAGE}.example.lr"),
        REAL_LRS,
        format_func=fmt,
        key=k("rlr"),
        disabled=urlstate.locked("lr"),
        width=420,
    )
    s = real_state((ci.key, j, v["rloss"]))
    walk = real_weight.walk(tr, ow, v["rloss"], [*s["lrs"], v["rlr"]])  # the steps taken, then the next one
    u, taken = walk[-1], walk[:-1]
    if taken:
        st.caption(t(f"{PAGE}.real.after_steps", n=len(taken)))
    show_formula(update_tex(u))
    st.caption(
        t(f"{PAGE}.real.slope_from", h=fmt(ow.h_i, 4), dz=fmt(u.dz, 4), slope=fmt(u.slope, 4), cls=cls)
    )
    if ow.h_i == 0:
        st.info(t(f"{PAGE}.real.silent"), icon=":material/info:")
    answered = check_ui(real_weight_question(u, j, cls))
    if (
        not answered and st.query_params.get(STEP) != ALL
    ):  # as ui.page: every step opened at once hides nothing
        return
    st.markdown(probability_table(u, j))
    change = float(u.p_new[j] - u.p[j])
    way = "up" if change > 0 else "down" if change < 0 else "same"
    st.markdown(t(f"{PAGE}.real.verdict.{way}", cls=cls, p=fmt(u.p[j]), p_new=fmt(u.p_new[j]),
                  d=fmt(abs(change)), loss=fmt(u.loss), loss_new=fmt(u.loss_new)))  # fmt: skip
    if abs(change) < 1e-6:
        st.caption(t(f"{PAGE}.real.sure", cls=cls, p=fmt(u.p[j])))
    buttons = st.container(horizontal=True)
    full = len(s["lrs"]) >= real_weight.MAX_STEPS
    buttons.button(t(f"{PAGE}.btn.real_step"), key=f"{PAGE}.real_step", on_click=_on_step, args=(float(v["rlr"]),),
              icon=":material/footprint:", disabled=full, width="stretch")  # fmt: skip
    buttons.button(t(f"{PAGE}.btn.reset"), key=f"{PAGE}.real_reset", on_click=_on_reset, icon=":material/restart_alt:",
              disabled=not taken, width="stretch")  # fmt: skip
    if taken:
        st.html(steps_table(taken, j))


def course_example_ui() -> None:
    """The course's numbers in the update rule; the learner may change any of them."""
    for name, x in zip(EXAMPLE, COURSE, strict=True):
        st.session_state.setdefault(f"{PAGE}.{name}", x)  # the course's numbers until the learner changes one
    row = st.container(horizontal=True)  # a row: fewer elements to rerun than columns
    w = row.number_input(t(f"{PAGE}.example.w"), step=0.01, format="%g", key=f"{PAGE}.ex_w")
    lr = row.number_input(
        t(f"{PAGE}.example.lr"), min_value=0.0, step=0.001, format="%g", key=f"{PAGE}.ex_lr"
    )
    slope = row.number_input(t(f"{PAGE}.example.slope"), step=0.05, format="%g", key=f"{PAGE}.ex_slope")
    try:
        w_new = descent.update(w, slope, lr)
    except ValueError:
        st.error(t(f"{PAGE}.example.bad_lr"))
        return
    move = w_new - w  # = -lr * slope
    show_formula(t(f"{PAGE}.example_tex", w=tex(fmt(w, 10)), lr=tex(fmt(lr, 10)), slope=tex(fmt(slope, 10)),
               move=("+ " if move >= 0 else "- ") + tex(fmt(abs(move), 10)), w_new=tex(fmt(w_new, 10))))  # fmt: skip
    st.metric(t(f"{PAGE}.example.result"), fmt(w_new, 10), delta=fmt(move, 10), delta_color="off")
    way = "up" if move > 0 else "down" if move < 0 else "same"
    st.markdown(t(f"{PAGE}.example.after.{way}", d=fmt(abs(move), 10)))
    if (w, lr, slope) != COURSE:
        st.button(
            t(f"{PAGE}.example.back"), key=f"{PAGE}.ex_back", on_click=_course_numbers, icon=":material/undo:"
        )


@callback
def _course_numbers() -> None:
    for name, x in zip(EXAMPLE, COURSE, strict=True):
        st.session_state[f"{PAGE}.{name}"] = x


def worked_example():
    """02-04/02-05: the rule W_new = W - lr * slope, with the course's 0.38 -> 0.3855 worked out;
    the learner may change any of the three numbers."""
    st.subheader(t(f"{PAGE}.example.title"))
    st.markdown(t(f"{PAGE}.example.body"))
    course_example_ui()
    st.markdown(t(f"{PAGE}.example.more"))


def one_real_weight():
    """02-05 on the built-in network: the same rule moves one real weight for the course image."""
    st.subheader(t(f"{PAGE}.real.title"))
    st.markdown(t(f"{PAGE}.real.body"))
    your_image_ui()
