"""Every use of plotly's private API in the project, in one place.

Why: the figures are written as plain dicts; plotly's validation of every property cost about
50x the build (benchmarks/bench_descent.py), and a rerun of a chart page sends figures that
were built once and are shared read-only (ui/shared_cache.py). Three private parts make that
cheap; each is checked by tests/test_plotly_internals.py, which fails loudly (not a silent
fallback) if a plotly upgrade removes it. requirements.txt pins plotly's minor version
(`plotly~=7.1.0`), the one these were tested on.

- `go.Figure(dict, _validate=False)` and `go.Frame(dict, _validate=False)`: build without
  validating;
- `fig._frame_objs` (the figure's frames) and `frame._props` (a frame's plain dict): attach and
  read animation frames without the public setter, which validates each frame (~0.5 ms each);
- `fig.__class__ = cls`: make a built figure a `go.Figure` subclass whose `to_dict()` returns
  one dict made once (st.plotly_chart calls `to_dict()` on every rerun).
- `get_module` as bound in `_plotly_utils.basevalidators`, `_plotly_utils.utils` and
  `plotly.io._json`: whenever plotly builds or serialises a figure it asks
  `get_module("pandas", should_load=False)`, which is `sys.modules.get("pandas")`; while
  another thread is importing pandas that is a half-made module, and the figure fails
  ("partially initialized module 'pandas' has no attribute ..."). `ignore_unfinished_imports()`
  makes those lookups answer None for a module still being imported (its
  `__spec__._initializing`, set by Python's import system while the module's code runs): no
  value can be an object of a module that is not imported yet, so the figure is the same.
  narwhals, which plotly also asks, makes the same check itself (narwhals/dependencies.py,
  its issue #4067). It lets a page draw charts while the warm-up thread imports pandas
  (background/warm_imports.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from types import ModuleType

import plotly.graph_objects as go


def unvalidated_figure(data: list[dict], layout: dict, frames: Sequence[dict] = ()) -> go.Figure:
    """A go.Figure of plain dicts, not validated by plotly (tests check that plotly accepts them)."""
    fig = go.Figure({"data": data, "layout": layout}, _validate=False)
    if frames:
        fig._frame_objs = tuple(go.Frame(f, _validate=False) for f in frames)
    return fig


def detach_frames(fig: go.Figure) -> list[dict]:
    """Take the animation frames off `fig` (so to_dict() skips them) and return them as plain dicts.

    to_dict() would copy the frames and look for arrays to pack in each of their thousands of
    values (~100 ms for 200 frames); the dicts are written as they are instead."""
    frames = [f._props for f in fig._frame_objs]
    fig._frame_objs = ()
    return frames


def reattach_frames(fig: go.Figure, frames: list[dict]) -> None:
    """Put frames taken by detach_frames back on `fig` (unvalidated, as they were)."""
    fig._frame_objs = tuple(go.Frame(f, _validate=False) for f in frames)


class ReadOnlyFigure(go.Figure):
    """A figure whose dict form was made once: to_dict() returns that same dict every time.

    st.plotly_chart only reads it (plotly.io.to_json passes a dict through and pops each
    trace's "uid", which the maker has already removed). Never change it.
    """

    def to_dict(self) -> dict:
        return self._frozen  # set by make_read_only (a figure takes only "_" names as attributes)


def make_read_only(fig: go.Figure, frozen: dict) -> ReadOnlyFigure:
    """Turn `fig` (built, never changed again) into a ReadOnlyFigure serving `frozen`."""
    fig.__class__ = ReadOnlyFigure
    fig._frozen = frozen
    return fig


def importing(module: ModuleType) -> bool:
    """True while Python's import system is still running `module`'s code (in any thread)."""
    return bool(getattr(getattr(module, "__spec__", None), "_initializing", False))


def _finished_only(get_module: Callable) -> Callable:
    def get_finished_module(name: str, should_load: bool = True) -> ModuleType | None:
        if not should_load:  # plotly's peek at sys.modules: a half-made module counts as absent
            module = sys.modules.get(name)
            return None if module is None or importing(module) else module
        return get_module(name, should_load)  # a real import waits for the importing thread

    get_finished_module.finished_only = True
    return get_finished_module


def ignore_unfinished_imports() -> None:
    """Make plotly treat a module another thread is still importing as not imported (idempotent).

    Call it before a thread imports pandas while other threads may build figures."""
    from _plotly_utils import basevalidators, utils
    from plotly.io import _json

    for module in (basevalidators, utils, _json):
        if not getattr(module.get_module, "finished_only", False):
            module.get_module = _finished_only(module.get_module)
