"""Labels and one-hot encoding (course 02-02).

The learner edits a class list; every table on the page is computed from it: the label
file, the integer codes, the one-hot vectors, an encoded sequence and a decoded vector.
The class list lives in st.session_state (and the URL), so each step reads it on its own.
"""

import pandas as pd
import streamlit as st

import catalog
from explainer.class_list import (
    MAX_CLASSES,
    MAX_NAME,
    check_classes,
    clean_names,
    label_file_text,
    move,
    parse_vector,
    split_labels,
    unknown_labels,
    vector_text,
)
from explainer.encoding import decode, has_single_max, integer_encode, one_hot
from explainer.input_errors import InputError
from explainer.prob_inputs import problems
from explainer.urlparams import TextListParam
from explainer.why_one_hot import integer_distances, midpoint, number_line_figure, one_hot_distances
from ui import lang, t, urlstate
from ui.page import run

PAGE = "one_hot"
CLASSES = urlstate.key(PAGE, "classes")  # session key of the (always valid) class list
EDITOR_VER = "one_hot._editor_ver"  # bumped when the list changes from outside the table
CHART = {"displayModeBar": False}


# ---- shared state -------------------------------------------------------------------------


def default_classes(language: str | None = None) -> tuple[str, ...]:
    return tuple(catalog.text("one_hot.default_classes", language or lang()).split(","))


def specs() -> dict:
    return {"classes": TextListParam(default_classes(), max_len=MAX_CLASSES, max_item=MAX_NAME)}


def set_classes(names) -> None:
    """Replace the class list and let the table editor start afresh from it."""
    st.session_state[CLASSES] = tuple(names)
    st.session_state[EDITOR_VER] = st.session_state.get(EDITOR_VER, 0) + 1


def current_classes() -> list[str]:
    """The class list every step uses. An untouched default list follows the language switch."""
    names = tuple(urlstate.bind(PAGE, specs())["classes"])
    other_defaults = [default_classes(x) for x in catalog.LANGS if x != lang()]
    if names in other_defaults:
        set_classes(default_classes())
        names = default_classes()
        urlstate.write(specs(), {"classes": names})
    return list(names)


def auto_text(key: str, auto: str) -> None:
    """Fill a text box with `auto` unless the learner has typed their own text into it."""
    last_auto = st.session_state.get(f"{key}._auto")
    if key not in st.session_state or st.session_state[key] == last_auto:
        st.session_state[key] = auto
    st.session_state[f"{key}._auto"] = auto


def say(e: InputError, prefix: str = "one_hot.err.") -> str:
    return t(prefix + e.code, detail=e.detail)


# ---- steps --------------------------------------------------------------------------------


def _move(step: int) -> None:
    names = current_classes()
    pick = st.session_state.get("one_hot.move_pick")
    if pick in names:
        set_classes(move(names, names.index(pick), step))


def _reset() -> None:
    set_classes(default_classes())


def class_list():
    """Edit the class list: rename, add, delete in the table; reorder with the buttons."""
    st.subheader(t("one_hot.classes.title"))
    st.markdown(t("one_hot.classes.intro"))
    names = current_classes()
    ver = st.session_state.setdefault(EDITOR_VER, 0)
    left, right = st.columns([2, 3])
    with left:
        edited = st.data_editor(
            pd.DataFrame({"name": names}),
            key=f"one_hot.editor.{ver}",
            num_rows="dynamic",
            hide_index=True,
            width="stretch",
            column_config={
                "name": st.column_config.TextColumn(t("one_hot.col.class_name"), max_chars=MAX_NAME)
            },
        )
    with right:
        st.selectbox(t("one_hot.move.pick"), names, key="one_hot.move_pick")
        c1, c2, c3 = st.columns(3)
        c1.button(
            t("one_hot.move.up"), key="one_hot.up", on_click=_move, args=(-1,), icon=":material/arrow_upward:"
        )
        c2.button(
            t("one_hot.move.down"),
            key="one_hot.down",
            on_click=_move,
            args=(1,),
            icon=":material/arrow_downward:",
        )
        c3.button(
            t("one_hot.move.reset"), key="one_hot.reset", on_click=_reset, icon=":material/restart_alt:"
        )
        st.caption(t("one_hot.move.help"))
    draft = clean_names(edited["name"])
    if draft == names:
        return
    try:
        check_classes(draft)
    except InputError as e:
        st.error(say(e), icon=":material/error:")
        st.caption(t("one_hot.classes.still", names=", ".join(names)))
        return
    set_classes(draft)
    st.rerun()


def encodings():
    """The label file (integer code -> name) and the one-hot table, both from the class list."""
    st.subheader(t("one_hot.enc.title"))
    names = current_classes()
    st.markdown(t("one_hot.enc.intro", n=len(names)))
    header = (t("one_hot.col.label"), t("one_hot.col.description"))
    left, right = st.columns([2, 3])
    with left:
        st.markdown(f"**{t('one_hot.enc.file')}**")
        st.dataframe(
            pd.DataFrame({header[0]: range(len(names)), header[1]: names}),
            hide_index=True,
            width="stretch",
        )
        st.download_button(
            t("one_hot.enc.download"),
            data=label_file_text(names, header),
            file_name="labels.txt",
            mime="text/plain",
            key="one_hot.download",
            icon=":material/download:",
        )
    with right:
        st.markdown(f"**{t('one_hot.enc.table')}**")
        table = pd.DataFrame(one_hot(range(len(names)), len(names)).astype(int), columns=names)
        table.insert(0, t("one_hot.col.code"), range(len(names)))
        table.index = names
        st.dataframe(table, width="stretch")
        st.caption(t("one_hot.enc.caption"))


def _append(name: str) -> None:
    key = "one_hot.seq"
    text = st.session_state.get(key, "").strip()
    st.session_state[key] = f"{text}, {name}" if text else name


def _clear() -> None:
    st.session_state["one_hot.seq"] = ""


def encode():
    """Type or pick a sequence of labels and see both encodings of it side by side."""
    st.subheader(t("one_hot.seq.title"))
    names = current_classes()
    k = len(names)
    auto_text("one_hot.seq", ", ".join(names[i % k] for i in (1, 0, 2, 0)))
    st.text_input(t("one_hot.seq.input"), key="one_hot.seq", help=t("one_hot.seq.help"))
    cols = st.columns(min(k, 8) + 1)
    for i, name in enumerate(names[:8]):
        cols[i].button(f"+ {name}", key=f"one_hot.add.{i}", on_click=_append, args=(name,))
    cols[-1].button(t("one_hot.seq.clear"), key="one_hot.clear", on_click=_clear, icon=":material/backspace:")
    try:
        labels = split_labels(st.session_state["one_hot.seq"])
    except InputError as e:
        st.error(say(e), icon=":material/error:")
        return
    unknown = unknown_labels(labels, names)
    if unknown:
        st.error(
            t("one_hot.err.unknown", labels=", ".join(unknown), classes=", ".join(names)),
            icon=":material/error:",
        )
        labels = [x for x in labels if x not in unknown]
    if not labels:
        st.info(t("one_hot.seq.empty"))
        return
    codes = integer_encode(labels, names)  # (n,)
    vectors = one_hot(codes, k).astype(int)  # (n, k)
    left, right = st.columns([2, 3])
    with left:
        st.markdown(f"**{t('one_hot.seq.as_int')}**")
        st.dataframe(
            pd.DataFrame({t("one_hot.col.label_name"): labels, t("one_hot.col.code"): codes}),
            hide_index=True,
            width="stretch",
        )
    with right:
        st.markdown(f"**{t('one_hot.seq.as_one_hot')}**")
        st.dataframe(pd.DataFrame(vectors, columns=names, index=labels), width="stretch")
    st.caption(t("one_hot.seq.arrays", codes=vector_text(codes), n=len(labels), k=k))


def decode_vector():
    """Turn a one-hot or probability vector back into a class name: the position of its maximum."""
    st.subheader(t("one_hot.dec.title"))
    names = current_classes()
    k = len(names)
    auto = "0.10, 0.75, 0.15" if k == 3 else vector_text(one_hot([min(1, k - 1)], k)[0]).strip("[]")
    auto_text("one_hot.vec", auto)
    st.text_input(t("one_hot.dec.input", k=k), key="one_hot.vec", help=t("one_hot.dec.help"))
    try:
        v = parse_vector(st.session_state["one_hot.vec"])  # (k,)
    except InputError as e:
        st.error(say(e), icon=":material/error:")
        return
    if v.size != k:
        st.error(t("one_hot.err.length", got=v.size, k=k, classes=", ".join(names)), icon=":material/error:")
        return
    if not has_single_max(v):
        tied = [n for n, x in zip(names, v, strict=True) if x == v.max()]
        st.warning(t("one_hot.err.tie", classes=", ".join(tied)), icon=":material/warning:")
        return
    label = decode(v, names)[0]
    st.success(t("one_hot.dec.result", label=label, i=names.index(label)), icon=":material/check_circle:")
    if problems(v):
        st.info(t("one_hot.dec.not_probs"), icon=":material/info:")


def why_one_hot():
    """Integer codes invent an order and distances; one-hot vectors are all equally far apart."""
    st.subheader(t("one_hot.why.title"))
    names = current_classes()
    k = len(names)
    if k < 3:
        st.info(t("one_hot.why.need3"))
        return
    m = midpoint(names, 0, 2)
    st.markdown(t("one_hot.why.int", a=names[0], b=names[2], mid=m.code_class))
    fig = number_line_figure(names, 0, 2, t("one_hot.why.axis"), t("one_hot.why.average"))
    st.plotly_chart(fig, key="one_hot.why.fig", config=CHART)
    e = one_hot(range(k), k)
    st.markdown(
        t(
            "one_hot.why.vec",
            a=names[0],
            b=names[2],
            ea=vector_text(e[0]),
            eb=vector_text(e[2]),
            avg=vector_text(m.vector),
            mid=names[1],
        )
    )
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('one_hot.why.dist_int')}**")
        st.dataframe(pd.DataFrame(integer_distances(k), index=names, columns=names), width="stretch")
    with right:
        st.markdown(f"**{t('one_hot.why.dist_one_hot')}**")
        st.dataframe(
            pd.DataFrame(one_hot_distances(k), index=names, columns=names).style.format("{:.3f}"),
            width="stretch",
        )
    st.caption(t("one_hot.why.dist_caption"))


def rotated(names: list[str]) -> list[str]:
    """The first class moved to the end: every class changes position, so every vector changes."""
    return names[1:] + names[:1]


def _rotate() -> None:
    set_classes(rotated(current_classes()))


def fixed_order():
    """The order is arbitrary but fixed: reorder the classes and every vector changes."""
    st.subheader(t("one_hot.order.title"))
    names = current_classes()
    k = len(names)
    other_order = rotated(names)
    now = one_hot(range(k), k)
    then = one_hot(integer_encode(names, other_order), k)
    col_now, col_then = t("one_hot.order.now"), t("one_hot.order.rotated")
    table = pd.DataFrame(
        {col_now: [vector_text(r) for r in now], col_then: [vector_text(r) for r in then]}, index=names
    )
    st.markdown(t("one_hot.order.intro", order=", ".join(other_order)))
    st.dataframe(table, width="stretch")
    st.button(
        t("one_hot.order.apply"), key="one_hot.apply_rotate", on_click=_rotate, icon=":material/swap_vert:"
    )
    st.warning(t("one_hot.order.warning"), icon=":material/lock:")


run(PAGE, [class_list, encodings, encode, decode_vector, why_one_hot, fixed_order])
