"""AppTest behaviour tests for the loss page (course 02-03)."""

import sys

import pytest

from tests.apptest_utils import formulas, open_app

BATCH_KEY = "loss.batch.32.0"  # the batch editor's key for the default size and seed
MSE = "MSE (mean of the SSEs)"  # the batch step's metric


def metric(at, index: int) -> str:
    return at.metric[index].value


def metric_values(at, label: str) -> list[str]:
    """The values of every metric with this label, in page order."""
    return [m.value for m in at.metric if m.label == label]


def edit_batch(at, edits: dict) -> None:
    """Switch on "Edit this batch", seed the editor's edit state (what a learner's cell edits
    produce) and rerun."""
    at.toggle(key="loss.batch.editing").set_value(True).run()
    at.session_state[BATCH_KEY] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [], **edits}
    at.run()


def test_default_is_the_course_example():
    """By default the single-sample SSE is the course's 0.6638, written out term by term: each
    difference squared, each square's value, their sum."""
    at = open_app("app_pages/loss.py", "en")
    assert not at.exception
    assert metric(at, 0) == "0.6638"
    course = next(x for x in formulas(at) if "(1-0.37)^2" in x)
    assert "(1-0.37)^2 + (0-0.50)^2 + (0-0.13)^2" in course
    assert "0.3969 + 0.2500 + 0.0169" in course and course.rstrip("$\n ").endswith("&= 0.6638 \\end{aligned}")
    assert not at.warning


def test_y_and_y_prime_are_vectors_as_long_as_the_classes():
    """The page says (not only the speaker notes) that y and y′ hold one number per class, and
    shows both vectors of the course's sample."""
    at = open_app("app_pages/loss.py", "en")
    text = " ".join(m.value for m in at.markdown)
    assert "one number per class" in text and "as long as the number of classes" in text
    assert "y = [1, 0, 0], y′ = [0.37, 0.50, 0.13]" in text


def test_slider_changes_sse_and_keeps_sum():
    """Moving the cat slider changes the SSE shown; with "keep the sum" on, the others rescale to sum 1."""
    at = open_app("app_pages/loss.py", "en")
    at.slider(key="loss.p0").set_value(0.6).run()
    p = [at.slider(key=f"loss.p{i}").value for i in range(3)]
    assert p == pytest.approx([0.6, 0.32, 0.08])
    assert metric(at, 0) == "0.2688"  # 0.4^2 + 0.32^2 + 0.08^2
    assert at.query_params["p0"] in ("0.6", ["0.6"])
    assert not at.warning


def test_keep_the_sum_switch_acts_at_once():
    """Switching "keep the sum at 1" back on rescales the three sliders at once (no slider has to
    move first), the warning goes, and the sum shown under the switch says 1."""
    at = open_app("app_pages/loss.py", "en")
    assert any(c.value == "The three y′ now add up to 1." for c in at.caption)
    at.toggle(key="loss.norm").set_value(False).run()
    at.slider(key="loss.p1").set_value(0.9).run()
    assert any("add up to 1.40" in c.value for c in at.caption)
    at.toggle(key="loss.norm").set_value(True).run()
    assert [at.slider(key=f"loss.p{i}").value for i in range(3)] == pytest.approx([0.27, 0.64, 0.09])
    assert any(c.value == "The three y′ now add up to 1." for c in at.caption)
    assert not at.warning


def test_back_to_the_course_example():
    """After moving the sliders and the true class, one button puts back the course's sample."""
    at = open_app("app_pages/loss.py", "en")
    at.selectbox(key="loss.true").set_value(2).run()
    at.slider(key="loss.p0").set_value(0.9).run()
    at.button(key="loss.course_example").click().run()
    assert at.selectbox(key="loss.true").value == 0
    assert [at.slider(key=f"loss.p{i}").value for i in range(3)] == pytest.approx([0.37, 0.5, 0.13])
    assert metric(at, 0) == "0.6638"


def test_sum_not_one_warns_but_still_computes():
    """With normalising off, probabilities not summing to 1 get a warning, and the SSE is still shown."""
    at = open_app("app_pages/loss.py", "en")
    at.toggle(key="loss.norm").set_value(False).run()
    at.slider(key="loss.p1").set_value(0.9).run()
    assert [at.slider(key=f"loss.p{i}").value for i in range(3)] == pytest.approx([0.37, 0.9, 0.13])
    assert any("add up to 1.40" in w.value for w in at.warning)
    assert metric(at, 0) == f"{0.63**2 + 0.9**2 + 0.13**2:.4f}"


def test_true_class_from_link():
    """A shared link sets the true class and probabilities: dog with (0.2, 0.7, 0.1) has SSE 0.14."""
    at = open_app("app_pages/loss.py", "zh", true="1", p0="0.2", p1="0.7", p2="0.1")
    assert metric(at, 0) == "0.1400"
    assert at.selectbox(key="loss.true").value == 1


def test_editing_the_batch_changes_mse():
    """Editing a cell of the batch table changes the MSE; changing the batch size does too."""
    at = open_app("app_pages/loss.py", "en")
    before = metric_values(at, MSE)[0]
    edit_batch(at, {"edited_rows": {0: {"p0": 0.0, "p1": 0.0, "p2": 1.0}}})  # row 1 is "Other": now perfect
    after = metric_values(at, MSE)[0]
    assert after != before
    assert float(after) < float(before)
    at.number_input(key="loss.n").set_value(8).run()
    assert metric_values(at, MSE)[0] not in (before, after)
    assert at.query_params["n"] in ("8", ["8"])


def test_the_batch_is_a_read_only_table_until_edited_and_keeps_its_edits():
    """By default the batch is an HTML table (no editor, no pandas grid) showing the generated
    batch's classes and probabilities; switched on, it is an editor; an edit changes the MSE and
    stays (and is what the read-only table shows) once the editor is switched off again."""
    from explainer.batch_table import random_batch
    from tests.apptest_utils import html_frames

    at = open_app("app_pages/loss.py", "en")
    assert not at.get("dataframe")
    b = random_batch(32, 3, 0)
    shown = next(f for f in html_frames(at) if "y′ (Cat)" in f)
    assert list(shown["True class"][:3]) == [("Cat", "Dog", "Other")[i] for i in b.labels[:3]]
    assert shown["y′ (Cat)"][0] == pytest.approx(b.y_pred[0, 0], abs=0.005)
    before = metric_values(at, MSE)[0]
    edit_batch(at, {"edited_rows": {0: {"p0": 0.0, "p1": 0.0, "p2": 1.0}}})  # row 1 is "Other": now perfect
    assert at.get("dataframe")
    edited = metric_values(at, MSE)[0]
    assert float(edited) < float(before)
    at.toggle(key="loss.batch.editing").set_value(False).run()
    assert not at.get("dataframe")
    assert metric_values(at, MSE)[0] == edited  # the edit stays
    shown = next(f for f in html_frames(at) if "y′ (Cat)" in f)
    assert [shown[f"y′ ({c})"][0] for c in ("Cat", "Dog", "Other")] == [0, 0, 1]
    at.button(key="loss.new_batch").click().run()  # a new batch starts from a generated one
    assert metric_values(at, MSE)[0] not in (before, edited)


def test_an_edited_batch_survives_a_language_switch():
    """The edited table keeps the class names it was edited in: after switching to Chinese it is
    read in Chinese (no "class not in the list" error), with the edit and the same MSE, whether
    the editor is closed or open."""
    from tests.apptest_utils import html_frames

    for editing in (False, True):
        at = open_app("app_pages/loss.py", "en")
        edit_batch(at, {"edited_rows": {0: {"p0": 0.9}}})  # row 1, an "Other": now seen as a cat
        edited = metric_values(at, MSE)[0]
        if not editing:
            at.toggle(key="loss.batch.editing").set_value(False).run()
        (switch,) = [w for w in at.sidebar.button_group if w.key == "_lang_choice"]
        switch.set_value("zh").run()
        assert not at.error and not at.exception
        assert metric_values(at, "MSE（SSE 的平均值）")[0] == edited
        if not editing:
            shown = next(f for f in html_frames(at) if "y′（猫）" in f)
            assert (shown["正确类别"][0], shown["y′（猫）"][0]) == ("其他", 0.9)


def test_bad_batch_cells_warn_and_still_compute():
    """A negative or >1 probability in the batch warns, naming the row, and the MSE is still shown."""
    at = open_app("app_pages/loss.py", "en")
    edit_batch(at, {"edited_rows": {2: {"p0": -0.5, "p1": 1.5}}})
    assert any("Rows 3" in w.value for w in at.warning)
    assert not at.error
    assert len(at.metric) >= 2


def test_empty_and_ragged_batch_give_clear_messages():
    """Deleting every row, or emptying a cell, gives a clear error instead of a crash."""
    at = open_app("app_pages/loss.py", "en")
    edit_batch(at, {"deleted_rows": list(range(32))})
    assert any("table is empty" in e.value for e in at.error)
    edit_batch(at, {"edited_rows": {4: {"p1": None}}})
    assert any("Row 5 has an empty cell" in e.value for e in at.error)
    assert not at.exception


def test_keras_comparison_is_mse_over_k():
    """The Keras step shows the course MSE and Keras's MeanSquaredError = course MSE / 3, and no
    sentence about tests addressed to nobody."""
    at = open_app("app_pages/loss.py", "en")
    course = float(metric_values(at, "Course MSE (mean of SSE)")[0])
    keras = float(metric_values(at, "Keras MeanSquaredError")[0])
    assert keras == pytest.approx(course / 3, abs=1e-4)
    assert not any("test" in c.value.lower() for c in at.caption)


def test_page_does_not_import_tensorflow():
    """The loss page is numpy-only: running it leaves TensorFlow unimported (if it was not already)."""
    already = "tensorflow" in sys.modules
    open_app("app_pages/loss.py", "en")
    assert already or "tensorflow" not in sys.modules
