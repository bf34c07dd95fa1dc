"""The loss page's batch steps (course 02-03): the MSE of a batch (step 2) and Keras's
MeanSquaredError on the same batch (step 3).

The batch is generated from its size and seed (both in the URL) and shown as a read-only table;
"Edit this batch" swaps in a table editor, whose edits stay when it is switched off again. The
last valid batch is kept in st.session_state for step 3; both steps rerun together.
"""

from __future__ import annotations

import streamlit as st

from explainer.batch_table import Batch, random_batch
from explainer.questions import ITERATION_IMAGES, iterations_question
from steps import loss_cache as cache
from ui import lang, t, tables, urlstate
from ui.course_image import answer, course_image
from ui.formulas import show_formula
from ui.guard import callback
from ui.page import deeper, together
from ui.predict import check_ui
from ui.urlparams import IntParam

PAGE = "loss"
K = cache.K
BATCH_SPECS = {
    "n": IntParam(32, 1, 256),  # batch size; 32 is the course's usual default
    "seed": IntParam(0, 0, 999_999),
}
BATCH = "loss._batch"  # the last valid batch table, for the Keras comparison step
EDITING = "loss.batch.editing"  # the "Edit this batch" switch: the table editor only when asked for
EDITED = "loss._edited"  # the editor's last table: {"for": (n, seed), "lang", "edits": key, "table"}
EDIT_BASE = "loss._edit_base"  # the edited table the editor was opened on (EDITED at that moment)
ERROR = ":material/error:"


def key(name: str) -> str:
    return urlstate.key(PAGE, name)


def image_sample() -> tuple[int | None, tuple[float, ...]]:
    """The course image: (its true class or None, the built-in network's y' (k,))."""
    ci = course_image()
    return ci.truth, tuple(float(x) for x in answer(ci).p)


# ---- step 2: MSE of a batch ---------------------------------------------------------------


@callback
def _new_seed() -> None:
    st.session_state[key("seed")] = (st.session_state.get(key("seed"), 0) + 1) % 1_000_000


@callback
def _on_editing() -> None:
    """Opening the editor: it starts from the batch as last edited. (A table editor's edits cannot
    be handed back to it, so the edited table becomes the table it edits.)"""
    st.session_state[EDIT_BASE] = st.session_state.get(EDITED)


def _kept(name: str, n: int, seed: int) -> dict | None:
    """The edited table kept under `name`, if it is one of this batch (size n, seed), its classes
    named in the page's language (a learner may switch language after editing)."""
    kept = st.session_state.get(name)
    if not kept or kept["for"] != (n, seed):
        return None
    if kept["lang"] != lang():
        kept = kept | {"table": cache.relabel(kept["table"], kept["lang"], lang()), "lang": lang()}
    return kept


def batch_table_ui(n: int, seed: int):
    """The batch of n samples from the seed, as the table it is computed from.

    Read-only (HTML, drawn by the caller) unless "Edit this batch" is on: then an editable table,
    whose rows can be changed, added and deleted. Returns the table (a DataFrame; None for the
    generated batch, unedited) and its edits as a cache key ("" for none)."""
    if not st.session_state.get(EDITING):
        kept = _kept(EDITED, n, seed)  # the edits stay when the editor is closed
        return (kept["table"], kept["edits"]) if kept else (None, "")
    table, config = cache.batch_editor(lang(), n, seed)
    if (st.session_state.get(EDITED) or {}).get("lang", lang()) != lang():
        st.session_state[EDIT_BASE] = st.session_state[EDITED]  # a new language: go on from every edit
    base = _kept(EDIT_BASE, n, seed)
    editor = f"loss.batch.{n}.{seed}"
    edited = tables.data_editor(
        base["table"] if base else table,
        key=editor,
        num_rows="dynamic",
        column_config=config,
        width="stretch",
        height=300,
    )
    edits = cache.edits_key(st.session_state.get(editor))
    edits = f"{base['edits']} then {edits}" if base else edits
    st.session_state[EDITED] = {"for": (n, seed), "lang": lang(), "edits": edits, "table": edited}
    return edited, edits


def image_in_batch_ui(b: Batch) -> None:
    """The course image as one more sample of this batch, when its label is known."""
    truth, p = image_sample()
    if truth is None:
        return
    text, latex = cache.image_in_batch(lang(), b, truth, p)
    with st.container(border=True):
        st.markdown(text)
        show_formula(latex)


def iterations_ui(rows: int) -> None:
    """How many iterations one epoch takes with this batch size: asked first, then worked out."""
    q = iterations_question(ITERATION_IMAGES, rows)
    if not check_ui(q):
        return
    full, left = divmod(ITERATION_IMAGES, rows)
    if left:
        st.info(t("loss.batch.rest", full=full, b=rows, used=full * rows, left=left, its=full + 1),
                icon=":material/school:")  # fmt: skip
    else:
        st.info(t("loss.batch.even", its=full, b=rows), icon=":material/school:")


@together("batch")  # the Keras step computes its MSE on this batch: its widgets rerun both, only them
def batch():
    """MSE = mean of each sample's SSE over a batch; batch size, iteration and epoch."""
    st.subheader(t("loss.batch.title"))
    v = urlstate.bind(PAGE, BATCH_SPECS)
    st.markdown(t("loss.batch.intro"))
    c1, c2, c3 = st.columns([1, 1, 1], vertical_alignment="bottom")
    c1.number_input(t("loss.batch.n"), 1, 256, step=1, key=key("n"), disabled=urlstate.locked("n"))
    c2.number_input(
        t("loss.batch.seed"), 0, 999_999, step=1, key=key("seed"), disabled=urlstate.locked("seed")
    )
    c3.button(t("loss.batch.new"), key="loss.new_batch", on_click=_new_seed, icon=":material/casino:")
    n, seed = v["n"], v["seed"]
    left, right = st.columns([3, 2])
    with left:
        st.toggle(t("loss.batch.edit"), key=EDITING, on_change=_on_editing, help=t("loss.batch.edit.help"))
        edited, edits = batch_table_ui(n, seed)
    view = cache.batch_view(lang(), n, seed, edits, _table=edited)
    if "error" in view:
        st.session_state.pop(BATCH, None)
        st.error(view["error"], icon=ERROR)
        return
    if not st.session_state.get(EDITING):
        left.html(view["batch_table"])
    st.session_state[BATCH] = view["batch"]
    if view["rows_warning"]:
        st.warning(view["rows_warning"])
    with right:
        st.metric(t("loss.batch.mse"), view["mse"])
        st.html(view["sse_table"])
    show_formula(view["latex"])
    st.container(key="loss.batch.fig").html(view["fig"])
    image_in_batch_ui(view["batch"])
    st.markdown(view["terms"])
    iterations_ui(view["rows"])


# ---- step 3: the course's MSE and Keras's MeanSquaredError --------------------------------


@together("batch")
@deeper
def keras_mse_step():
    """Course MSE = mean over samples of SSE; Keras MeanSquaredError also divides by k."""
    st.subheader(t("loss.keras.title"))
    v = urlstate.bind(PAGE, BATCH_SPECS)
    b: Batch = st.session_state.get(BATCH) or random_batch(v["n"], K, v["seed"])
    view = cache.keras_view(*cache.keras_args(lang(), b))
    st.markdown(t("loss.keras.intro", k=K))
    c1, c2 = st.columns(2)
    c1.metric(t("loss.keras.course"), view["course"])
    c2.metric(t("loss.keras.keras"), view["keras"])
    show_formula(view["latex"])
    st.html(view["code_html"])  # not st.code: its highlighter is 1.5 MB of browser code for one line
    st.caption(view["caption"])
