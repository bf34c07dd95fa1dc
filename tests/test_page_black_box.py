"""Behaviour of the black-box page: default answer, boxes, uploads, camera, offline fallback,
the numpy boxes' numbers, and the check that says when a picture is unlike the training doodles."""

import io
import threading
import time
import warnings

import numpy as np
import pytest
from PIL import Image

from catalog import text
from explainer import doodles, familiar, imagenet, network, photo_like, untrained
from explainer.images import load_image, to_network_input
from explainer.numpy_model import NumpyModel
from explainer.outputs import predict
from steps import black_box as page
from steps import black_box_cache as boxes
from tests.apptest_utils import in_fresh_python, open_app

PAGE = "app_pages/black_box.py"


def png_bytes(colour=(200, 120, 40), size=(80, 60)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, format="PNG")
    return buf.getvalue()


def bomb_png() -> bytes:
    """A tiny file that claims 10,000 x 10,000 pixels (100 megapixels)."""
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        Image.new("1", (10_000, 10_000)).save(buf, format="PNG")
    return buf.getvalue()


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def all_text(at) -> str:
    parts = [
        e.value
        for kind in ("markdown", "caption", "info", "warning", "success", "error")
        for e in getattr(at, kind)
    ]
    parts += [c for im in at.image for c in im.captions if c]
    return "\n".join(parts)


class FakeMobileNet:
    """Stands in for MobileNetV2: always the same 1000 probabilities, no download."""

    def __init__(self, probs_1000):
        self.p = np.asarray(probs_1000, dtype=np.float32)

    def __call__(self, x, training=False):
        return np.repeat(self.p[None], len(x), axis=0)


@pytest.fixture
def no_pretrained_cache():
    boxes.pretrained_model.clear()
    yield
    boxes.pretrained_model.clear()


def test_default_is_builtin_answer_for_a_sample():
    """On first visit the built-in box answers for gallery sample 1 (a cat doodle) at once."""
    at = open_app(PAGE, "en")
    assert not at.exception
    assert at.radio(key="black_box.box").value == "builtin"
    assert at.radio(key="black_box.src").value == "gallery"
    m = metrics(at)
    assert m[text("black_box.predicted", "en")] == "cat"
    bars = [h.proto.body for h in at.get("html") if 'class="hb"' in h.proto.body]
    assert len(bars) == 2 and not at.get("plotly_chart")  # the bars and the comparison, in HTML
    assert text("black_box.truth.right", "en", truth="cat") in all_text(at)


def test_chinese_page_uses_chinese_class_names():
    """In Chinese the predicted label is 猫 and no catalog key is missing."""
    at = open_app(PAGE, "zh")
    assert metrics(at)[text("black_box.predicted", "zh")] == "猫"
    assert "⟨" not in all_text(at)


def test_choosing_the_untrained_box():
    """The untrained box answers with its random weights, explains why that is useless, and goes in the URL."""
    at = open_app(PAGE, "en")
    at.radio(key="black_box.box").set_value("untrained").run()
    assert not at.exception
    assert text("black_box.about.untrained", "en", size=0) in all_text(at)
    assert at.query_params["box"] == "untrained"


def test_sample_and_box_from_the_url():
    """?sample=5&box=untrained opens the fifth sample (a dog doodle) in the untrained box."""
    at = open_app(PAGE, "en", sample="5", box="untrained")
    assert at.pills(key="black_box.sample").value == 5
    assert at.radio(key="black_box.box").value == "untrained"


def test_gallery_sample_changes_answer():
    """Picking sample 2 (a dog doodle) makes the built-in box say dog."""
    at = open_app(PAGE, "en")
    at.pills(key="black_box.sample").set_value(2).run()
    assert metrics(at)[text("black_box.predicted", "en")] == "dog"


def test_good_upload_is_classified():
    """A valid PNG upload is shown with its size and gets three probabilities that add up to 1."""
    at = open_app(PAGE, "en")
    at.radio(key="black_box.src").set_value("upload").run()
    assert text("image_picker.upload.waiting", "en") in all_text(at)
    at.file_uploader(key="black_box.upload").set_value(("orange.png", png_bytes(), "image/png")).run()
    assert not at.exception
    assert not at.error
    assert text("image_picker.caption.upload", "en", w=80, h=60) in all_text(at)
    assert "= 1.000" in all_text(at)


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("broken.png", b"\x89PNG\r\n\x1a\nthis is not really a png", "not_image"),
        ("empty.png", b"", "empty"),
        ("drawing.png", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "markup"),
        ("cut.png", png_bytes(size=(300, 300))[:200], "truncated"),
        ("huge.png", bomb_png(), "too_large"),
        ("big.png", b"\x89PNG\r\n\x1a\n" + bytes(11 * 1024 * 1024), "file_too_big"),
    ],
)
def test_bad_upload_shows_translated_error(name, data, code):
    """A bad upload shows that code's message in the user's language, and the page keeps working."""
    at = open_app(PAGE, "zh")
    at.radio(key="black_box.src").set_value("upload").run()
    at.file_uploader(key="black_box.upload").set_value((name, data, "image/png")).run()
    assert not at.exception
    size = {"w": 10000, "h": 10000, "mp": "100.0", "limit": "50.0"} if code == "too_large" else {}
    assert [e.value for e in at.error] == [text(f"image_picker.error.{code}", "zh", mb=10, **size)]
    at.radio(key="black_box.src").set_value("gallery").run()
    assert not at.error and metrics(at)[text("black_box.predicted", "zh")] == "猫"


def test_camera_is_behind_a_toggle():
    """The camera widget appears only after the learner turns it on; a photo is then classified."""
    at = open_app(PAGE, "en")
    at.radio(key="black_box.src").set_value("camera").run()
    assert len(at.camera_input) == 0
    assert text("image_picker.camera.hint", "en") in all_text(at)
    at.toggle(key="black_box.camera_on").set_value(True).run()
    assert len(at.camera_input) == 1
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 200, 90)).save(buf, format="JPEG")
    at.camera_input(key="black_box.camera").set_value(("shot.jpg", buf.getvalue(), "image/jpeg")).run()
    assert not at.exception and not at.error
    assert text("black_box.predicted", "en") in metrics(at)


def test_pretrained_offline_falls_back_to_builtin(monkeypatch, no_pretrained_cache):
    """When the MobileNetV2 download fails the page says so and the built-in box answers instead."""

    def fail(weights="imagenet"):
        raise Exception("URL fetch failure: Name or service not known")

    monkeypatch.setattr(imagenet, "mobilenet", fail)
    at = open_app(PAGE, "en")
    at.radio(key="black_box.box").set_value("pretrained").run()
    assert not at.exception
    assert [w.value for w in at.warning][:1] == [text("black_box.offline", "en")]
    assert at.button(key="black_box.retry")
    assert metrics(at)[text("black_box.predicted", "en")] == "cat"


def test_pretrained_groups_imagenet_classes_and_flags_low_confidence(monkeypatch, no_pretrained_cache):
    """MobileNetV2's 1000 outputs are summed into cat/dog/other; 0.51 vs 0.48 is called low confidence."""
    p = np.full(1000, 0.01 / 995)
    p[281], p[282], p[207], p[208] = 0.3, 0.21, 0.4, 0.08  # cat 0.51, dog 0.48, other 0.01
    monkeypatch.setattr(imagenet, "mobilenet", lambda weights="imagenet": FakeMobileNet(p))
    at = open_app(PAGE, "en", box="pretrained")
    assert not at.exception
    assert metrics(at)[text("black_box.predicted", "en")] == "cat"
    assert text("black_box.low_confidence", "en", a="0.51", b="0.48", margin="0.03") in [
        w.value for w in at.warning
    ]


def builtin_as_numpy_model() -> NumpyModel:
    """The shipped weights in the NumpyModel the training page publishes (no TensorFlow)."""
    return NumpyModel.from_arrays("cnn", (64, 64, 3), 3, 64, network.load_weights().arrays())


def test_trained_model_becomes_a_box():
    """A model the learner trained (session_state["trained_model"]) is offered as a fourth box."""
    at = open_app(PAGE, "en")
    label = text("black_box.box.trained", "en")
    assert label not in at.radio(key="black_box.box").options  # options are the shown labels
    at.session_state["trained_model"] = {
        "model": builtin_as_numpy_model(),
        "input_size": 64,
        "classes": ("cat", "dog", "other"),
    }
    at.run()
    assert label in at.radio(key="black_box.box").options
    at.radio(key="black_box.box").set_value("trained").run()
    assert not at.exception
    assert metrics(at)[text("black_box.predicted", "en")] == "cat"
    assert label in metrics(at)  # its accuracy in the comparison


def test_trained_box_in_url_without_a_model_falls_back():
    """?box=trained before any training says there is no model yet and uses the built-in box."""
    at = open_app(PAGE, "en", box="trained")
    assert not at.exception
    assert text("black_box.trained_missing", "en") in all_text(at)
    assert at.radio(key="black_box.box").value == "builtin"


def test_comparison_slide_stands_alone():
    """In lecture mode the comparison step alone shows both boxes' accuracy on the same 90 fresh
    doodles, as numpy computes it for the shipped and for random weights."""
    at = open_app(PAGE, "en", present="1", step="3")
    reveal = [b for b in at.button if b.label == text("present.reveal", "en")]
    if reveal:
        reveal[0].click().run()
    assert not at.exception
    x, y = familiar.fresh_doodles(page.N_CHECK, 4242)
    want = {
        "builtin": (network.forward(network.load_weights(), x).argmax(1) == y).mean(),
        "untrained": (network.forward(untrained.random_weights(0), x).argmax(1) == y).mean(),
    }
    m = metrics(at)
    for box, acc in want.items():
        assert m[text(f"black_box.box.{box}", "en")] == f"{acc:.0%}"
    assert want["builtin"] > 0.8 and want["untrained"] < 0.6


def shown_probabilities(at) -> np.ndarray:
    """The three probabilities of the sum line under the bars ("0.958 + 0.000 + 0.042 = 1.000")."""
    line = next(c.value for c in at.caption if " = 1.000" in c.value and " + " in c.value)
    terms = line.split(":", 1)[1].split("=")[0]
    return np.array([float(v) for v in terms.split("+")])


@pytest.mark.parametrize("n", [1, 2, 6])
def test_builtin_box_shows_the_numpy_networks_probabilities(n):
    """For gallery sample n the bars are network.forward of the shipped weights on that picture
    (as the course image's answer on every page), and the label is its argmax."""
    at = open_app(PAGE, "en", sample=str(n))
    image, truth = doodles.sample_images(per_class=3, size=128)[n - 1]
    p = network.forward(network.load_weights(), to_network_input(image, 64))
    np.testing.assert_allclose(shown_probabilities(at), p, atol=0.0005)
    assert metrics(at)[text("black_box.predicted", "en")] == doodles.CLASSES[int(np.argmax(p))]
    assert metrics(at)[text("black_box.confidence", "en")] == f"{p.max():.0%}"


def test_untrained_box_shows_the_random_weights_answer():
    """The untrained box's bars are network.forward with the random weights: all near 1/3."""
    at = open_app(PAGE, "en", box="untrained")
    image, _ = doodles.sample_images(per_class=3, size=128)[0]
    p = network.forward(untrained.random_weights(0), to_network_input(image, 64))
    np.testing.assert_allclose(shown_probabilities(at), p, atol=0.0005)
    assert text("black_box.low_confidence", "en", a="x", b="y", margin="z").split("(")[0] in all_text(at)


def test_the_builtin_and_untrained_boxes_need_no_tensorflow():
    """The page with every step, the built-in and the untrained box runs without importing
    TensorFlow (a fresh interpreter, so other tests' imports do not count)."""
    code = (
        "import sys; from tests.apptest_utils import open_app\n"
        "at = open_app('app_pages/black_box.py', 'en')\n"
        "at.radio(key='black_box.box').set_value('untrained').run()\n"
        "assert not at.exception, at.exception\n"
        "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules\n"
    )
    done = in_fresh_python(code)
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_plain_colour_upload_is_said_to_be_unlike_the_doodles():
    """A plain orange PNG: the box still gives one class nearly everything, but instead of
    "fairly sure" the page says the picture is unlike anything it learned from, with the check's
    own numbers (explainer/familiar.py)."""
    at = open_app(PAGE, "en")
    at.radio(key="black_box.src").set_value("upload").run()
    data = png_bytes(photo_like.ORANGE, (90, 70))
    at.file_uploader(key="black_box.upload").set_value(("orange.png", data, "image/png")).run()
    assert not at.exception
    x = to_network_input(load_image(data), 64)
    p = network.forward(network.load_weights(), x)
    check = familiar.check(familiar.load(), x)
    assert not check.familiar and p.max() > 0.9
    label = text(f"doodles.class.{doodles.CLASSES[int(np.argmax(p))]}", "en")
    want = text(
        "black_box.unfamiliar",
        "en",
        label=label,
        conf=f"{p.max():.0%}",
        d=f"{check.distance:.2f}",
        limit=f"{check.threshold:.2f}",
        share=f"{familiar.QUANTILE:.0%}",
    )
    assert want in [w.value for w in at.warning]
    assert not at.success  # no "fairly sure"


def test_a_gallery_doodle_is_said_to_be_like_the_doodles():
    """Sample 1 passes the check: the page says its answer is worth reading, with the numbers."""
    at = open_app(PAGE, "zh")
    image, _ = doodles.sample_images(per_class=3, size=128)[0]
    check = familiar.check(familiar.load(), to_network_input(image, 64))
    want = text(
        "black_box.familiar",
        "zh",
        d=f"{check.distance:.2f}",
        limit=f"{check.threshold:.2f}",
        share=f"{familiar.QUANTILE:.0%}",
    )
    assert want in all_text(at)


def test_what_it_can_judge_shows_the_measured_table():
    """The go-deeper step shows each example's answer from the built-in box and the reference
    file's measured shares."""
    at = open_app(PAGE, "en")
    ref = familiar.load()
    table = at.table[0].value
    assert list(table.iloc[:, 1]) == [n for n, _, _ in ref.measured.values()]
    assert list(table.iloc[:, 2]) == [f"{f:.0%}" for _, f, _ in ref.measured.values()]
    p = network.forward(network.load_weights(), photo_like.orange().astype(np.float32) / 255.0)
    pred = predict(p, [text(f"doodles.class.{c}", "en") for c in doodles.CLASSES])
    assert text("black_box.judge.says", "en", label=pred.label, conf=f"{pred.confidence:.1%}") in all_text(at)


def test_waiting_for_tensorflow_counts_real_seconds(monkeypatch):
    """While TensorFlow loads (only for the pretrained box) the page shows the seconds so far,
    counted from the clock, and clears the message when it is loaded."""
    loaded = threading.Event()
    shown: list[str] = []

    class Note:
        def info(self, msg, icon=None):
            shown.append(msg)

        def empty(self):
            shown.append("")

    def slow_import(force=False):
        thread = threading.Thread(target=lambda: (time.sleep(1.3), loaded.set()))
        thread.start()
        return thread

    monkeypatch.setattr(boxes.tf_runtime, "is_loaded", loaded.is_set)
    monkeypatch.setattr(boxes.tf_runtime, "tensorflow", lambda: None)
    monkeypatch.setattr(boxes.preload, "start_tf_preload", slow_import)
    monkeypatch.setattr(boxes.st, "empty", Note)
    monkeypatch.setattr(boxes, "t", lambda key, **f: f"{key}:{f['s']}")
    boxes.wait_for_tf()
    assert shown[0] == "black_box.tf_loading:0" and "black_box.tf_loading:1" in shown and shown[-1] == ""


def test_the_upload_hint_names_the_button_streamlit_draws():
    """Streamlit 1.67's uploader button reads "Upload" (no "Browse files"): the hint says so in both
    languages (tests/e2e/test_black_box_browser.py reads the button in the page)."""
    for lang in ("en", "zh"):
        hint = text("image_picker.upload.waiting", lang)
        assert "“Upload”" in hint and "Browse" not in hint
