"""Pure helpers of the training/inference pages: evaluation, export, figures, glossary search."""

import ast
import csv
import io
import math
import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog.glossary import TERMS
from explainer import evaluation
from explainer.export import CSV_HEADER, history_csv, training_script
from explainer.figures import inference as inference_figures
from explainer.figures import training as training_figures
from explainer.figures.contrast import AA, contrast
from explainer.glossary_search import search
from explainer.live_sink import Snapshot, TrainingSink
from explainer.training_settings import TrainingSettings
from tests.svg_read import SVG, Chart


def test_confusion_matrix_counts_rows_true_columns_predicted():
    cm = evaluation.confusion_matrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 3)
    assert cm.tolist() == [[1, 1, 0], [0, 1, 0], [1, 0, 2]]
    assert evaluation.accuracy([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2]) == pytest.approx(4 / 6)


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=1, max_size=50))
def test_confusion_matrix_total_and_diagonal_match_accuracy(pairs):
    t, p = np.array(pairs).T
    cm = evaluation.confusion_matrix(t, p, 4)
    assert cm.sum() == len(pairs)
    assert np.trace(cm) / len(pairs) == pytest.approx(evaluation.accuracy(t, p))


def test_confusion_matrix_rejects_bad_indices():
    with pytest.raises(ValueError):
        evaluation.confusion_matrix([0, 3], [0, 1], 3)


def test_confusion_table_writes_every_count_in_its_cell():
    """Rows are true classes, columns predicted ones, in order; the largest count is the darkest
    cell with white text, an empty cell the lightest; names and titles are plain text."""
    cm = np.array([[5, 1, 0], [2, 7, 0], [0, 3, 9]])
    html = inference_figures.confusion_table(cm, ["cat", "dog", "<b>x</b>"], "Predicted", "True")
    assert "Predicted →" in html and "True ↓" in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    rows = re.findall(r"<tr><th>([^<]*)</th>(.*?)</tr>", html)
    assert [name for name, _ in rows] == ["cat", "dog", "&lt;b&gt;x&lt;/b&gt;"]
    counts = [[int(c) for c in re.findall(r">(\d+)</td>", cells)] for _, cells in rows]
    assert counts == cm.tolist()
    assert 'background:rgb(8,48,107);color:#ffffff">9<' in html
    assert 'background:rgb(247,251,255);color:#000000">0<' in html


def test_every_confusion_cell_is_readable():
    """Whatever the count, the number contrasts with its cell by at least 4.5 : 1 (WCAG AA),
    including the middle blues where neither white nor dark text is an obvious choice."""
    for count in range(0, 201):
        bg, fg = inference_figures.cell_colour(count, 200)
        rgb = [int(v) for v in re.findall(r"\d+", bg)]
        assert contrast(rgb, fg) >= AA, (count, bg, fg)
    assert contrast("#000000", (255, 255, 255)) == pytest.approx(21.0)


def test_gallery_indices_filters_mistakes():
    idx = evaluation.gallery_indices([0, 1, 2, 0], [0, 2, 2, 1], mistakes_only=True, limit=10)
    assert idx.tolist() == [1, 3]
    assert evaluation.gallery_indices([0, 1], [0, 1], False, 1).tolist() == [0]


def sample_snapshot() -> Snapshot:
    sink = TrainingSink()
    sink.begin(2, 3)
    for e in (1, 2):
        sink.set_phase("train", e)
        for i in (1, 2, 3):
            sink.batch(i, 4, 1.0 / (e * i), 0.5)
        sink.epoch_end(e, 0.5 / e, 0.6, math.nan if e == 1 else 0.4, 0.7)
    sink.end("finished")
    return sink.snapshot()


def test_history_csv_rows():
    """One row per iteration and per epoch; a missing value is an empty cell."""
    rows = list(csv.reader(io.StringIO(history_csv(sample_snapshot()))))
    assert tuple(rows[0]) == CSV_HEADER
    its = [r for r in rows[1:] if r[0] == "iteration"]
    eps = [r for r in rows[1:] if r[0] == "epoch"]
    assert len(its) == 6 and len(eps) == 2
    assert its[3][1:3] == ["2", "4"]  # 4th iteration is in epoch 2
    assert eps[0][5] == "" and eps[1][5] == "0.4"


def test_history_csv_holds_only_fixed_words_and_numbers():
    """No cell of the history can be a spreadsheet formula: each is a known word, a number or empty."""
    words = set(CSV_HEADER) | {"iteration", "epoch", ""}
    for row in csv.reader(io.StringIO(history_csv(sample_snapshot()))):
        for cell in row:
            assert cell in words or math.isfinite(float(cell)), cell
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_script_is_python_with_the_same_settings():
    """The script parses, and its SETTINGS literal equals the settings it was made from."""
    s = TrainingSettings(
        optimizer="momentum", learning_rate=0.03, batch_size=7, loss="squared_error", seed=42
    )
    src = training_script(s)
    tree = ast.parse(src)
    assign = next(n for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "SETTINGS")
    assert ast.literal_eval(assign.value) == s.as_dict()
    assert "momentum=0.9" in src


def test_script_refuses_anything_but_validated_settings():
    """Settings are validated on creation, so no text can reach the script; dicts are refused."""
    with pytest.raises(ValueError):
        TrainingSettings(dataset='doodles"]\nimport os  #')
    with pytest.raises(ValueError):
        training_script({"dataset": "x"})


def test_settings_arithmetic():
    s = TrainingSettings(n_images=1000, validation_split=0.2, batch_size=30, epochs=3)
    assert (s.n_train, s.n_val, s.iterations_per_epoch, s.total_iterations) == (800, 200, 27, 81)


def test_thin_keeps_first_and_last():
    x = list(range(10_000))
    tx, ty = training_figures.thin(x, x, max_points=100)
    assert tx[0] == 0 and tx[-1] == 9999 and len(tx) <= 101 and tx == ty


def test_curve_pictures_have_axis_titles_a_fixed_x_range_and_no_nan():
    """The training curves carry their titles; x spans the whole run (the axis does not move while
    it trains); a value that is not finite (a diverged run) is left out, not drawn at a guess;
    validation is dashed, training solid, and accuracy runs from 0 to 1.02."""
    svg = training_figures.epoch_svg([1, 2, 3], [1.0, 0.5, math.nan], [1.2, math.inf, 0.4], epochs=6,
                                     x_title="Epoch", y_title="Loss")  # fmt: skip
    chart = Chart(svg)
    assert {"Epoch", "Loss"} <= {t.text for t in chart.root.iter(f"{SVG}text")}
    assert chart.x_span() == (pytest.approx(0.5, abs=0.01), pytest.approx(6.5, abs=0.01))
    assert chart.y_span()[0] == pytest.approx(0, abs=0.01)  # a loss axis starts at 0
    train, val = training_figures.TRAIN, training_figures.VAL
    assert [(ln["colour"], ln["dashed"], len(ln["points"])) for ln in chart.lines()] == [(train, False, 2)]
    svg = training_figures.epoch_svg(
        [1, 2], [1.0, 0.5], [1.2, 0.9], epochs=2, x_title="Epoch", y_title="Loss"
    )
    assert [(ln["colour"], ln["dashed"]) for ln in Chart(svg).lines()] == [(train, False), (val, True)]
    dots = sorted((m.colour, round(m.x), round(m.y, 2)) for m in chart.marks())
    assert dots == sorted([(train, 1, 1.0), (train, 2, 0.5), (val, 1, 1.2), (val, 3, 0.4)])
    it = Chart(training_figures.iteration_svg([1, 2, 3], [0.2, 0.5, 0.4], total=450, x_title="Iteration",
                                              y_title="Accuracy", y_range=training_figures.ACCURACY_RANGE))  # fmt: skip
    assert it.x_span() == (pytest.approx(0, abs=0.5), pytest.approx(450, abs=0.5))
    assert it.y_span() == (pytest.approx(0, abs=0.01), pytest.approx(1.02, abs=0.01))
    (line,) = it.lines()
    assert line["colour"] == training_figures.BATCH and [y for _, y in line["points"]] == pytest.approx(
        [0.2, 0.5, 0.4], abs=0.01
    )


def test_legend_values_are_short_for_any_size():
    """The curves' legends say the latest value in a few characters, even for a diverged loss."""
    v = training_figures.value_text
    assert [v(0.41234), v(12345.6), v(353727184896.0), v(math.inf), v(math.nan)] == [
        "0.412", "12,346", "3.54×10¹¹", "–", "–",
    ]  # fmt: skip


def test_glossary_search():
    """Every word must match, in either language or definition, ignoring case."""
    assert search(TERMS, "") == list(TERMS)
    assert "gradient" in search(TERMS, "梯度")
    assert "gradient" in search(TERMS, "GRADIENT")
    assert search(TERMS, "epoch") and all(
        "epoch" in i or "周期" in TERMS[i]["zh"] or "epoch" in TERMS[i]["def_en"].lower()
        for i in search(TERMS, "epoch")
    )
    assert search(TERMS, "zzzz-nothing") == []
    assert search(TERMS, "x" * 10_000) == []


@pytest.mark.slow
def test_generated_script_runs_and_saves_a_model(tmp_path):
    """The exported script trains with its settings (here the script's own squared-error loss) and
    writes trained_model.keras, which opens with safe_mode=True in a Python without explainer."""
    import os
    import subprocess
    import sys

    from tests.apptest_utils import ROOT

    s = TrainingSettings(
        n_images=60, n_test=12, epochs=1, model="dense", hidden_units=4, batch_size=16, loss="squared_error"
    )
    script = tmp_path / "train_again.py"
    script.write_text(training_script(s), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "3"}
    out = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "iterations per epoch = ceil(48 / 16) = 3" in out.stdout
    assert "test accuracy:" in out.stdout
    assert (tmp_path / "trained_model.keras").stat().st_size > 1000
    env.pop("PYTHONPATH")
    load = (
        "import sys, keras; m = keras.models.load_model('trained_model.keras', safe_mode=True); "
        "assert 'explainer' not in sys.modules; print(m.output_shape)"
    )
    out = subprocess.run(
        [sys.executable, "-c", load], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "(None, 3)" in out.stdout


def test_hardly_learned_flags_a_flat_loss():
    """A run whose last epoch loss is about where it started is flagged; a falling one is not."""
    from explainer.live_sink import hardly_learned

    sink = TrainingSink()
    sink.begin(1, 20)
    for i in range(20):
        sink.batch(i + 1, 1, 1.1, 0.3)
    sink.epoch_end(1, 1.09, 0.33, 1.1, 0.3)
    assert hardly_learned(sink.snapshot())
    assert not hardly_learned(sample_snapshot())
