"""The working sign (ui/busy.py) in Chromium: it shows within about a second of a slow rerun,
in the learner's language, for a fragment rerun as for a full one, and never while idle; in
lecture mode, whose CSS hides Streamlit's header, it still shows.

A test-only app (a button that sleeps, one in a fragment, one not) makes the wait certain;
the lecture-mode case uses the real app.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from catalog import text
from tests.e2e.conftest import IDLE, ROOT, _free_port, screenshot, stop_server, wait_idle

SLOW_APP = f"""
import sys, time
sys.path.insert(0, {str(ROOT)!r})
import streamlit as st
from ui import busy

st.session_state["lang"] = st.query_params.get("lang", "en")
busy.install()
st.title("busy")
if st.button("slow", key="slow"):
    time.sleep(2.5)


@st.fragment
def part():
    if st.button("slow fragment", key="slow_fragment"):
        time.sleep(2.5)


part()
"""

# The sign as the page computes it: (script state, label shown, bar shown).
SIGN_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const bar = getComputedStyle(app, '::before'), tag = getComputedStyle(app, '::after');
  const shown = (s) => s.content !== 'none' && s.display !== 'none' && s.visibility !== 'hidden'
    && parseFloat(s.opacity) > 0.9;
  return [app.getAttribute('data-test-script-state'), shown(tag) ? tag.content : null, shown(bar)];
}"""
SHOWS_JS = f"(label) => ({SIGN_JS})()[1] === label"  # label: the CSS string, or None for no sign


@pytest.fixture(scope="module")
def slow_app_url(tmp_path_factory):
    """`streamlit run` of the test-only slow app, with the repo's config."""
    d = tmp_path_factory.mktemp("busy_app")
    (d / "app.py").write_text(SLOW_APP)
    shutil.copytree(ROOT / ".streamlit", d / ".streamlit")
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=d, env={**os.environ, "PYTHONUNBUFFERED": "1"}, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("the test app did not start within 60 s")
    yield url
    stop_server(proc)


def css_label(lang: str) -> str:
    """The label as getComputedStyle reports a CSS string: in double quotes."""
    return json.dumps(text("app.busy", lang), ensure_ascii=False)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("button", ["slow", "slow_fragment"])
def test_a_slow_rerun_shows_the_sign_within_a_second(browser, slow_app_url, lang, button):
    """Idle: no sign. A rerun that takes 2.5 s (a full one, or one fragment's): the script state
    is "running" and the bar and the label in the learner's language show within 1 s of the
    click. When the run is over, the sign is gone."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    try:
        page.goto(f"{slow_app_url}/?lang={lang}")
        wait_idle(page)
        assert page.evaluate(SIGN_JS) == ["notRunning", None, False]
        page.locator(f".st-key-{button} button").click()
        clicked = time.monotonic()
        page.wait_for_function(SHOWS_JS, arg=css_label(lang), polling=50, timeout=3000)
        seen = time.monotonic() - clicked
        state, label, bar = page.evaluate(SIGN_JS)
        assert state == "running" and label == css_label(lang) and bar
        assert seen < 1.0, f"the sign took {seen:.2f} s to show"
        screenshot(page, f"busy-{button}-{lang}", full=False)
        page.wait_for_selector(IDLE, timeout=15_000)
        page.wait_for_timeout(300)
        assert page.evaluate(SIGN_JS) == ["notRunning", None, False]
    finally:
        ctx.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_lecture_mode_keeps_the_sign(page, app_url, lang):
    """Lecture mode hides Streamlit's header, toolbar and sidebar; the sign lives on the app's
    root element and still shows. The script state is set by hand here, as a run sets it."""
    page.goto(f"{app_url}/loss?present=1&step=1&lang={lang}")
    wait_idle(page)
    page.wait_for_function(SHOWS_JS, arg=None, timeout=15_000)  # charts drawn: idle
    page.evaluate(
        "() => document.querySelector('[data-testid=\"stApp\"]').setAttribute('data-test-script-state', 'running')"
    )
    try:
        page.wait_for_function(SHOWS_JS, arg=css_label(lang), polling=50, timeout=2000)
        assert page.evaluate(SIGN_JS)[2], "the bar is hidden in lecture mode"
        screenshot(page, f"busy-lecture-{lang}", full=False)
    finally:
        page.evaluate(
            "() => document.querySelector('[data-testid=\"stApp\"]').setAttribute('data-test-script-state', 'notRunning')"
        )
    assert page.evaluate(SIGN_JS)[1:] == [None, False]
