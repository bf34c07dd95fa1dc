"""Figures for the black-box page: several boxes' answers to the same image, side by side.

Every text on a figure (axis titles, legend names) is passed in by the page, from the catalog.
"""

from __future__ import annotations

import plotly.graph_objects as go

from explainer.checks import finite_array
from explainer.figures.margins import ROOM

BOX_COLOURS = ("#1f77b4", "#9e9e9e", "#2ca02c", "#ff7f0e")  # one per box, in the order given


def compare_boxes(names, answers, *, x_title: str, y_title: str, height: int = 320) -> go.Figure:
    """Grouped bars: for each class, one bar per box. `answers` = [(box name, probs (k,)), ...]."""
    if not answers:
        raise ValueError("no answers to compare")
    bars = []
    for i, (box_name, probs) in enumerate(answers):
        p = finite_array(probs, f"probabilities of {box_name}", ndim=(1,))  # (k,)
        if p.size != len(names):
            raise ValueError(f"{box_name}: {p.size} probabilities but {len(names)} classes")
        bars.append(
            go.Bar(
                name=box_name,
                x=list(names),
                y=p,
                marker_color=BOX_COLOURS[i % len(BOX_COLOURS)],
                text=[f"{v:.2f}" for v in p],
                textposition="outside",
            )
        )
    fig = go.Figure(bars)
    fig.update_yaxes(range=[0, 1.18])
    fig.update_layout(
        barmode="group",
        height=height,
        margin=ROOM | {"t": 40},  # room for the labels (margins.py)
        xaxis_title=x_title,
        yaxis_title=y_title,
        legend=dict(orientation="h", y=1.14, x=0),
    )
    return fig
