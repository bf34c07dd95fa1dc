"""Browser tests: Playwright drives Debian's Chromium against `streamlit run` on localhost.

Under CI=true a missing browser is an error, never a skip.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Screenshots the tests take are for looking at, not for git: an ignored folder (CI can keep it
# as an artifact). The few images README shows live in docs/screenshots/ and are copied by hand.
SHOTS = Path(os.environ.get("EXPLAINER_SHOTS", ROOT / "test-output" / "screenshots"))
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _missing_browser(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests must run in CI: {reason}")
    pytest.skip(reason)


def start_server(debug: bool = True) -> tuple[subprocess.Popen, str]:
    """Start `streamlit run streamlit_app.py` on a free localhost port; wait until healthy.
    debug=False: without EXPLAINER_DEBUG, as a learner's server runs (step errors become messages)."""
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if not debug:
        env.pop("EXPLAINER_DEBUG", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "streamlit_app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail("streamlit did not start within 60 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def app_url():
    """A real `streamlit run` of the app on a free localhost port, for the whole test session."""
    proc, url = start_server()
    yield url
    stop_server(proc)


@pytest.fixture
def hall(browser):
    """A page the size of a lecture hall's projector, 1280x720 (the deck's design size)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    p = ctx.new_page()
    yield p
    ctx.close()


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing_browser("playwright is not installed")
    if not Path(CHROMIUM).exists():
        _missing_browser(f"{CHROMIUM} not found (apt-get install chromium)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 1400}, locale="zh-CN")
    p = ctx.new_page()
    yield p
    ctx.close()


def wait_idle(page, timeout: float = 60_000) -> None:
    """Wait until the script has run, finished, and every element has drawn.

    "notRunning" is also the state *before* the first run starts, so first wait for a
    page title, then for the idle state, then for lazily loaded widgets and charts
    (drawn as .stSkeleton placeholders until their code arrives).
    """
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=timeout)
    page.wait_for_timeout(300)  # let a rerun that was just triggered start
    page.wait_for_selector(IDLE, timeout=timeout)
    page.wait_for_function("() => document.querySelectorAll('.stSkeleton').length === 0", timeout=timeout)
    page.wait_for_timeout(200)


def open_page(page, app_url: str, path: str, query: str = "") -> None:
    """Open a page by its link. Pages reveal their steps one at a time (ui/page.py); tests
    reach every step, so ?step=all is added unless the query sets step (or present) itself."""
    if path and "step=" not in query and "present=" not in query:
        query = f"{query}&step=all" if query else "step=all"
    page.goto(f"{app_url}/{path}{'?' + query if query else ''}")
    wait_idle(page)


def solid_png(rgb: tuple[int, int, int], size: tuple[int, int] = (90, 60)) -> bytes:
    """A PNG of one colour: every pixel's R, G, B is known."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, rgb).save(buf, format="PNG")
    return buf.getvalue()


def upload_image(page, name: str, data: bytes, lang: str = "en") -> None:
    """Choose "Upload an image" in the page's picker and upload `data` as the file `name`."""
    import catalog

    page.get_by_text(catalog.text("image_picker.source.upload", lang), exact=True).click()
    wait_idle(page)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        {"name": name, "mimeType": "image/png", "buffer": data}
    )
    page.wait_for_timeout(500)
    wait_idle(page)


def screenshot(page, name: str, full: bool = True) -> None:
    """Save <SHOTS>/<name>.png (test-output/screenshots/ unless EXPLAINER_SHOTS says). Streamlit's main area scrolls by itself, so for a
    whole-page shot the window is first made as tall as the content (up to 6000 px)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    if full:
        width = page.viewport_size["width"] if page.viewport_size else 1280
        height = None
        for _ in range(4):  # until the content's height settles (placeholders are taller or shorter)
            h = page.evaluate(
                "() => { const m = document.querySelector('[data-testid=\"stMain\"] .block-container')"
                " || document.querySelector('[data-testid=\"stMain\"]');"
                " return m ? m.scrollHeight : 900; }"
            )
            new = max(900, min(int(h) + 80, 6000))
            if new == height:
                break
            height = new
            page.set_viewport_size({"width": width, "height": height})
            page.wait_for_timeout(500)
            page.wait_for_function("() => document.querySelectorAll('.stSkeleton').length === 0")
    page.screenshot(path=str(SHOTS / f"{name}.png"))
