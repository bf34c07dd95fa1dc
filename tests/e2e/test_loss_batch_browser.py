"""The loss page's batch in Chromium: a read-only table until "Edit this batch" opens Streamlit's
table editor; a cell typed into the editor changes the MSE, and the edit stays when the editor
is closed (the read-only table shows it) and when it is opened again (steps/loss_batch.py)."""

from catalog import text
from tests.e2e.conftest import open_page, wait_idle

MAIN = '[data-testid="stMain"]'
SWITCH = ".st-key-loss-batch-editing label"
GRID = f'{MAIN} [data-testid="stDataFrame"]'


def mse(page) -> str:
    box = page.locator(f'{MAIN} [data-testid="stMetric"]', has_text=text("loss.batch.mse", "en")).first
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def first_row(page) -> list[str]:
    """The read-only batch table's first row: #, true class, y′ of each class."""
    table = page.locator(f"{MAIN} .ht-table", has_text="y′ (Cat)").first
    return table.locator("tbody tr").first.locator("td").all_inner_texts()


def switch(page) -> None:
    page.locator(SWITCH).first.click()
    wait_idle(page)


def test_editing_the_batch_in_the_browser(page, app_url):
    open_page(page, app_url, "loss", "lang=en")
    assert page.locator(GRID).count() == 0  # no editor, no canvas grid until asked for
    before = mse(page)
    assert first_row(page)[:3] == ["1", "Other", "0.11"]

    switch(page)
    grid = page.locator(GRID).first
    grid.wait_for(timeout=30_000)
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(500)  # the canvas sizes itself a moment after its box
    box = grid.bounding_box()
    page.mouse.dblclick(box["x"] + 190, box["y"] + 35 + 12)  # row 1, column y′ (Cat)
    cell = page.locator("input.gdg-input")  # the grid's editor for that cell, over the canvas
    cell.wait_for(timeout=10_000)
    assert cell.input_value() == "0.11"
    cell.fill("0.9")  # keys typed before the editor has focus would be lost
    cell.press("Enter")
    page.wait_for_function(
        f"""() => {{ const m = Array.from(document.querySelectorAll('{MAIN} [data-testid="stMetric"]'))
              .find((el) => el.innerText.includes({text("loss.batch.mse", "en")!r}));
              return m && !m.innerText.includes({before!r}); }}""",
        timeout=30_000,
    )
    wait_idle(page)
    edited = mse(page)
    # row 1 is an "Other": y' = (0.9, 0.13, 0.76), y = (0, 0, 1); its SSE grows, so does the MSE
    assert float(edited) > float(before)

    switch(page)  # closed: the edit stays, and the read-only table shows it
    assert page.locator(GRID).count() == 0
    assert mse(page) == edited
    assert first_row(page)[:3] == ["1", "Other", "0.90"]

    switch(page)  # opened again: the editor starts from the edited batch
    page.locator(GRID).first.wait_for(timeout=30_000)
    assert mse(page) == edited
    assert page.locator('[data-testid="stException"]').count() == 0
