"""Cached content of the knobs page, shared by every session (see ui/shared_cache.py).

The toy points are fixed, so everything the page shows depends only on the knobs (w1, w2, b),
the training history and the language: figures (with their catalog texts) are built once per
distinct input and handed out read-only. Never change what is returned from here: it is shared.
"""

from __future__ import annotations

import numpy as np

import catalog
from explainer.figures import knobs as charts
from explainer.figures.decision_svg import decision_svg
from explainer.figures.picture import picture_html
from explainer.grouping import kmeans
from explainer.knobs import Step, error, toy_points, wrong
from ui.shared_cache import cached, freeze

PAGE = "knobs"
KNOBS = ("w1", "w2", "b")
X, Y = toy_points(20, seed=0)  # the toy task, the same 40 points for everyone: X (40, 2), y (40,)
SHADING = "linear-gradient(90deg, #c6dbef, #ffffff, #fdd0a2)"  # the legend's swatch of p: 0, 0.5, 1
X.setflags(write=False)
Y.setflags(write=False)


def _text(name: str, lg: str, **fields) -> str:
    return catalog.text(f"{PAGE}.{name}", lg, **fields)


def scores(w1: float, w2: float, b: float) -> tuple[float, int]:
    """(error E, how many points are called wrong) for these knobs (~20 µs: cheaper than a cache)."""
    return error(X, Y, w1, w2, b), int(wrong(X, Y, w1, w2, b).sum())


@cached(256)
def decision_view(w1: float, w2: float, b: float, lg: str):
    """The points over the shading of p for these knobs (an SVG picture with its legend, HTML for
    st.html), the error, how many points are called wrong."""
    names = [_text(f"legend.{n}", lg) for n in ("blue", "orange", "wrong", "boundary", "p")]
    svg = decision_svg(X, Y, w1, w2, b, x_title=_text("axis.x1", lg), y_title=_text("axis.x2", lg))
    legend = [(charts.BLUE, names[0], "dot"), (charts.ORANGE, names[1], "dot"), ("#333333", names[2], "cross"),
              ("#000000", names[3], "dashed"), (SHADING, names[4], "square")]  # fmt: skip
    alt = _text("decision_alt", lg)
    return (picture_html(svg, legend, alt, 404, kind="decision"), *scores(w1, w2, b))


@cached(64)
def history_figs(history: bytes, lg: str):
    """The error and the knobs over a training history packed by history_bytes (read-only)."""
    steps = [Step(*row) for row in np.frombuffer(history, dtype=np.float64).reshape(-1, 4).tolist()]
    x_title = _text("axis.step", lg)
    err = charts.error_figure(steps, x_title=x_title, y_title=_text("metric.error", lg))
    names = [_text(f"knob.{k}", lg) for k in KNOBS]
    path = charts.knob_path_figure(steps, names=names, x_title=x_title, y_title=_text("axis.value", lg))
    return freeze(err), freeze(path)


@cached(4)
def learning_figs(lg: str):
    """Supervised (the points with their colours) and unsupervised (k-means groups), read-only."""
    groups, centres = kmeans(X, k=2, seed=0)
    axes = dict(x_title=_text("axis.x1", lg), y_title=_text("axis.x2", lg))
    names = [_text("legend.blue", lg), _text("legend.orange", lg)]
    labelled = charts.labelled_figure(X, Y, names=names, **axes)
    names = [_text("legend.group", lg, n=1), _text("legend.group", lg, n=2), _text("legend.centre", lg)]
    return freeze(labelled), freeze(charts.grouped_figure(X, groups, centres, names=names, **axes))


def history_bytes(history) -> bytes:
    """A training history [(w1, w2, b, error), ...] as bytes: a cheap, exact cache key."""
    return np.asarray(history, dtype=np.float64).tobytes()
