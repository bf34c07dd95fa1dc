"""Rerun cost of every page, as a ratio to a one-line `st.write` page (budget: ≤ 3× for numpy pages).

Each page is opened through streamlit_app.py with AppTest, then rerun R times; the median
rerun time is compared with the same measurement of a script containing only
`st.write("hello")`, all in this one process. Pages reveal their steps as the learner
continues (ui/page.py), so each page is timed twice: as a first visit opens it (its first
step and the Continue button; this is what the budget is checked on) and with every step
revealed (?step=all), which is what a learner who has gone through the whole page reruns.
All of it is run twice: with runner.postScriptGC off (the repo's config) and on
(Streamlit's default), to show what that setting buys.

    python benchmarks/bench_pages.py [--reruns 25] [--pages loss,outputs]

A benchmark measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import logging  # noqa: E402

from streamlit import config  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from explainer.course import PAGES  # noqa: E402
from tests.apptest_utils import open_app  # noqa: E402


def median_rerun(at: AppTest, reruns: int) -> float:
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

    rows = []
    for gc in (False, True):
        config.set_option("runner.postScriptGC", gc)
        base = baseline(args.reruns)
        for p in pages:
            page_file = None if p.url_path == "" else p.file
            first = median_rerun(open_app(page_file, "en", step=None), args.reruns)
            whole = median_rerun(open_app(page_file, "en", step="all"), args.reruns)
            rows.append((gc, p.id, first, whole, base))

    print(f"median of {args.reruns} reruns per page (AppTest, one process)\n")
    print("| postScriptGC | page | first view (ms) | ratio | all steps (ms) | ratio | one-line page (ms) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for gc, pid, first, whole, base in rows:
        print(
            f"| {'on' if gc else 'off'} | {pid} | {first * 1e3:.1f} | {first / base:.2f}× "
            f"| {whole * 1e3:.1f} | {whole / base:.2f}× | {base * 1e3:.1f} |"
        )
    ours = [r for r in rows if not r[0]]
    worst = max(ours, key=lambda r: r[2] / r[4])
    worst_all = max(ours, key=lambda r: r[3] / r[4])
    print(
        f"\nworst ratio with the repo's config (postScriptGC off), first view: {worst[1]} "
        f"{worst[2] / worst[4]:.2f}× (budget ≤ 3×); all steps revealed: {worst_all[1]} "
        f"{worst_all[3] / worst_all[4]:.2f}×"
    )


if __name__ == "__main__":
    main()
