"""This session's training job and trained model, shared by the training and inference pages.

Everything lives in st.session_state, so a learner's model and history belong to that
learner alone (house rule 4) and survive switching pages. The finished model is published as

    st.session_state["trained_model"] = {"model": keras_model, "input_size": int,
        "classes": tuple, "settings": TrainingSettings, "history": Snapshot,
        "outcome": str, "run": str, "x_test": uint8 (n, h, w, 3), "y_test": int64 (n,)}

which the black-box page also offers as a box.
"""

from __future__ import annotations

import uuid

import streamlit as st

from background.jobs import TrainingJob, stop_when_abandoned
from explainer.datasets import FASHION_CLASSES
from ui.i18n import t
from ui.streamlit_internals import session_alive_check

JOB = "training.job"  # the session's current or last TrainingJob
MODEL = "trained_model"  # the published model (see above)
_COLLECTED = "training._collected"  # id of the job whose model was published


def watch_session(j: TrainingJob) -> None:
    """Stop this session's training if the learner's browser session goes away (call it from
    the script thread that started the job). Outside a running server (AppTest) it does nothing."""
    alive = session_alive_check()
    if alive is not None:
        stop_when_abandoned(j, alive)


def job() -> TrainingJob | None:
    return st.session_state.get(JOB)


def running() -> bool:
    j = job()
    return j is not None and not j.done


def collect() -> None:
    """Publish the model of a job that has just ended (once). A diverged model is not kept."""
    j = job()
    if j is None or not j.done or st.session_state.get(_COLLECTED) == id(j):
        return
    st.session_state[_COLLECTED] = id(j)
    if j.model is None or j.outcome not in ("finished", "stopped"):
        return
    st.session_state[MODEL] = {
        "model": j.model,
        "input_size": j.data.input_size,
        "classes": j.data.classes,
        "settings": j.settings,
        "history": j.sink.snapshot(),
        "outcome": j.outcome,
        "run": uuid.uuid4().hex,  # identifies this model in the session's caches
        "dataset": j.data.name,
        "x_test": j.data.x_test,
        "y_test": j.data.y_test,
    }


def trained() -> dict | None:
    collect()
    return st.session_state.get(MODEL)


def class_name(c: str) -> str:
    """A class as the learner reads it, in their language."""
    if c in ("cat", "dog", "other"):
        return t(f"doodles.class.{c}")
    if c in FASHION_CLASSES:
        return t(f"training.class.{c}")
    return c
