"""The one-hot page's steps (course 02-02): labels and one-hot encoding.

Kept apart from app_pages/one_hot.py so the page file stays a short list of steps. The
learner edits a class list; every table on the page is computed from it: the label file,
the integer codes, the one-hot vectors, an encoded sequence and a decoded vector. The class
list lives in st.session_state (and the URL), so each step reads it on its own. Beside the
example labels stands the course image (ui/course_image.py): the learner says what it really is,
and sees its integer code and one-hot vector under the current class list. What a step shows is
computed once per input by steps/one_hot_cache.py; the steps here only draw it.
"""

from __future__ import annotations

import streamlit as st

import catalog
from explainer.class_list import MAX_CLASSES, MAX_NAME, check_classes, clean_names, move, vector_text
from explainer.encoding import one_hot
from explainer.input_errors import InputError
from steps import one_hot_cache as cache
from ui import lang, t, urlstate
from ui.course_image import THUMB, caption, course_image, set_truth, thumbnail
from ui.guard import callback
from ui.page import page_wide
from ui.safe_text import md_literal, md_literals
from ui.urlparams import TextListParam

PAGE = "one_hot"
CLASSES = urlstate.key(PAGE, "classes")  # session key of the (always valid) class list
EDITOR_VER = "one_hot._editor_ver"  # bumped when the list changes from outside the class box
IDENTITY = "one_hot._identity"  # the class list before any reordering (see sample_names)
TRUTH = "one_hot.image_truth"  # the "what is your image really?" selector
ICONS = {
    "error": ":material/error:",
    "warning": ":material/warning:",
    "success": ":material/check_circle:",
    "info": ":material/info:",
}


# ---- shared state -------------------------------------------------------------------------


def default_classes(language: str | None = None) -> tuple[str, ...]:
    return tuple(catalog.text("one_hot.default_classes", language or lang()).split(","))


def specs() -> dict:
    return {"classes": TextListParam(default_classes(), max_len=MAX_CLASSES, max_item=MAX_NAME)}


def set_classes(names) -> None:
    """Replace the class list and let the class box start afresh from it."""
    st.session_state[CLASSES] = tuple(names)
    st.session_state[EDITOR_VER] = st.session_state.get(EDITOR_VER, 0) + 1


def current_classes() -> tuple[str, ...]:
    """The class list every step uses. An untouched default list follows the language switch."""
    names = tuple(urlstate.bind(PAGE, specs())["classes"])
    other_defaults = [default_classes(x) for x in catalog.LANGS if x != lang()]
    if names in other_defaults:
        set_classes(default_classes())
        names = default_classes()
        urlstate.write(specs(), {"classes": names})
    return names


def sample_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The classes in the order the example labels are drawn from: unchanged by reordering.

    The example sequence "Dog, Cat, Other, Cat" is data: moving Cat down the class list changes
    its code, never which animal a sample is. Only a new set of classes (renamed, added,
    deleted) starts from the list as it is now."""
    ident = st.session_state.get(IDENTITY)
    if ident is None or sorted(ident) != sorted(names):
        ident = st.session_state[IDENTITY] = tuple(names)
    return ident


def auto_text(key: str, auto: str) -> None:
    """Fill a text box with `auto` unless the learner has typed their own text into it."""
    last_auto = st.session_state.get(f"{key}._auto")
    if key not in st.session_state or st.session_state[key] == last_auto:
        st.session_state[key] = auto
    st.session_state[f"{key}._auto"] = auto


def show(messages) -> None:
    """(kind, text) pairs from ui/one_hot_cache as st.error / warning / success / info boxes."""
    for kind, text in messages:
        getattr(st, kind)(text, icon=ICONS[kind])


# ---- steps --------------------------------------------------------------------------------


def _move(step: int) -> None:
    names = current_classes()
    pick = st.session_state.get("one_hot.move_pick")
    if pick in names:
        set_classes(move(names, names.index(pick), step))


def _reset() -> None:
    set_classes(default_classes())


def class_options(names: tuple[str, ...]) -> list[str]:
    """What the class box offers: the list itself, then the default classes and a few suggestions
    (in the learner's language) not on it yet, so a beginner can add a class without typing."""
    extra = default_classes() + tuple(catalog.text("one_hot.suggestions", lang()).split(","))
    return list(names) + [x for x in dict.fromkeys(extra) if x not in names]


def class_list():
    """Edit the class list: remove a class (its ×), add one (type + Enter, or a suggestion);
    reorder with the buttons. A multiselect rather than a table: no pandas on the first view."""
    st.subheader(t("one_hot.classes.title"))
    st.markdown(t("one_hot.classes.intro"))
    names = current_classes()
    ver = st.session_state.setdefault(EDITOR_VER, 0)
    left, right = st.columns([2, 3])
    with left:
        edited = st.multiselect(
            t("one_hot.classes.box"),
            class_options(names),
            default=list(names),
            key=f"one_hot.classes_box.{ver}",
            accept_new_options=True,
            max_selections=MAX_CLASSES,
            placeholder=t("one_hot.classes.placeholder"),
            filter_mode="prefix",  # Enter adds what was typed, not a fuzzy match of it
            select_all=False,
        )
    with right:
        st.selectbox(t("one_hot.move.pick"), names, key="one_hot.move_pick")
        c1, c2, c3 = st.columns(3)
        c1.button(
            t("one_hot.move.up"),
            key="one_hot.up",
            on_click=page_wide(_move),
            args=(-1,),
            icon=":material/arrow_upward:",
        )
        c2.button(
            t("one_hot.move.down"),
            key="one_hot.down",
            on_click=page_wide(_move),
            args=(1,),
            icon=":material/arrow_downward:",
        )
        c3.button(
            t("one_hot.move.reset"),
            key="one_hot.reset",
            on_click=page_wide(_reset),
            icon=":material/restart_alt:",
        )
        st.caption(t("one_hot.move.help"))
    draft = clean_names(edited)
    if draft == list(names):
        return
    try:
        check_classes(draft)
    except InputError as e:
        st.error(cache.say(lang(), e), icon=ICONS["error"])
        st.caption(t("one_hot.classes.still", names=md_literals(names)))
        return
    set_classes(draft)
    st.rerun()  # the whole page, not only this step: every step shows the class list


def encodings():
    """The label file (integer code -> name) and the one-hot table, both from the class list."""
    st.subheader(t("one_hot.enc.title"))
    view = cache.encodings_view(lang(), current_classes())
    st.markdown(view["intro"])
    left, right = st.columns([2, 3])
    with left:
        st.markdown(f"**{t('one_hot.enc.file')}**")
        st.html(view["label_table"])
        st.download_button(
            t("one_hot.enc.download"),
            data=view["label_file"],
            file_name="labels.txt",
            mime="text/plain",
            key="one_hot.download",
            icon=":material/download:",
        )
    with right:
        st.markdown(f"**{t('one_hot.enc.table')}**")
        st.html(view["one_hot_table"])
        st.caption(t("one_hot.enc.caption"))


@callback
def _append(name: str) -> None:
    key = "one_hot.seq"
    text = st.session_state.get(key, "").strip()
    st.session_state[key] = f"{text}, {name}" if text else name


@callback
def _clear() -> None:
    st.session_state["one_hot.seq"] = ""


def _say_truth() -> None:
    set_truth(st.session_state.get(TRUTH))


def image_label_ui(names: tuple[str, ...]) -> None:
    """The course image: the learner says what it really is (set_truth); its integer code and
    one-hot vector under the class list as it is now."""
    ci = course_image()
    st.markdown(f"**{t('one_hot.image.title')}**")
    pic, words = st.columns([1, 2])
    pic.image(thumbnail(ci.key, _image=ci.image), width=THUMB, caption=caption(ci))
    network_classes = default_classes()  # the built-in network's classes, in its order
    st.session_state[TRUTH] = ci.truth  # follows the picture chosen anywhere in the course
    words.selectbox(
        t("one_hot.image.truth"),
        range(len(network_classes)),
        format_func=network_classes.__getitem__,
        placeholder=t("one_hot.image.choose"),
        key=TRUTH,
        on_change=page_wide(_say_truth),  # the sidebar shows what the picture is
    )
    for kind, text in cache.image_label(lang(), names, ci.truth):
        if kind == "markdown":
            st.markdown(text)
        else:
            getattr(st, kind)(text, icon=ICONS[kind])


def encode():
    """Type or pick a sequence of labels and see both encodings of it, the course image beside them."""
    st.subheader(t("one_hot.seq.title"))
    names = current_classes()
    k = len(names)
    samples = sample_names(names)
    auto_text("one_hot.seq", ", ".join(samples[i % k] for i in (1, 0, 2, 0)))
    example, yours = st.columns([3, 2], border=True)
    with example:
        st.markdown(f"**{t('one_hot.seq.example')}**")
        st.text_input(t("one_hot.seq.input"), key="one_hot.seq", help=t("one_hot.seq.help"))
        row = st.container(horizontal=True)
        for i, name in enumerate(names[:8]):
            row.button(f"\\+ {md_literal(name)}", key=f"one_hot.add.{i}", on_click=_append, args=(name,))
        row.button(t("one_hot.seq.clear"), key="one_hot.clear", on_click=_clear, icon=":material/backspace:")
        st.caption(t("one_hot.seq.data"))
    with yours:
        image_label_ui(names)
    view = cache.sequence_view(lang(), names, st.session_state["one_hot.seq"])
    for kind, text in view["messages"]:  # the "no labels left" note has no icon
        getattr(st, kind)(text, icon=ICONS["error"] if kind == "error" else None)
    if view["stop"]:
        return
    left, right = st.columns([2, 3])
    with left:
        st.markdown(f"**{t('one_hot.seq.as_int')}**")
        st.html(view["ints"])
    with right:
        st.markdown(f"**{t('one_hot.seq.as_one_hot')}**")
        st.html(view["vectors"])
    st.caption(view["arrays"])


def decode_vector():
    """Turn a one-hot or probability vector back into a class name: the position of its maximum."""
    st.subheader(t("one_hot.dec.title"))
    names = current_classes()
    k = len(names)
    auto = "0.10, 0.75, 0.15" if k == 3 else vector_text(one_hot([min(1, k - 1)], k)[0]).strip("[]")
    auto_text("one_hot.vec", auto)
    st.text_input(t("one_hot.dec.input", k=k), key="one_hot.vec", help=t("one_hot.dec.help"))
    show(cache.decode_messages(lang(), names, st.session_state["one_hot.vec"]))


def why_one_hot():
    """Integer codes invent an order and distances; one-hot vectors are all equally far apart."""
    st.subheader(t("one_hot.why.title"))
    names = current_classes()
    if len(names) < 3:
        st.info(t("one_hot.why.need3"))
        return
    view = cache.why_view(lang(), names)
    st.markdown(view["int"])
    st.container(key="one_hot.why.line").html(view["line"])
    st.markdown(view["vec"])
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('one_hot.why.dist_int')}**")
        st.html(view["int_dist"])
    with right:
        st.markdown(f"**{t('one_hot.why.dist_one_hot')}**")
        st.html(view["one_hot_dist"])
    st.caption(t("one_hot.why.dist_caption"))


def _rotate() -> None:
    set_classes(cache.rotated(current_classes()))


def fixed_order():
    """The order is arbitrary but fixed: reorder the classes and every vector changes."""
    st.subheader(t("one_hot.order.title"))
    view = cache.order_view(lang(), current_classes())
    st.markdown(view["intro"])
    st.html(view["table"])
    st.button(
        t("one_hot.order.apply"),
        key="one_hot.apply_rotate",
        on_click=page_wide(_rotate),
        icon=":material/swap_vert:",
    )
    st.warning(t("one_hot.order.warning"), icon=":material/lock:")


STEPS = [class_list, encodings, encode, decode_vector, why_one_hot, fixed_order]
