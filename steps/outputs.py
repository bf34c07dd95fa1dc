"""The outputs page's steps (course 01-03): three probabilities -> label by argmax -> the perfect
answer -> many classes; then, going deeper, the scores and softmax that make the probabilities.

app_pages/outputs.py is only run("outputs", STEPS). Each step opens on the course's own
example (0.97 / 0.01 / 0.02 and 0.51 / 0.48 / 0.01) and shows the course image's real output
from the built-in network (ui/course_image.py: answer(ci).z, .p) beside it as "your image",
unless the learner hides that column (?yours=0). Figures and texts are built once per input by
steps/outputs_cache.py (ui/shared_cache.py); cached functions take keyword arguments.
"""

from __future__ import annotations

import streamlit as st

from explainer.scores import scores_for
from steps import black_box_cache as boxes
from steps import outputs_cache as cache
from ui import t, urlstate
from ui.course_image import answer, caption, course_image, thumbnail
from ui.guard import callback
from ui.i18n import lang
from ui.page import deeper, page_wide
from ui.urlparams import BoolParam, ChoiceParam, FloatParam, IntParam

PAGE = "outputs"
CLASSES = cache.CLASSES
SURE, UNSURE = (0.97, 0.01, 0.02), (0.51, 0.48, 0.01)  # the course's two examples
PRESETS = {"sure": SURE, "unsure": UNSURE}
PRESET_SCORES = {name: tuple(float(s) for s in scores_for(p)) for name, p in PRESETS.items()}
DEFAULT_SCORES = (2.0, 1.0, 0.1)
SPECS = {
    "yours": BoolParam(True),  # show the course image's column beside the course's examples
    **{f"s{i}": FloatParam(DEFAULT_SCORES[i], -10.0, 10.0) for i in range(3)},  # one score per class
    "true": ChoiceParam("cat", CLASSES),  # the true class of the course's example picture
    "k": IntParam(10, 3, 1000),  # number of classes in the "many classes" step
    "seed": IntParam(0, 0, 999_999),  # which random scores the many-class step shows
}
THUMB = 72  # width of the course image beside its numbers


def state() -> dict:
    return urlstate.bind(PAGE, SPECS)


def scores_of(v: dict) -> tuple[float, float, float]:
    """The three scores in the values state() returned."""
    return (v["s0"], v["s1"], v["s2"])


def your_probs() -> tuple[float, float, float]:
    """p = softmax(z) of the built-in network for the course image."""
    return tuple(float(v) for v in answer(course_image()).p)


def your_header(note_unfamiliar: bool = False) -> None:
    """The course image, small, with what it is; and when the built-in box never saw anything
    like it, that its probabilities mean little (steps/black_box_cache.familiarity)."""
    ci = course_image()
    row = st.container(horizontal=True, vertical_alignment="center")
    row.image(thumbnail(ci.key, _image=ci.image), width=THUMB)  # encoded once per picture
    row.markdown(f"**{t('outputs.yours.head')}**  \n{caption(ci)}")
    if note_unfamiliar and not boxes.familiarity(ci).familiar:
        st.warning(t("outputs.yours.unfamiliar"), icon=":material/report:")


def columns(v: dict) -> list:
    """Two columns (the course's example, your image), or one when "your image" is hidden."""
    return st.columns(2, gap="large") if v["yours"] else [st.container()]


# ---- widgets ------------------------------------------------------------------------------


@callback
def _set_scores(scores) -> None:
    for i, s in enumerate(scores):
        st.session_state[urlstate.key(PAGE, f"s{i}")] = float(s)


def presets_ui() -> None:
    """Buttons that set the scores so softmax gives the course's probabilities exactly."""
    locked = any(urlstate.locked(f"s{i}") for i in range(3))  # a teacher's link fixed the scores
    cols = st.columns(3)
    for col, (name, probs) in zip(cols, PRESETS.items(), strict=False):
        col.button(
            " / ".join(f"{p:.2f}" for p in probs),
            key=f"outputs.preset.{name}",
            help=t("outputs.preset.help"),
            on_click=_set_scores,
            args=(PRESET_SCORES[name],),
            width="stretch",
            disabled=locked,
        )
    cols[2].button(
        t("outputs.preset.reset"),
        key="outputs.preset.reset",
        on_click=_set_scores,
        args=(DEFAULT_SCORES,),
        width="stretch",
        disabled=locked,
    )


def scores_ui() -> None:
    for i, (col, name) in enumerate(zip(st.columns(3), cache.names(lang()), strict=True)):
        col.slider(
            t("outputs.score_label", name=name),
            min_value=-10.0,
            max_value=10.0,
            step=0.1,
            format="%.2f",
            key=urlstate.key(PAGE, f"s{i}"),
            disabled=urlstate.locked(f"s{i}"),
        )


@callback
def _new_seed() -> None:
    k = urlstate.key(PAGE, "seed")
    st.session_state[k] = (st.session_state[k] + 1) % 1_000_000


# ---- the steps (their names key the questions and notes: "outputs.<step>.question") -------


def three_probabilities():
    st.subheader(t("outputs.three.head"))
    st.markdown(t("outputs.three.intro", cat=f"{SURE[0]:.2f}", dog=f"{SURE[1]:.2f}", other=f"{SURE[2]:.2f}"))
    v = state()
    st.toggle(
        t("outputs.yours.toggle"),
        key=urlstate.key(PAGE, "yours"),
        disabled=urlstate.locked("yours"),
        on_change=page_wide(),  # every step draws the column or not
    )
    cols = columns(v)
    with cols[0]:
        st.markdown(f"**{t('outputs.course.example', n=1)}**")
        st.caption(t("outputs.course.cat"))
        bars, total = cache.bars_view(probs=SURE, lg=lang())
        st.container(key="outputs.course_bars").html(bars)
        st.markdown(total)
    if v["yours"]:
        with cols[1]:
            your_header(note_unfamiliar=True)
            bars, total = cache.bars_view(probs=your_probs(), lg=lang())
            st.container(key="outputs.your_bars").html(bars)
            st.markdown(total)
    st.info(t("outputs.three.not_a_label"), icon=":material/lightbulb:")


def _argmax_ui(probs) -> None:
    label, conf, margin, low, message = cache.argmax_view(probs=probs, lg=lang())
    c1, c2 = st.columns(2)
    c1.metric(t("outputs.metric.label"), label)
    c2.metric(t("outputs.metric.confidence"), conf, help=t("outputs.metric.confidence_help"))
    st.caption(t("outputs.metric.margin", margin=margin))
    (st.warning if low else st.success)(message, icon=":material/help:" if low else ":material/check:")


def label_by_argmax():
    st.subheader(t("outputs.argmax.head"))
    st.markdown(t("outputs.argmax.intro"))
    v = state()
    cols = st.columns(3 if v["yours"] else 2, gap="medium")
    for col, probs, n in zip(cols, (SURE, UNSURE), (1, 2), strict=False):
        with col:
            st.markdown(f"**{t('outputs.course.example', n=n)}**")
            st.caption(t("outputs.course.outputs", p=" / ".join(f"{p:.2f}" for p in probs)))
            _argmax_ui(probs)
    if v["yours"]:
        with cols[2]:
            your_header()
            _argmax_ui(your_probs())


def perfect_answer():
    st.subheader(t("outputs.perfect.head"))
    st.markdown(t("outputs.perfect.intro"))
    v = state()
    labels = dict(zip(CLASSES, cache.names(lang()), strict=True))
    cols = columns(v)
    with cols[0]:
        st.markdown(f"**{t('outputs.course.example', n=1)}**")
        true_id = st.radio(
            t("outputs.perfect.true"),
            CLASSES,
            format_func=labels.get,
            horizontal=True,
            key=urlstate.key(PAGE, "true"),
            disabled=urlstate.locked("true"),
        )
        bars, vectors = cache.perfect_view(probs=SURE, true_id=true_id, lg=lang())
        st.container(key="outputs.perfect").html(bars)
        st.markdown(vectors)
    if v["yours"]:
        with cols[1]:
            your_header()
            truth = course_image().truth
            if truth is None:
                st.info(t("outputs.yours.truth_unknown"), icon=":material/label:")
            else:
                st.caption(t("outputs.yours.truth", name=labels[CLASSES[truth]]))
                bars, vectors = cache.perfect_view(probs=your_probs(), true_id=CLASSES[truth], lg=lang())
                st.container(key="outputs.perfect_yours").html(bars)
                st.markdown(vectors)
    st.caption(t("outputs.perfect.caption"))


def many_classes():
    st.subheader(t("outputs.many.head"))
    st.markdown(t("outputs.many.intro"))
    v = state()
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    left.slider(
        t("outputs.many.k"),
        min_value=3,
        max_value=1000,
        step=1,
        key=urlstate.key(PAGE, "k"),
        disabled=urlstate.locked("k"),
    )
    right.button(
        t("outputs.many.reroll"),
        key="outputs.reroll",
        on_click=_new_seed,
        width="stretch",
        disabled=urlstate.locked("seed"),
    )
    bars, result, table = cache.many_view(
        k=st.session_state[urlstate.key(PAGE, "k")], seed=v["seed"], lg=lang()
    )
    st.container(key="outputs.many").html(bars)
    st.markdown(result)
    st.caption(t("outputs.many.top"))
    st.html(table)


@deeper
def scores_and_softmax():
    st.subheader(t("outputs.scores.head"))
    st.markdown(t("outputs.scores.intro"))
    v = state()
    st.caption(t("outputs.preset.caption"))
    presets_ui()
    scores_ui()
    bars, total = cache.probabilities_view(scores=scores_of(v), lg=lang())
    st.container(key="outputs.bars").html(bars)
    st.markdown(total)
    if v["yours"]:
        your_header()
        z = tuple(float(s) for s in answer(course_image()).z)
        st.markdown(t("outputs.softmax.yours", z=", ".join(f"{s:.2f}" for s in z)))
        table, total, first, p = cache.softmax_table(scores=z, lg=lang())
        st.html(table)
        st.caption(t("outputs.softmax.caption", total=total, first=first, p=p))


STEPS = [three_probabilities, label_by_argmax, perfect_answer, many_classes, scores_and_softmax]
