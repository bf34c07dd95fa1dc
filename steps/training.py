"""Steps of the training page, run in this order by app_pages/training.py: loop, data, settings, live, curves, board.

Live training (course 02-06, 02-07): the whole loop, run by real Keras while you watch.

Streamlit idioms used here:
- A run lives in the store, not in the session (background/train.py): pressing Train
  replays a finished identical run, joins one under way, or trains (in a worker process,
  fed by a background thread), so the script returns at once. A fragment with
  run_every=0.5 redraws only the live view twice a second from one Snapshot; its curves are
  SVG pictures of a fixed size in keyed containers, so a redraw swaps images and nothing moves.
- The session keeps which run it shows (ui/trained.py), and the URL keeps its key (?run=),
  so a reload or a shared link finds the run again.
- TensorFlow is imported only by the worker that trains, or for a real dataset.
"""

import datetime as dt
import math
import random

import streamlit as st

from background import dataset_process, viewers
from background import train as trainer
from explainer import datasets
from explainer.tf_runtime import is_loaded as tf_loaded
from explainer.training_settings import HIDDEN_UNITS, LOSSES, MODELS, OPTIMIZERS, TrainingSettings
from steps import training_cache as cache
from steps.training_view import (
    option_names,
    render_arithmetic,
    render_board,
    render_class_map,
    render_cost,
    render_counters,
    render_curves,
    render_loop,
    render_reference,
    render_samples,
    render_status,
)
from ui import t, trained, urlstate
from ui.page import page_wide
from ui.urlparams import ChoiceParam, FloatParam, IntParam

PAGE = "training"
LR_CHOICES = ("0.0001", "0.0003", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10")
D = TrainingSettings()  # the defaults
SPECS = {
    "data": ChoiceParam(D.dataset, datasets.NAMES),
    "n": IntParam(D.n_images, 100, 10_000),
    "model": ChoiceParam(D.model, MODELS),
    "hidden": ChoiceParam(str(D.hidden_units), tuple(str(h) for h in HIDDEN_UNITS)),
    "opt": ChoiceParam(D.optimizer, OPTIMIZERS),
    "lr": ChoiceParam(repr(D.learning_rate), LR_CHOICES),
    "bs": IntParam(D.batch_size, 1, 512),
    "epochs": IntParam(D.epochs, 1, 50),
    "val": FloatParam(D.validation_split, 0.0, 0.5),
    "seed": IntParam(D.seed, 0, 9999),
    "loss": ChoiceParam(D.loss, LOSSES),
}
FIELDS = {"n_images": "n", "epochs": "epochs", "batch_size": "bs", "seed": "seed"}  # setting -> URL name
POLL_OWN_S, POLL_WATCH_S = 0.5, 1.0  # live view refresh: the run's own learner, everyone else
SAID = "training._said"  # what the last Train or Stop press did, for the live view to say
DRAWN_DONE = "training._drawn_done"  # the run whose end has been drawn with a full rerun


# ---- the live view: everything drawn from one Snapshot of the current run, so a redraw never
# waits for, or races, the training; the polling fragment calls these twice a second.


# ---- settings and steps


def current_settings() -> TrainingSettings:
    v = urlstate.bind(PAGE, SPECS)
    return TrainingSettings(
        dataset=v["data"],
        n_images=v["n"],
        model=v["model"],
        hidden_units=int(v["hidden"]),
        optimizer=v["opt"],
        learning_rate=float(v["lr"]),
        batch_size=v["bs"],
        epochs=v["epochs"],
        validation_split=round(float(v["val"]), 4),
        seed=v["seed"],
        loss=v["loss"],
    )


def dataset_for(s: TrainingSettings) -> tuple[datasets.Dataset, str | None]:
    """The chosen dataset, or the doodles plus the name of the one that could not be fetched."""
    try:
        return cache.load_dataset(s.dataset, s.n_images, s.n_test, s.seed), None
    except datasets.DatasetUnavailable:
        return cache.load_dataset(datasets.DEFAULT, s.n_images, s.n_test, s.seed), s.dataset


def dataset_with_spinner(s: TrainingSettings) -> tuple[datasets.Dataset, str | None]:
    if datasets.is_builtin(s.dataset):
        message = t("training.data.loading")
    else:
        message = t("app.tf_loading") if not tf_loaded() else t("training.data.downloading")
    with st.spinner(message):
        return dataset_for(s)


# --- step 1: the loop -------------------------------------------------------------------
def loop() -> None:
    dataset_process.warm()  # the data step's images are drawn in a child: start it now
    st.subheader(t("training.loop.header"))
    st.markdown(t("training.loop.intro"))
    trained.sync_url()
    optimizer = current_settings().optimizer
    render_loop(trained.view(), optimizer, key="training.loop_diagram")
    st.caption(t(f"training.loop.optimizer.{optimizer}"))


# --- step 2: the data -------------------------------------------------------------------
def data() -> None:
    st.subheader(t("training.data.header"))
    st.markdown(t("training.data.intro"))
    urlstate.bind(PAGE, SPECS)
    st.radio(
        t("training.data.choice"),
        datasets.NAMES,
        format_func={n: t(f"training.dataset.{n}") for n in datasets.NAMES}.get,
        key=urlstate.key(PAGE, "data"),
        disabled=urlstate.locked("data") or trained.running(),
        horizontal=True,
        on_change=page_wide(),
    )
    s = current_settings()
    ds, missing = dataset_with_spinner(s)
    if missing:
        st.warning(
            t("training.data.unavailable", name=t(f"training.dataset.{missing}")), icon=":material/cloud_off:"
        )
    st.caption(t(f"training.data.about.{ds.name}"))
    st.caption(t("training.data.counts", n=len(ds.y_train), n_test=len(ds.y_test)))
    render_samples(ds)
    render_class_map(ds)


# --- step 3: the settings ---------------------------------------------------------------
def settings() -> None:
    st.subheader(t("training.settings.header"))
    st.markdown(t("training.settings.intro"))
    urlstate.bind(PAGE, SPECS)
    busy = trained.running()
    if busy:
        st.info(t("training.settings.locked"), icon=":material/lock:")

    def opts(name: str) -> dict:  # the data step reads the number of images: rerun the page
        return {"key": urlstate.key(PAGE, name), "disabled": urlstate.locked(name) or busy, "on_change": wide}

    wide = page_wide()

    c1, c2, c3 = st.columns(3)
    with c1:  # what learns
        st.radio(
            t("training.settings.model"),
            MODELS,
            format_func=option_names("training.model", MODELS),
            **opts("model"),
        )
        st.select_slider(
            t("training.settings.hidden"),
            [str(h) for h in HIDDEN_UNITS],
            help=t("training.settings.hidden.help"),
            **opts("hidden"),
        )
        st.slider(t("training.settings.n"), 100, 10_000, step=100, **opts("n"))
    with c2:  # how it steps
        st.radio(
            t("training.settings.optimizer"),
            OPTIMIZERS,
            format_func=option_names("training.optimizer", OPTIMIZERS),
            **opts("opt"),
        )
        st.select_slider(
            t("training.settings.lr"), LR_CHOICES, help=t("training.settings.lr.help"), **opts("lr")
        )
        st.number_input(
            t("training.settings.batch"),
            min_value=1,
            max_value=512,
            step=1,
            help=t("training.settings.batch.help"),
            **opts("bs"),
        )
    with c3:  # what it minimises, and for how long
        st.radio(
            t("training.settings.loss"),
            LOSSES,
            format_func=option_names("training.loss", LOSSES),
            **opts("loss"),
        )
        st.slider(t("training.settings.epochs"), 1, 50, **opts("epochs"))
        st.slider(
            t("training.settings.val"),
            0.0,
            0.5,
            step=0.05,
            help=t("training.settings.val.help"),
            **opts("val"),
        )
        st.number_input(
            t("training.settings.seed"),
            0,
            9999,
            step=1,
            help=t("training.settings.seed.help"),
            **opts("seed"),
        )
    render_arithmetic(current_settings())


# --- step 4: live training ----------------------------------------------------------------
def _start(s: TrainingSettings | None = None) -> None:
    """Train button: replay, join or train the run of the current settings."""
    if trained.running():
        return
    s = s or current_settings()
    ds, _ = dataset_for(s)
    if ds.name != s.dataset:  # the real dataset is unavailable: train on the doodles
        s = TrainingSettings(**{**s.as_dict(), "dataset": ds.name})
    d = trained.press_train(s, ds)
    st.session_state[SAID] = {"mode": d.mode, "decision": d}


def _stop() -> None:
    key = (trained.current() or {}).get("key")
    said = trained.stop()
    others = viewers.present(key) if said == "left_run" else 0
    st.session_state[SAID] = {"mode": said, "decision": None, "others": others}


def _fresh() -> None:
    """Train a fresh copy of the replayed run with another seed (a new key: a real training)."""
    seed = random.Random().randrange(0, 10_000)
    st.session_state[urlstate.key(PAGE, "seed")] = (
        seed if seed != current_settings().seed else (seed + 1) % 10_000
    )
    _start()


def _cheaper(values: dict) -> None:
    """Use the cheaper settings offered after a refusal."""
    for name, v in values.items():
        st.session_state[urlstate.key(PAGE, FIELDS[name])] = v
    st.session_state.pop(SAID, None)


def render_refusal(d: trainer.Decision) -> None:
    q = trainer.server_queue()
    st.error(
        t(
            "training.refused",
            secs=f"{d.estimate.seconds:.0f}",
            limit=f"{d.estimate.limit:.0f}",
            running=q.running,
            waiting=q.waiting,
        ),
        icon=":material/block:",
    )
    c = d.cheaper
    if c is None:
        st.info(t("training.refused.none"))
        return
    change = ", ".join(t(f"training.change.{f}", v=getattr(c.settings, f)) for f in c.changed)
    st.info(
        t("training.refused.cheaper", change=change, secs=f"{c.seconds:.0f}"), icon=":material/lightbulb:"
    )
    values = {f: getattr(c.settings, f) for f in c.changed}
    st.button(
        t("training.refused.apply"), key="training.cheaper", on_click=page_wide(_cheaper), args=(values,)
    )


def live() -> None:
    st.subheader(t("training.live.header"))
    st.markdown(t("training.live.intro"))
    trained.sync_url()
    s = current_settings()
    busy = trained.running()
    replaying = busy and (trained.current() or {}).get("mode") == "replay"
    if not busy:
        render_cost(s)
    c1, c2, _ = st.columns([1, 1, 3])
    c1.button(
        t("training.train"),
        type="primary",
        icon=":material/play_arrow:",
        key="training.train_button",
        on_click=page_wide(_start),  # every step shows the run: the settings lock, the loop moves
        disabled=busy,
        width="stretch",
    )
    c2.button(
        t("training.skip") if replaying else t("training.stop"),
        icon=":material/skip_next:" if replaying else ":material/stop:",
        key="training.stop_button",
        on_click=page_wide(_stop),
        disabled=not busy,
        width="stretch",
    )
    said = st.session_state.get(SAID) or {}
    if said.get("mode") == "refused" and not busy:
        render_refusal(said["decision"])
    # Poll only while a run is under way (afterwards the fragment is static): twice a second for
    # the learner who started it, once a second for those who joined it or opened its link, so
    # a class of thirty watching one run costs the server half as much (benchmarks/loadtest.py).
    mode = (trained.current() or {}).get("mode")
    every = (POLL_OWN_S if mode == "train" else POLL_WATCH_S) if busy else None
    st.fragment(live_view, run_every=every)()


def render_mode(r: dict, info) -> None:
    """Say whose run this is: joined, a replay, or restored from a link."""
    mode = r["mode"]
    if mode == "join" and info is not None:
        n = max(1, viewers.present(r["key"]))
        st.info(t("training.mode.join", ago=f"{r.get('ago', 0.0):.0f}", n=n), icon=":material/group:")
    elif mode == "replay" and info is not None:
        when = dt.datetime.fromtimestamp(info.finished or 0).strftime("%Y-%m-%d %H:%M")
        st.info(t("training.mode.replay", when=when), icon=":material/replay:")
        st.button(
            t("training.fresh"), key="training.fresh", on_click=page_wide(_fresh), icon=":material/casino:"
        )
    elif mode == "restore":
        st.caption(t("training.mode.restore"))


def live_view() -> None:
    """The live part: status, counters, loop diagram and curves, from one snapshot."""
    if trained.MISSING in st.session_state:
        st.warning(t("training.mode.missing"), icon=":material/link_off:")
        del st.session_state[trained.MISSING]
    r = trained.current()
    said = st.session_state.get(SAID) or {}
    if said.get("mode") == "left_run" and r is None:
        st.info(t("training.status.left_run", n=said.get("others", 1)), icon=":material/logout:")
    if r is None:
        render_reference()
        return
    trained.watch()
    snap, info = trained.view(), trained.info()
    ended = info is not None and (info.state != "running" or r["mode"] == "replay")
    if snap.done and ended and st.session_state.get(DRAWN_DONE) != (r["key"], r["mode"], info.finished):
        st.session_state[DRAWN_DONE] = (r["key"], r["mode"], info.finished)
        trained.publish()
        cache.refresh_board()  # the run just ended: the board shows it at once
        st.rerun()  # the whole page: unlock the settings and the buttons
    render_mode(r, info)
    render_status(snap, info)
    est = trainer.estimate(TrainingSettings(**info.settings)).seconds if info is not None else math.nan
    render_counters(snap, est)
    if not snap.done:  # where the loop is right now (the static diagram is in the first step)
        render_loop(snap, current_settings().optimizer, key="training.live_loop")
    render_curves(snap, f"{r['key']}.{r['mode']}")


# --- step 5: reading the curves -------------------------------------------------------------
def curves() -> None:
    st.subheader(t("training.curves.header"))
    st.markdown(t("training.curves.body"))


# --- step 6: the class board ------------------------------------------------------------------
def board() -> None:
    """Every finished run on this server: learning rate against final validation accuracy."""
    st.subheader(t("training.board.header"))
    st.markdown(t("training.board.intro"))
    render_board(cache.finished_runs(), trained.own_runs(), LR_CHOICES)


STEPS = [loop, data, settings, live, curves, board]
