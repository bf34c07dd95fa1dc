"""The live view of the training page: status, counters, loop diagram and curves.

Every function draws from one Snapshot of the job's sink (explainer/live_sink.py), so a
redraw never waits for, or races, the training thread. Used by app_pages/training.py, whose
polling fragment calls these twice a second while a job runs.
"""

from __future__ import annotations

import math

import streamlit as st

from explainer import training_figures as figs
from explainer.live_sink import Snapshot, hardly_learned
from explainer.tf_runtime import is_loaded as tf_loaded
from explainer.training_jobs import TrainingJob
from ui.i18n import t

PLOT = {"displayModeBar": False}


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
