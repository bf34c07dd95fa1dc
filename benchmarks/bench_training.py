"""Live training vs headless model.fit: same model, same data, same settings, one process.

    python benchmarks/bench_training.py [--epochs 2] [--repeats 6] [--out benchmarks/RESULTS.md]

Live path = what the training page does: explainer.live_training.train (the LiveCallback
and its TrainingSink) in a background thread, while a second thread plays the page's
polling fragment: every 0.5 s it takes a snapshot, builds the loop diagram's HTML and the
page's four curves as SVG pictures with their legends (the HTML st.html sends).
Headless path = the same compiled model with a plain model.fit(verbose=0).

--worker: the live path is what the page does now: a Trainer whose model.fit runs in a worker
process (background/worker.py; the worker is started before timing) and whose events go
through a store (SQLite), while the figures are built here from that store, as a page that
watches the run does; its time includes writing the final weights to the store.

Both paths run `repeats` times, alternating, after one warm-up run of each (tf.function
tracing is not what we measure). speed ratio = headless seconds / live seconds (medians,
and also from the fastest run of each, which a busy shared machine disturbs least); the
budget is >= 0.9. A benchmark measures; it does not assert.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from explainer.datasets import load  # noqa: E402
from explainer.figures import training as figs  # noqa: E402
from explainer.figures import training_loop as loop  # noqa: E402
from explainer.figures.picture import picture_html  # noqa: E402
from explainer.live_sink import TrainingSink  # noqa: E402
from explainer.training_settings import TrainingSettings  # noqa: E402

POLL = 0.5  # seconds, the page's run_every


def build_page_figures(sink) -> int:
    """What one fragment rerun computes: a snapshot (of a TrainingSink, or of a store follower),
    the loop diagram and the four curves as SVG pictures with their legends (their HTML, as
    st.html sends it). Returns bytes."""
    s = sink.snapshot()
    names = {n: n for n in loop.LOOP_NODES}
    diagram = loop.loop_html(names, loop.LOOP_NODES, ())
    out = []
    ix, il = figs.thin(s.it_x, s.it_loss)
    _, ia = figs.thin(s.it_x, s.it_accuracy)
    for values, ep, ep_val in ((il, s.ep_loss, s.ep_val_loss), (ia, s.ep_accuracy, s.ep_val_accuracy)):
        it = figs.iteration_svg(ix, values, total=s.total_iterations, x_title="iteration", y_title="y")
        out.append(picture_html(it, [(figs.BATCH, "batch", "line")], "alt", 460))
        ep_svg = figs.epoch_svg(s.ep_x, ep, ep_val, epochs=s.epochs, x_title="epoch", y_title="y")
        out.append(picture_html(ep_svg, [(figs.TRAIN, "t", "line"), (figs.VAL, "v", "dashed")], "alt", 460))
    return len(diagram) + sum(len(f) for f in out)


def live_run(settings: TrainingSettings, data, poll: bool = True) -> tuple[float, int]:
    from explainer import live_training

    sink = TrainingSink()
    done = threading.Event()
    polls = [0]

    def page():
        while not done.wait(POLL):
            build_page_figures(sink)
            polls[0] += 1

    poller = threading.Thread(target=page if poll else done.wait, daemon=True)
    poller.start()
    t0 = time.perf_counter()
    live_training.train(settings, data, sink)
    elapsed = time.perf_counter() - t0
    done.set()
    poller.join()
    return elapsed, polls[0]


def worker_run(settings: TrainingSettings, data) -> tuple[float, int]:
    """What the page does now: a Trainer (background/jobs.py) trains a claimed run in a worker
    process and writes its events to a store (a temporary SQLite file); the figures are built
    here from the store, as a watching page reads them."""
    import tempfile

    from background import runs, viewers
    from background.jobs import Trainer, TrainingQueue
    from store.sqlite_store import SqliteStore

    folder = tempfile.mkdtemp(prefix="nnx-bench-")
    runs.use_store(SqliteStore(f"{folder}/runs.sqlite3"))
    key, now = f"bench-{time.time_ns()}", time.time()
    assert runs.store().claim_run(key, settings.as_dict(), "bench", now)
    viewers.register(key, "bench")  # a watcher, as on the page (a run nobody watches stops)
    done, polls = threading.Event(), [0]

    def page():
        while not done.wait(POLL):
            build_page_figures(runs.follower(key))
            polls[0] += 1

    poller = threading.Thread(target=page, daemon=True)
    poller.start()
    t0 = time.perf_counter()
    trainer = Trainer(key, settings, data, now, queue=TrainingQueue(1)).start()
    trainer.join()
    elapsed = time.perf_counter() - t0
    done.set()
    poller.join()
    viewers.unregister(key, "bench")
    if trainer.outcome != "finished":
        raise RuntimeError(f"worker training ended as {trainer.outcome}: {trainer.sink.snapshot().message}")
    return elapsed, polls[0]


def headless_run(settings: TrainingSettings, data) -> float:
    from explainer import live_training

    t0 = time.perf_counter()  # the same work as live_training.train: prepare, build, fit
    (x_tr, y_tr), (x_val, y_val) = live_training.prepare(data, settings.validation_split)
    model = live_training.build(settings, data)
    model.fit(
        x_tr,
        y_tr,
        batch_size=settings.batch_size,
        epochs=settings.epochs,
        validation_data=(x_val, y_val),
        shuffle=True,
        verbose=0,
    )
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=6)
    ap.add_argument("--worker", action="store_true", help="live path = training in a worker process")
    ap.add_argument("--out", type=Path, default=None, help="append the result to this Markdown file")
    args = ap.parse_args()

    settings = TrainingSettings(epochs=args.epochs)  # the page's defaults otherwise
    data = load(settings.dataset, settings.n_images, settings.n_test, settings.seed)
    from explainer.tf_runtime import tf_threads

    run_live = worker_run if args.worker else live_run
    headless_run(settings, data)  # warm-up: imports, tracing
    run_live(settings, data)  # (with --worker: starts the worker, which is then reused)
    live, headless, polls = [], [], []
    for _ in range(args.repeats):
        headless.append(headless_run(settings, data))
        secs, n = run_live(settings, data)
        live.append(secs)
        polls.append(n)
    ratio = statistics.median(headless) / statistics.median(live)
    best = min(headless) / min(live)  # least disturbed runs: the machine is shared
    images = settings.n_train * settings.epochs
    fig_cost = min(timeit_figures(), 10.0)
    lines = [
        f"- settings: {settings.dataset}, {settings.model}, {settings.n_train} training images, "
        f"batch {settings.batch_size}, {settings.epochs} epochs, {settings.optimizer} lr {settings.learning_rate}; "
        f"TF threads {tf_threads()}, cores {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}",
        f"- headless model.fit: {', '.join(f'{s:.2f}' for s in headless)} s "
        f"(median {images / statistics.median(headless):,.0f} images/s)",
        f"- live path ({'worker process + ' if args.worker else ''}callback + sink + figures every {POLL} s): "
        f"{', '.join(f'{s:.2f}' for s in live)} s "
        f"(median {images / statistics.median(live):,.0f} images/s), {sum(polls)} figure refreshes, "
        f"{fig_cost * 1000:.0f} ms per refresh at the end of a run",
        f"- **speed ratio live / headless = {ratio:.3f}** (medians; {best:.3f} from the fastest run of each) "
        "(budget >= 0.9)",
    ]
    print("\n".join(lines))
    if args.out:
        stamp = time.strftime("%Y-%m-%d %H:%M")
        with open(args.out, "a", encoding="utf-8") as f:
            f.write(
                f"\n## Live training\n\n`python benchmarks/bench_training.py"
                f"{' --worker' if args.worker else ''}`, {stamp}:\n" + "\n".join(lines) + "\n"
            )


def timeit_figures() -> float:
    """Seconds for one page refresh with a full default run's history in the sink."""
    sink = TrainingSink()
    sink.begin(6, 75)
    for i in range(450):
        sink.batch(i % 75 + 1, 32, 1.0 / (i + 1), 0.5)
    for e in range(6):
        sink.epoch_end(e + 1, 1.0, 0.5, 1.0, 0.5)
    t0 = time.perf_counter()
    build_page_figures(sink)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
