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
from ui.shared_cache import cached

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
def history_view(history: bytes, lg: str) -> tuple[str, str]:
    """The error and the knobs over a training history packed by history_bytes: two pictures
    with their legends (HTML for st.html)."""
    steps = [Step(*row) for row in np.frombuffer(history, dtype=np.float64).reshape(-1, 4).tolist()]
    x_title = _text("axis.step", lg)
    first, last = steps[0], steps[-1]
    err = charts.error_svg(steps, x_title=x_title, y_title=_text("metric.error", lg))
    err_alt = _text("error_alt", lg, n=len(steps) - 1, start=f"{first.error:.3f}", end=f"{last.error:.3f}")
    path = charts.knob_path_svg(steps, x_title=x_title, y_title=_text("axis.value", lg))
    names = [_text(f"knob.{k}", lg) for k in KNOBS]
    moved = ", ".join(
        f"{name} {getattr(first, k):.2f} → {getattr(last, k):.2f}"
        for name, k in zip(names, KNOBS, strict=True)
    )
    legend = [(c, name, "line") for c, name in zip(charts.KNOB_COLOURS, names, strict=True)]
    return (
        picture_html(err, [], err_alt, 440, kind="knobs-error"),
        picture_html(path, legend, _text("path_alt", lg, moved=moved), 440, kind="knobs-path"),
    )


@cached(4)
def learning_view(lg: str) -> tuple[str, str]:
    """Supervised (the points with their colours) and unsupervised (k-means groups): two
    pictures with their legends (HTML for st.html)."""
    groups, centres = kmeans(X, k=2, seed=0)
    axes = dict(x_title=_text("axis.x1", lg), y_title=_text("axis.x2", lg))
    labelled = charts.labelled_svg(X, Y, **axes)
    legend = [
        (charts.BLUE, _text("legend.blue", lg), "dot"),
        (charts.ORANGE, _text("legend.orange", lg), "dot"),
    ]
    grouped = charts.grouped_svg(X, groups, centres, **axes)
    marks = [
        (charts.GREY, _text("legend.group", lg, n=g + 1), charts.GROUP_MARKS[g]) for g in range(len(centres))
    ]
    marks.append((charts.CENTRE, _text("legend.centre", lg), "star"))
    return (
        picture_html(labelled, legend, _text("supervised_alt", lg, n=len(X)), 400, kind="knobs-supervised"),
        picture_html(
            grouped,
            marks,
            _text("unsupervised_alt", lg, n=len(X), k=len(centres)),
            420,
            kind="knobs-unsupervised",
        ),
    )


def history_bytes(history) -> bytes:
    """A training history [(w1, w2, b, error), ...] as bytes: a cheap, exact cache key."""
    return np.asarray(history, dtype=np.float64).tobytes()
