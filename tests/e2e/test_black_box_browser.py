"""The black-box page in a real browser: the default answer, a good upload, a corrupt upload."""

import io

import pytest
from PIL import Image

from catalog import text
from tests.e2e.conftest import open_page, screenshot, wait_idle

MAIN = '[data-testid="stMain"]'


def _settle(page) -> None:
    """Wait until the answer is drawn: widgets are loaded lazily by the front end on first use."""
    page.wait_for_selector('[data-testid="stMetric"]', timeout=60_000)
    page.wait_for_selector('[data-testid="stPlotlyChart"]', timeout=60_000)


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 90), (30, 140, 220)).save(buf, format="PNG")
    return buf.getvalue()


def _choose_upload(page, lang: str) -> None:
    page.get_by_text(text("image_picker.source.upload", lang), exact=True).click()
    wait_idle(page)


def _upload(page, name: str, data: bytes) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        {"name": name, "mimeType": "image/png", "buffer": data}
    )
    page.wait_for_timeout(500)
    wait_idle(page)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_default_sample_answer_and_screenshot(page, app_url, lang):
    """On first visit a sample doodle gets the built-in box's answer: bars, label, how sure."""
    open_page(page, app_url, "black-box", f"lang={lang}")
    _settle(page)
    main = page.inner_text(MAIN)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert text("black_box.predicted", lang) in main, main
    assert text("black_box.sum", lang, terms="", total="").split(":")[0].split("：")[0] in main
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 2
    screenshot(page, f"black_box-answer-{lang}")


def test_good_upload_is_classified(page, app_url):
    """Uploading a real PNG shows it with its size and the box's probabilities."""
    open_page(page, app_url, "black-box", "lang=en")
    _choose_upload(page, "en")
    _upload(page, "blue.png", _png())
    _settle(page)
    main = page.inner_text(MAIN)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert text("image_picker.caption.upload", "en", w=120, h=90) in main
    assert "= 1.000" in main
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_corrupt_upload_shows_translated_error(page, app_url, lang):
    """A corrupt file gets the translated error; switching back to the gallery works again."""
    open_page(page, app_url, "black-box", f"lang={lang}")
    _choose_upload(page, lang)
    _upload(page, "broken.png", b"\x89PNG\r\n\x1a\n not really an image")
    assert text("image_picker.error.not_image", lang) in page.inner_text(MAIN)
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, f"black_box-bad-upload-{lang}")
    page.get_by_text(text("image_picker.source.gallery", lang), exact=True).click()
    wait_idle(page)
    _settle(page)
    assert text("image_picker.error.not_image", lang) not in page.inner_text(MAIN)
    assert text("black_box.predicted", lang) in page.inner_text(MAIN)


def test_untrained_box_from_link(page, app_url):
    """A shared link ?box=untrained&sample=4 opens that box and sample."""
    open_page(page, app_url, "black-box", "lang=en&box=untrained&sample=4")
    _settle(page)
    main = page.inner_text(MAIN)
    assert text("black_box.about.untrained", "en", size=0).split(";")[0] in main
    assert text("image_picker.caption.gallery", "en", n=4) in main
    screenshot(page, "black_box-untrained-en")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_oversized_upload_is_said_in_the_page(page, app_url, lang):
    """An 11.5 MB file (over the app's 10 MB) reaches the page and gets the translated message,
    not only the uploader's red icon."""
    open_page(page, app_url, "black-box", f"lang={lang}")
    _choose_upload(page, lang)
    _upload(page, "big.png", b"\x89PNG\r\n\x1a\n" + bytes(int(11.5 * 1024 * 1024)))
    page.get_by_text(text("image_picker.error.file_too_big", lang, mb=10)).wait_for(timeout=60_000)
    assert page.locator('[data-testid="stException"]').count() == 0
