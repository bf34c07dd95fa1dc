"""Behaviour of the inference page through AppTest: the built-in model before any training,
then the learner's own model (numpy, from plain weights), and its exports."""

import re

import numpy as np
import pytest

from catalog import text
from explainer import doodles, evaluation
from explainer.live_sink import TrainingSink
from explainer.numpy_model import NumpyModel
from steps import inference
from tests.apptest_utils import ROOT, in_fresh_python, open_app
from tests.test_live_training import settings, tiny_data


@pytest.fixture(scope="module")
def tiny_trained():
    """What ui/trained.py publishes, for a tiny dense model on 8x8 images."""
    from explainer import live_training

    s = settings(epochs=2)
    data = tiny_data(50)
    sink = TrainingSink()
    keras_model, outcome = live_training.train(s, data, sink)
    model = NumpyModel.from_arrays("dense", (8, 8, 3), 3, s.hidden_units, keras_model.get_weights())
    return {
        "model": model,
        "keras": keras_model,
        "input_size": 8,
        "classes": data.classes,
        "settings": s,
        "history": sink.snapshot(),
        "outcome": outcome,
        "run": "test-run",
        "key": "0" * 20,
        "dataset": "doodles",
        "x_test": data.x_test,
        "y_test": data.y_test,
    }


def with_model(m, lang="en"):
    at = open_app(None, lang)
    at.session_state["trained_model"] = m
    at.switch_page("app_pages/inference.py")
    at.query_params["step"] = "all"  # every step of the page, not only the first
    at.run()
    assert not at.exception, at.exception
    return at


def test_before_any_training_the_builtin_model_is_used_and_labelled():
    """No trained model yet: the page works with the built-in model, says so, and links to training."""
    at = open_app("app_pages/inference.py", "en")
    assert not at.exception
    assert "uses the **built-in model**" in at.info[0].value
    assert "training" in {el.proto.page for el in at.get("page_link")}
    acc = float(at.metric[0].value.rstrip("%")) / 100
    assert acc > 0.9  # the built-in box on fresh doodles
    table = next(h.proto.body for h in at.get("html") if "cm-table" in h.proto.body)
    y, probs = inference.builtin_answers()  # what the page computes the matrix from
    cm = evaluation.confusion_matrix(y, evaluation.predicted_classes(probs), len(doodles.CLASSES))
    assert [int(c) for c in re.findall(r">(\d+)</td>", table)] == cm.ravel().tolist()  # row by row
    assert text("inference.confusion.x", "en") in table and text("inference.confusion.y", "en") in table
    assert len(at.get("download_button")) == 0  # nothing of the learner's to take home yet


def test_builtin_inference_page_does_not_import_tensorflow():
    """The built-in model runs in numpy: the whole page, every step, without TensorFlow."""
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.apptest_utils import open_app\n"
        "at = open_app('app_pages/inference.py', 'en')\n"
        "assert not at.exception, at.exception\n"
        "print('TF_LOADED' if 'tensorflow' in sys.modules else 'TF_ABSENT')\n"
    )
    out = in_fresh_python(code)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "TF_ABSENT" in out.stdout


@pytest.mark.slow
def test_accuracy_and_confusion_matrix(tiny_trained):
    """Test accuracy equals the share of right answers, and the confusion matrix is drawn."""
    at = with_model(tiny_trained)
    probs = at.session_state["inference._eval"][1]
    acc = float(np.mean(probs.argmax(axis=1) == tiny_trained["y_test"]))
    assert at.metric[0].value == f"{acc:.1%}"
    assert "Your model:" in " ".join(c.value for c in at.caption)
    assert "built-in model" not in " ".join(i.value for i in at.info)


@pytest.mark.slow
def test_mistake_filter_shows_only_mistakes(tiny_trained):
    at = with_model(tiny_trained)
    at.toggle(key="inference.mistakes").set_value(True).run()
    assert not at.exception
    probs = at.session_state["inference._eval"][1]
    wrong = int((probs.argmax(axis=1) != tiny_trained["y_test"]).sum())
    captions = " ".join(c.value for c in at.caption)
    if wrong:
        assert f"Showing {min(wrong, 24)} of {wrong}" in captions
        image_captions = [c.value for c in at.caption if "→" in c.value and "Under each image" not in c.value]
        assert len(image_captions) == min(wrong, 24) and all("✗" in c for c in image_captions)
    else:
        assert "Not a single mistake" in at.success[0].value


@pytest.mark.slow
def test_own_image_is_classified_at_model_size(tiny_trained):
    """A gallery image goes through the model at its 8x8 input size; the answer is shown."""
    at = with_model(tiny_trained, "zh")
    assert any("模型的回答" in m.value for m in at.markdown)


@pytest.mark.slow
def test_exports_offer_model_csv_and_script(tiny_trained):
    """Three downloads: the .keras model (made when clicked), the history CSV, the training script."""
    at = with_model(tiny_trained)
    assert len(at.get("download_button")) == 3


@pytest.mark.slow
def test_exported_model_loads_back_with_the_same_predictions(tiny_trained, tmp_path):
    """The .keras bytes made from the plain weights are a complete model (checked with our own
    file, never a user's), predicting what the trained Keras model predicts."""
    from explainer.tf_runtime import keras

    data = inference.model_file(tiny_trained["run"], tiny_trained["model"])
    assert data[:2] == b"PK" and inference.model_file(tiny_trained["run"], tiny_trained["model"]) is data
    path = tmp_path / "m.keras"
    path.write_bytes(data)
    again = keras().models.load_model(path, compile=False, safe_mode=True)
    x = tiny_trained["x_test"][:4].astype("float32") / 255.0
    np.testing.assert_allclose(
        again.predict(x, verbose=0), tiny_trained["keras"].predict(x, verbose=0), rtol=1e-5
    )


def test_the_builtin_models_answers_come_from_the_shipped_numbers_once_for_every_learner(monkeypatch):
    """Two learners open the page before anyone trained: the built-in model's accuracy comes from
    models/builtin_eval.npz (no doodles drawn, no prediction run: ~1.3 s of a fresh server's
    first view), loaded once for the process, read-only, and the accuracy shown is those numbers'."""
    from explainer import builtin_eval, evaluation

    calls = []
    real = evaluation.predict_all
    monkeypatch.setattr(evaluation, "predict_all", lambda *a, **k: calls.append(1) or real(*a, **k))
    monkeypatch.setattr(builtin_eval, "predict_all", lambda *a, **k: calls.append(1) or real(*a, **k))
    inference.builtin_answers.clear()
    inference.builtin.clear()
    y, probs = builtin_eval.load()
    for _ in range(2):
        at = open_app("app_pages/inference.py", "en")
        assert not at.exception
        assert at.metric[0].value == f"{float((probs.argmax(1) == y).mean()):.1%}"
    assert calls == []
    assert not any(a.flags.writeable for a in inference.builtin_answers())  # shared: nobody may change it


def test_without_the_shipped_numbers_the_builtin_answers_are_computed_once(monkeypatch):
    """A stale or missing models/builtin_eval.npz (load() says None) is never shown: the same
    numbers are computed live, once for the process, and the page shows them."""
    from explainer import builtin_eval

    calls = []
    real = builtin_eval.build
    monkeypatch.setattr(builtin_eval, "load", lambda *a, **k: None)
    monkeypatch.setattr(builtin_eval, "build", lambda *a, **k: calls.append(1) or real(*a, **k))
    inference.builtin_answers.clear()
    inference.builtin.clear()
    try:
        for _ in range(2):
            at = open_app("app_pages/inference.py", "en")
            assert not at.exception
        assert calls == [1]
        y, probs = inference.builtin_answers()
        assert at.metric[0].value == f"{float((probs.argmax(1) == y).mean()):.1%}"
    finally:
        inference.builtin_answers.clear()
        inference.builtin.clear()
