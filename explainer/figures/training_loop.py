"""The training loop (course 02-06) as boxes and arrows, in HTML.

                                          true label y
                                               ↓
    image x → network (W) → prediction y′ → loss L(y, y′)
                  ↑                            ↓
               update W ← W − lr·gradient ← gradient ∂L/∂W

Drawn as an HTML grid, not a chart: the training page's first step then needs no charting
code in the browser (a fresh server's first view ~0.3 s sooner, benchmarks/RESULTS.md), the
boxes grow with their words in either language, and the live view's highlight (twice a second
while a run trains) is a change of a few colours, not a chart drawn again.

Node and arrow colours: `active` (the part of the loop at work) red, `dimmed` (idle while the
rest works, e.g. gradient and update during validation) light grey, the rest blue. Every text
colour keeps a contrast of at least 4.5 : 1 against its box (WCAG AA).
"""

from __future__ import annotations

from html import escape

LOOP_NODES = ("image", "network", "y_pred", "loss", "gradient", "update", "y_true")
FORWARD = ("image", "network", "y_pred", "loss", "y_true")  # what validation runs: no weight change
# (background, text) of a node in each state; the arrows take the background colour.
ACTIVE = ("#c0392b", "#ffffff")
IDLE = ("#4a6fa5", "#ffffff")
DIM = ("#e3e7ed", "#5b6472")

# Where each node sits on a 5-row x 7-column grid, as CSS grid-area (row / column [/ row end /
# column end]): nodes on odd lines, arrows between. The update node spans from the network's
# column to the prediction's (its words are the longest), so the arrow from the gradient reaches
# it and the arrow up to the network leaves it.
_PLACE = {
    "y_true": "1 / 7",
    "image": "3 / 1",
    "network": "3 / 3",
    "y_pred": "3 / 5",
    "loss": "3 / 7",
    "gradient": "5 / 7",
    "update": "5 / 3 / span 1 / span 3",
}
# (from, to, grid row, grid column, the way the arrow points)
_EDGES = (
    ("image", "network", 3, 2, "right"),
    ("network", "y_pred", 3, 4, "right"),
    ("y_pred", "loss", 3, 6, "right"),
    ("y_true", "loss", 2, 7, "down"),
    ("loss", "gradient", 4, 7, "down"),
    ("gradient", "update", 5, 6, "left"),
    ("update", "network", 4, 3, "up"),
)
_DOM_ORDER = ("image", "network", "y_pred", "y_true", "loss", "gradient", "update")  # reading order

_STYLE = (
    "<style>"
    ".tl-loop{display:grid;grid-template-columns:auto minmax(1.6rem,1fr) auto minmax(1.6rem,1fr)"
    " auto minmax(1.6rem,1fr) auto;grid-template-rows:auto 1.8rem auto 1.8rem auto;"
    "align-items:center;justify-items:center;margin:0.4rem 0 0.6rem;overflow-x:auto}"
    ".tl-node{padding:0.45rem 0.7rem;border-radius:0.45rem;font-weight:600;font-size:1rem;"
    "line-height:1.3;text-align:center;justify-self:stretch}"  # a box fills its column: arrows touch it
    ".tl-arrow{display:flex;align-items:center;align-self:stretch;justify-self:stretch}"
    ".tl-arrow.tl-up,.tl-arrow.tl-down{flex-direction:column;justify-self:center}"
    ".tl-shaft{flex:1}"
    ".tl-right .tl-shaft,.tl-left .tl-shaft{height:0;border-top:3px solid currentColor}"
    ".tl-up .tl-shaft,.tl-down .tl-shaft{width:0;border-left:3px solid currentColor}"
    ".tl-head{width:0;height:0;border:7px solid transparent}"
    ".tl-right .tl-head{border-left:11px solid currentColor;border-right:0}"
    ".tl-left .tl-head{border-right:11px solid currentColor;border-left:0}"
    ".tl-down .tl-head{border-top:11px solid currentColor;border-bottom:0}"
    ".tl-up .tl-head{border-bottom:11px solid currentColor;border-top:0}"
    "</style>"
)


def node_state(node: str, active, dimmed) -> str:
    """'active', 'dimmed' or 'idle': how a node is drawn."""
    return "active" if node in active else ("dimmed" if node in dimmed else "idle")


def edge_state(a: str, b: str, active, dimmed) -> str:
    """An arrow is active when both its ends are, dimmed when either end is dimmed."""
    if a in active and b in active:
        return "active"
    return "dimmed" if a in dimmed or b in dimmed else "idle"


_COLOURS = {"active": ACTIVE, "idle": IDLE, "dimmed": DIM}


def loop_html(names: dict[str, str], active=(), dimmed=()) -> str:
    """The loop diagram as HTML: a box per node in LOOP_NODES (its text `names[node]`, escaped),
    an arrow per edge. Each box and arrow carries data-node / data-edge and data-state."""
    active, dimmed = set(active), set(dimmed)
    parts = []
    for node in _DOM_ORDER:
        state = node_state(node, active, dimmed)
        bg, fg = _COLOURS[state]
        parts.append(
            f'<div class="tl-node" data-node="{node}" data-state="{state}" '
            f'style="grid-area:{_PLACE[node]};background:{bg};color:{fg}">'
            f"{escape(names[node])}</div>"
        )
    for a, b, row, col, way in _EDGES:
        state = edge_state(a, b, active, dimmed)
        shaft, head = '<span class="tl-shaft"></span>', '<span class="tl-head"></span>'
        inner = head + shaft if way in ("left", "up") else shaft + head
        parts.append(
            f'<div class="tl-arrow tl-{way}" data-edge="{a}-{b}" data-state="{state}" aria-hidden="true" '
            f'style="grid-area:{row} / {col};color:{_COLOURS[state][0]}">{inner}</div>'
        )
    return f'{_STYLE}<div class="tl-loop">{"".join(parts)}</div>'
