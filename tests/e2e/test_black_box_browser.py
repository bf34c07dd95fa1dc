"""The black-box page in a real browser: the default answer, a good upload, a corrupt upload."""

import io

import pytest
from PIL import Image

from catalog import text
from tests.e2e.conftest import open_page, screenshot, upload_image, wait_idle

MAIN = '[data-testid="stMain"]'


def _settle(page) -> None:
    """Wait until the answer is drawn: widgets are loaded lazily by the front end on first use."""
    page.wait_for_selector('[data-testid="stMetric"]', timeout=60_000)
    page.wait_for_selector(f"{MAIN} .hb-bar", timeout=60_000)  # the probability bars (HTML)


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 90), (30, 140, 220)).save(buf, format="PNG")
    return buf.getvalue()


def _choose_upload(page, lang: str) -> None:
    page.get_by_text(text("image_picker.source.upload", lang), exact=True).click()
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
    page.wait_for_function(  # the comparison may mount a moment after the answer
        "() => document.querySelectorAll('.hb').length >= 2", timeout=30_000
    )
    wait_idle(page)
    assert page.locator(f"{MAIN} .hb").count() == 2  # the answer and the comparison, as HTML bars
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 0  # so no charting code is loaded
    bars = page.locator(".st-key-black_box-bars .hb-bar")
    values = [float(v) for v in bars.evaluate_all("bars => bars.map(b => b.dataset.value)")]
    assert len(values) == 3 and abs(sum(values) - 1) < 1e-6 and max(values) == values[0]  # sample 1: a cat
    screenshot(page, f"black_box-answer-{lang}")


def test_good_upload_is_classified(page, app_url):
    """Uploading a real PNG shows it with its size and the box's probabilities."""
    open_page(page, app_url, "black-box", "lang=en")
    upload_image(page, "blue.png", _png(), "en")
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
    upload_image(page, "broken.png", b"\x89PNG\r\n\x1a\n not really an image", lang)
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
    # The link's sample becomes the course image, and the rerun that follows may start after
    # open_page saw the page idle (CI under load read the page in the middle of it).
    page.get_by_text(text("image_picker.caption.gallery", "en", n=4)).first.wait_for(timeout=60_000)
    wait_idle(page)
    main = page.inner_text(MAIN)
    assert text("black_box.about.untrained", "en", size=0).split(";")[0] in main
    assert text("image_picker.caption.gallery", "en", n=4) in main
    screenshot(page, "black_box-untrained-en")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_oversized_upload_is_said_in_the_page(page, app_url, lang):
    """An 11.5 MB file (over the app's 10 MB) reaches the page and gets the translated message,
    not only the uploader's red icon."""
    open_page(page, app_url, "black-box", f"lang={lang}")
    upload_image(page, "big.png", b"\x89PNG\r\n\x1a\n" + bytes(int(11.5 * 1024 * 1024)), lang)
    page.get_by_text(text("image_picker.error.file_too_big", lang, mb=10)).wait_for(timeout=60_000)
    assert page.locator('[data-testid="stException"]').count() == 0


def _box(page, qid: str):
    """The predict-first box of question `qid` (ui/predict.py keys it "predict-<page>-<step>")."""
    return page.locator(f".st-key-predict-{qid.replace('.', '-')}")


def answer_choice(page, qid: str, option_text: str, lang: str) -> str:
    """Pick an option in a question's box, press Check, and return the box's text afterwards."""
    box = _box(page, qid)
    box.get_by_text(option_text, exact=True).click()
    wait_idle(page)
    box.get_by_role("button", name=text("predict.check", lang)).click()
    wait_idle(page)
    return box.inner_text()


def next_step(page, k: int, n: int, lang: str) -> None:
    page.get_by_role("button", name=text("app.steps.next", lang, k=k, n=n)).click()
    wait_idle(page)


def test_questions_wrong_then_right_then_the_recap(page, app_url):
    """A learner alone: each question hides its step until answered; a wrong answer says "Not
    quite", the right one "Right!" with the answer computed by the explainer; the page ends with
    what was learned and the next page."""
    from explainer.questions import question

    lang = "en"
    page.goto(f"{app_url}/black-box?lang={lang}")
    wait_idle(page)
    wrong, right = text("predict.wrong", lang), text("predict.right", lang)
    q = question("black_box.try_it")
    next_step(page, 2, 4, lang)
    assert page.locator('[data-testid="stMetric"]').count() == 0  # hidden until answered
    out = answer_choice(page, q.id, q.literals["too_much"], lang)
    assert wrong in out and right not in out
    out = answer_choice(page, q.id, q.literals[q.correct], lang)
    assert right in out and text("black_box.try_it.answer", lang, **q.fields) in out
    _settle(page)
    for k, qid, bad in ((3, "black_box.compare", "sure_cat"), (4, "black_box.what_it_can_judge", "refuses")):
        next_step(page, k, 4, lang)
        q = question(qid)
        assert wrong in answer_choice(page, qid, text(f"{qid}.option.{bad}", lang), lang)
        out = answer_choice(page, qid, text(f"{qid}.option.{q.correct}", lang), lang)
        assert right in out and text(f"{qid}.answer", lang, **q.fields) in out
    main = page.inner_text(MAIN)
    assert text("app.recap.title", lang) in main and text("black_box.judge.title", lang) in main
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, "black_box-answered-en")


def test_upload_hint_names_the_uploaders_button(page, app_url):
    """The hint under an empty uploader names the button Streamlit actually draws."""
    for lang in ("en", "zh"):
        open_page(page, app_url, "black-box", f"lang={lang}")
        _choose_upload(page, lang)
        button = page.locator('[data-testid="stFileUploader"] button').first.inner_text()
        label = button.strip().splitlines()[-1].strip()  # after the icon's ligature name
        assert label and f"“{label}”" in text("image_picker.upload.waiting", lang)


def test_a_plain_colour_upload_is_called_unlike_the_doodles(page, app_url):
    """A plain colour picture gets the box's answer and the warning that it is unlike anything
    the built-in box learned from, not "fairly sure"."""
    open_page(page, app_url, "black-box", "lang=zh")
    upload_image(page, "plain.png", _png(), "zh")
    _settle(page)
    main = page.inner_text(MAIN)
    assert text("black_box.unfamiliar", "zh", label="", conf="", d="", limit="", share="")[:12] in main
    assert text("black_box.sure", "zh", margin="")[:8] not in main
    screenshot(page, "black_box-unfamiliar-zh")
