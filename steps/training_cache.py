"""Cached builders of the training page: datasets, the recorded reference run, the class board.

- The images of a dataset are the same for every learner who picks the same (name, size,
  seed): one read-only copy per process (ui/trained.dataset, shared with the inference page).
- The reference run is a shipped file; its Snapshot is read once and shared.
- The live curves of a run at one point of its progress are the same for every learner who
  watches it (a class on the defaults: one run, thirty pages): four SVG pictures built once per
  (run, progress, language) and shared, so a redraw that changed nothing costs only sending them.
- The class board's picture and table are built once per (runs on the board, own runs, language).
- The class board reads the store's finished runs at most every BOARD_S seconds per process,
  whatever the number of learners looking at it.
"""

from __future__ import annotations

import math
import threading
import time

import streamlit as st

import catalog
from background import runs
from explainer import datasets, reference_run
from explainer.figures import training as figs
from explainer.figures import training_loop as loop
from explainer.figures.html_table import html_table
from explainer.figures.picture import picture_html
from explainer.live_sink import Snapshot
from store import RunInfo
from ui import trained
from ui.shared_cache import cached

BOARD_S = 5.0  # the board is at most this many seconds behind the store
BOARD_RUNS = 500  # newest finished runs on the board
WIDEST = 1.2  # a picture is drawn at most this many times its own size (its text at most 14.4 px)


def load_dataset(name: str, n: int, n_test: int, seed: int) -> datasets.Dataset:
    """Read-only images shared by every session (the models are not)."""
    return trained.dataset(name, n, n_test, seed)


@st.cache_resource(show_spinner=False)
def reference() -> tuple[reference_run.Reference, Snapshot] | None:
    """The recorded run of the default settings and its Snapshot (None if the file is missing)."""
    ref = reference_run.load()
    return None if ref is None else (ref, ref.snapshot())


def progress(s: Snapshot) -> tuple:
    """What the curves of a Snapshot depend on: the same tuple, the same figures."""
    return (s.iterations_done, len(s.ep_x), s.epochs, s.steps_per_epoch, s.status)


def _latest(values) -> str | None:
    """The last value, written out (figs.value_text), or None if there is none."""
    return figs.value_text(values[-1]) if len(values) else None


@cached(64)
def curve_figures(run: str, version: tuple, lang: str, _snap: Snapshot) -> tuple[str, ...]:
    """Loss and accuracy per iteration and per epoch of run `run` at `version` (see progress):
    (iter_loss, epoch_loss, iter_accuracy, epoch_accuracy), each an SVG picture with its legend
    (HTML for st.html), shared. A picture has no hover, so each legend entry says its latest value
    and the alternative text says them all."""
    s = _snap
    text = lambda key, **f: catalog.text(f"training.chart.{key}", lang, **f)  # noqa: E731
    ix, il = figs.thin(s.it_x, s.it_loss)
    _, ia = figs.thin(s.it_x, s.it_accuracy)
    has_val = any(math.isfinite(v) for v in s.ep_val_loss)

    def named(name: str, values) -> str:
        last = _latest(values)
        return name if last is None else text("latest", name=name, v=last)

    out, shown = [], round(WIDEST * figs.CURVE_SIZE[0])
    for name, values, ep_train, ep_val, y_range in (
        ("loss", il, s.ep_loss, s.ep_val_loss, None),
        ("accuracy", ia, s.ep_accuracy, s.ep_val_accuracy, figs.ACCURACY_RANGE),
    ):
        axes = {"y_title": text(name), "y_range": y_range}
        metric = text(f"metric.{name}")
        it_svg = figs.iteration_svg(ix, values, total=s.total_iterations, x_title=text("iteration"), **axes)
        it_alt = text("iter_alt", metric=metric, n=s.iterations_done, total=s.total_iterations,
                      last=_latest(values)) if len(values) else text("empty")  # fmt: skip
        it_legend = [(figs.BATCH, named(text("batch"), values), "line")]
        ep_svg = figs.epoch_svg(s.ep_x, ep_train, ep_val if has_val else None, epochs=s.epochs,
                                x_title=text("epoch"), **axes)  # fmt: skip
        ep_legend = [(figs.TRAIN, named(text("train"), ep_train), "line")]
        if has_val:
            ep_legend.append((figs.VAL, named(text("val"), ep_val), "dashed"))
        counts = {"metric": metric, "n": len(s.ep_x), "epochs": s.epochs, "train": _latest(ep_train)}
        if not s.ep_x:
            ep_alt = text("empty")
        elif has_val:
            ep_alt = text("epoch_alt_val", **counts, val=_latest(ep_val))
        else:
            ep_alt = text("epoch_alt", **counts)
        out.append(picture_html(it_svg, it_legend, it_alt, shown, kind=f"training-iter-{name}"))
        out.append(picture_html(ep_svg, ep_legend, ep_alt, shown, kind=f"training-epoch-{name}"))
    return tuple(out)


@cached(32)
def loop_diagram(optimizer: str, active: tuple, dimmed: tuple, lang: str) -> str:
    """The training-loop diagram's HTML with the chosen optimizer's update, shared."""
    names = {n: catalog.text(f"training.loop.node.{n}", lang) for n in loop.LOOP_NODES if n != "update"}
    names["update"] = catalog.text(f"training.loop.node.update.{optimizer}", lang)
    return loop.loop_html(names, active, dimmed)


_board: dict[str, object] = {"read": -1e9, "runs": []}
_board_lock = threading.Lock()


def finished_runs() -> list[RunInfo]:
    """The newest finished runs on this server (store.finished_runs), read at most every BOARD_S."""
    with _board_lock:
        if time.monotonic() - _board["read"] >= BOARD_S:
            _board["runs"] = runs.store().finished_runs(limit=BOARD_RUNS)
            _board["read"] = time.monotonic()
        return list(_board["runs"])


def refresh_board() -> None:
    """Read the finished runs again at the next look (a run this learner watched has just ended)."""
    with _board_lock:
        _board["read"] = -1e9


def board_points(infos: list[RunInfo], own: set[str]) -> list[dict]:
    """One point per run: learning rate, final validation accuracy (None: diverged), optimizer."""
    out = []
    for r in infos:
        s = r.settings
        if "learning_rate" not in s or s.get("optimizer") not in ("sgd", "momentum", "adam"):
            continue
        diverged = r.metrics.get("outcome") == "diverged"
        acc = r.val_accuracy if r.val_accuracy is not None else r.metrics.get("accuracy")
        out.append(
            {
                "lr": float(s["learning_rate"]),
                "acc": None if diverged or acc is None else float(acc),
                "opt": s["optimizer"],
                "own": r.key in own,
                "key": r.key,
            }
        )
    return out


BOARD_COLUMNS = ("yours", "val", "lr", "optimizer", "loss", "model", "data", "images", "batch", "epochs")
# On a slide: what the lesson is about (which learning rates and optimizers worked). All ten are
# wider than a 1024x768 projector in lecture type; the chart above the table shows every run.
BOARD_PROJECTED = ("yours", "val", "lr", "optimizer", "loss", "model")


def board_table(
    infos: list[RunInfo], own: set[str], lang: str, names: tuple[str, ...] = BOARD_COLUMNS
) -> dict[str, list]:
    """The settings of every run on the board, anonymous (no owner, no time), yours marked;
    the columns `names` (of BOARD_COLUMNS), in that order."""
    text = lambda key: catalog.text(f"training.{key}", lang)  # noqa: E731
    cols: dict[str, list] = {k: [] for k in BOARD_COLUMNS}
    for r in infos:
        s, acc = r.settings, r.val_accuracy
        diverged = r.metrics.get("outcome") == "diverged"
        cols["yours"].append("●" if r.key in own else "")
        cols["val"].append(text("board.diverged") if diverged else (f"{acc:.1%}" if acc is not None else "–"))
        cols["lr"].append(f"{float(s.get('learning_rate', math.nan)):g}")
        cols["optimizer"].append(text(f"board.optimizer.{s.get('optimizer', 'sgd')}"))  # short names
        cols["loss"].append(text(f"board.loss.{s.get('loss', 'cross_entropy')}"))
        cols["model"].append(text(f"board.model.{s.get('model', 'cnn')}"))
        cols["data"].append(text(f"board.data.{s.get('dataset', 'doodles')}"))
        cols["images"].append(int(s.get("n_images", 0)))
        cols["batch"].append(int(s.get("batch_size", 0)))
        cols["epochs"].append(int(s.get("epochs", 0)))
    return {text(f"board.col.{k}"): cols[k] for k in names}


@cached(16)
def board_view(
    keys: tuple[str, ...], own: tuple[str, ...], lang: str, lr_choices: tuple[float, ...], projected: bool,
    _infos: list[RunInfo],
) -> tuple[str, str]:  # fmt: skip
    """The class board of the runs `_infos` (named by their `keys`; a finished run never changes)
    with the learner's `own` ringed: (the picture with its legend, the table of settings), HTML
    for st.html. The table has BOARD_PROJECTED's columns on a slide (`projected`), else all."""
    text = lambda key, **f: catalog.text(f"training.board.{key}", lang, **f)  # noqa: E731
    points = board_points(_infos, set(own))
    svg = figs.board_svg(points, x_title=text("x"), y_title=text("y"), x_ticks=lr_choices)
    names = {o: catalog.text(f"training.optimizer.{o}", lang) for o in figs.OPTIMIZER_STYLE}
    present = {p["opt"] for p in points}
    legend = [(c, names[o], mark) for o, (c, mark) in figs.OPTIMIZER_STYLE.items() if o in present]
    diverged = sum(p["acc"] is None for p in points)
    mine = sum(p["own"] for p in points)
    if diverged:
        legend.append(("#555555", text("legend.diverged"), "ring"))
    if mine:
        legend.append((figs.OWN, text("yours"), "ringed"))
    alt = text("alt", n=len(points), diverged=diverged, own=mine)
    best = max((p for p in points if p["acc"] is not None), key=lambda p: p["acc"], default=None)
    if best is not None:
        alt += text("alt_best", acc=f"{best['acc']:.1%}", lr=f"{best['lr']:g}", opt=names[best["opt"]])
    picture = picture_html(svg, legend, alt, round(WIDEST * figs.BOARD_SIZE[0]), kind="training-board")
    columns = BOARD_PROJECTED if projected else BOARD_COLUMNS
    table = board_table(_infos, set(own), lang, columns)
    words = tuple(text(f"col.{k}") for k in ("yours", "optimizer", "loss", "model", "data") if k in columns)
    cells = {head: [str(v) for v in col] for head, col in table.items()}
    return picture, html_table(cells, max_height=360, left=words)
