"""The training loop diagram (explainer/figures/training_loop.py): boxes, arrows, highlight."""

import re

from explainer.figures import training_loop as loop
from explainer.figures.contrast import AA, contrast

NAMES = {n: f"name of {n}" for n in loop.LOOP_NODES}


def states(html: str, attr: str) -> dict[str, str]:
    return dict(re.findall(rf'data-{attr}="([^"]+)" data-state="(\w+)"', html))


def test_every_node_and_every_arrow_of_the_loop_is_drawn_once():
    html = loop.loop_html(NAMES)
    assert set(states(html, "node")) == set(loop.LOOP_NODES)
    for n in loop.LOOP_NODES:
        assert html.count(f">name of {n}<") == 1
    assert set(states(html, "edge")) == {
        "image-network",
        "network-y_pred",
        "y_pred-loss",
        "y_true-loss",
        "loss-gradient",
        "gradient-update",
        "update-network",
    }
    assert set(states(html, "node").values()) == set(states(html, "edge").values()) == {"idle"}


def test_arrows_sit_between_the_boxes_they_join_and_point_to_the_second():
    """Each arrow's grid cell lies between its two nodes' cells, pointing from the first to the
    second: the drawing reads as the course's loop, not just boxes near each other."""

    def cell(area: str) -> tuple[int, int]:
        row, col = (int(v) for v in area.split("/")[:2])
        return row, col

    nodes = {n: cell(loop._PLACE[n]) for n in loop.LOOP_NODES}
    step = {"right": (0, 1), "left": (0, -1), "down": (1, 0), "up": (-1, 0)}
    for a, b, row, col, way in loop._EDGES:
        dr, dc = step[way]
        (ra, ca), (rb, cb) = nodes[a], nodes[b]
        if way in ("down", "up"):  # the arrow leaves a from its side and enters b
            assert (row - dr, row + dr) == (ra, rb) and col == cb
        else:
            assert row == ra == rb and (cb - ca) * dc > 0 and min(ca, cb) < col < max(ca, cb)


def test_active_and_dimmed_parts_are_marked_and_coloured():
    html = loop.loop_html(NAMES, active=loop.FORWARD, dimmed=("gradient", "update"))
    nodes, edges = states(html, "node"), states(html, "edge")
    assert {n for n, s in nodes.items() if s == "active"} == set(loop.FORWARD)
    assert {n for n, s in nodes.items() if s == "dimmed"} == {"gradient", "update"}
    assert edges["image-network"] == "active" and edges["loss-gradient"] == "dimmed"
    assert edges["update-network"] == "dimmed"
    box = re.search(r'data-node="loss"[^>]*style="([^"]+)"', html).group(1)
    assert f"background:{loop.ACTIVE[0]}" in box and f"color:{loop.ACTIVE[1]}" in box


def test_every_box_text_is_readable_against_its_box():
    """WCAG AA: every state's text on its box at >= 4.5 : 1."""
    for bg, fg in (loop.ACTIVE, loop.IDLE, loop.DIM):
        assert contrast(bg, fg) >= AA, (bg, fg)


def test_names_are_text_not_markup():
    html = loop.loop_html(NAMES | {"loss": "<b>loss</b> & <script>x</script>"})
    assert "<script>" not in html and "&lt;b&gt;loss&lt;/b&gt; &amp;" in html
