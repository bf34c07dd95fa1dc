"""The outputs page's steps (course 01-03): scores -> softmax -> probabilities -> label by argmax.

app_pages/outputs.py is only run("outputs", [...]) with these steps; they live here so the
page script the server re-executes stays tiny. Each step is one idea and reads what it needs
from the URL-backed session state (urlstate.bind), so lecture mode can show any step alone.

What a step shows depends on a few simple values (the three scores, the true class, k and
the seed, the language), so its figure and its texts are built once per distinct input by a
cached function (ui/shared_cache.py) and a rerun that changed nothing only sends them again.
The catalog is fixed while the app runs, so the language code stands for every text.
Cached functions are called with keyword arguments (cheaper to look up; see steps/inputs_cache.py).
"""

from __future__ import annotations

import streamlit as st

from explainer.scores import scores_for
from steps import outputs_cache as cache
from ui import t, urlstate
from ui.guard import callback
from ui.i18n import lang
from ui.page import page_wide
from ui.urlparams import ChoiceParam, FloatParam, IntParam

PAGE = "outputs"
CLASSES = cache.CLASSES
PRESETS = {"sure": (0.97, 0.01, 0.02), "unsure": (0.51, 0.48, 0.01)}  # the course's two examples
PRESET_SCORES = {name: tuple(float(s) for s in scores_for(p)) for name, p in PRESETS.items()}
DEFAULT_SCORES = (2.0, 1.0, 0.1)
SPECS = {
    **{f"s{i}": FloatParam(DEFAULT_SCORES[i], -10.0, 10.0) for i in range(3)},  # one score per class
    "true": ChoiceParam("cat", CLASSES),  # the right answer for the perfect output
    "k": IntParam(10, 3, 1000),  # number of classes in the "many classes" step
    "seed": IntParam(0, 0, 999_999),  # which random scores the many-class step shows
}
PLOT_CONFIG = {"displayModeBar": False}


def state() -> dict:
    return urlstate.bind(PAGE, SPECS)


def names() -> list[str]:
    return cache.names(lang())


def scores_of(v: dict) -> tuple[float, float, float]:
    """The three scores in the values state() returned."""
    return (v["s0"], v["s1"], v["s2"])


# ---- widgets ------------------------------------------------------------------------------


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
            on_click=page_wide(_set_scores),  # the next steps read the scores too
            args=(PRESET_SCORES[name],),
            width="stretch",
            disabled=locked,
        )
    cols[2].button(
        t("outputs.preset.reset"),
        key="outputs.preset.reset",
        on_click=page_wide(_set_scores),
        args=(DEFAULT_SCORES,),
        width="stretch",
        disabled=locked,
    )


def scores_ui() -> None:
    cols = st.columns(3)
    for i, (col, name) in enumerate(zip(cols, names(), strict=True)):
        col.slider(
            t("outputs.score_label", name=name),
            min_value=-10.0,
            max_value=10.0,
            step=0.1,
            format="%.2f",
            key=urlstate.key(PAGE, f"s{i}"),
            disabled=urlstate.locked(f"s{i}"),
            on_change=page_wide(),  # argmax and the perfect answer read the scores too
        )


@callback
def _new_seed() -> None:
    k = urlstate.key(PAGE, "seed")
    st.session_state[k] = (st.session_state[k] + 1) % 1_000_000


# ---- the steps (their names key the lecture-mode notes: "outputs.<step>.notes") -----------


def scores_to_probabilities():
    st.subheader(t("outputs.scores.head"))
    st.markdown(t("outputs.scores.intro"))
    v = state()
    st.caption(t("outputs.preset.caption"))
    presets_ui()
    scores_ui()
    fig, total = cache.probabilities_view(scores=scores_of(v), lg=lang())
    st.plotly_chart(fig, key="outputs.bars", config=PLOT_CONFIG)
    st.markdown(total)


def label_by_argmax():
    st.subheader(t("outputs.argmax.head"))
    st.markdown(t("outputs.argmax.intro"))
    label, conf, margin, low, message = cache.argmax_view(scores=scores_of(state()), lg=lang())
    c1, c2, c3 = st.columns(3)
    c1.metric(t("outputs.metric.label"), label)
    c2.metric(t("outputs.metric.confidence"), conf)
    c3.metric(t("outputs.metric.margin"), margin)
    if low:
        st.warning(message, icon=":material/help:")
    else:
        st.success(message, icon=":material/check:")


def perfect_answer():
    st.subheader(t("outputs.perfect.head"))
    st.markdown(t("outputs.perfect.intro"))
    v = state()
    labels = dict(zip(CLASSES, names(), strict=True))
    st.radio(
        t("outputs.perfect.true"),
        CLASSES,
        format_func=labels.get,
        horizontal=True,
        key=urlstate.key(PAGE, "true"),
        disabled=urlstate.locked("true"),
    )
    fig, vectors = cache.perfect_view(
        scores=scores_of(v), true_id=st.session_state[urlstate.key(PAGE, "true")], lg=lang()
    )
    st.plotly_chart(fig, key="outputs.perfect", config=PLOT_CONFIG)
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
    fig, result, table = cache.many_view(
        k=st.session_state[urlstate.key(PAGE, "k")], seed=v["seed"], lg=lang()
    )
    st.plotly_chart(fig, key="outputs.many", config=PLOT_CONFIG)
    st.markdown(result)
    st.caption(t("outputs.many.top"))
    st.dataframe(table, hide_index=True)


STEPS = [scores_to_probabilities, label_by_argmax, perfect_answer, many_classes]
