"""One image for the whole course (ui/course_image.py): chosen once, followed on every page."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from explainer import network
from explainer.images import to_network_input
from tests.apptest_utils import open_app
from ui.course_image import gallery

BB, INPUTS = "app_pages/black_box.py", "app_pages/inputs.py"


def png(colour=(10, 200, 30), size=(80, 60)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, format="PNG")
    return buf.getvalue()


def test_a_sample_chosen_on_the_black_box_is_the_inputs_pages_image():
    """Sample 4 picked on the black box: the inputs page opens on sample 4, and the link says img=4."""
    at = open_app(BB, "en")
    at.pills(key="black_box.sample").set_value(4).run()
    assert at.session_state["course_image"].sample == 4
    assert at.query_params["img"] == "4"
    at.switch_page(INPUTS)
    at.run()
    assert not at.exception
    assert at.pills(key="inputs.sample").value == 4


def test_the_sidebar_changes_the_image_every_page_uses():
    """Picking sample 7 in the sidebar: the black box's own picker follows it."""
    at = open_app(BB, "en")
    at.selectbox(key="_course_image_pick").set_value(7).run()
    assert at.session_state["course_image"].sample == 7
    assert at.pills(key="black_box.sample").value == 7


def test_a_link_with_img_opens_that_sample():
    """?img=5 (a shared link) opens sample 5; a hostile ?img= is dropped and the default stays."""
    at = open_app(BB, "en", img="5")
    assert at.session_state["course_image"].sample == 5
    bad = open_app(BB, "en", img="99; drop")
    assert not bad.exception and bad.session_state["course_image"].sample == 1


def test_an_upload_is_the_course_image_and_never_goes_in_the_link():
    """An uploaded picture follows the learner to the inputs page; the link carries no img."""
    at = open_app(BB, "en")
    at.radio(key="black_box.src").set_value("upload").run()
    at.file_uploader(key="black_box.upload").set_value(("green.png", png(), "image/png")).run()
    ci = at.session_state["course_image"]
    assert ci.own and ci.source == "upload" and ci.truth is None
    assert "img" not in at.query_params
    at.switch_page(INPUTS)
    at.run()
    assert not at.exception
    assert at.session_state["course_image"].key == ci.key
    assert at.radio(key="inputs.src").value == "upload"


def test_the_built_in_networks_answer_on_the_course_image_is_the_numpy_forward_pass():
    """course_image.answer runs explainer.network on the 64x64 input of the picture."""
    from ui.course_image import _trace

    image, _ = gallery()[2]
    tr = _trace("test-key", _image=image)
    expected = network.forward(network.load_weights(), to_network_input(image, 64))
    np.testing.assert_allclose(tr.p, expected, atol=1e-12)
    assert abs(tr.p.sum() - 1) < 1e-9
