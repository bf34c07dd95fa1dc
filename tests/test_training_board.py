"""The class board: learning rate (log scale) against final validation accuracy, per optimizer."""

from explainer.figures import training as figs
from steps.training_cache import BOARD_COLUMNS, BOARD_PROJECTED, board_points, board_table
from store import RunInfo

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
    """Each optimizer has its own colour and marker; a diverged run is hollow at 0; own runs get a ring."""
    infos = [run("a", "sgd", 0.1, 0.9), run("b", "adam", 0.003, 0.97), run("c", "sgd", 3.0, None, "diverged")]
    points = board_points(infos, own={"b"})
    for p in points:
        p["text"] = p["key"]
    fig = figs.board(points, NAMES, "x", "y", "<yours>", "<diverged>").to_dict()
    traces = {t["name"]: t for t in fig["data"]}
    assert set(traces) == {"<sgd>", "<adam>", "<yours>"}
    sgd, adam = traces["<sgd>"], traces["<adam>"]
    assert sgd["marker"]["color"] != adam["marker"]["color"]
    assert sgd["marker"]["symbol"] == ["circle", "circle-open"] and adam["marker"]["symbol"] == ["diamond"]
    assert sgd["y"] == [0.9, 0.0] and "<diverged>" in sgd["text"][1]
    assert traces["<yours>"]["x"] == [0.003]
    assert fig["layout"]["xaxis"]["type"] == "log"


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
    optimizer is named short in the table in both languages (the chart's hover keeps the long name)."""
    infos = [run("a", "momentum", 0.01, 0.8), run("b", "sgd", 0.1, 0.6)]
    assert set(BOARD_PROJECTED) < set(BOARD_COLUMNS)
    table = board_table(infos, set(), "en", BOARD_PROJECTED)
    assert list(table) == ["Yours", "Validation accuracy", "Learning rate", "Optimizer", "Loss", "Model"]
    assert table["Optimizer"] == ["SGD + momentum", "SGD"]
    assert board_table(infos, set(), "zh", BOARD_PROJECTED)["优化器"] == ["SGD + 动量", "SGD"]
