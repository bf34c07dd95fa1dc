"""The walk figures of the gradient-descent page: one weight's point on its loss curve, its
tangent, and the arrow to where the next step W - lr L'(W) lands; alone, or two side by side.

Plain dicts, built like the rest of explainer/figures/gradient_descent.py (its curve base,
tangent and colours).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from explainer.curves import Curve
from explainer.figures.gradient_descent import COLORS, _base, _scatter, _tangent, figure, view


def walk_figure(
    curve: Curve, w_path: Sequence[float], lr: float, labels: Mapping[str, str], height=420,
    x_range: tuple[float, float] | None = None, legend: bool = True,
):  # fmt: skip
    """The curve, the points visited so far, the current point with its tangent, and an arrow
    to where the next step W - lr L'(W) lands. x_range overrides the automatic view."""
    return figure(*_walk_parts(curve, w_path, lr, labels, height, x_range, legend))


def walk_pair_figure(
    curve: Curve, left: float, right: float, lr: float, labels: tuple[Mapping[str, str], Mapping[str, str]],
    height=280, x_range: tuple[float, float] | None = None, gap: float = 0.08,
):  # fmt: skip
    """Two walk figures without a legend, one at W = left and one at W = right, side by side in
    one figure (two x axes): the browser draws one chart where it drew two (each plotly chart
    costs ~0.1-0.2 s to draw on a laptop without a GPU). labels: one mapping per panel."""
    data, layout = _walk_parts(curve, [left], lr, labels[0], height, x_range, legend=False)
    data_r, layout_r = _walk_parts(curve, [right], lr, labels[1], height, x_range, legend=False)
    for trace in data_r:
        trace |= {"xaxis": "x2", "yaxis": "y2"}
    refs = {"xref": "x2", "yref": "y2", "axref": "x2", "ayref": "y2"}
    for note in layout_r["annotations"]:
        note |= {k: v for k, v in refs.items() if k in note or k in ("xref", "yref")}
    half = (1 - gap) / 2
    layout["xaxis"]["domain"] = [0.0, half]
    layout["xaxis2"] = layout_r["xaxis"] | {"domain": [1 - half, 1.0], "anchor": "y2"}
    layout["yaxis2"] = layout_r["yaxis"] | {"anchor": "x2"}
    layout["annotations"] = layout["annotations"] + layout_r["annotations"]
    return figure(data + data_r, layout)


def _walk_parts(
    curve: Curve, w_path: Sequence[float], lr: float, labels: Mapping[str, str], height: int,
    x_range: tuple[float, float] | None, legend: bool,
) -> tuple[list[dict], dict]:  # fmt: skip
    """walk_figure's traces and layout, as plain dicts."""
    w_path = np.asarray(w_path, dtype=np.float64)  # (k + 1,)
    w = float(w_path[-1])
    w_next = w - lr * float(curve.slope(w))
    lo, hi, _ = view(curve, np.append(w_path, w_next)) if x_range is None else (*x_range, 0)
    data, layout = _base(curve, (lo, hi), labels, height)
    with np.errstate(all="ignore"):
        trail_y = curve.loss(w_path)
    if len(w_path) > 1:
        data.append(
            _scatter(
                w_path, trail_y, mode="lines+markers", name=labels["path"],
                line={"color": COLORS["path"], "width": 1, "dash": "dot"}, marker={"size": 6, "opacity": 0.6},
            )
        )  # fmt: skip
    tx, ty = _tangent(curve, w, 0.12 * (hi - lo))
    data.append(
        _scatter(tx, ty, mode="lines", name=labels["tangent"], line={"color": COLORS["tangent"], "width": 3})
    )
    loss_w = float(curve.loss(w))
    data.append(
        _scatter(
            [w], [loss_w], mode="markers", name=labels["point"], marker={"size": 14, "color": COLORS["point"]}
        )
    )
    notes = []
    y_next = float(curve.loss(w_next)) if np.isfinite(w_next) else float("nan")
    if np.isfinite(w_next) and np.isfinite(y_next) and w_next != w:
        notes.append({
            "x": w_next, "y": y_next, "ax": w, "ay": loss_w, "xref": "x", "yref": "y", "axref": "x", "ayref": "y",
            "showarrow": True, "arrowhead": 3, "arrowsize": 1.5, "arrowwidth": 2.5, "arrowcolor": COLORS["next"],
            "text": "",
        })  # fmt: skip
        data.append(
            _scatter(
                [w_next], [y_next], mode="markers", name=labels["next"],
                marker={"size": 11, "color": COLORS["next"], "symbol": "circle-open", "line": {"width": 3}},
            )
        )  # fmt: skip
    notes.append({
        "x": w, "y": loss_w, "text": labels["slope_text"], "showarrow": False, "yshift": 26,
        "font": {"color": COLORS["tangent"], "size": 14}, "bgcolor": "rgba(255,255,255,0.8)",
    })  # fmt: skip
    layout["annotations"] = notes
    layout["showlegend"] = legend
    if not legend:
        layout["margin"]["t"] = 10
    return data, layout
