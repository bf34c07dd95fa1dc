"""Plotly figure of the inference page: the confusion matrix of a model on unseen images.

confusion[i, j] = number of images of true class i that the model called class j
(explainer/evaluation.py computes it).
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from explainer.figures.margins import ROOM


def confusion_figure(cm, class_names, x_title: str, y_title: str) -> go.Figure:
    """Heatmap of the confusion matrix with the count written in every cell."""
    cm = np.asarray(cm)
    names = list(class_names)
    fig = go.Figure(
        go.Heatmap(
            z=cm,
            x=names,
            y=names,
            colorscale="Blues",
            text=cm,
            texttemplate="%{text}",
            textfont={"size": 16},
            showscale=False,
            hovertemplate=f"{y_title}: %{{y}}<br>{x_title}: %{{x}}<br>%{{z}}<extra></extra>",
        )
    )
    fig.update_xaxes(title_text=x_title, side="bottom", type="category")
    fig.update_yaxes(title_text=y_title, autorange="reversed", type="category")
    side = 120 + 45 * len(names)
    fig.update_layout(
        height=min(max(side, 320), 700), margin=ROOM | {"l": 96, "t": 10, "b": 74}
    )  # class names need more room (margins.py)
    return fig
