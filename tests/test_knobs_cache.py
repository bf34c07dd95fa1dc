"""The knobs page's figures: built as plain dicts that plotly accepts unchanged, and cached
copies (steps/knobs.py) that send exactly what a freshly built figure sends."""

import base64
import json
import re
from html import escape

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from catalog import text
from explainer.figures import knobs as charts
from explainer.figures.decision_svg import decision_svg
from explainer.grouping import kmeans
from explainer.knobs import Step, toy_points, train
from steps import knobs_cache as cache
from ui.shared_cache import ReadOnlyFigure

X, Y = toy_points(20, seed=0)
H = train(X, Y, -1.0, 0.5, 0.5, lr=1.0, steps=20)
G, C = kmeans(X, 2, seed=0)


def as_json(fig) -> dict:
    """What st.plotly_chart sends to the browser (arrays packed)."""
    return json.loads(pio.to_json(fig.to_dict(), validate=False))


FIGS = {
    "error": charts.error_figure(H, x_title="X", y_title="Y"),
    "path": charts.knob_path_figure(H, names=list("abc"), x_title="X", y_title="Y"),
    "labelled": charts.labelled_figure(X, Y, names=list("ab"), x_title="X", y_title="Y"),
    "grouped": charts.grouped_figure(X, G, C, names=list("abc"), x_title="X", y_title="Y"),
}


@pytest.mark.parametrize("name", FIGS)
def test_plotly_accepts_the_dict_built_figure_unchanged(name):
    """Validating a knobs figure with plotly raises nothing and changes nothing the browser gets."""
    fig = FIGS[name]
    assert as_json(go.Figure(fig.to_dict())) == as_json(fig)


def test_cached_decision_picture_equals_the_built_one():
    """decision_view is shared, and shows decision_svg's picture with the catalog's texts; its
    error and wrong count are those of explainer.knobs."""
    html, err, n = cache.decision_view(-1.0, 0.5, 0.5, "en")
    assert cache.decision_view(-1.0, 0.5, 0.5, "en")[0] is html
    svg = decision_svg(
        X, Y, -1.0, 0.5, 0.5, x_title=text("knobs.axis.x1", "en"), y_title=text("knobs.axis.x2", "en")
    )
    shown = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', html).group(1)
    assert base64.b64decode(shown).decode() == svg
    for n_ in ("blue", "orange", "wrong", "boundary", "p"):
        assert escape(text(f"knobs.legend.{n_}", "en")) in html
    assert err == pytest.approx(H[0].error) and 0 < n < len(Y)


def test_cached_history_figures_equal_the_built_ones():
    """history_figs of a packed history sends the same error and knob-path figures."""
    rows = [(s.w1, s.w2, s.b, s.error) for s in H]
    err, path = cache.history_figs(cache.history_bytes(rows), "zh")
    assert [Step(*r) for r in rows] == H
    step, value = text("knobs.axis.step", "zh"), text("knobs.axis.value", "zh")
    names = [text(f"knobs.knob.{k}", "zh") for k in ("w1", "w2", "b")]
    assert as_json(err) == as_json(
        charts.error_figure(H, x_title=step, y_title=text("knobs.metric.error", "zh"))
    )
    assert as_json(path) == as_json(charts.knob_path_figure(H, names=names, x_title=step, y_title=value))
    assert isinstance(err, ReadOnlyFigure) and isinstance(path, ReadOnlyFigure)


def test_cached_learning_figures_equal_the_built_ones():
    """learning_figs sends the same supervised and unsupervised figures."""
    labelled, grouped = cache.learning_figs("en")
    axes = dict(x_title=text("knobs.axis.x1", "en"), y_title=text("knobs.axis.x2", "en"))
    names = [text("knobs.legend.blue", "en"), text("knobs.legend.orange", "en")]
    assert as_json(labelled) == as_json(charts.labelled_figure(X, Y, names=names, **axes))
    names = [text("knobs.legend.group", "en", n=1), text("knobs.legend.group", "en", n=2)]
    names.append(text("knobs.legend.centre", "en"))
    assert as_json(grouped) == as_json(charts.grouped_figure(X, G, C, names=names, **axes))


def test_scores_match_the_explainer():
    """The page's error and wrong count are explainer.knobs.error and wrong for the toy points."""
    err, n = cache.scores(-1.0, 0.5, 0.5)
    assert err == pytest.approx(H[0].error) and 0 < n < len(Y)
