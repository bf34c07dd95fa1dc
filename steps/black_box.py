"""Steps of the black-box page, run in this order by app_pages/black_box.py: intro, try_it, compare.

The black box (course 01-02): an image goes in, three probabilities come out.

Steps: the idea as a diagram; try it (pick an image, pick a box, read the bars); the same
image in different boxes. The image source, gallery sample and box are URL parameters
(?src=gallery&sample=4&box=untrained), so a link reopens the same view.
"""

import numpy as np
import streamlit as st

from explainer import doodles
from explainer.figures.black_box import compare_boxes
from explainer.figures.outputs import probability_bars
from explainer.outputs import predict
from explainer.scores import is_low_confidence
from steps import black_box_cache as boxes
from ui import t, urlstate
from ui.image_picker import image_picker_ui, picked
from ui.urlparams import ChoiceParam

PAGE = "black_box"
SPECS = {"box": ChoiceParam(boxes.DEFAULT, boxes.BOXES)}
PLOT_CONFIG = {"displayModeBar": False}
N_CHECK = 90  # fresh doodles for the accuracy comparison


def intro():
    """The idea: image -> box -> three probabilities."""
    st.subheader(t("black_box.intro.title"))
    st.markdown(t("black_box.intro.text"))
    cols = st.columns([4, 1, 4, 1, 4], vertical_alignment="center")  # cards stretch to one height
    for col, part, icon in zip(
        cols[::2],
        ("in", "box", "out"),
        (":material/image:", ":material/inventory_2:", ":material/bar_chart:"),
        strict=True,
    ):
        with col.container(border=True, height="stretch"):
            st.markdown(f"**{icon} {t(f'black_box.diagram.{part}')}**")
            st.caption(t(f"black_box.diagram.{part}_sub"))
    for col in cols[1::2]:
        col.markdown("### →")


def box_ui() -> str:
    """The box choice; a box that is not available (e.g. no trained model yet) falls back to built-in."""
    urlstate.bind(PAGE, SPECS)
    k = urlstate.key(PAGE, "box")
    options = boxes.available()
    if st.session_state[k] not in options:
        if st.session_state[k] == "trained":
            st.info(t("black_box.trained_missing"), icon=":material/model_training:")
        st.session_state[k] = boxes.DEFAULT
    box = st.radio(
        t("black_box.box.label"),
        options,
        format_func={b: t(f"black_box.box.{b}") for b in options}.get,  # bound now, in this language
        key=k,
        disabled=urlstate.locked("box"),
    )
    entry = boxes.trained_entry()
    st.caption(t(f"black_box.about.{box}", size=entry["input_size"] if entry else 0))
    return box


def answer(box: str, image) -> tuple[np.ndarray, tuple[str, ...]]:
    """The box's probabilities; if the box cannot load, say so and let the built-in box answer."""
    try:
        return boxes.classify(box, image)
    except boxes.BoxUnavailable:
        if box == "pretrained":
            st.warning(t("black_box.offline"), icon=":material/cloud_off:")
            st.button(t("black_box.retry"), key="black_box.retry", on_click=boxes.retry_pretrained)
        else:
            st.info(t("black_box.trained_missing"), icon=":material/model_training:")
        return boxes.classify("builtin", image)


def render_answer(probs: np.ndarray, classes: tuple[str, ...], truth: int | None) -> None:
    """Bars that add up to 1, the argmax label, how sure, and a low-confidence warning."""
    names = boxes.class_names(classes)
    fig = probability_bars(
        names, probs, x_title=t("black_box.chart.x"), y_title=t("black_box.chart.y"), height=280
    )
    st.plotly_chart(fig, key="black_box.bars", config=PLOT_CONFIG)
    st.caption(t("black_box.sum", terms=" + ".join(f"{p:.3f}" for p in probs), total=f"{probs.sum():.3f}"))
    pred = predict(probs, names)
    c1, c2 = st.columns(2)
    c1.metric(t("black_box.predicted"), pred.label, help=t("black_box.predicted_help"))
    c2.metric(t("black_box.confidence"), f"{pred.confidence:.0%}", help=t("black_box.confidence_help"))
    runner_up = float(np.sort(probs)[-2]) if probs.size > 1 else 0.0
    if is_low_confidence(pred.margin):
        d = 2 if pred.margin >= 0.01 else 3  # 0.339 vs 0.335: show the digits that differ
        st.warning(
            t(
                "black_box.low_confidence",
                a=f"{pred.confidence:.{d}f}",
                b=f"{runner_up:.{d}f}",
                margin=f"{pred.margin:.{d}f}",
            ),
            icon=":material/help:",
        )
    else:
        st.success(t("black_box.sure", margin=f"{pred.margin:.2f}"), icon=":material/check_circle:")
    if truth is not None and tuple(classes) == doodles.CLASSES:
        name = names[truth]
        if pred.index == truth:
            st.markdown(t("black_box.truth.right", truth=name))
        else:
            st.markdown(t("black_box.truth.wrong", truth=name, label=pred.label))


def try_it():
    """Pick an image and a box; read the box's answer."""
    st.subheader(t("black_box.try_it.title"))
    left, right = st.columns([1.1, 1], gap="large")
    with left:
        image = image_picker_ui(PAGE)
    with right:
        box = box_ui()
        if image is None:
            st.info(t("black_box.no_image"), icon=":material/arrow_back:")
            return
        probs, classes = answer(box, image)
        _, truth = picked(PAGE)
        render_answer(probs, classes, truth)


def compare():
    """The same image in the built-in, untrained (and your trained) box; accuracy on fresh doodles."""
    st.subheader(t("black_box.compare.title"))
    st.markdown(t("black_box.compare.text"))
    image, _ = picked(PAGE)
    if image is None:
        st.info(t("black_box.compare.no_image"), icon=":material/image:")
        return
    shown = ["builtin", "untrained"]
    entry = boxes.trained_entry()
    if entry is not None:
        if tuple(entry["classes"]) == doodles.CLASSES:
            shown.append("trained")
        else:
            st.caption(t("black_box.compare.other_classes", classes=", ".join(map(str, entry["classes"]))))
    answers = [(t(f"black_box.box.{b}"), boxes.classify(b, image)[0]) for b in shown]
    left, right = st.columns([1, 3], vertical_alignment="center")
    left.image(image, width=160)
    fig = compare_boxes(
        boxes.class_names(doodles.CLASSES),
        answers,
        x_title=t("black_box.chart.x"),
        y_title=t("black_box.chart.y"),
    )
    right.plotly_chart(fig, key="black_box.compare", config=PLOT_CONFIG)
    st.markdown(t("black_box.compare.accuracy", n=N_CHECK))
    cols = st.columns(len(shown))
    for col, b in zip(cols, shown, strict=True):
        acc = boxes.trained_accuracy(entry, N_CHECK) if b == "trained" else boxes.shared_accuracy(b, N_CHECK)
        col.metric(t(f"black_box.box.{b}"), f"{acc:.0%}")
    st.info(t("black_box.compare.lesson"), icon=":material/tune:")


STEPS = [intro, try_it, compare]
