"""The loss after each step of gradient descent, as SVG pictures (explainer/figures/svg_plot.py):
one run on one weight (loss_steps_svg), or the optimizers' runs side by side (losses_svg).

The loss axis is logarithmic (log10 L, ticked at powers of ten) when every loss is positive
and they span over two decades (`log_axis`): a run that falls from 9 to 0.001 then shows
its whole descent, not a cliff and a flat line. A loss that is not finite (a run that
diverged) is left out and its line ends there.

Why pictures: a chart a learner only looks at needs no charting code in the browser, and the
gradient-descent page draws many (benchmarks/RESULTS.md).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explainer.figures.svg_plot import Series, plot_svg


def log_axis(loss) -> bool:
    """A log axis when every loss is positive and they span over two decades."""
    loss = np.asarray(loss, dtype=np.float64)
    return bool(loss.size and np.all(loss > 0) and loss.max() / loss.min() > 100)


def loss_steps_svg(loss, colour: str, labels: Mapping[str, str], height: int = 360) -> str:
    """Loss after each step (step 0 = the start) of one run, a dot per step."""
    loss = np.asarray(loss, dtype=np.float64)  # (steps + 1,)
    line = Series(np.arange(loss.size), loss, colour, marker="dot", size=3)
    return plot_svg([line], x_title=labels["step"], y_title=labels["loss"], width=330, height=height,
                    y_log=log_axis(loss), x_integers=True)  # fmt: skip


def losses_svg(losses: Mapping[str, np.ndarray], colours: Mapping[str, str], labels: Mapping[str, str],
               height: int = 300) -> str:  # fmt: skip
    """Loss per step for each optimizer on one chart, in `colours` (a log axis when every loss of
    every run is positive and they span over two decades)."""
    every = np.concatenate([np.asarray(v, float) for v in losses.values()]) if losses else np.zeros(0)
    lines = [Series(np.arange(len(v)), v, colours[k]) for k, v in losses.items()]
    return plot_svg(lines, x_title=labels["step"], y_title=labels["loss"], width=720, height=height,
                    y_log=log_axis(every), x_integers=True)  # fmt: skip
