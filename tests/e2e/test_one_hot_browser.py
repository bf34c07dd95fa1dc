"""The one-hot page in a real browser: default classes, reordering changes the codes and never
which animal a sample is, the course image's label, and its questions answered wrong then right."""

import pytest

from catalog import text
from explainer.encoding import integer_encode
from explainer.questions import question
from tests.e2e.answering import answer_wrong_then_right
from tests.e2e.conftest import open_page, screenshot, wait_idle

MAIN = '[data-testid="stMain"]'


def open_one_hot(page, app_url, query: str) -> None:
    """Open the one-hot page straight from its link, with `query`."""
    open_page(page, app_url, "one-hot", query)


def labels_box(page):
    return page.locator(MAIN).get_by_role("textbox", name="Labels of some training samples")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_hot_page_shows_default_classes(page, app_url, lang):
    """The default class list is encoded; nothing raises; the whole page, recap included, is saved
    as a screenshot."""
    open_one_hot(page, app_url, f"lang={lang}")
    decoded = {"zh": "所以这是", "en": "so this is"}[lang]  # the decode step's result, near the end
    page.locator(MAIN).get_by_text(decoded).first.wait_for(timeout=90_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    page.locator(".st-key-recap").wait_for(timeout=30_000)
    assert text("app.recap.title", lang) in page.locator(".st-key-recap").inner_text()
    page.set_viewport_size({"width": 1280, "height": 4200})  # the main area scrolls on its own
    line = page.locator(".st-key-one_hot-why-line .nl")  # the number line (HTML: no charting code)
    line.wait_for(timeout=90_000)
    names = line.locator(".nl-name").all_inner_texts()
    assert names == text("one_hot.default_classes", lang).split(",")  # in the list's order, codes 0, 1, 2
    assert page.locator(".js-plotly-plot").count() == 0
    page.wait_for_timeout(500)
    screenshot(page, f"one_hot-full-{lang}")


def test_switch_order_button_reorders_and_updates_url(page, app_url):
    """Clicking "Switch to this order" moves Cat to the end, in the page and in the URL; the
    example samples keep their names and get new codes."""
    open_one_hot(page, app_url, "lang=en")
    page.locator(MAIN).get_by_role("button", name="Switch to this order").click()
    wait_idle(page)
    page.wait_for_timeout(500)
    assert "classes=Dog%2COther%2CCat" in page.url or "classes=Dog,Other,Cat" in page.url
    assert labels_box(page).input_value() == "Dog, Cat, Other, Cat"
    codes = list(integer_encode(["Dog", "Cat", "Other", "Cat"], ["Dog", "Other", "Cat"]))
    assert f"[{', '.join(map(str, codes))}]" in page.inner_text(MAIN)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_moving_cat_down_keeps_the_samples_names(page, app_url):
    """Moving Cat down: the samples still read Dog, Cat, Other, Cat, now coded [0, 1, 2, 1], and
    the course image (a cat) now has code 1."""
    open_one_hot(page, app_url, "lang=en")
    page.locator(MAIN).get_by_role("button", name="Move down").click()
    wait_idle(page)
    assert labels_box(page).input_value() == "Dog, Cat, Other, Cat"
    main = page.inner_text(MAIN)
    assert "[0, 1, 2, 1]" in main
    assert "its integer code is 1 and its one-hot vector [0, 1, 0]" in main


def test_the_learner_says_what_the_image_is(page, app_url):
    """Saying the course image is a dog shows its codes under the list, and the sidebar follows."""
    open_one_hot(page, app_url, "lang=en")
    page.locator(MAIN).get_by_role("combobox", name="What is it really?").click()
    page.get_by_role("option", name="Dog", exact=True).click()
    wait_idle(page)
    assert "It is Dog: under the list above, its integer code is 1" in page.inner_text(MAIN)
    assert "(dog)" in page.locator('[data-testid="stSidebar"]').inner_text()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_questions_wrong_then_right(page, app_url, lang):
    """Each question of the page, answered wrong then right, says so each time."""
    open_one_hot(page, app_url, f"lang={lang}")
    for qid in ("one_hot.encode", "one_hot.why_one_hot", "one_hot.fixed_order"):
        answer_wrong_then_right(page, question(qid), lang)
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, f"one_hot-answered-{lang}")


def test_adding_and_removing_classes_in_the_class_box(page, app_url):
    """Typing Bird + Enter in the class box adds a fourth class: the course image's vector gets a
    fourth entry and the link holds the list; the × on Cat removes it and Dog's code becomes 0."""
    open_one_hot(page, app_url, "lang=en&step=all")
    box = page.locator(MAIN).locator('[data-testid="stMultiSelect"]').first
    box.locator("input").click()
    box.locator("input").fill("Bird")
    page.keyboard.press("Enter")
    wait_idle(page)
    page.get_by_text("its one-hot vector [1, 0, 0, 0]").first.wait_for(timeout=30_000)
    assert "classes=Cat%2CDog%2COther%2CBird" in page.url or "classes=Cat,Dog,Other,Bird" in page.url
    box.get_by_role("button", name="Remove Cat").first.click()  # the × on Cat's chip
    wait_idle(page)
    page.locator(MAIN).get_by_text("so this is").first.wait_for(timeout=30_000)
    assert "classes=Dog%2COther%2CBird" in page.url or "classes=Dog,Other,Bird" in page.url
    assert "Cat" not in box.inner_text()
    assert page.locator('[data-testid="stException"]').count() == 0
