"""Steps of the training page, run in this order by app_pages/training.py: loop, data, settings, live, curves.

Live training (course 02-06, 02-07): the whole loop, run by real Keras while you watch.

Streamlit idioms used here:
- Training runs in a worker process, fed by a background thread (background/jobs.py,
  background/worker.py), so the script returns at once; a fragment with run_every=0.5
  redraws only the live view twice a second, reading a snapshot of the numbers. Fixed chart
  keys let plotly update the charts in place.
- The job and the finished model live in st.session_state: each session has its own.
- TensorFlow is imported only to train (worker, and to rebuild the model) or for a real
  dataset, never at the top.
"""

import math

import numpy as np
import streamlit as st

from background.jobs import TrainingJob
from explainer import datasets
from explainer.encoding import one_hot
from explainer.figures import training as figs
from explainer.live_sink import Snapshot, hardly_learned
from explainer.tf_runtime import is_loaded as tf_loaded
from explainer.training_settings import HIDDEN_UNITS, LOSSES, MODELS, OPTIMIZERS, TrainingSettings
from steps import training_cache as cache
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
N_SAMPLES = 12
PLOT = {"displayModeBar": False}


# ---- the live view: everything drawn from one Snapshot of the job's sink, so a redraw never
# waits for, or races, the training thread; the polling fragment calls these twice a second.


def loop_names() -> dict[str, str]:
    return {n: t(f"training.loop.node.{n}") for n in figs.LOOP_NODES}


def render_loop(snap: Snapshot | None, key: str) -> None:
    """The loop diagram; while training runs, the part of the loop at work is highlighted."""
    active, dimmed, caption = (), (), t("training.loop.caption.idle")
    if snap is not None and snap.status == "running" and snap.phase == "validate":
        active, dimmed = figs.FORWARD, ("gradient", "update")
        caption = t("training.loop.caption.validate", epoch=snap.epoch)
    elif snap is not None and snap.status == "running":
        active = figs.LOOP_NODES
        caption = t("training.loop.caption.train", epoch=snap.epoch, i=snap.iteration, m=snap.steps_per_epoch)
    elif snap is not None and snap.status == "waiting":
        caption = t("training.loop.caption.waiting")
    st.caption(caption)
    st.plotly_chart(figs.loop_diagram(loop_names(), active, dimmed), key=key, config=PLOT)


def render_status(j: TrainingJob, snap: Snapshot) -> None:
    if snap.status == "waiting" and snap.queue_position > 0:
        st.info(t("training.status.waiting", pos=snap.queue_position), icon=":material/hourglass_top:")
    elif snap.status in ("waiting", "idle") or (snap.status == "running" and snap.iterations_done == 0):
        st.info(
            t("app.tf_loading") if not tf_loaded() else t("training.status.starting"),
            icon=":material/hourglass_top:",
        )
    elif j.done and j.outcome == "finished":
        st.success(
            t(
                "training.status.finished",
                epochs=len(snap.ep_x),
                iters=snap.iterations_done,
                secs=f"{snap.elapsed:.1f}",
            ),
            icon=":material/check_circle:",
        )
        st.page_link("app_pages/inference.py", label=t("inference.title"), icon=":material/image_search:")
    elif j.done and j.outcome == "stopped":
        st.warning(t("training.status.stopped", iters=snap.iterations_done), icon=":material/stop_circle:")
    elif j.done and j.outcome == "diverged":
        st.error(t("training.status.diverged"), icon=":material/trending_up:")
    elif j.done and j.outcome == "error":
        st.error(t("training.status.error"), icon=":material/error:")
    if j.done and j.outcome in ("finished", "stopped") and hardly_learned(snap):
        st.warning(t("training.status.not_learning"), icon=":material/trending_flat:")


def render_counters(snap: Snapshot) -> None:
    c = st.columns(5)
    secs = lambda v: t("training.metric.seconds", s=f"{v:.0f}" if v >= 10 else f"{v:.1f}")  # noqa: E731
    c[0].metric(t("training.metric.epoch"), f"{snap.epoch}/{snap.epochs}" if snap.epochs else "–")
    c[1].metric(
        t("training.metric.iteration"), f"{snap.iteration}/{snap.steps_per_epoch}" if snap.epochs else "–"
    )
    c[2].metric(t("training.metric.elapsed"), secs(snap.elapsed))
    c[3].metric(t("training.metric.eta"), secs(snap.eta) if math.isfinite(snap.eta) else "–")
    c[4].metric(t("training.metric.speed"), f"{snap.images_per_s:,.0f}")


def render_curves(snap: Snapshot) -> None:
    """Loss and accuracy per iteration (left) and per epoch (right), train and validation."""
    total = snap.total_iterations or None
    ix, il = figs.thin(snap.it_x, snap.it_loss)
    _, ia = figs.thin(snap.it_x, snap.it_accuracy)
    batch, tr, va = t("training.chart.batch"), t("training.chart.train"), t("training.chart.val")
    has_val = any(math.isfinite(v) for v in snap.ep_val_loss)
    left, right = st.columns(2)
    left.markdown(f"**{t('training.chart.iter_title')}**")
    right.markdown(f"**{t('training.chart.epoch_title')}**")
    it_x, ep_x = t("training.chart.iteration"), t("training.chart.epoch")
    for name, values, ep_train, ep_val, y_range in (
        ("loss", il, snap.ep_loss, snap.ep_val_loss, None),
        ("accuracy", ia, snap.ep_accuracy, snap.ep_val_accuracy, [0, 1.02]),
    ):
        y_title = t(f"training.chart.{name}")
        fig = figs.curves([(batch, ix, values, "faint")], it_x, y_title, y_range, x_max=total)
        left.plotly_chart(fig, key=f"training.chart.iter_{name}", config=PLOT)
        series = [(tr, snap.ep_x, ep_train, "train")] + ([(va, snap.ep_x, ep_val, "val")] if has_val else [])
        fig = figs.curves(series, ep_x, y_title, y_range, x_max=(snap.epochs + 0.5) or None, markers=True)
        right.plotly_chart(fig, key=f"training.chart.epoch_{name}", config=PLOT)


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
    st.subheader(t("training.loop.header"))
    st.markdown(t("training.loop.intro"))
    j = trained.job()
    render_loop(j.sink.snapshot() if j else None, key="training.loop_chart")


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


def render_samples(ds: datasets.Dataset) -> None:
    st.markdown(f"**{t('training.data.samples')}**")
    k = ds.num_classes
    idx = range(min(N_SAMPLES, len(ds.y_train)))
    captions = []
    for i in idx:
        y = int(ds.y_train[i])
        vec = ", ".join(str(int(v)) for v in one_hot([y], k)[0]) if k <= 3 else str(y)
        captions.append(
            f"{trained.class_name(ds.classes[y])} [{vec}]" if k <= 3 else trained.class_name(ds.classes[y])
        )
    st.image([ds.x_train[i] for i in idx], caption=captions, width=88)


def render_class_map(ds: datasets.Dataset) -> None:
    st.markdown(f"**{t('training.data.classmap')}**")
    k = ds.num_classes
    eye = one_hot(np.arange(k), k).astype(int)  # (k, k)
    counts = np.bincount(ds.y_train, minlength=k)
    rows = {
        t("training.data.col.index"): list(range(k)),
        t("training.data.col.class"): [trained.class_name(c) for c in ds.classes],
        t("training.data.col.onehot"): ["[" + ", ".join(map(str, row)) + "]" for row in eye],
        t("training.data.col.count"): counts.tolist(),
    }
    st.dataframe(rows, hide_index=True, width="content")


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
            t("training.settings.model"), MODELS, format_func=_fmt("training.model", MODELS), **opts("model")
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
            format_func=_fmt("training.optimizer", OPTIMIZERS),
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
            t("training.settings.loss"), LOSSES, format_func=_fmt("training.loss", LOSSES), **opts("loss")
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


def _fmt(prefix: str, names) -> callable:
    labels = {n: t(f"{prefix}.{n}") for n in names}  # bound now, in this run's language
    return labels.get


def render_arithmetic(s: TrainingSettings) -> None:
    m = s.iterations_per_epoch
    st.markdown(t("training.settings.split", total=s.n_images, n=s.n_train, v=s.n_val))
    st.markdown(t("training.settings.arithmetic", n=s.n_train, b=s.batch_size, m=m))
    r = s.n_train - (m - 1) * s.batch_size
    notes = [t("training.settings.last_batch", r=r)] if r != s.batch_size else []
    notes.append(t("training.settings.total", epochs=s.epochs, m=m, total=s.total_iterations))
    st.caption(" ".join(notes))


# --- step 4: live training ----------------------------------------------------------------
def _start() -> None:
    """Train button: a new job with the current settings, in a background thread."""
    if trained.running():
        return
    s = current_settings()
    ds, _ = dataset_for(s)
    if ds.name != s.dataset:  # the real dataset is unavailable: train on the doodles
        s = TrainingSettings(**{**s.as_dict(), "dataset": ds.name})
    st.session_state[trained.JOB] = j = TrainingJob(s, ds).start()
    trained.watch_session(j)  # a closed tab stops its training


def _stop() -> None:
    j = trained.job()
    if j is not None:
        j.stop()


def live() -> None:
    st.subheader(t("training.live.header"))
    st.markdown(t("training.live.intro"))
    busy = trained.running()
    c1, c2, _ = st.columns([1, 1, 4])
    c1.button(
        t("training.train"),
        type="primary",
        icon=":material/play_arrow:",
        key="training.train_button",
        on_click=page_wide(_start),  # every step shows the job: the settings lock, the loop moves
        disabled=busy,
        width="stretch",
    )
    c2.button(
        t("training.stop"),
        icon=":material/stop:",
        key="training.stop_button",
        on_click=page_wide(_stop),
        disabled=not busy,
        width="stretch",
    )
    # Poll twice a second only while a job runs; afterwards the fragment is static.
    st.fragment(live_view, run_every=0.5 if busy else None)()


def live_view() -> None:
    """The live part: status, counters, loop diagram and curves, from one snapshot."""
    j = trained.job()
    if j is None:
        st.info(t("training.status.idle"), icon=":material/model_training:")
        st.caption(t("training.chart.empty"))
        return
    snap = j.sink.snapshot()
    if j.done and st.session_state.get("training._drawn_done") != id(j):
        st.session_state["training._drawn_done"] = id(j)
        trained.collect()
        st.rerun()  # the whole page: unlock the settings and the buttons
    render_status(j, snap)
    render_counters(snap)
    if not j.done:  # where the loop is right now (the static diagram is in the first step)
        render_loop(snap, key="training.live_loop")
    render_curves(snap)


# --- step 5: reading the curves -------------------------------------------------------------
def curves() -> None:
    st.subheader(t("training.curves.header"))
    st.markdown(t("training.curves.body"))


STEPS = [loop, data, settings, live, curves]
