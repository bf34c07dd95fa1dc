"""The loss page's steps (course 02-03): SSE for one sample, MSE over a batch, cross-entropy beside them.

Kept apart from app_pages/loss.py so the page file stays a short list of steps. The sample
(true class and three predicted probabilities) lives in st.session_state and in the URL, so
every step reads it on its own. Beside the course's sample stands the course image (ui/
course_image.py): its label and the built-in network's real output y'. What a step shows is
computed once per input by steps/loss_cache.py; the steps here only draw it.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from explainer.prob_inputs import rebalance, round_to_one
from steps import loss_batch
from steps import loss_cache as cache
from steps.loss_batch import image_sample
from ui import lang, t, urlstate
from ui.course_image import THUMB, caption, course_image, set_truth, thumbnail
from ui.formulas import show_formula, show_formulas
from ui.page import deeper, page_wide
from ui.urlparams import BoolParam, FloatParam, IntParam

PAGE = "loss"
K = cache.K  # cat, dog, other: the course's three classes
COURSE = {"true": 0, "p0": 0.37, "p1": 0.50, "p2": 0.13}  # the course's example: a cat, seen as a dog
SPECS = {
    "true": IntParam(COURSE["true"], 0, K - 1),  # index of the true class
    "p0": FloatParam(COURSE["p0"], 0.0, 1.0),
    "p1": FloatParam(COURSE["p1"], 0.0, 1.0),
    "p2": FloatParam(COURSE["p2"], 0.0, 1.0),
    "norm": BoolParam(True),  # keep the sliders summing to 1
} | loss_batch.BATCH_SPECS
SAMPLE_SPECS = {name: SPECS[name] for name in ("true", "p0", "p1", "p2")}
TRUTH = "loss.image_truth"  # the "what is your picture?" selector (when its label is unknown)
WARN, ERROR = ":material/warning:", ":material/error:"


def key(name: str) -> str:
    return urlstate.key(PAGE, name)


def sample(v: dict | None = None) -> tuple[int, tuple[float, ...]]:
    """The single sample every step shares: (true index, y' as a tuple (k,)).

    The first step binds every parameter (so a bad link is reported once, at the top);
    the others bind only what they use."""
    v = v or urlstate.bind(PAGE, SAMPLE_SPECS)
    return v["true"], (v["p0"], v["p1"], v["p2"])


def sample_view(lg: str, v: dict | None = None):
    truth, p = image_sample()
    return cache.sample_view(lg, *sample(v), None if truth is None else (truth, p))


def warn_probabilities(warnings) -> None:
    """Explain what is impossible about these numbers as a network output; computing goes on."""
    for text in warnings:
        st.warning(text, icon=WARN)


# ---- step 1: SSE of one sample ------------------------------------------------------------


def _keep_sum(i: int) -> None:
    if st.session_state.get(key("norm")):
        p = rebalance([st.session_state[key(f"p{j}")] for j in range(K)], i)
        for j in range(K):
            st.session_state[key(f"p{j}")] = float(p[j])


def _normalise_now() -> None:
    if st.session_state.get(key("norm")):
        p = [st.session_state[key(f"p{j}")] for j in range(K)]
        p = round_to_one(p) if sum(p) > 0 else np.full(K, 1 / K)
        for j in range(K):
            st.session_state[key(f"p{j}")] = float(p[j])


def _course_example() -> None:
    for name, value in COURSE.items():
        st.session_state[key(name)] = value
    st.session_state[key("norm")] = True


def _say_truth() -> None:
    set_truth(st.session_state.get(TRUTH))


def sample_ui(names, view) -> None:
    """True class, the three probability sliders, the sum-to-1 switch and the way back."""
    st.selectbox(
        t("loss.single.true"),
        range(K),
        format_func=names.__getitem__,
        key=key("true"),
        disabled=urlstate.locked("true"),
        on_change=page_wide(),  # the cross-entropy step shows the same sample
    )
    for i, name in enumerate(names):
        st.slider(t("loss.single.p", name=name), 0.0, 1.0, step=0.01, key=key(f"p{i}"),
                  on_change=page_wide(_keep_sum), args=(i,), disabled=urlstate.locked(f"p{i}"))  # fmt: skip
    st.toggle(t("loss.single.norm"), key=key("norm"), on_change=page_wide(_normalise_now),
              help=t("loss.single.norm_help"))  # fmt: skip
    st.caption(view["sum"])
    st.button(t("loss.single.reset"), key="loss.course_example", on_click=page_wide(_course_example),
              icon=":material/restart_alt:", disabled=any(urlstate.locked(n) for n in COURSE))  # fmt: skip


def image_ui(names) -> dict | None:
    """The course image: its picture, its label (asked for when unknown) and the network's y'.
    Returns its cached view once its label is known, else None."""
    ci = course_image()
    truth, p = image_sample()
    pic, words = st.columns([1, 2])
    pic.image(thumbnail(ci.key, _image=ci.image), width=THUMB, caption=caption(ci))
    view = cache.image_view(lang(), truth, p)
    with words:
        if truth is None:
            st.session_state[TRUTH] = None  # nothing chosen yet, whatever was chosen for another picture
            st.selectbox(t("loss.image.truth"), range(K), format_func=names.__getitem__, key=TRUTH,
                         placeholder=t("loss.image.choose"), on_change=page_wide(_say_truth))  # fmt: skip
        else:
            st.markdown(view["label"])
        st.markdown(view["output"])
    if truth is None:
        st.info(t("loss.image.say"), icon=":material/label:")
        return None
    return view


def render_formulas(course_latex: str, image_latex: str | None) -> None:
    """The course's sum and the course image's, each on a row after its name (one block)."""
    rows = [("loss.single.course", course_latex), ("loss.single.yours", image_latex)]
    show_formulas([(t(name), latex) for name, latex in rows if latex is not None])


def single_sample():
    """SSE = sum over classes of (y - y')^2: the course's sample beside the course image."""
    st.subheader(t("loss.single.title"))
    st.markdown(t("loss.single.intro"))
    show_formula(r"\text{SSE} = \sum_{i=1}^{k} (y_i - y'_i)^2")
    v = urlstate.bind(PAGE, SPECS)
    lg = lang()
    names = cache.classes(lg)
    view = sample_view(lg, v)
    course, yours = st.columns(2, border=True)
    with course:
        st.markdown(f"**{t('loss.single.course')}**")
        sample_ui(names, view)
        st.markdown(view["y"])
        st.metric(t("loss.single.sse"), view["sse"])
    with yours:
        st.markdown(f"**{t('loss.single.yours')}**")
        image = image_ui(names)
        if image is not None:
            st.metric(t("loss.single.sse"), image["sse"])
            if image["tiny"]:
                st.caption(image["tiny"])
            st.caption(t("loss.image.rounded"))
    warn_probabilities(view["warnings"])
    render_formulas(view["sse_latex"], None if image is None else image["sse_latex"])
    st.container(key="loss.terms.fig").html(view["terms_fig"])
    st.caption(view["caption"])


# ---- step 4: cross-entropy beside SSE -----------------------------------------------------


@deeper
def cross_entropy_step():
    """CE = -sum y ln y' next to SSE for the same samples, and both against p(true class)."""
    st.subheader(t("loss.ce.title"))
    view = sample_view(lang())
    st.markdown(view["ce_intro"])
    truth, p = image_sample()
    image = None if truth is None else cache.image_view(lang(), truth, p)
    course, yours = st.columns(2, border=True)
    with course:
        st.markdown(f"**{t('loss.single.course')}**")
        st.markdown(view["ce_course"])
        c1, c2 = st.columns(2)
        c1.metric(t("loss.single.sse"), view["sse"])
        c2.metric(t("loss.ce.metric"), view["ce"])
    with yours:
        st.markdown(f"**{t('loss.single.yours')}**")
        if image is None:
            st.info(t("loss.image.say"), icon=":material/label:")
        else:
            st.markdown(image["ce_text"])
            c1, c2 = st.columns(2)
            c1.metric(t("loss.single.sse"), image["sse"])
            c2.metric(t("loss.ce.metric"), image["ce"])
    warn_probabilities(view["warnings"])
    render_formulas(view["ce_latex"], None if image is None else image["ce_latex"])
    st.container(key="loss.ce.fig").html(view["curves_fig"])
    st.markdown(view["ce_why"])


STEPS = [single_sample, loss_batch.batch, loss_batch.keras_mse_step, cross_entropy_step]
