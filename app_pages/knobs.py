"""Knobs (course 01-05): weights are knobs; training turns them; supervised vs unsupervised.

A single sigmoid neuron in numpy (explainer/knobs.py) on 2-D points of two colours.
No TensorFlow here: the page stays light. Widgets, callbacks and cached figures: ui/knobs_view.py.
"""

import streamlit as st

from ui import knobs_view as view
from ui import t
from ui.page import run


def turn_the_knobs():
    st.subheader(t("knobs.turn.head"))
    st.markdown(t("knobs.turn.intro"))
    st.latex(r"p = \sigma(w_1 x_1 + w_2 x_2 + b)")
    w1, w2, b = view.knobs_now()  # before the sliders: they take their values from the session
    view.knob_sliders_ui()
    left, right = st.columns([3, 2])
    with left:
        view.render_decision(w1, w2, b)
    with right:
        view.render_error_metrics(w1, w2, b)
        st.markdown(t("knobs.turn.explain"))
        st.button(t("knobs.reset"), key="knobs.reset", on_click=view.reset, icon=":material/restart_alt:",
                  disabled=view.locked())  # fmt: skip


def training_turns_them():
    st.subheader(t("knobs.train.head"))
    st.markdown(t("knobs.train.intro", steps=view.STEPS))
    knobs = view.knobs_now()
    st.button(t("knobs.train.button", steps=view.STEPS), key="knobs.train", on_click=view.train_knobs,
              type="primary", icon=":material/model_training:", disabled=view.locked())  # fmt: skip
    view.render_knob_metrics(*knobs)
    history = st.session_state.get(view.HISTORY)
    if not history:
        st.info(t("knobs.train.none_yet"), icon=":material/touch_app:")
        return
    view.render_history(history)


def supervised_vs_unsupervised():
    st.subheader(t("knobs.super.head"))
    st.markdown(t("knobs.super.intro"))
    view.render_learning()
    st.caption(t("knobs.super.caption"))


run(view.PAGE, [turn_the_knobs, training_turns_them, supervised_vs_unsupervised])
