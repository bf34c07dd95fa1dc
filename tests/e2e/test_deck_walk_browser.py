"""The whole deck, slide by slide, fits the projector at every screen size, in both languages.

One browser per language (each in its own thread, so the two walks run at once) starts on
the course map and presses Next until the last slide. On each slide, and again after its
answer is revealed, the tab is resized to each of the four screens: the slide is laid out
again in the browser (ui/deck.js re-fits on resize; no rerun), so each slide runs once and is
measured four times. At each size every page of the slide is shown and measured: nothing may
lie outside the window and nothing may be cut off inside its own box (tests/e2e/deck.py).
At 1280x720 every page is also checked for legibility from the back of a hall (prose >= 24 px,
labels >= 18 px, chart text >= 16 px, contrast >= 4.5 : 1; tests/e2e/deck.py) and saved as a
screenshot (present-<lang>-NN-<page>-<step>-<part>.png).
"""

from __future__ import annotations

import threading
import time

from tests.e2e import deck
from tests.e2e.conftest import CHROMIUM, SHOTS

SMALL_ZOOM = 0.5  # a block shrunk below this is listed in the output (too small to read well)
# Interactive tables (canvas grids) that scroll their own rows: the step fixes their height,
# so lecture mode cannot show every row. Listed here, printed, not failed; any other fails.
SCROLLS_INSIDE = {
    "loss 2": "the batch editor (32 rows in height=300) and its SSE table (height=220), set in steps/loss.py",
}
# Tables with a row per run of the class: they may scroll down inside their box (a class makes
# any number of runs; the chart above shows them all), never sideways (steps/training_cache.py
# keeps the projected columns within a 1024x768 screen).
SCROLLS_DOWN = {"training 6": "the class board's table"}


def sideways(entry: list) -> bool:
    """An overflow entry ['scrolls inside', what, scrollWidth, clientWidth, scrollHeight,
    clientHeight] that scrolls sideways."""
    return entry[2] > entry[3] + 4  # the tolerance of deck.MEASURE


class Walker:
    """One language's tab walking the deck."""

    def __init__(self, app_url: str, lang: str, slides: int):
        self.app_url, self.lang, self.slides = app_url, lang, slides
        self.problems: list[str] = []
        self.small: list[str] = []
        self.inside: list[str] = []
        self.hard_to_read: list[str] = []
        self.seen: list[str] = []
        self.error: BaseException | None = None

    def run(self) -> None:
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
                self.page = browser.new_page(viewport={"width": 1280, "height": 720})
                self.page.goto(f"{self.app_url}/?present=1&lang={self.lang}&step=1")
                while len(self.seen) < self.slides + 1:
                    self.visit()
                    if not self.press_next():
                        break
                browser.close()
        except BaseException as exc:  # reported by the test's thread
            self.error = exc

    def check(self, label: str) -> None:
        """Measure this state at every size, every page; screenshots at 1280x720."""
        p = self.page
        for w, h in deck.SIZES:
            p.set_viewport_size({"width": w, "height": h})
            deck.relaid(p)
            n = deck.pages(p)
            for i in range(n):
                deck.show_part(p, i)
                where = f"{self.lang} {w}x{h} {label} part {i + 1}/{n}"
                bad = deck.overflow(p)
                inside = [b for b in bad if b[0] == "scrolls inside"]
                slide = label.removesuffix(" revealed")
                if inside and slide in SCROLLS_INSIDE:
                    self.inside.append(f"{where}: {inside[:1]}")
                    bad = [b for b in bad if b[0] != "scrolls inside"]
                elif inside and slide in SCROLLS_DOWN:
                    self.inside.append(f"{where} ({SCROLLS_DOWN[slide]}, down only): {inside[:1]}")
                    bad = [b for b in bad if b[0] != "scrolls inside" or sideways(b)]
                if bad:
                    self.problems.append(f"{where}: {bad}")
                z = deck.smallest_zoom(p)
                if z < SMALL_ZOOM:
                    self.small.append(f"{self.lang} {w}x{h} {label} part {i + 1}: zoom {z:.2f}")
                if (w, h) == (1280, 720):
                    seen = deck.legibility(p)
                    if seen["misses"]:
                        self.problems.append(f"{where} legibility: {seen['misses']}")
                    if seen["zoomed"]:
                        self.hard_to_read.append(f"{where} (shrunk to fit): {seen['zoomed']}")
                    name = f"{len(self.seen):02d}-{label.replace(' ', '-')}-{i + 1}"
                    p.screenshot(path=str(SHOTS / f"present-{self.lang}-{name}.png"))
        deck.show_part(p, 0)

    def visit(self) -> None:
        """Check the slide shown; reveal its answer and check again."""
        deck.settle(self.page)
        label = deck.where(self.page)
        self.seen.append(label)
        self.check(label)
        reveal = self.page.locator(deck.REVEAL)
        if reveal.count():
            reveal.first.click()
            deck.settle(self.page)
            self.check(f"{label} revealed")

    def press_next(self) -> bool:
        """Go on to the next slide; False at the end of the deck."""
        self.page.set_viewport_size({"width": 1280, "height": 720})
        deck.relaid(self.page)
        button = self.page.locator(deck.NEXT)
        if button.is_disabled():
            return False
        here = self.page.url
        for _ in range(3):  # a click that lands during a rerun may be dropped: press again
            deck.settle(self.page)
            self.page.evaluate("() => window.__nnDeck.show(1e9)")  # on its last page, Next leaves the slide
            button.click()
            try:
                self.page.wait_for_url(lambda url: url != here, timeout=15_000)
                return True
            except Exception:
                continue
        raise AssertionError(f"Next did not leave {deck.where(self.page)}")


def board_runs() -> None:
    """Finished runs with the class board's widest cells (every optimizer and loss, the longest
    dataset name, a diverged run), put in the store the test server reads (EXPLAINER_DATA_DIR),
    so the board's slide is measured full whichever tests ran before."""
    import numpy as np

    from store import open_store

    store, now = open_store(), time.time()
    settings = {"learning_rate": 0.0001, "model": "dense", "dataset": "fashion_mnist", "n_images": 60000,
                "batch_size": 128, "epochs": 30}  # fmt: skip
    for i, (opt, loss) in enumerate(
        [("sgd", "squared_error"), ("momentum", "cross_entropy"), ("adam", "squared_error")]
    ):
        key = f"deck-walk-{opt}"
        if store.claim_run(
            key, {**settings, "optimizer": opt, "loss": loss, "key": key}, "deck walk", now - 60
        ):
            metrics = (
                {"outcome": "diverged"} if i == 0 else {"val_accuracy": 0.5 + i / 10, "outcome": "finished"}
            )
            store.finish_run(key, "finished", metrics, [np.zeros(2, np.float32)], now - 30)


def test_every_slide_fits_every_screen(browser, app_url):
    """Every slide, before and after its reveal, fits 1280x720, 1366x768, 1920x1080 and
    1024x768 in Chinese and English: no scrolling, nothing outside the window, nothing cut off."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    board_runs()
    slides = deck.slide_count()
    t0 = time.monotonic()
    walkers = [Walker(app_url, lang, slides) for lang in ("en", "zh")]
    threads = [threading.Thread(target=w.run) for w in walkers]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    print(f"\ndeck walk: {slides} slides x 4 sizes x 2 languages in {time.monotonic() - t0:.0f} s")
    for w in walkers:
        print("\n".join(w.small + w.inside + w.hard_to_read))
        if w.error is not None:
            raise w.error
    problems = [p for w in walkers for p in w.problems]
    for w in walkers:
        if len(w.seen) != slides or len(set(w.seen)) != slides:
            problems.append(f"{w.lang}: walked {w.seen}, expected {slides} slides, each once")
    assert not problems, "\n".join(problems)


def test_the_measurement_sees_an_overflow(browser, app_url):
    """The check is not blind: content cut off by its own box, and a slide taller than the
    screen, are both reported."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    p = ctx.new_page()
    try:
        p.goto(f"{app_url}/?present=1&lang=en&step=1")
        deck.settle(p)
        assert deck.overflow(p) == []
        p.evaluate(
            "() => { const box = document.querySelector('[data-testid=\"stMainBlockContainer\"]');"
            " const clip = document.createElement('div'); clip.style.cssText = 'height:100px;overflow:hidden';"
            " clip.innerHTML = '<div style=\"height:900px\">x</div>'; box.prepend(clip);"
            " const tall = document.createElement('div'); tall.style.height = '3000px'; box.appendChild(tall); }"
        )
        found = deck.overflow(p)
        assert any(kind == "stMain scrolls" for kind, *_ in found), found
        assert any(kind == "cut off" for kind, *_ in found), found
    finally:
        ctx.close()
