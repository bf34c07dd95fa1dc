"""Every private plotly access of explainer/figures/plotly_internals.py still works.

A failure here means a plotly upgrade removed or changed one of them: read the module's
docstring, find the new way, and update the pin in requirements.txt.
"""

from __future__ import annotations

import json

import plotly
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from explainer.figures import plotly_internals as internals
from tests.apptest_utils import ROOT, in_fresh_python
from tests.test_streamlit_internals import pinned_minor

DATA = [{"type": "scatter", "x": [0, 1], "y": [1, 0]}]
FRAMES = [{"name": "0", "data": [{"x": [0], "y": [1]}]}, {"name": "1", "data": [{"x": [1], "y": [0]}]}]


def test_installed_plotly_is_the_pinned_minor():
    """The private accesses were checked on the pinned minor version."""
    assert plotly.__version__.startswith(pinned_minor("plotly") + ".")


def test_unvalidated_figure_skips_validation_but_keeps_the_content():
    """`_validate=False` builds without checking values (a height plotly would refuse passes), and
    to_dict keeps the content."""
    with pytest.raises(ValueError):
        go.Figure({"data": DATA, "layout": {"height": -5}})  # validated: refused
    fig = internals.unvalidated_figure(DATA, {"height": -5}, FRAMES)
    d = fig.to_dict()
    assert d["layout"]["height"] == -5
    assert [f["name"] for f in d["frames"]] == ["0", "1"]
    assert list(d["data"][0]["x"]) == [0, 1]


def test_frames_detach_and_reattach():
    """`_frame_objs` holds the frames and `frame._props` is each frame's plain dict."""
    fig = internals.unvalidated_figure(DATA, {}, FRAMES)
    frames = internals.detach_frames(fig)
    assert frames == FRAMES and "frames" not in fig.to_dict()
    internals.reattach_frames(fig, frames)
    assert [f["name"] for f in fig.to_dict()["frames"]] == ["0", "1"]


def test_read_only_figure_serves_its_frozen_dict():
    """After make_read_only, to_dict() and plotly.io.to_json (what st.plotly_chart calls) use the
    one frozen dict; the object is still a go.Figure."""
    fig = internals.unvalidated_figure(DATA, {"height": 200})
    frozen = json.loads(json.dumps({"data": [{"type": "bar", "x": [1]}], "layout": {"height": 99}}))
    ro = internals.make_read_only(fig, frozen)
    assert isinstance(ro, go.Figure) and ro.to_dict() is frozen
    assert json.loads(pio.to_json(ro, validate=False))["layout"]["height"] == 99


# A pandas that stays half-imported until told: its module body waits on an event.
SLOW_PANDAS = """
import builtins
builtins.pandas_started.set()
builtins.pandas_release.wait(30)
class Series: ...
class Index: ...
"""

# One thread imports that pandas; meanwhile the main thread builds a validated figure (plotly's
# validators peek at pandas) and serialises it with both of plotly's JSON engines (what
# st.plotly_chart calls does the same peek).
CHART_DURING_PANDAS_IMPORT = """
import builtins, sys, threading
sys.path[:0] = [{fake!r}, {root!r}]
builtins.pandas_started, builtins.pandas_release = threading.Event(), threading.Event()
import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
from explainer.figures import plotly_internals
if {guard}:
    plotly_internals.ignore_unfinished_imports()
    plotly_internals.ignore_unfinished_imports()  # idempotent
def chart():
    fig = go.Figure(go.Scatter(x=np.arange(3.0), y=np.array([1.0, 4.0, 2.0])))
    return [pio.to_json(fig, engine=e) for e in ("json", "orjson")]

before = chart()  # no pandas at all
importer = threading.Thread(target=__import__, args=("pandas",))
importer.start()
assert builtins.pandas_started.wait(10)
try:
    assert plotly_internals.importing(sys.modules["pandas"])
    print("DRAWN", "same" if chart() == before else "different")
except Exception as e:
    print("FAILED", type(e).__name__, e)
finally:
    builtins.pandas_release.set()
    importer.join()
print("IMPORTING AFTER", plotly_internals.importing(sys.modules["pandas"]))
"""


@pytest.mark.parametrize("guard", [True, False])
def test_a_chart_is_drawn_while_another_thread_imports_pandas(tmp_path, guard):
    """With ignore_unfinished_imports(), a figure built and serialised while pandas is half-imported
    is the figure it would be otherwise; without it plotly fails on the half-made module (if this
    ever passes unguarded, plotly stopped peeking and the guard can go)."""
    (tmp_path / "pandas").mkdir()
    (tmp_path / "pandas" / "__init__.py").write_text(SLOW_PANDAS)
    code = CHART_DURING_PANDAS_IMPORT.format(fake=str(tmp_path), root=str(ROOT), guard=guard)
    out = in_fresh_python(code)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "IMPORTING AFTER False" in out.stdout
    if guard:
        assert "DRAWN same" in out.stdout, out.stdout
    else:
        assert "FAILED AttributeError" in out.stdout and "pandas" in out.stdout, out.stdout
