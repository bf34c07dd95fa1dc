"""AppTest behaviour tests for the inputs page (course 01-04).

Widgets are changed in Chinese (the default language): AppTest formats the shared picker's
radio labels outside the script run, where the catalog language is the default.
"""

import numpy as np
import pytest
from PIL import Image

import catalog
from catalog import text
from explainer import doodles, network, pixels
from explainer.images import number_count, to_network_input
from steps import inputs as steps
from tests.apptest_utils import html_frames, open_app
from ui.course_image import KEY, CourseImage
from ui.pictures import image_key

PAGE = "app_pages/inputs.py"


def all_markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_the_course_count_beside_the_built_in_networks():
    """256 × 256 × 3 = 196,608 for the course's example, 64 × 64 × 3 = 12,288 for the built-in
    network, both from number_count."""
    at = open_app(PAGE, "en")
    assert not at.exception
    assert [m.value for m in at.metric] == [
        f"{number_count((256, 256, 3)):,}",
        f"{number_count((64, 64, 3)):,}",
    ]
    assert "256 × 256 × 3 = 196,608" in all_markdown(at)
    assert "64 × 64 × 3 = 12,288" in all_markdown(at)
    assert any("(196608,)" in m.value for m in at.markdown)


@pytest.mark.parametrize(("size", "count"), [("28", "2,352"), ("64", "12,288"), ("224", "150,528")])
def test_size_choice_changes_the_count(size, count):
    """Choosing another input size says how many numbers that is, e.g. 28 -> 2,352."""
    at = open_app(PAGE, "zh")
    at.radio(key="inputs.size").set_value(size).run()
    assert not at.exception
    assert text("inputs.size.note", "zh", s=size, n=count) in all_markdown(at)
    assert at.query_params["size"] in (size, [size])


def test_crop_stays_inside_a_smaller_image():
    """At 28 × 28 the crop sliders end at 28 - zoom, so the crop never leaves the image."""
    at = open_app(PAGE, "zh")
    at.radio(key="inputs.size").set_value("28").run()
    assert at.slider(key="inputs.row").max == 28 - at.slider(key="inputs.zoom").value
    at.slider(key="inputs.zoom").set_value(12).run()
    assert at.slider(key="inputs.col").value <= 16
    assert not at.exception


def test_moving_the_crop_changes_the_numbers():
    """Moving the crop or switching to colour changes the numbers written on the pixels."""
    at = open_app(PAGE, "zh")

    def crop_text():
        return next(h.proto.body for h in at.get("html") if 'class="pg"' in h.proto.body)  # the crop

    before = crop_text()
    at.slider(key="inputs.col").set_value(40).run()
    moved = crop_text()
    assert moved != before
    zoom = at.slider(key="inputs.zoom").value
    captions = [c.value for c in at.caption]
    assert any(f"第 40–{40 + zoom - 1} 列" in c for c in captions)  # where the red square is
    at.radio(key="inputs.mode").set_value("rgb").run()
    assert crop_text() != moved
    assert not at.exception


def test_grey_comes_first():
    """The course starts with grey pictures: the grid opens in grey, listed before colour."""
    at = open_app(PAGE, "en")
    assert at.radio(key="inputs.mode").value == "grey"
    assert list(at.radio(key="inputs.mode").options)[0] == text("inputs.grid.mode.grey", "en")


def test_size_comes_from_the_url():
    """A shared link ?size=64 opens at 64 × 64."""
    at = open_app(PAGE, "en", size="64")
    assert text("inputs.size.note", "en", s=64, n="12,288") in all_markdown(at)


def own_picture(at, colour) -> None:
    image = Image.new("RGB", (90, 70), colour)
    at.session_state[KEY] = CourseImage(image, image_key(image), "upload", None, None)


def test_the_built_in_networks_numbers_of_your_picture():
    """A plain colour picture of known RGB: the page gives its first pixel's numbers and, divided
    by 255, exactly the numbers the built-in network reads (the course image's x)."""
    rgb = (30, 140, 220)
    at = open_app(PAGE, "en", src="upload")
    own_picture(at, rgb)
    at.run()
    assert not at.exception
    x = network.trace(network.load_weights(), to_network_input(Image.new("RGB", (90, 70), rgb), 64)).x
    want = text(
        "inputs.shape.builtin",
        "en",
        s=64,
        n="12,288",
        r=rgb[0],
        g=rgb[1],
        b=rgb[2],
        x=", ".join(f"{v:.3f}" for v in x[0, 0]),
    )
    assert want in all_markdown(at)


def test_the_flattened_vector_is_the_course_images_pixels():
    """The vector step's first numbers are the course image's pixels, R G B pixel by pixel, and the
    planes' tables have the row numbers their caption names."""
    at = open_app(PAGE, "en", size="64")
    image, _ = doodles.sample_images(per_class=3, size=128)[0]
    a = pixels.network_pixels(image, 64)
    np.testing.assert_array_equal(
        a.reshape(-1)[:3], (network.trace(network.load_weights(), a / 255.0).x[0, 0] * 255).round()
    )
    for ch in range(3):
        df = html_frames(at)[ch]
        assert list(df.iloc[:, 0]) == [0, 1, 2, 3, 4]
        np.testing.assert_array_equal(df.iloc[:, 1:].to_numpy(dtype=int), a[:5, :5, ch])
    assert text("inputs.shape.row", "en") in text("inputs.shape.planes_caption", "en")


def test_the_recap_numbers_are_the_code_s():
    """The recap's counts are number_count's, in both languages."""
    for lang in catalog.LANGS:
        recap = text("inputs.recap", lang)
        assert f"{number_count((256, 256, 3)):,}" in recap and f"{number_count((64, 64, 3)):,}" in recap


def test_steps_follow_the_course():
    """Pixels first, then how many numbers (256 × 256 × 3 right after "3 numbers a pixel"), then
    grey against colour, then the two shapes."""
    names = [s.__name__ for s in steps.STEPS]
    assert names == ["choose_image", "pixel_grid", "fixed_input_size", "grey_and_colour", "vector_or_planes"]


def test_the_count_typed_with_a_thousands_separator_is_right():
    """A learner who types 196,608, as the page writes it, is right."""
    at = open_app(PAGE, "en", step="3")
    qid = "inputs.fixed_input_size"
    at.text_input(key=f"_q.{qid}").input("196,608").run()
    at.button(key=f"_q.{qid}.check").click().run()
    assert any(text("predict.right", "en") in s.value for s in at.success)
