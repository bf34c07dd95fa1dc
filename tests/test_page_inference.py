"""Behaviour of the inference page through AppTest, with a tiny model trained in the test."""

import numpy as np
import pytest

from explainer.live_sink import TrainingSink
from tests.apptest_utils import open_app
from tests.test_live_training import settings, tiny_data

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tiny_trained():
    """What the training page publishes, for a tiny dense model on 8x8 images."""
    from explainer import live_training

    s = settings(epochs=2)
    data = tiny_data(50)
    sink = TrainingSink()
    model, outcome = live_training.train(s, data, sink)
    return {
        "model": model,
        "input_size": 8,
        "classes": data.classes,
        "settings": s,
        "history": sink.snapshot(),
        "outcome": outcome,
        "run": "test-run",
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


def test_without_model_says_so_and_links_to_training():
    """Before any training, the page explains and links to the training page; nothing breaks."""
    at = open_app("app_pages/inference.py", "en")
    assert not at.exception
    assert "no trained model yet" in at.info[0].value
    assert "training" in {el.proto.page for el in at.get("page_link")}


def test_accuracy_and_confusion_matrix(tiny_trained):
    """Test accuracy equals the share of right answers, and the confusion matrix is drawn."""
    at = with_model(tiny_trained)
    probs = at.session_state["inference._eval"][1]
    acc = float(np.mean(probs.argmax(axis=1) == tiny_trained["y_test"]))
    assert at.metric[0].value == f"{acc:.1%}"
    assert any("inference.confusion" in str(c.proto.id) or c.proto.id for c in at.get("plotly_chart"))


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


def test_own_image_is_classified_at_model_size(tiny_trained):
    """A gallery image goes through the model at its 8x8 input size; the answer is shown."""
    at = with_model(tiny_trained, "zh")
    assert any("模型的回答" in m.value for m in at.markdown)


def test_exports_offer_model_csv_and_script(tiny_trained):
    """Three downloads: the .keras model, the history CSV, the training script."""
    at = with_model(tiny_trained)
    saved = at.session_state["inference._saved"]
    assert saved[0] == "test-run" and saved[1][:2] == b"PK"  # a .keras file is a zip
    assert len(at.get("download_button")) == 3


def test_exported_model_loads_back_with_the_same_predictions(tiny_trained, tmp_path):
    """The .keras bytes are a complete model (checked with our own file, never a user's)."""
    from explainer.tf_runtime import keras

    at = with_model(tiny_trained)
    path = tmp_path / "m.keras"
    path.write_bytes(at.session_state["inference._saved"][1])
    again = keras().models.load_model(path, compile=False)
    x = tiny_trained["x_test"][:4].astype("float32") / 255.0
    np.testing.assert_allclose(
        again.predict(x, verbose=0), tiny_trained["model"].predict(x, verbose=0), rtol=1e-5
    )
