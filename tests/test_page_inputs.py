"""AppTest behaviour tests for the inputs page (course 01-04).

Widgets are changed in Chinese (the default language): AppTest formats the shared picker's
radio labels outside the script run, where the catalog language is the default.
"""

import pytest

from tests.apptest_utils import open_app


def test_default_is_256_and_196608():
    """The page opens at 256 × 256 and shows 256 × 256 × 3 = 196,608."""
    at = open_app("app_pages/inputs.py", "en")
    assert not at.exception
    assert at.metric[0].value == "196,608"
    assert any("256 × 256 × 3 = 196,608" in m.value for m in at.markdown)
    assert any("(196608,)" in m.value for m in at.markdown)


@pytest.mark.parametrize(("size", "count"), [("28", "2,352"), ("64", "12,288"), ("224", "150,528")])
def test_size_choice_changes_the_count(size, count):
    """Choosing another input size changes the count and the arithmetic, e.g. 28 -> 2,352."""
    at = open_app("app_pages/inputs.py", "zh")
    at.radio(key="inputs.size").set_value(size).run()
    assert not at.exception
    assert at.metric[0].value == count
    assert any(f"{size} × {size} × 3 = {count}" in m.value for m in at.markdown)
    assert at.query_params["size"] in (size, [size])


def test_crop_stays_inside_a_smaller_image():
    """At 28 × 28 the crop sliders end at 28 - zoom, so the crop never leaves the image."""
    at = open_app("app_pages/inputs.py", "zh")
    at.radio(key="inputs.size").set_value("28").run()
    assert at.slider(key="inputs.row").max == 28 - at.slider(key="inputs.zoom").value
    at.slider(key="inputs.zoom").set_value(12).run()
    assert at.slider(key="inputs.col").value <= 16
    assert not at.exception


def test_moving_the_crop_changes_the_numbers():
    """Moving the crop or switching to grey changes the numbers written on the pixels."""
    at = open_app("app_pages/inputs.py", "zh")

    def crop_text():
        chart = at.get("plotly_chart")[1]
        return chart.proto.spec

    before = crop_text()
    at.slider(key="inputs.col").set_value(40).run()
    moved = crop_text()
    assert moved != before
    at.radio(key="inputs.mode").set_value("grey").run()
    assert crop_text() != moved
    assert not at.exception


def test_size_comes_from_the_url():
    """A shared link ?size=64 opens at 64 × 64."""
    at = open_app("app_pages/inputs.py", "en", size="64")
    assert at.metric[0].value == "12,288"
