"""Rerun cost of every page, as a ratio to a one-line `st.write` page (budget: ≤ 3× for numpy pages).

Each page is opened through streamlit_app.py with AppTest, then rerun R times; the median
rerun time is compared with the same measurement of a script containing only
`st.write("hello")`, all in this one process. It is run twice: with runner.postScriptGC
off (the repo's config) and on (Streamlit's default), to show what that setting buys.

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
            at = open_app(None if p.url_path == "" else p.file, "en")
            med = median_rerun(at, args.reruns)
            rows.append((gc, p.id, med, med / base, base))

    print(f"median of {args.reruns} reruns per page (AppTest, one process)\n")
    print("| postScriptGC | page | rerun (ms) | one-line page (ms) | ratio |")
    print("|---|---|---:|---:|---:|")
    for gc, pid, med, ratio, base in rows:
        print(f"| {'on' if gc else 'off'} | {pid} | {med * 1e3:.1f} | {base * 1e3:.1f} | {ratio:.2f}× |")
    worst = max((r for r in rows if not r[0]), key=lambda r: r[3])
    print(
        f"\nworst ratio with the repo's config (postScriptGC off): {worst[1]} {worst[3]:.2f}× (budget ≤ 3×)"
    )


if __name__ == "__main__":
    main()
