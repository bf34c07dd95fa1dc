"""Contour lines of a grid of values (marching squares), and the grid read between its points.

The grid: v[j, i] is the value at (x[i], y[j]). A contour line at `level` crosses a cell edge
where one corner is above the level and the other is not, at the fraction

    t = (level - v_p) / (v_q - v_p)     of the way from corner p to corner q

(the value taken as linear along the edge). A cell with two crossed edges holds one segment
between them; with four (a saddle: opposite corners on the same side) the mean of its corners
decides which corners the higher ground joins, and it holds two. The segments are short
straight lines, each in its own cell; NaN corners leave their cell out.
"""

from __future__ import annotations

import numpy as np


def iso_segments(x, y, v, level: float) -> np.ndarray:
    """The contour line v = level as segments (m, 2, 2): [k] = ((x_a, y_a), (x_b, y_b))."""
    x, y, v = np.asarray(x, float), np.asarray(y, float), np.asarray(v, float)
    above = v > level
    a, b, c, d = v[:-1, :-1], v[:-1, 1:], v[1:, 1:], v[1:, :-1]  # corners of each cell (ny-1, nx-1)
    A, B, C, D = (
        above[:-1, :-1],
        above[:-1, 1:],
        above[1:, 1:],
        above[1:, :-1],
    )  # bottom left, right; top right, left
    X0, X1 = np.broadcast_to(x[None, :-1], a.shape), np.broadcast_to(x[None, 1:], a.shape)
    Y0, Y1 = np.broadcast_to(y[:-1, None], a.shape), np.broadcast_to(y[1:, None], a.shape)
    with np.errstate(all="ignore"):

        def t(p, q):  # where along the edge p -> q the value is `level`
            return np.clip((level - p) / (q - p), 0.0, 1.0)

        points = np.stack([
            np.stack([X0 + t(a, b) * (X1 - X0), Y0], -1),  # bottom edge
            np.stack([X1, Y0 + t(b, c) * (Y1 - Y0)], -1),  # right edge
            np.stack([X0 + t(d, c) * (X1 - X0), Y1], -1),  # top edge
            np.stack([X0, Y0 + t(a, d) * (Y1 - Y0)], -1),  # left edge
        ], axis=-2)  # (ny-1, nx-1, 4, 2)  # fmt: skip
    crossed = np.stack([A != B, B != C, D != C, A != D], axis=-1)  # (ny-1, nx-1, 4)
    ok = np.isfinite(a) & np.isfinite(b) & np.isfinite(c) & np.isfinite(d)
    count = crossed.sum(axis=-1)
    two = ok & (count == 2)
    first = np.argsort(~crossed[two], axis=-1, kind="stable")[:, :2]  # the two crossed edges, in order
    segs = [np.take_along_axis(points[two], first[:, :, None], axis=1)]
    four = ok & (count == 4)
    if four.any():
        p = points[four]  # (s, 4, 2)
        joined = ((a + b + c + d)[four] / 4 > level) == A[four]  # the middle on the bottom-left corner's side
        pairs = np.where(joined[:, None, None], [[0, 1], [2, 3]], [[3, 0], [1, 2]])  # (s, 2, 2) edge numbers
        segs.append(p[np.arange(len(p))[:, None, None], pairs].reshape(-1, 2, 2))
    return np.concatenate(segs) if segs else np.zeros((0, 2, 2))


def bilinear(x, y, v, xs, ys) -> np.ndarray:
    """The grid's values at the points (xs[i], ys[j]) (ys (r,), xs (c,)) -> (r, c), each read
    linearly between the four grid points around it (points outside read the nearest edge)."""
    x, y, v = np.asarray(x, float), np.asarray(y, float), np.asarray(v, float)
    fx = np.clip(np.interp(xs, x, np.arange(len(x))), 0, len(x) - 1)  # fractional column
    fy = np.clip(np.interp(ys, y, np.arange(len(y))), 0, len(y) - 1)  # fractional row
    i = np.minimum(fx.astype(int), len(x) - 2)
    j = np.minimum(fy.astype(int), len(y) - 2)
    tx, ty = (fx - i)[None, :], (fy - j)[:, None]
    r, c = j[:, None], i[None, :]
    return (
        v[r, c] * (1 - tx) * (1 - ty)
        + v[r, c + 1] * tx * (1 - ty)
        + v[r + 1, c] * (1 - tx) * ty
        + v[r + 1, c + 1] * tx * ty
    )
