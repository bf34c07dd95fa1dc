"""Steps of the black-box page, run in this order by app_pages/black_box.py: intro, try_it,
compare, what_it_can_judge (go deeper).

The black box (course 01-02): an image goes in, three probabilities come out.

Steps: the idea as a diagram; try it (the course image in a box, the box's bars, and whether
the picture is like anything the built-in box learned from); the same image in a trained and
an untrained box; what the built-in box can and cannot judge. The image source, gallery
sample and box are URL parameters (?src=gallery&sample=4&box=untrained).
"""

import numpy as np
import streamlit as st

from explainer import doodles, familiar, imagenet, photo_like
from explainer.figures.black_box import compare_boxes
from explainer.figures.html_bars import probability_bars
from explainer.models import INPUT_SIZE
from explainer.outputs import predict
from explainer.scores import is_low_confidence
from steps import black_box_cache as boxes
from ui import t, tables, urlstate
from ui.course_image import course_image
from ui.image_picker import image_picker_ui, picked
from ui.image_picker import shown as shown_picture  # the page's own `shown` lists boxes
from ui.page import deeper
from ui.urlparams import ChoiceParam

PAGE = "black_box"
SPECS = {"box": ChoiceParam(boxes.DEFAULT, boxes.BOXES)}
N_CHECK = 90  # fresh doodles for the accuracy comparison
SHARE = f"{familiar.QUANTILE:.0%}"  # of fresh doodles within the check's limit
IMAGENET = {  # the numbers the pretrained box's caption quotes
    "total": f"{imagenet.NUM_IMAGENET:,}",
    "cats": len(imagenet.CAT),
    "cat_range": f"{imagenet.CAT.start}–{imagenet.CAT.stop - 1}",
    "dogs": len(imagenet.DOG),
    "dog_range": f"{imagenet.DOG.start}–{imagenet.DOG.stop - 1}",
    "others": imagenet.NUM_IMAGENET - len(imagenet.CAT) - len(imagenet.DOG),
}


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
    st.caption(t(f"black_box.about.{box}", size=entry["input_size"] if entry else 0, **IMAGENET))
    return box


def answer(box: str, ci) -> tuple[np.ndarray, tuple[str, ...], str]:
    """The box's probabilities and the box that gave them: when a box cannot load, the page says so
    and the built-in box answers."""
    try:
        return (*boxes.classify(box, ci), box)
    except boxes.BoxUnavailable:
        if box == "pretrained":
            st.warning(t("black_box.offline"), icon=":material/cloud_off:")
            st.button(t("black_box.retry"), key="black_box.retry", on_click=boxes.retry_pretrained)
        else:
            st.info(t("black_box.trained_missing"), icon=":material/model_training:")
        return (*boxes.classify("builtin", ci), "builtin")


def render_verdict(probs: np.ndarray, names: list[str], unfamiliar) -> None:
    """How sure the box is; for the built-in box and a picture unlike its doodles, that its
    probability means nothing there (explainer/familiar.py), instead of "fairly sure"."""
    pred = predict(probs, names)
    if unfamiliar is not None:
        st.warning(
            t(
                "black_box.unfamiliar",
                label=pred.label,
                conf=f"{pred.confidence:.0%}",
                d=f"{unfamiliar.distance:.2f}",
                limit=f"{unfamiliar.threshold:.2f}",
                share=SHARE,
            ),
            icon=":material/report:",
        )
    elif is_low_confidence(pred.margin):
        d = 2 if pred.margin >= 0.01 else 3  # 0.339 vs 0.335: show the digits that differ
        runner_up = float(np.sort(probs)[-2])
        a, b, margin = f"{pred.confidence:.{d}f}", f"{runner_up:.{d}f}", f"{pred.margin:.{d}f}"
        st.warning(t("black_box.low_confidence", a=a, b=b, margin=margin), icon=":material/help:")
    else:
        st.success(t("black_box.sure", margin=f"{pred.margin:.2f}"), icon=":material/check_circle:")


def render_answer(probs: np.ndarray, classes: tuple[str, ...], truth: int | None, check=None) -> None:
    """Bars that add up to 1, the argmax label, how sure, and whether to trust it."""
    names = boxes.class_names(classes)
    bars = probability_bars(names, probs, x_title=t("black_box.chart.x"), y_title=t("black_box.chart.y"))
    st.container(key="black_box.bars").html(bars)
    st.caption(t("black_box.sum", terms=" + ".join(f"{p:.3f}" for p in probs), total=f"{probs.sum():.3f}"))
    pred = predict(probs, names)
    c1, c2 = st.columns(2)
    c1.metric(t("black_box.predicted"), pred.label, help=t("black_box.predicted_help"))
    c2.metric(t("black_box.confidence"), f"{pred.confidence:.0%}", help=t("black_box.confidence_help"))
    render_verdict(probs, names, check if check is not None and not check.familiar else None)
    if check is not None and check.familiar:
        st.caption(
            t("black_box.familiar", d=f"{check.distance:.2f}", limit=f"{check.threshold:.2f}", share=SHARE)
        )
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
        ci = course_image()
        probs, classes, used = answer(box, ci)
        render_answer(probs, classes, ci.truth, boxes.familiarity(ci) if used == "builtin" else None)


def compare():
    """The same image in the built-in, untrained (and your trained) box; accuracy on fresh doodles."""
    st.subheader(t("black_box.compare.title"))
    st.markdown(t("black_box.compare.text"))
    image, _ = picked(PAGE)
    if image is None:
        st.info(t("black_box.compare.no_image"), icon=":material/image:")
        return
    ci = course_image()
    shown = ["builtin", "untrained"]
    entry = boxes.trained_entry()
    if entry is not None:
        if tuple(entry["classes"]) == doodles.CLASSES:
            shown.append("trained")
        else:
            st.caption(t("black_box.compare.other_classes", classes=", ".join(map(str, entry["classes"]))))
    answers = [(t(f"black_box.box.{b}"), boxes.classify(b, ci)[0]) for b in shown]
    left, right = st.columns([1, 3], vertical_alignment="center")
    left.container(key="black_box-compare-image").image(shown_picture(image, 160), width=160)
    chart = compare_boxes(
        boxes.class_names(doodles.CLASSES),
        answers,
        x_title=t("black_box.chart.x"),
        y_title=t("black_box.chart.y"),
    )
    right.container(key="black_box.compare").html(chart)
    st.markdown(t("black_box.compare.accuracy", n=N_CHECK))
    acc = {
        b: boxes.trained_accuracy(entry, N_CHECK) if b == "trained" else boxes.shared_accuracy(b, N_CHECK)
        for b in shown
    }
    for col, b in zip(st.columns(len(shown)), shown, strict=True):
        col.metric(t(f"black_box.box.{b}"), f"{acc[b]:.0%}")
    st.info(
        t(
            "black_box.compare.lesson",
            untrained=f"{acc['untrained']:.0%}",
            chance=f"{1 / len(doodles.CLASSES):.0%}",
        ),
        icon=":material/tune:",
    )


@deeper
def what_it_can_judge():
    """Pictures that are not doodles: the box still answers, and sure; the check that says so;
    how both were measured."""
    st.subheader(t("black_box.judge.title"))
    ref = boxes.reference()
    st.markdown(
        t("black_box.judge.text", k=len(familiar.STATS), size=INPUT_SIZE, n_ref=f"{len(ref.stats):,}")
    )
    names = boxes.class_names(doodles.CLASSES)
    for col, (family, picture, p, check) in zip(st.columns(4), boxes.examples(), strict=True):
        with col:
            st.image(shown_picture(picture, 128), caption=t(f"black_box.judge.family.{family}"), width=128)
            pred = predict(p, names)
            st.markdown(t("black_box.judge.says", label=pred.label, conf=f"{pred.confidence:.1%}"))
            verdict = "like" if check.familiar else "unlike"
            st.caption(t(f"black_box.judge.{verdict}", d=f"{check.distance:.2f}"))
    st.markdown(t("black_box.judge.measured", limit=f"{ref.threshold:.2f}"))
    rows = {
        t("black_box.judge.col.pictures"): [t(f"black_box.judge.family.{f}") for f in ref.measured],
        t("black_box.judge.col.n"): [n for n, _, _ in ref.measured.values()],
        t("black_box.judge.col.flagged"): [f"{flagged:.0%}" for _, flagged, _ in ref.measured.values()],
        t("black_box.judge.col.top"): [f"{top:.0%}" for _, _, top in ref.measured.values()],
    }
    tables.table(rows)
    doodle_n, doodle_flagged, _ = ref.measured["doodles"]
    st.info(
        t(
            "black_box.judge.can",
            acc=f"{ref.accuracy:.0%}",
            n=doodle_n,
            flagged=f"{doodle_flagged:.0%}",
            blurred=f"{ref.measured['blurred'][1]:.0%}",
            rgb=", ".join(map(str, photo_like.ORANGE)),
        ),
        icon=":material/rule:",
    )


STEPS = [intro, try_it, compare, what_it_can_judge]
