"""The class board: learning rate (log scale) against final validation accuracy, per optimizer, an SVG
picture read back through its tick labels (tests/svg_read.py), and the table of settings under it."""

import html
import re

from catalog import text
from explainer.figures import training as figs
from steps.training_cache import BOARD_COLUMNS, BOARD_PROJECTED, board_points, board_table, board_view
from store import RunInfo
from tests.apptest_utils import html_frame, html_rows
from tests.svg_read import Chart

LR = (0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)  # the page's choices

NAMES = {"sgd": "<sgd>", "momentum": "<momentum>", "adam": "<adam>"}


def run(key, opt, lr, acc, outcome="finished"):
    settings = {
        "optimizer": opt,
        "learning_rate": lr,
        "model": "cnn",
        "dataset": "doodles",
        "loss": "cross_entropy",
    }
    metrics = {"val_accuracy": acc, "outcome": outcome}
    return RunInfo(key, "finished", settings, "someone", 0.0, 0.0, 1.0, metrics)


def test_colour_and_shape_both_tell_the_optimizer_and_yours_are_ringed():
    """Read from the picture: each optimizer has its own colour and shape, each point sits at its
    learning rate (log axis, ticked at the choices) and accuracy (0-100 %); a diverged run is
    hollow at 0; own runs get a ring."""
    infos = [run("a", "sgd", 0.1, 0.9), run("b", "adam", 0.003, 0.97), run("c", "sgd", 3.0, None, "diverged"),
             run("d", "momentum", 0.01, 0.8)]  # fmt: skip
    chart = Chart(
        figs.board_svg(board_points(infos, own={"b"}), x_title="x", y_title="y", x_ticks=LR), x_log=True
    )
    assert [label for label, _ in chart.x_labels] == [f"{v:g}" for v in LR]
    assert [label for label, _ in chart.y_labels] == ["0%", "20%", "40%", "60%", "80%", "100%"]
    drawn = {(m.kind, m.colour, float(f"{m.x:.3g}"), round(m.y, 2)) for m in chart.marks()}  # to 0.1 px
    sgd, momentum, adam = (figs.OPTIMIZER_STYLE[o][0] for o in ("sgd", "momentum", "adam"))
    assert drawn == {
        ("dot", sgd, 0.1, 0.9),
        ("diamond", adam, 0.003, 0.97),
        ("ring", sgd, 3.0, 0.0),  # diverged: the sgd dot drawn hollow, at 0
        ("square", momentum, 0.01, 0.8),
        ("ring", figs.OWN, 0.003, 0.97),  # yours, ringed
    }
    ring = next(m for m in chart.marks() if m.colour == figs.OWN)
    assert ring.size > 1.5 * max(m.size for m in chart.marks() if m.colour != figs.OWN)  # around the point


def test_the_board_view_names_every_mark_says_the_runs_and_tables_them():
    """The picture's legend names the optimizers drawn, the hollow diverged mark and your ring;
    its alternative text counts the runs and names the best; the table below is the same as
    board_table, as an HTML table (no data grid)."""
    infos = [run("a", "sgd", 0.1, 0.9), run("b", "adam", 0.003, 0.97), run("c", "sgd", 3.0, None, "diverged")]
    for lang in ("en", "zh"):
        picture, table = board_view(("a", "b", "c"), ("b",), lang, LR, False, _infos=infos)
        legend = [html.unescape(n) for n in re.findall(r"</span>([^<]+)</span>", picture)]
        assert legend == [
            text("training.optimizer.sgd", lang), text("training.optimizer.adam", lang),
            text("training.board.legend.diverged", lang), text("training.board.yours", lang),
        ]  # fmt: skip
        alt = html.unescape(re.search(r'alt="([^"]*)"', picture).group(1))
        assert alt.startswith(text("training.board.alt", lang, n=3, diverged=1, own=1))
        assert alt.endswith(text("training.board.alt_best", lang, acc="97.0%", lr="0.003",
                                 opt=text("training.optimizer.adam", lang)))  # fmt: skip
        expected = board_table(infos, {"b"}, lang)
        assert list(html_frame(table)) == list(expected)  # the headers
        assert html_rows(table) == [[str(v) for v in row] for row in zip(*expected.values(), strict=True)]
    projected = html_frame(board_view(("a", "b", "c"), ("b",), "en", LR, True, _infos=infos)[1])
    assert list(projected) == list(board_table(infos, set(), "en", BOARD_PROJECTED))


def test_the_table_is_anonymous_and_marks_your_runs():
    """No owner or time in the table; a diverged run says so instead of an accuracy."""
    table = board_table([run("a", "sgd", 0.1, 0.9), run("c", "sgd", 3.0, None, "diverged")], {"a"}, "en")
    assert list(table) == [
        "Yours", "Validation accuracy", "Learning rate", "Optimizer", "Loss", "Model", "Dataset", "Images",
        "Batch", "Epochs",
    ]  # fmt: skip
    assert table["Yours"] == ["●", ""] and table["Validation accuracy"] == ["90.0%", "diverged"]
    assert "someone" not in str(table)


def test_a_slide_shows_the_lessons_columns_with_short_names():
    """Lecture mode projects six of the ten columns (a 1024x768 projector fits them); the
    optimizer is named short in the table in both languages (the chart's legend keeps the long name)."""
    infos = [run("a", "momentum", 0.01, 0.8), run("b", "sgd", 0.1, 0.6)]
    assert set(BOARD_PROJECTED) < set(BOARD_COLUMNS)
    table = board_table(infos, set(), "en", BOARD_PROJECTED)
    assert list(table) == ["Yours", "Validation accuracy", "Learning rate", "Optimizer", "Loss", "Model"]
    assert table["Optimizer"] == ["SGD + momentum", "SGD"]
    assert board_table(infos, set(), "zh", BOARD_PROJECTED)["优化器"] == ["SGD + 动量", "SGD"]
