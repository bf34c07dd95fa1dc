"""Margins with room for a chart's labels, so that plotly draws the chart once.

Streamlit's chart theme turns plotly's automargin on. When a margin is smaller than the tick
labels, an axis title or a legend outside the plot need, plotly draws the whole chart, measures
it, and draws it again with the margin it found: every chart is drawn twice, and a contour map
or a grid with a number on each square costs twice as much. Margins at least as large as the
ones automargin would find are drawn once (gradient-descent's eight charts in Chromium:
0.69 s -> 0.24 s; plotly's own `_fullLayout._size` shows what automargin found, the same in
both languages). Automargin stays on, for labels that need more room.

    layout["margin"] = ROOM                 # y tick labels and title, x tick labels and title, legend above
    layout["margin"] = ROOM | {"t": 10}     # no legend above the plot
"""

from __future__ import annotations

ROOM = {"l": 76, "r": 10, "t": 48, "b": 66}  # px
