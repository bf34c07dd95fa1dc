"""Figures for the inputs page: the image with the crop marked, and the crop's pixel numbers.

Every text on a figure (axis titles) is passed in by the page, from the catalog.
"""

from __future__ import annotations

import base64
import io

import numpy as np
import plotly.graph_objects as go
from PIL import Image

CHANNEL_COLOURS = ("#d62728", "#2ca02c", "#1f77b4")


def _png_uri(a: np.ndarray) -> str:
    """An image array as a data: URI (a small PNG, far lighter than a list of numbers)."""
    buf = io.BytesIO()
    Image.fromarray(np.asarray(a, dtype=np.uint8)).convert("RGB").save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _axes(fig: go.Figure, x_title: str, y_title: str, height: int) -> go.Figure:
    fig.update_xaxes(title_text=x_title, showgrid=False, constrain="domain")
    fig.update_yaxes(title_text=y_title, showgrid=False, scaleanchor="x", scaleratio=1, constrain="domain")
    fig.update_layout(height=height, margin=dict(l=10, r=10, t=10, b=10), showlegend=False)
    return fig


def image_with_box(
    a, top: int, left: int, n: int, *, x_title: str, y_title: str, height: int = 380
) -> go.Figure:
    """The whole image (grey (H, W) or RGB (H, W, 3)) with a red square around the n x n crop."""
    a = np.asarray(a, dtype=np.uint8)
    fig = go.Figure(go.Image(source=_png_uri(a), hoverinfo="skip"))
    fig.add_shape(
        type="rect",
        x0=left - 0.5,
        x1=left + n - 0.5,
        y0=top - 0.5,
        y1=top + n - 0.5,
        line=dict(color="red", width=3),
    )
    fig = _axes(fig, x_title, y_title, height)
    fig.update_yaxes(autorange="reversed")
    return fig


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
        text = np.char.add(
            np.char.add(
                np.char.add(c[..., 0].astype(str), "<br>"), np.char.add(c[..., 1].astype(str), "<br>")
            ),
            c[..., 2].astype(str),
        )
        lum = c.astype(float) @ np.array([0.299, 0.587, 0.114])
        rgb = c
    fig = go.Figure(go.Image(z=rgb, x0=left, y0=top, dx=1, dy=1, hoverinfo="skip"))
    cell = (height - 80) / max(n_rows, n_cols)  # pixels per square on screen, roughly
    size = int(min(16, cell / 2.6) if c.ndim == 2 else min(12, cell / 4.2))  # 3 lines must fit in RGB
    fig.add_scatter(
        x=xx.ravel(),
        y=yy.ravel(),
        mode="text",
        text=text.ravel(),
        hoverinfo="skip",
        textfont=dict(size=size, color=_text_colour(lum).ravel().tolist()),
    )
    fig = _axes(fig, x_title, y_title, height)
    fig.update_xaxes(tickmode="array", tickvals=cols, range=[left - 0.5, left + n_cols - 0.5])
    fig.update_yaxes(tickmode="array", tickvals=rows, range=[top + n_rows - 0.5, top - 0.5])
    return fig


def vector_strip(values, *, channel_names, x_title: str, y_title: str, height: int = 260) -> go.Figure:
    """The first numbers of the flattened vector as bars, coloured by the channel each came from."""
    v = np.asarray(values, dtype=np.float64)  # (m,)
    pos = np.arange(v.size)
    fig = go.Figure()
    for ch in range(3):
        m = pos % 3 == ch
        fig.add_bar(x=pos[m], y=v[m], name=channel_names[ch], marker_color=CHANNEL_COLOURS[ch])
    fig.update_layout(
        height=height,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis_title=x_title,
        yaxis_title=y_title,
        bargap=0.1,
        legend=dict(orientation="h", y=1.15, x=0),
    )
    fig.update_yaxes(range=[0, 260])
    return fig
