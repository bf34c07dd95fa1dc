"""Behaviour of the black-box page: default answer, boxes, uploads, camera, offline fallback."""

import io
import warnings

import numpy as np
import pytest
from PIL import Image

from catalog import text
from explainer import imagenet, models
from steps import black_box_cache as boxes
from tests.apptest_utils import open_app

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
    assert len(at.get("plotly_chart")) == 2  # the bars and the comparison
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


def test_trained_model_becomes_a_box():
    """A model the learner trained (session_state["trained_model"]) is offered as a fourth box."""
    at = open_app(PAGE, "en")
    label = text("black_box.box.trained", "en")
    assert label not in at.radio(key="black_box.box").options  # options are the shown labels
    at.session_state["trained_model"] = {
        "model": models.load_builtin(),
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
    """In lecture mode the comparison step alone shows both boxes' accuracy on fresh doodles."""
    at = open_app(PAGE, "en", present="1", step="3")
    reveal = [b for b in at.button if b.label == text("present.reveal", "en")]
    if reveal:
        reveal[0].click().run()
    assert not at.exception
    m = metrics(at)
    assert m[text("black_box.box.builtin", "en")] in ("98%", "99%", "100%")
    assert int(m[text("black_box.box.untrained", "en")].rstrip("%")) < 60
