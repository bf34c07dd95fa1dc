"""The gallery's row of thumbnails (explainer/figures/thumbnails.py) and the picker that draws it."""

import re

import pytest

from catalog import text
from explainer.figures.thumbnails import strip_html
from tests.apptest_utils import open_app

PNG = "data:image/png;base64,iVBORw0KGgo="


def test_each_picture_has_its_caption_below_and_as_alt_text():
    html = strip_html([PNG, PNG], ["No. 1", "No. <2>"], 64)
    figures = re.findall(r"<figure>(.*?)</figure>", html)
    assert len(figures) == 2
    assert 'alt="No. 1"' in figures[0] and "<figcaption>No. 1</figcaption>" in figures[0]
    assert "&lt;2&gt;" in figures[1] and "<2>" not in html  # a caption is text
    assert 'width="64"' in figures[0]


def test_only_data_pictures_and_one_caption_each():
    with pytest.raises(ValueError, match="data:image"):
        strip_html(["https://example.com/x.png"], ["x"], 64)
    with pytest.raises(ValueError, match="one caption"):
        strip_html([PNG], [], 64)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_inputs_gallery_shows_every_sample_numbered_in_the_learners_language(lang):
    at = open_app("app_pages/inputs.py", lang)
    strip = next(h.proto.body for h in at.get("html") if "th-strip" in h.proto.body)
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", strip)
    assert captions == [text("image_picker.gallery.caption", lang, n=n) for n in range(1, 10)]
    assert strip.count('src="data:image/jpeg;base64,') == 9
