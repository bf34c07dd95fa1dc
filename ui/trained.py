"""This session's run and model, shared by the training and inference pages (and the black box).

Runs live in the store (background/train.py), so a session keeps only which run it shows:

    st.session_state["trained.run"] = {"key": str, "mode": "train" | "join" | "replay" | "restore",
                                       "ago": seconds the run had run when this session joined it}

and the run's key is in the page URL (?run=<key>): a reload, a new tab, the inference page
and a shared link find the same run again (`sync_url`). A run still training is joined; a
finished one is shown whole. The finished model is published as

    st.session_state["trained_model"] = {"model": NumpyModel, "input_size": int,
        "classes": tuple, "settings": TrainingSettings, "history": Snapshot,
        "outcome": str, "run": str, "key": str, "dataset": str,
        "x_test": uint8 (n, h, w, 3), "y_test": int64 (n,)}

where `model` is explainer.numpy_model.NumpyModel, called like a Keras model
(model(x, training=False) -> probabilities), built from the run's plain weight arrays
without TensorFlow; `run` identifies this model in caches, `key` is the run's key.
The black-box page offers it as a box. A diverged model is not published.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass

import streamlit as st

from background import dataset_process, runs, viewers
from background import train as trainer
from explainer import datasets
from explainer.datasets import FASHION_CLASSES
from explainer.live_sink import Snapshot
from explainer.numpy_model import NumpyModel
from explainer.training_settings import TrainingSettings
from ui import urlstate
from ui.i18n import t
from ui.streamlit_internals import session_alive_check
from ui.urlparams import parse_query

RUN = "trained.run"  # the session's current run: {"key", "mode"}
REPLAY = "trained.replay"  # the Replay while mode == "replay"
MODEL = "trained_model"  # the published model (see above)
OWN = "trained.own"  # keys of the runs this session trained, joined or replayed
MISSING = "trained.missing"  # a ?run= key the store does not know
_VIEWER = "trained.viewer"
_PUBLISHED = "trained._published"  # (key, finished) of the run whose model was published
_LINKED = "trained._linked"  # the last ?run= link adopted


@dataclass(frozen=True)
class RunKeyParam:
    """?run=<key>: a run key, 20 lowercase hex digits (store.run_key)."""

    default: str = ""

    def parse(self, raw: str) -> str:
        if not re.fullmatch(r"[0-9a-f]{20}", raw):
            raise ValueError("not a run key")
        return raw

    def dump(self, v: str) -> str:
        return str(v)


RUN_PARAM = {"run": RunKeyParam()}


def viewer_id() -> str:
    """This session's anonymous id as a viewer of runs."""
    return st.session_state.setdefault(_VIEWER, uuid.uuid4().hex)


def current() -> dict | None:
    return st.session_state.get(RUN)


def _set(key: str, mode: str, replay: runs.Replay | None = None, ago: float = 0.0) -> None:
    """Make run `key` the session's run (`ago`: how long it had run when this session joined)."""
    old = current()
    if old is not None and old["key"] != key and viewers.watching(old["key"], viewer_id()):
        viewers.unregister(old["key"], viewer_id())
    st.session_state[RUN] = {"key": key, "mode": mode, "ago": ago}
    st.session_state[REPLAY] = replay
    st.session_state.setdefault(OWN, set()).add(key)


def sync_url() -> None:
    """Adopt a run named by the page's link (?run=), then put the current run in the URL.

    A link is adopted once, and only if this session did not write it itself: after Train
    the URL still names the previous run until this function writes the new one."""
    linked = parse_query(st.query_params.to_dict(), RUN_PARAM)[0].get("run")
    r = current()
    if linked and linked != st.session_state.get(_LINKED) and (r is None or r["key"] != linked):
        st.session_state[_LINKED] = linked
        if runs.store().run_status(linked) is None:
            st.session_state[MISSING] = linked
        else:
            _set(linked, "restore")
            watch()
    r = current()
    urlstate.write(RUN_PARAM, {"run": r["key"] if r else ""})
    if r is not None:
        st.session_state[_LINKED] = r["key"]


def watch() -> None:
    """Count this session as a viewer of its run while the run is under way (idempotent, cheap):
    called on every redraw, so a session that reconnects after a blink counts again."""
    r = current()
    if r is None or r["mode"] == "replay" or viewers.watching(r["key"], viewer_id()):
        return
    f = runs.follower(r["key"])
    f.refresh()
    if f.info is not None and f.info.state == "running":
        viewers.register(r["key"], viewer_id(), session_alive_check())


def view() -> Snapshot | None:
    """The current run as it stands now (live, replayed, or whole), None without a run."""
    r = current()
    if r is None:
        return None
    replay = st.session_state.get(REPLAY)
    return replay.snapshot() if replay is not None else runs.follower(r["key"]).snapshot()


def info():
    """The store's record of the current run (None without one)."""
    r = current()
    if r is None:
        return None
    replay = st.session_state.get(REPLAY)
    return replay.info if replay is not None else runs.follower(r["key"]).info


def running() -> bool:
    """True while the current run (or its replay) is under way."""
    v = view()
    return v is not None and v.status != "idle" and not v.done


def press_train(settings: TrainingSettings, data: datasets.Dataset) -> trainer.Decision:
    """Train with `settings`: replay, join or train (background/train.py); the run becomes current."""
    d = trainer.press_train(settings, data, viewer_id(), session_alive_check())
    if d.mode == "replay":
        _set(d.key, "replay", runs.Replay(d.info))
    elif d.mode != "refused":
        _set(d.key, d.mode, ago=time.time() - d.info.started if d.mode == "join" else 0.0)
        runs.follower(d.key).refresh(force=True)
    return d


def stop() -> str:
    """Stop pressed: "skipped" (a replay jumps to its end) or what background/train.stop says."""
    r = current()
    if r is None:
        return ""
    replay = st.session_state.get(REPLAY)
    if replay is not None:
        replay.skip()
        return "skipped"
    said = trainer.stop(r["key"], viewer_id())
    if said == "left_run":  # the run goes on for others; this session no longer follows it
        st.session_state[RUN] = st.session_state[REPLAY] = None
    else:
        runs.follower(r["key"]).refresh(force=True)
    return said


@st.cache_resource(show_spinner=False, max_entries=8, ttl=900)
def dataset(name: str, n: int, n_test: int, seed: int) -> datasets.Dataset:
    """Read-only images shared by every session (one copy per process; the models are not here).
    The doodles are drawn in a child process (background/dataset_process.py): drawing them here
    held the interpreter lock for seconds, and every other student's page waited."""
    if datasets.is_builtin(name):
        return dataset_process.doodles(n, n_test, seed)
    return datasets.load(name, n, n_test, seed)


@st.cache_resource(show_spinner=False, max_entries=16, ttl=900)
def _model(key: str, finished: float, kind: str, size: int, classes: int, hidden: int) -> NumpyModel | None:
    """The run's weights in its architecture, shared by every session that shows the run."""
    arrays = runs.store().load_weights(key)
    return None if arrays is None else NumpyModel.from_arrays(kind, (size, size, 3), classes, hidden, arrays)


def publish() -> None:
    """Publish the current run's model once its run (or replay) has ended with weights."""
    r, v = current(), view()
    if r is None or v is None or not v.done:
        return
    i = info() if st.session_state.get(REPLAY) is not None else runs.store().run_status(r["key"])
    if i is None or i.state == "running" or st.session_state.get(_PUBLISHED) == (i.key, i.finished):
        return
    st.session_state[_PUBLISHED] = (i.key, i.finished)
    m, s = i.metrics, TrainingSettings(**i.settings)
    if m.get("outcome") not in ("finished", "stopped") or not m.get("classes"):
        return
    classes, size = tuple(m["classes"]), int(m["input_size"])
    model = _model(i.key, i.finished or 0.0, s.model, size, len(classes), s.hidden_units)
    if model is None:
        return
    ds = dataset(s.dataset, s.n_images, s.n_test, s.seed)
    st.session_state[MODEL] = {
        "model": model,
        "input_size": size,
        "classes": classes,
        "settings": s,
        "history": v,
        "outcome": m["outcome"],
        "run": f"{i.key}.{int((i.finished or 0) * 1000)}",
        "key": i.key,
        "dataset": s.dataset,
        "x_test": ds.x_test,
        "y_test": ds.y_test,
    }


def trained() -> dict | None:
    """The published model (see the module docstring), after restoring the page's ?run= link."""
    sync_url()
    publish()
    return st.session_state.get(MODEL)


def own_runs() -> set[str]:
    return set(st.session_state.get(OWN, ()))


def class_name(c: str) -> str:
    """A class as the learner reads it, in their language."""
    if c in ("cat", "dog", "other"):
        return t(f"doodles.class.{c}")
    if c in FASHION_CLASSES:
        return t(f"training.class.{c}")
    return c
