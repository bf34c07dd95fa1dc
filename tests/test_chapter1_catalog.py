"""The words of the black-box, outputs and inputs pages: each course term in both languages on
its first use on the page and plainly after, and the numbers the captions quote from code."""

import re
from collections import Counter

import pytest

import catalog
from catalog import text
from explainer import imagenet
from steps import black_box

PAGES = ("black_box", "outputs", "inputs")


@pytest.mark.parametrize("page", PAGES)
def test_each_term_is_written_in_both_languages_once_per_page(page):
    """[[term]] (which expands to "损失函数（loss function）") appears once among a page's texts."""
    for lang in catalog.LANGS:
        refs = Counter(
            ref
            for key, entry in catalog.CATALOG.items()
            if key.startswith(f"{page}.") and not key.endswith(".notes")
            for ref in re.findall(r"\[\[([a-z0-9_]+)\]\]", entry[lang])
        )
        assert [t for t, n in refs.items() if n > 1] == [], (page, lang)


def test_convolutional_network_and_imagenet_get_a_plain_sentence():
    """The built-in box's caption says what a convolutional network is; the pretrained box's says
    what ImageNet and MobileNetV2 are, with ImageNet's class numbers taken from explainer/imagenet.py."""
    for lang in catalog.LANGS:
        assert catalog.term("convolutional_network", lang) in text("black_box.about.builtin", lang)
        pretrained = text("black_box.about.pretrained", lang, size=0, **black_box.IMAGENET)
        assert "ImageNet" in pretrained and "MobileNetV2" in pretrained
        assert (
            f"{imagenet.NUM_IMAGENET:,}" in pretrained
            and f"{imagenet.CAT.start}–{imagenet.CAT.stop - 1}" in pretrained
        )
        assert str(imagenet.NUM_IMAGENET - len(imagenet.CAT) - len(imagenet.DOG)) in pretrained


@pytest.mark.parametrize("page", PAGES)
def test_every_page_ends_with_a_short_recap(page):
    """2-3 points of what was learned, in both languages."""
    for lang in catalog.LANGS:
        points = [line for line in text(f"{page}.recap", lang).splitlines() if line.startswith("- ")]
        assert 2 <= len(points) <= 3
