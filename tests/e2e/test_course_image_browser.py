"""One picture all the way through, in a real browser and one session: a solid-colour PNG uploaded
on the black box, then the inputs, outputs, loss and gradient-descent pages opened from the
sidebar. Each page shows that picture's own numbers, computed here independently in numpy
(explainer/network.py, itself checked against Keras in tests/test_network.py):
- inputs: its pixel values (the R, G, B it was made of);
- outputs: the same probabilities as the black-box bars;
- loss: the SSE of those probabilities against the label the learner chose;
- gradient descent: W_new = W - lr x slope, with W and the slope those of the numpy network.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from explainer import network
from explainer.descent_path import fmt
from explainer.images import load_image, to_network_input
from explainer.loss_formula import total_text
from explainer.losses import sse
from explainer.models import INPUT_SIZE
from steps import gradient_descent
from tests.e2e.conftest import (
    open_page,
    screenshot,
    solid_png,
    start_server,
    stop_server,
    upload_image,
    wait_idle,
)

MAIN = '[data-testid="stMain"]'
RGB = (220, 120, 30)
DOG = 1


@pytest.fixture(scope="module")
def plain_url():
    """The app as a learner's server runs it: no debug switch, so nothing here depends on one."""
    proc, url = start_server(debug=False)
    yield url
    stop_server(proc)


def _bars(page, key: str) -> list[float]:
    """The values of the HTML bar chart (explainer/figures/html_bars.py) drawn under the element
    key `key`, read from what is drawn."""
    bars = page.locator(f".st-key-{key.replace('.', '-')} .hb-bar")
    bars.first.wait_for(timeout=30_000)
    return [float(v) for v in bars.evaluate_all("bars => bars.map(b => b.dataset.value)")]


def _sidebar(page, path: str, steps: int) -> None:
    """Open a page from the sidebar, as a learner does (same session), and show all its steps."""
    page.locator(f'[data-testid="stSidebarNav"] a[href$="/{path}"]').click()
    wait_idle(page)
    page.get_by_role("button", name=f"Show all {steps} steps").click()
    wait_idle(page)


def _choose(page, key: str, option: str) -> None:
    box = page.locator(f".st-key-{key.replace('.', '-')}")
    box.wait_for(timeout=30_000)
    for _ in range(3):  # a rerun that lands just after the click redraws the box closed: open it again
        box.locator('[role="combobox"]').click()
        try:
            page.locator('[role="listbox"]').wait_for(timeout=5_000)
            break
        except Exception:
            wait_idle(page)
    page.locator('[role="listbox"] [role="option"]', has_text=option).first.click()
    wait_idle(page)


def test_one_uploaded_picture_is_followed_from_pixels_to_a_weight_update(page, plain_url):
    data = solid_png(RGB)
    tr = network.trace(network.load_weights(), to_network_input(load_image(data), INPUT_SIZE))
    p = np.asarray(tr.p, dtype=float)

    open_page(page, plain_url, "black-box", "lang=en")
    upload_image(page, "orange.png", data)
    box = _bars(page, "black_box.bars")
    assert box == pytest.approx(p, abs=1e-6), "the black box answers with the numpy network's probabilities"
    conf = page.locator('[data-testid="stMetricValue"]').nth(1).inner_text()
    assert conf == f"{p.max():.0%}"

    _sidebar(page, "inputs", 5)
    main = page.inner_text(MAIN)
    assert all(str(c) in main for c in RGB), "the picture's own pixel values are on the inputs page"
    assert f"{RGB[0] / 255:.3f}, {RGB[1] / 255:.3f}, {RGB[2] / 255:.3f}" in main

    _sidebar(page, "outputs", 5)
    yours = _bars(page, "outputs.your_bars")
    assert yours == pytest.approx(box, abs=1e-6), "outputs shows the probabilities the black box showed"

    _sidebar(page, "loss", 4)
    _choose(page, "loss.image_truth", "dog")
    want = total_text(sse(np.eye(3)[DOG], p))
    values = page.locator('[data-testid="stMetricValue"]')
    values.nth(1).filter(has_text=want).wait_for(timeout=30_000)
    assert [values.nth(i).inner_text() for i in range(2)] == ["0.6638", want]

    _sidebar(page, "gradient-descent", len(gradient_descent.STEPS))
    picker = page.locator(".st-key-gradient_descent-real_truth")
    if picker.count() and picker.locator('[role="combobox"]').count():
        _choose(page, "gradient_descent.real_truth", "dog")
    col = page.locator(f"{MAIN} .formula[data-tex*='text{{new}}}} &=']")
    col.first.wait_for(state="attached", timeout=30_000)
    tex = col.first.get_attribute("data-tex")
    w, lr, slope, w_new = (float(x) for x in re.findall(r"(?<![\d.])-?\d+\.?\d*", tex.split("&=", 2)[2])[:4])
    assert w - lr * slope == pytest.approx(w_new, abs=1e-7), tex
    i = int(np.argmax(tr.h))
    dw, _ = network.last_layer_gradient(tr, np.eye(3)[DOG], "squared_error")
    weights = network.load_weights()
    assert (fmt(float(weights.w_out[i, DOG]), 8), fmt(float(dw[i, DOG]))) == (fmt(w, 8), fmt(slope)), tex
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "went wrong" not in page.inner_text(MAIN)  # no step fell back to its error message
    screenshot(page, "course-image-gradient-descent-en")
