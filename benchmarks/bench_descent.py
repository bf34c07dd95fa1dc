"""Gradient-descent page: how long the numbers behind one rerun take (budget: under 20 ms).

Times, as the median of repeats:
  - a 1,000-step path on the several-valleys curve (explainer.descent_path.run, with labelling);
  - a 200x200 contour grid of a two-weight loss (explainer.optimizers2d.grid);
  - both together, the figure the issue budgets.
It measures and prints; it asserts nothing. Run: python benchmarks/bench_descent.py
"""

from __future__ import annotations

import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explainer import optimizers2d  # noqa: E402
from explainer.curves import CURVES  # noqa: E402
from explainer.descent_path import run  # noqa: E402
from explainer.formula import parse  # noqa: E402

REPEATS = 31
BUDGET_MS = 20.0


def median_ms(fn, repeats: int = REPEATS) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    valleys = CURVES["valleys"]
    formula = parse("w**4/20 - w**2 + w/2 + 5").curve()
    surface = optimizers2d.SURFACES["ravine"]
    path_ms = median_ms(lambda: run(valleys, 4.0, 0.05, 1000))
    formula_ms = median_ms(lambda: run(formula, 4.0, 0.01, 1000))
    grid_ms = median_ms(lambda: optimizers2d.grid(surface, 200))
    both_ms = median_ms(lambda: (run(valleys, 4.0, 0.05, 1000), optimizers2d.grid(surface, 200)))
    opt_ms = median_ms(lambda: optimizers2d.run_all(surface, surface.start, 0.3, 500))
    lines = [
        f"machine: {platform.machine()}, python {platform.python_version()}, median of {REPEATS} runs",
        f"1,000-step path (several valleys, built-in slope): {path_ms:.2f} ms",
        f"1,000-step path (typed formula, numeric slope):    {formula_ms:.2f} ms",
        f"200x200 contour grid (ravine):                     {grid_ms:.2f} ms",
        f"path + grid together:                              {both_ms:.2f} ms  "
        f"(budget {BUDGET_MS:.0f} ms: {both_ms / BUDGET_MS:.2f} of it)",
        f"SGD + momentum + Adam, 500 steps each:             {opt_ms:.2f} ms",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
