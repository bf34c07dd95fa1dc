"""The language catalog: every key in both languages, every term reference known."""

import re

import pytest

import catalog
from catalog.glossary import TERMS
from explainer.course import PAGES


@pytest.mark.parametrize("key", sorted(catalog.CATALOG))
def test_every_key_has_both_languages(key):
    """No catalog entry is missing or empty in Chinese or English."""
    entry = catalog.CATALOG[key]
    for lang in catalog.LANGS:
        assert isinstance(entry.get(lang), str) and entry[lang].strip(), f"{key} has no {lang} text"


@pytest.mark.parametrize("key", sorted(catalog.CATALOG))
def test_term_references_exist(key):
    """[[term]] markers name real glossary terms."""
    for lang in catalog.LANGS:
        for ref in re.findall(r"\[\[([^\]]*)\]\]", catalog.CATALOG[key][lang]):
            assert ref in TERMS, f"{key} ({lang}) refers to unknown term {ref!r}"


@pytest.mark.parametrize("key", sorted(catalog.CATALOG))
def test_placeholders_agree(key):
    """Both languages use the same {fields}, so formatting never fails in one of them."""
    fields = [
        set(re.findall(r"(?<!\{)\{([a-z_0-9]*)[}:!]", catalog.CATALOG[key][lang])) for lang in catalog.LANGS
    ]
    assert fields[0] == fields[1], f"{key}: {fields}"


def test_chinese_text_is_chinese_and_english_is_not():
    """A Chinese string has Chinese characters unless it is a name or number; English has none."""
    han = re.compile(r"[\u4e00-\u9fff]")
    for key, entry in catalog.CATALOG.items():
        en = catalog._TERM_REF.sub("", entry["en"])
        assert not han.search(en.replace("语言", "")), f"{key}: Chinese characters in the English text"


@pytest.mark.parametrize("p", PAGES, ids=[p.id for p in PAGES])
def test_every_page_has_title_and_blurb(p):
    for lang in catalog.LANGS:
        assert catalog.text(f"{p.id}.title", lang)
        assert catalog.text(f"{p.id}.blurb", lang)


def test_glossary_entries_complete():
    """Each term has zh, en, a definition in both, and a page that exists."""
    pages = {p.id for p in PAGES}
    assert len(TERMS) >= 40
    for tid, e in TERMS.items():
        for field in ("zh", "en", "def_zh", "def_en"):
            assert e[field].strip(), f"{tid}.{field} empty"
        assert e["page"] in pages, f"{tid} points to unknown page {e['page']}"


def test_term_expands_bilingually():
    """A course term appears in both languages: the user's language first."""
    assert catalog.term("loss_function", "zh") == "损失函数（loss function）"
    assert catalog.term("loss_function", "en") == "loss function (损失函数)"
    assert "损失函数（loss function）" in catalog.text("home.intro", "zh")


def test_missing_key_is_visible():
    assert catalog.text("no.such.key", "en") == "⟨no.such.key⟩"


def test_term_starting_an_english_sentence_is_capitalised():
    """ "[[inference]] means ..." reads "Inference (推理) means ..." in English."""
    catalog.CATALOG["_test.cap"] = {
        "zh": "[[inference]]是…",
        "en": "[[inference]] means. Then [[loss_function]].",
    }
    try:
        assert catalog.text("_test.cap", "en") == "Inference (推理) means. Then loss function (损失函数)."
        assert catalog.text("_test.cap", "zh").startswith("推理（inference）")
    finally:
        del catalog.CATALOG["_test.cap"]
