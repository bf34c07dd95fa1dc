"""Rerun cost of every page, as a ratio to a one-line `st.write` page (budget: ≤ 3× for numpy pages).

Each page is opened through streamlit_app.py with AppTest, then rerun R times; the median
rerun time is compared with the same measurement of a script containing only
`st.write("hello")`, all in this one process, taken just before and just after that page's
(the mean of the two). Pages reveal their steps as the learner
continues (ui/page.py), and each step is a fragment, so a page has three kinds of rerun:
- first view: the full rerun of the page as a first visit opens it (first step + Continue);
- one step: with every step revealed (?step=all), the rerun a change inside one step causes.
  Only that step (a fragment) reruns; the worst step of the page is reported. AppTest itself
  always reruns the whole script, so this part asks its script runner for a fragment rerun,
  the request the browser sends when a widget inside a fragment changes (fragment_rerun);
- a shared setting: a widget whose value later steps read reruns those steps' fragments
  together (ui.page.rerun_steps); a page lists its reader sets in its steps module
  (SHARED_READERS), and the worst set is reported;
- all steps: the full rerun with every step revealed: Continue, Show all, the language
  switch, and widgets whose value other steps read (ui.page.page_wide).
The budget, as README reads it, is checked on the first two: a first view and a change inside
one step. A shared setting is what README's reading puts with the full reruns (a widget whose
value other steps read); rerun_steps makes it cheaper than page_wide, not one step's rerun,
and it is reported, not hidden. All of it is run twice: with runner.postScriptGC off (the
repo's config) and on (Streamlit's default).

    python benchmarks/bench_pages.py [--reruns 25] [--pages loss,outputs]

A benchmark measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import importlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import logging  # noqa: E402

from streamlit import config  # noqa: E402
from streamlit.runtime.scriptrunner import ScriptRunnerEvent  # noqa: E402
from streamlit.runtime.scriptrunner_utils.script_requests import ScriptRequests  # noqa: E402
from streamlit.testing.v1 import AppTest, local_script_runner  # noqa: E402

from explainer.course import PAGES  # noqa: E402
from tests.apptest_utils import open_app  # noqa: E402
from ui.page import SHOWN  # noqa: E402


@contextlib.contextmanager
def fragment_rerun(fragment_ids: list[str]):
    """Make AppTest's next runs fragment reruns of `fragment_ids`, as the browser asks for them
    (one fragment for a widget inside it; several for st.rerun with fragment keys).

    Reaches into Streamlit's private script-request queue (pinned streamlit version): a new
    script runner queues a full run when it is made, which would absorb a fragment request, so
    the queue starts empty and gets only the fragment request.
    """
    runner_cls = local_script_runner.LocalScriptRunner
    original, runners = runner_cls.request_rerun, []

    def request_rerun(self, rerun_data):
        runners.append(self)
        self._requests = ScriptRequests()
        return original(self, dataclasses.replace(rerun_data, fragment_id_queue=list(fragment_ids)))

    runner_cls.request_rerun = request_rerun
    try:
        yield
    finally:
        runner_cls.request_rerun = original
    # Measure only what was asked for: each run must have been a fragment run, not the script.
    if not all(ScriptRunnerEvent.FRAGMENT_STOPPED_WITH_SUCCESS in r.events for r in runners):
        raise RuntimeError("a fragment rerun ran the whole script: this Streamlit version differs")


def step_fragments(at: AppTest) -> list[str]:
    """The ids of the fragments the last full run drew, in the order it drew them (the steps,
    then the share box). Private fragment storage, as in fragment_rerun."""
    storage = at._fragment_storage
    return sorted(storage._fragments, key=storage._registration_sequence_by_id.__getitem__)


def worst_step(at: AppTest, reruns: int) -> tuple[float, int]:
    """The slowest one-step rerun of the page, and which fragment (1-based) it was."""
    times = []
    for fid in step_fragments(at):
        with fragment_rerun([fid]):
            times.append(median_rerun(at, reruns))
    at.run()  # a full run again, for whoever uses `at` next
    worst = max(times)
    return worst, times.index(worst) + 1


def shared_reruns(at: AppTest, page_id: str, reruns: int) -> list[tuple[str, float]]:
    """The rerun of each set of steps that one setting reruns together (the page's
    SHARED_READERS, ui.page.rerun_steps): [(steps, seconds)]. Fragment ids by key: private
    storage, as above."""
    readers = getattr(importlib.import_module(f"steps.{page_id}"), "SHARED_READERS", ())
    drawn = at.session_state[SHOWN][1]
    by_key = at._fragment_storage._ids_by_target_key
    times = []
    for names in readers:
        with fragment_rerun([fid for n in names for fid in by_key[drawn[n]]]):
            times.append(("+".join(names), median_rerun(at, reruns)))
    at.run()
    return times


def median_rerun(at: AppTest, reruns: int) -> float:
    gc.collect()  # start each measurement from the same heap: garbage left by the one before
    # (the warm-up's pages, another page's runs) otherwise lands on the first runs measured
    times = []
    for _ in range(reruns):
        t0 = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - t0)
        if at.exception:
            raise RuntimeError(at.exception[0].message)
    return statistics.median(times)


def baseline(reruns: int) -> float:
    with tempfile.TemporaryDirectory() as d:
        script = Path(d) / "one_line.py"
        script.write_text('import streamlit as st\nst.write("hello")\n')
        at = AppTest.from_file(str(script))
        at.run()
        return median_rerun(at, reruns)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reruns", type=int, default=25)
    ap.add_argument("--pages", default="", help="comma-separated page ids (default: all)")
    ap.add_argument("--tf", action="store_true", help="include the TensorFlow pages")
    args = ap.parse_args()
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # AppTest's bare-mode chatter
    wanted = set(args.pages.split(",")) if args.pages else None
    pages = [p for p in PAGES if (wanted is None or p.id in wanted) and (args.tf or not p.uses_tensorflow)]

    # Warm up, untimed, as the measurement runs (the one-line page, each page's first view and
    # every step): without it the first pass came out 30-40 % slower than the second, the
    # one-line page included (imports, caches, the interpreter's own warming).
    for _ in range(2):
        baseline(5)
        for p in pages:
            for step in (None, "all"):
                median_rerun(open_app(None if p.url_path == "" else p.file, "en", step=step), 5)

    rows = []
    for post_gc in (False, True):
        config.set_option("runner.postScriptGC", post_gc)
        for p in pages:
            # the one-line page measured again beside each page, before and after it: this VM's
            # speed drifts by 10-30 % within minutes, and a ratio is only as good as its two
            # figures being taken at the same time
            before = baseline(args.reruns)
            page_file = None if p.url_path == "" else p.file
            first = median_rerun(open_app(page_file, "en", step=None), args.reruns)
            at = open_app(page_file, "en", step="all")
            whole = median_rerun(at, args.reruns)
            step, which = worst_step(at, args.reruns) if page_file else (0.0, 0)  # home: no fragments
            sets = shared_reruns(at, p.id, args.reruns) if page_file else []
            shared = max((t for _, t in sets), default=0.0)
            readers = " · ".join(f"{t * 1e3:.1f} ({names})" for names, t in sets)
            base = (before + baseline(args.reruns)) / 2
            rows.append((post_gc, p.id, first, step, which, whole, base, shared, readers))

    print(f"median of {args.reruns} reruns per page (AppTest, one process)\n")
    print(
        "| postScriptGC | page | first view (ms) | ratio | one step, worst (ms) | ratio "
        "| shared settings (ms, steps rerun) | worst ratio | all steps (ms) | ratio | one-line page (ms) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for post_gc, pid, first, step, which, whole, base, shared, readers in rows:
        print(
            f"| {'on' if post_gc else 'off'} | {pid} | {first * 1e3:.1f} | {first / base:.2f}× "
            + (f"| {step * 1e3:.1f} (#{which}) | {step / base:.2f}× " if which else "| — | — ")
            + (f"| {readers} | {shared / base:.2f}× " if readers else "| — | — ")
            + f"| {whole * 1e3:.1f} | {whole / base:.2f}× | {base * 1e3:.1f} |"
        )
    ours = [r for r in rows if not r[0]]
    for label, i in (
        ("first view", 2),
        ("one step", 3),
        ("shared setting (reported, as page_wide)", 7),
        ("all steps (not budgeted)", 5),
    ):
        w = max(
            (r for r in ours if (i != 3 or r[4]) and (i != 7 or r[8])),
            key=lambda r, i=i: r[i] / r[6],
            default=None,
        )
        if w is not None:
            print(f"worst {label}, postScriptGC off: {w[1]} {w[i] / w[6]:.2f}×")
    print(
        "budget (README's reading): ≤ 3× for a first view and for a change inside one step; a setting "
        "that several steps read (shared settings) is reported beside the full reruns, as page_wide is"
    )


if __name__ == "__main__":
    main()
