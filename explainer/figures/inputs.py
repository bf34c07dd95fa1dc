"""Figures for the inputs page: the crop's pixel numbers and the first numbers of the flattened vector.

Every text on a figure (axis titles) is passed in by the page, from the catalog.
Figures are written as plain dicts and wrapped without plotly's per-property validation
(as explainer/figures/gradient_descent.py does): validating cost far more than building them.
tests/test_pixels.py checks that plotly accepts them unchanged.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from explainer.figures.margins import ROOM
from explainer.figures.plotly_internals import unvalidated_figure

CHANNEL_COLOURS = ("#d62728", "#2ca02c", "#1f77b4")
_IMAGE_MARGIN = {"l": 16, "r": 10, "t": 18, "b": 74}  # room for the labels (explainer/figures/margins.py)


def _square_axes(x_title: str, y_title: str) -> tuple[dict, dict]:
    """x and y axes without grid, one screen unit per pixel on both (scaleanchor)."""
    x = {"title": {"text": x_title}, "showgrid": False, "constrain": "domain"}
    y = {
        "title": {"text": y_title},
        "showgrid": False,
        "scaleanchor": "x",
        "scaleratio": 1,
        "constrain": "domain",
    }
    return x, y


def _figure(data: list[dict], layout: dict) -> go.Figure:
    return unvalidated_figure(data, layout)


def _text_colour(grey_value: np.ndarray) -> np.ndarray:
    return np.where(grey_value > 140, "black", "white")


def pixel_grid(crop, top: int, left: int, *, x_title: str, y_title: str, height: int = 520) -> go.Figure:
    """The crop, one square per pixel, with its numbers written on it.

    Grey (n, n): one number per square. RGB (n, n, 3): three numbers per square, R over G over B.
    Tick labels are the pixels' row and column in the whole image.
    """
    c = np.asarray(crop, dtype=np.uint8)
    n_rows, n_cols = c.shape[:2]
    cols = np.arange(left, left + n_cols)
    rows = np.arange(top, top + n_rows)
    xx, yy = np.meshgrid(cols, rows)  # (n, n) each
    if c.ndim == 2:
        text = c.astype(str)
        lum = c.astype(float)
        rgb = np.repeat(c[..., None], 3, axis=2)
    else:
        r, g, b = (c[..., i].astype(str) for i in range(3))
        text = np.char.add(np.char.add(np.char.add(r, "<br>"), np.char.add(g, "<br>")), b)
        lum = c.astype(float) @ np.array([0.299, 0.587, 0.114])
        rgb = c
    cell = (height - 80) / max(n_rows, n_cols)  # pixels per square on screen, roughly
    size = int(min(16, cell / 2.6) if c.ndim == 2 else min(12, cell / 4.2))  # 3 lines must fit in RGB
    image = {"type": "image", "z": rgb, "x0": left, "y0": top, "dx": 1, "dy": 1, "hoverinfo": "skip"}
    numbers = {
        "type": "scatter",
        "x": xx.ravel(),
        "y": yy.ravel(),
        "mode": "text",
        "text": text.ravel().tolist(),
        "hoverinfo": "skip",
        "textfont": {"size": size, "color": _text_colour(lum).ravel().tolist()},
    }
    xaxis, yaxis = _square_axes(x_title, y_title)
    layout = {
        "xaxis": {**xaxis, "tickmode": "array", "tickvals": cols, "range": [left - 0.5, left + n_cols - 0.5]},
        "yaxis": {**yaxis, "tickmode": "array", "tickvals": rows, "range": [top + n_rows - 0.5, top - 0.5]},
        "margin": _IMAGE_MARGIN,
        "height": height,
        "showlegend": False,
    }
    return _figure([image, numbers], layout)


def vector_strip(values, *, channel_names, x_title: str, y_title: str, height: int = 260) -> go.Figure:
    """The first numbers of the flattened vector as bars, coloured by the channel each came from."""
    v = np.asarray(values, dtype=np.float64)  # (m,)
    pos = np.arange(v.size)
    data = [
        {
            "type": "bar",
            "x": pos[pos % 3 == ch],
            "y": v[pos % 3 == ch],
            "name": channel_names[ch],
            "marker": {"color": CHANNEL_COLOURS[ch]},
        }
        for ch in range(3)
    ]
    layout = {
        "margin": ROOM | {"l": 80, "t": 36},  # its legend sits just above the bars
        "legend": {"orientation": "h", "y": 1.15, "x": 0},
        "height": height,
        "xaxis": {"title": {"text": x_title}},
        "yaxis": {"title": {"text": y_title}, "range": [0, 260]},
        "bargap": 0.1,
    }
    return _figure(data, layout)
