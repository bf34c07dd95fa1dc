"""Caching figures across reruns and sessions: the tool every chart page uses.

A page's figures depend only on a few simple values (a slider, a choice, the texts drawn on
it). Built once per distinct input with `cached(n)` (st.cache_resource, shared by every
session, at most n entries) and made read-only with `freeze`, a rerun that changed nothing
costs only st.plotly_chart's serialisation: no plotly validation, no rebuilding.

    @cached(64)
    def bars(p: tuple, labels: dict):
        return freeze(explainer.output_charts.bars(np.array(p), labels))

Cached figures are shared and read-only: to_dict() returns the same dict every time, which
st.plotly_chart only reads (a test guards that). Never change a figure returned from a cached
function, nor its to_dict(); build a new one instead. Cache keys should be hashable and cheap
to hash: numbers, short strings, tuples, bytes (pack arrays with `.tobytes()`), and call
cached functions with them. Then a lookup is a dict lookup (~2 µs); unhashable arguments (a
dict, an array) still work, through st.cache_resource, at ~0.1-0.25 ms a call.
"""

from __future__ import annotations

import functools
import json

import plotly.graph_objects as go
import streamlit as st


def cached(max_entries: int):
    """Share a pure function's results between reruns and sessions, at most max_entries of them.

    Hashable arguments go through functools.lru_cache (process-wide, least recently used
    dropped first). st.cache_resource would hash every argument and inspect the signature
    on every call, which cost 0.1-0.25 ms per lookup, several per rerun. Unhashable
    arguments fall back to st.cache_resource. Like both, errors are not cached.
    """

    def decorate(fn):
        fast = functools.lru_cache(maxsize=max_entries)(fn)
        slow = st.cache_resource(max_entries=max_entries, show_spinner=False)(fn)

        @functools.wraps(fn)
        def call(*args, **kwargs):
            try:
                hash((args, tuple(kwargs.items())))
            except TypeError:  # a dict or an array among the arguments
                return slow(*args, **kwargs)
            return fast(*args, **kwargs)

        def clear() -> None:
            fast.cache_clear()
            slow.clear()

        call.clear = clear
        return call

    return decorate


class ReadOnlyFigure(go.Figure):
    """A cached figure whose dict form is made once and shared.

    st.plotly_chart calls to_dict() on every rerun, which deep-copies the figure and packs
    its arrays again (about 2 ms for the animation); even parsing a stored JSON copy costs
    0.1-0.3 ms a chart. Here to_dict() returns the one plain dict made when the figure was
    frozen. st.plotly_chart only reads it (plotly.io.to_json passes a dict through and pops
    each trace's "uid", which freeze has already removed). Do not change it.
    """

    def to_dict(self) -> dict:
        return self._dict


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
        for trace in d.get("data", []):
            trace.pop("uid", None)
        d = json.loads(json.dumps(d))  # plain JSON values only: nothing shared with the figure
    except TypeError:  # an array plotly could not pack, or a numpy array in a frame: keep the figure as it is
        return fig
    finally:
        fig._frame_objs = frames
    fig.__class__ = ReadOnlyFigure
    fig._dict = d
    return fig
