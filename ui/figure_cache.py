"""Caching figures across reruns and sessions: the tool every chart page uses.

A page's figures depend only on a few simple values (a slider, a choice, the texts drawn on
it). Built once per distinct input with `cached(n)` (st.cache_resource, shared by every
session, at most n entries) and made read-only with `freeze`, a rerun that changed nothing
costs only st.plotly_chart's serialisation: no plotly validation, no rebuilding.

    @cached(64)
    def bars(p: tuple, labels: dict):
        return freeze(explainer.output_charts.bars(np.array(p), labels))

Cached figures are shared: st.plotly_chart only reads them (to_dict makes a copy). Never
change a figure returned from a cached function; build a new one instead. Cache keys must be
cheap to hash: tuples of floats, short strings, small dicts; pack arrays with `.tobytes()`.
"""

from __future__ import annotations

import json

import plotly.graph_objects as go
import streamlit as st


def cached(max_entries: int):
    return st.cache_resource(max_entries=max_entries, show_spinner=False)


class ReadOnlyFigure(go.Figure):
    """A cached figure whose dict form is made once.

    st.plotly_chart calls to_dict() on every rerun, which deep-copies the figure and packs
    its arrays again (about 2 ms for the animation). Here to_dict() returns a fresh copy
    parsed from JSON made when the figure was cached: the same content, ~10x faster.
    """

    def to_dict(self) -> dict:
        return json.loads(self._spec)


def freeze(fig: go.Figure) -> go.Figure:
    """Make a just-built, never-again-changed figure a ReadOnlyFigure (left as is if not JSON-able).

    Animation frames are plain JSON-able dicts (explainer.descent_figures.animation_figure):
    they are written as they are, since plotly's to_dict would copy them and look for arrays
    to pack in each of their thousands of values (~100 ms for 200 frames).
    """
    frames, fig._frame_objs = fig._frame_objs, ()
    try:
        d = fig.to_dict()  # a deep copy, its numpy arrays packed as plotly.js typed arrays
        if frames:
            d["frames"] = [f._props for f in frames]  # read by json.dumps only
        spec = json.dumps(d)
    except TypeError:  # an array plotly could not pack, or a numpy array in a frame: keep the figure as it is
        return fig
    finally:
        fig._frame_objs = frames
    fig.__class__ = ReadOnlyFigure
    fig._spec = spec
    return fig
