"""Steps are fragments (ui/page.py): a widget change reruns only its own step, unless other
steps read its value, in which case it reruns the page (page_wide). AppTest always reruns the
whole script, so only a browser can tell: each case changes a shared value in one step and
waits for a *different* step to show it. Without page_wide on that widget, the later step
would keep its old value and the case would time out: with page_wide switched off, every
case here failed, and so did the gradient-descent one in test_gradient_descent_browser.py.
"""

import re
import time

import pytest

from catalog import text
from tests.e2e.conftest import open_page, wait_idle

MAIN = '[data-testid="stMain"]'


def metric(label: str):
    """A function reading the value of the first metric whose text contains `label`."""

    def read(page) -> str:
        box = page.locator(f'{MAIN} [data-testid="stMetric"]', has_text=label).first
        return box.locator('[data-testid="stMetricValue"]').inner_text()

    return read


def slider_value(name: str):
    def read(page) -> str:
        return page.locator(MAIN).get_by_role("slider", name=name).first.get_attribute("aria-valuetext")

    return read


def text_containing(fragment: str):
    def read(page) -> str:
        return page.locator(f"{MAIN} p", has_text=fragment).first.inner_text()

    return read


def compare_image_src(page) -> str:
    """The source of the black-box compare step's picture (the picked image, in a later step)."""
    return page.locator(f"{MAIN} .st-key-black_box-compare-image img").first.get_attribute("src")


def metric_count(page) -> str:
    return str(page.locator(f'{MAIN} [data-testid="stMetric"]').count())


def click_toggle(label: str):
    return lambda page: page.locator(MAIN).get_by_text(label, exact=True).first.click()


def click_pill(name: str):
    return lambda page: page.locator(MAIN).get_by_role("radio", name=name, exact=True).first.click()


def click_button(name):
    return lambda page: page.locator(MAIN).get_by_role("button", name=name).first.click()


def nudge_slider(which: int | str, key: str = "ArrowRight"):
    """Press an arrow key on the nth slider of the page, or on the slider with that name."""

    def act(page) -> None:
        if isinstance(which, str):
            page.locator(MAIN).get_by_role("slider", name=which).first.focus()
        else:
            page.locator(MAIN).get_by_role("slider").nth(which).focus()
        page.keyboard.press(key)

    return act


def click_text(text: str):
    return lambda page: page.locator(MAIN).get_by_text(text, exact=True).first.click()


CASES = {
    # page: (path, shared change in an early step, what a later step shows)
    "black_box": ("black-box", click_pill("2"), compare_image_src),  # the picker (ui/image_picker.py)
    # "your image" on or off: every step draws its column (the argmax step: 3 metric pairs or 2)
    "outputs": ("outputs", click_toggle(text("outputs.yours.toggle", "en")), metric_count),
    "knobs": ("knobs", click_button(re.compile("Let training turn them")), slider_value("Weight w₁")),
    "loss": ("loss", nudge_slider(0, "ArrowLeft"), metric("Cross-entropy")),
    "inputs": ("inputs", click_text("28 × 28"), text_containing("A 1-D vector")),
    # the order (last step): the samples keep their animals, their codes change (an earlier step)
    "one_hot": ("one-hot", click_button("Switch to this order"), text_containing("The integer encoding is")),
    "training": (
        "training",
        nudge_slider("Number of images (training + validation)"),
        text_containing("more test images kept"),
    ),
}


def wait_for_change(page, read, before: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            now = read(page)
        except Exception:  # redrawn between locating and reading
            now = before
        if now != before:
            return now
        page.wait_for_timeout(250)
    pytest.fail(f"the later step still shows {before!r}")


@pytest.mark.parametrize("case", list(CASES))
def test_a_shared_value_reaches_the_later_steps(page, app_url, case):
    path, act, read = CASES[case]
    open_page(page, app_url, path, "lang=en")
    page.wait_for_timeout(500)
    before = read(page)
    act(page)
    after = wait_for_change(page, read, before)
    wait_idle(page)
    assert after != before
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator(MAIN).get_by_text("Something went wrong").count() == 0


def test_share_link_has_a_value_changed_inside_a_step(page, app_url):
    """A change inside one step reruns only that step, which puts the value in the URL; the
    share link is built when asked for, so it has the value too (ui.page.share_link_ui)."""
    open_page(page, app_url, "inputs", "lang=en")
    column = page.locator(MAIN).get_by_role("slider", name=text("inputs.grid.col", "en"))
    before = column.get_attribute("aria-valuetext")
    column.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_url(f"**col={int(before) + 1}*", timeout=30_000)
    wait_idle(page)
    page.get_by_role("button", name=text("app.share_button", "en")).click()
    code = page.locator('[role="dialog"] [data-testid="stCode"]')
    code.wait_for(timeout=15_000)
    assert f"col={int(before) + 1}" in code.inner_text()


def test_a_new_batch_reaches_the_keras_step_which_agrees(page, app_url):
    """The batch and the Keras step rerun together (@together in steps/loss.py), not the page:
    after New batch the Keras step's course MSE is the new batch's MSE of the step above."""
    open_page(page, app_url, "loss", "lang=en")
    batch_mse, course_mse = metric(text("loss.batch.mse", "en")), metric(text("loss.keras.course", "en"))
    before = course_mse(page)
    assert before == batch_mse(page)
    click_button(text("loss.batch.new", "en"))(page)
    after = wait_for_change(page, course_mse, before)
    wait_idle(page)
    assert after == batch_mse(page) != before
    assert page.locator('[data-testid="stException"]').count() == 0
