"""CPU cost of one rerun of the gradient-descent page, per step, in AppTest.

    python benchmarks/bench_descent_rerun.py [--root DIR] [--runs N]

Times every step of app_pages/gradient_descent.py (ui.page.guarded) over N reruns with
unchanged inputs (median), then the first rerun after each of a few widget changes.
--root runs the same measurement on another checkout (e.g. an older commit) for a before/after.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

CHANGES = (  # (label, widget kind, key, new value)
    ("lr 0.1 -> 0.05", "select_slider", "gradient_descent.lr", 0.05),
    ("steps 30 -> 200", "number_input", "gradient_descent.steps", 200),
    ("steps 200 -> 300", "number_input", "gradient_descent.steps", 300),
    ("beta 0.9 -> 0.5", "slider", "gradient_descent.beta", 0.5),
    ("two-weight step 0 -> 5", "slider", "gradient_descent.at", 5),
    ("worked example w", "number_input", "gradient_descent.ex_w", 0.4),
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    sys.path.insert(0, args.root)
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    import ui.page as page
    from tests.apptest_utils import open_app

    guarded, times = page.guarded, {}

    def timed(step):
        t = time.perf_counter()
        guarded(step)
        times[step.__name__] = time.perf_counter() - t

    page.guarded = timed
    at = open_app("app_pages/gradient_descent.py", "en")
    at.run()
    per_step: dict[str, list[float]] = {}
    for _ in range(args.runs):
        times.clear()
        at.run()
        for name, s in times.items():
            per_step.setdefault(name, []).append(s * 1000)
    print(f"rerun with unchanged inputs, median of {args.runs} (ms):")
    medians = {name: statistics.median(v) for name, v in per_step.items()}
    for name, ms in medians.items():
        print(f"  {name:16s} {ms:7.1f}")
    print(f"  {'all steps':16s} {sum(medians.values()):7.1f}")
    print("first rerun after changing one widget (ms, all steps):")
    for label, kind, key, value in CHANGES:
        getattr(at, kind)(key=key).set_value(value)
        times.clear()
        at.run()
        top = max(times, key=times.get)
        print(f"  {label:24s} {sum(times.values()) * 1000:7.1f}  (largest: {top} {times[top] * 1000:.1f})")


if __name__ == "__main__":
    main()
