"""What the training page draws from numbers: a run's snapshot (status, counters, loop diagram,
curves), the recorded reference run, the data's samples and class map, the cost of the settings.

Every function here only draws what it is given (a Snapshot of the run, an estimate, a dataset):
no callbacks and no session state, so the steps in steps/training.py decide and these draw.
"""

import math

import numpy as np
import streamlit as st

from background import train as trainer
from explainer import datasets
from explainer.encoding import one_hot
from explainer.figures import training_loop as loop
from explainer.figures.html_table import html_table
from explainer.live_sink import Snapshot, hardly_learned
from explainer.training_settings import TrainingSettings
from steps import training_cache as cache
from ui import lang, present, t, trained

N_SAMPLES = 12


def secs(v: float) -> str:
    return t("training.metric.seconds", s=f"{v:.0f}" if v >= 10 else f"{v:.1f}")


def render_loop(snap: Snapshot | None, optimizer: str, key: str) -> None:
    """The loop diagram; while training runs, the part of the loop at work is highlighted."""
    active, dimmed, caption = (), (), t("training.loop.caption.idle")
    if snap is not None and snap.status == "running" and snap.phase == "validate":
        active, dimmed = loop.FORWARD, ("gradient", "update")
        caption = t("training.loop.caption.validate", epoch=snap.epoch)
    elif snap is not None and snap.status == "running" and snap.iterations_done:
        active = loop.LOOP_NODES
        caption = t("training.loop.caption.train", epoch=snap.epoch, i=snap.iteration, m=snap.steps_per_epoch)
    elif snap is not None and not snap.done and snap.status != "idle":
        caption = t("training.loop.caption.waiting")
    st.caption(caption)
    with st.container(key=key):
        st.html(cache.loop_diagram(optimizer, tuple(active), tuple(dimmed), lang()))


def render_status(snap: Snapshot, info) -> None:
    """Where the run is: its phase and real elapsed time from the click, or how it ended."""
    s = secs(snap.elapsed)
    hourglass = ":material/hourglass_top:"
    if snap.status == "waiting":
        w = {"pos": snap.queue_position, "running": snap.ahead_running, "waiting": snap.ahead_waiting}
        st.info(t("training.status.waiting", **w, secs=s), icon=hourglass)
    elif not snap.done and snap.phase in ("worker", "compile"):
        st.info(t(f"training.status.{snap.phase}", secs=s), icon=hourglass)
    elif not snap.done and snap.iterations_done == 0:
        st.info(t("training.status.starting", secs=s), icon=hourglass)
    elif not snap.done:
        phase = "validate" if snap.phase == "validate" else "train"
        st.info(
            t(f"training.status.{phase}", epoch=snap.epoch, epochs=snap.epochs),
            icon=":material/model_training:",
        )
    elif snap.status == "finished":
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
    elif snap.status == "stopped":
        render_stopped(snap, info)
    elif snap.status == "diverged":
        st.error(t("training.status.diverged"), icon=":material/trending_up:")
    elif snap.status == "error":
        st.error(t("training.status.error"), icon=":material/error:")
    if snap.status in ("finished", "stopped") and hardly_learned(snap):
        st.warning(t("training.status.not_learning"), icon=":material/trending_flat:")


def render_stopped(snap: Snapshot, info) -> None:
    """Say truthfully why the run stopped and whether a model was kept."""
    reason = (info.metrics.get("reason") if info is not None else "") or "user"
    iters, icon = snap.iterations_done, ":material/stop_circle:"
    if reason == "queue":
        st.warning(t("training.status.left_queue"), icon=icon)
    elif iters == 0:
        st.warning(t("training.status.stopped_empty"), icon=icon)
    elif reason in ("left", "yield"):
        held = info.metrics.get("train_seconds") or snap.elapsed if info is not None else snap.elapsed
        st.warning(t(f"training.status.{reason}", iters=iters, secs=f"{held:.0f}"), icon=icon)
    else:
        st.warning(t("training.status.stopped", iters=iters), icon=icon)


def render_counters(snap: Snapshot, estimate: float) -> None:
    c = st.columns(5)
    c[0].metric(t("training.metric.epoch"), f"{snap.epoch}/{snap.epochs}" if snap.epochs else "–")
    c[1].metric(
        t("training.metric.iteration"), f"{snap.iteration}/{snap.steps_per_epoch}" if snap.epochs else "–"
    )
    c[2].metric(t("training.metric.elapsed"), secs(snap.elapsed))
    if math.isfinite(snap.eta):
        left = secs(snap.eta)
    elif math.isfinite(estimate):  # before this run's speed is measured: this machine's estimate
        left = t("training.metric.eta_estimate", s=f"{max(0.0, estimate - snap.train_seconds):.0f}")
    else:
        left = "–"
    c[3].metric(t("training.metric.eta"), left, help=t("training.metric.eta.help"))
    c[4].metric(t("training.metric.speed"), f"{snap.images_per_s:,.0f}")


def render_curves(snap: Snapshot, run: str) -> None:
    """Loss and accuracy per iteration (left) and per epoch (right), train and validation: SVG
    pictures shared by everyone watching run `run` (steps/training_cache.py). Each sits in its own
    keyed container; a live redraw swaps the image, whose size is fixed, so nothing moves."""
    pictures = cache.curve_figures(run, cache.progress(snap), lang(), _snap=snap)
    left, right = st.columns(2)
    left.markdown(f"**{t('training.chart.iter_title')}**")
    right.markdown(f"**{t('training.chart.epoch_title')}**")
    for i, name in enumerate(("loss", "accuracy")):
        left.container(key=f"training.chart.iter_{name}").html(pictures[2 * i])
        right.container(key=f"training.chart.epoch_{name}").html(pictures[2 * i + 1])


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
    name = t("training.data.col.class")
    rows = {
        t("training.data.col.index"): [str(i) for i in range(k)],
        name: [trained.class_name(c) for c in ds.classes],
        t("training.data.col.onehot"): ["[" + ", ".join(map(str, row)) + "]" for row in eye],
        t("training.data.col.count"): [f"{c:,}" for c in counts.tolist()],
    }
    st.html(html_table(rows, left=(name,), fit=True))  # read-only: no data grid to load


def option_names(prefix: str, names) -> callable:
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


def render_cost(s: TrainingSettings) -> trainer.Estimate:
    """Before Train: what the chosen settings cost on this server, and the limit if it is a long run."""
    est = trainer.estimate(s)
    refined = t("training.cost.refined", n=est.runs) if est.runs else ""
    st.caption(
        t(
            "training.cost",
            secs=f"{est.seconds:.0f}",
            epochs=s.epochs,
            m=s.iterations_per_epoch,
            refined=refined,
        )
    )
    if est.long:
        st.warning(t("training.cost.long", limit=f"{est.limit:.0f}"), icon=":material/timer:")
    return est


def render_reference() -> None:
    """Before Train: the recorded run of the default settings, labelled as recorded."""
    st.info(t("training.status.idle"), icon=":material/model_training:")
    ref = cache.reference()
    if ref is None:
        st.caption(t("training.reference.missing"))
        return
    st.markdown(t("training.reference", machine=ref[0].machine, when=ref[0].date))
    render_curves(ref[1], "reference")


def render_board(infos, own, lr_choices) -> None:
    """The class board: every finished run as a point (learning rate, final validation accuracy),
    the learner's own ringed, and the table of settings (a picture has no hover: the table says
    each run's); anonymous. Both are HTML (steps/training_cache.board_view): no chart code or
    data grid to load."""
    if not infos:
        st.info(t("training.board.empty"), icon=":material/leaderboard:")
        return
    keys = tuple(r.key for r in infos)
    mine = tuple(sorted(set(own) & set(keys)))
    lrs = tuple(float(v) for v in lr_choices)
    picture, table = cache.board_view(keys, mine, lang(), lrs, present.active(), _infos=infos)
    st.container(key="training.board_chart").html(picture)
    st.caption(t("training.board.count", n=len(cache.board_points(infos, set(mine)))))
    st.container(key="training.board_table").html(table)
