"""Home page: time from `streamlit run` to an interactive course map (budget: < 1.5 s, no TensorFlow).

Each run starts the app with the repo's config on a free port and reports, from the moment
the process was started:
  - healthy: the server answers /_stcore/health;
  - interactive: the home page's title and the sidebar navigation are drawn and the script
    is idle, read from the page's own clock (a MutationObserver stamps the first moment all
    three hold, as epoch time via performance.timeOrigin);
  - seen by Playwright: when Playwright's waits for the same three conditions return.

How the browser is driven:
  - The tab is opened before the server starts, as a learner's browser is already running
    when `streamlit run` opens the app's URL. Opening a fresh Playwright context costs ~0.1 s
    of Playwright's own work, which no learner pays.
  - "Interactive" is taken from the page's clock, not from Playwright's polling. On a 2-core
    machine Playwright's driver competes for the CPU with Chromium and the server, and each
    sequential wait adds its own round trip; the "seen by Playwright" column shows that cost.
  - Every run uses a fresh browser context, so nothing is cached between runs.

With --baseline, the same is measured for a one-line `st.write` app with the same config:
Streamlit's own floor on this machine. The script then reads /proc to check that
TensorFlow is not loaded in the server. Repeats --runs times and prints the medians.
A benchmark measures; it asserts nothing.

    python benchmarks/bench_startup.py [--runs 7] [--baseline]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.servers import learner_env  # noqa: E402
from tests.e2e.conftest import CHROMIUM, IDLE, _free_port  # noqa: E402

H1 = '[data-testid="stMain"] h1'
NAV = '[data-testid="stSidebarNav"]'
# Stamps the first moment the title (and, with nav, the navigation) is drawn and the script
# has finished a run; epoch ms so it can be compared with the time the server was started.
READY_JS = """([h1, nav, needNav]) => {
  window.__ready = null;
  let ran = false;
  const check = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || window.__ready !== null) return;
    const state = app.getAttribute('data-test-script-state');
    if (state === 'running') ran = true;
    if (ran && state === 'notRunning' && document.querySelector(h1)
        && (!needNav || document.querySelector(nav)))
      window.__ready = performance.timeOrigin + performance.now();
  };
  new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true});
}"""


def one_run(browser, cwd: Path, script: str, needs_nav: bool) -> tuple[float, float, float, bool]:
    """One cold start: (healthy, interactive, seen by Playwright, TensorFlow loaded), in s."""
    context = browser.new_context()
    page = context.new_page()  # the learner's browser is open before the app starts
    args = f"[{H1!r}, {NAV!r}, {'true' if needs_nav else 'false'}]"
    page.add_init_script(f"({READY_JS})({args})")
    port = _free_port()
    t0, t0_epoch = time.perf_counter(), time.time()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
         "--server.address", "127.0.0.1"],
        cwd=cwd, env=learner_env(), stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.02)
        health = time.perf_counter() - t0
        page.goto(f"{url}/?lang=en")
        page.wait_for_selector(H1, timeout=60_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        if needs_nav:
            page.wait_for_selector(NAV, timeout=60_000)
        seen = time.perf_counter() - t0
        page.wait_for_function("() => window.__ready !== null", timeout=60_000)
        ready = page.evaluate("window.__ready") / 1000 - t0_epoch
        tf_loaded = "tensorflow" in Path(f"/proc/{proc.pid}/maps").read_text()
        return health, ready, seen, tf_loaded
    finally:
        context.close()
        proc.terminate()
        proc.wait(timeout=10)


def baseline_dir() -> Path:
    """A one-line app with the repo's .streamlit/config.toml."""
    d = Path(tempfile.mkdtemp(prefix="bench_startup_"))
    (d / "app.py").write_text('import streamlit as st\n\nst.title("hello")\n')
    shutil.copytree(ROOT / ".streamlit", d / ".streamlit")
    return d


def report(name: str, runs: list[tuple[float, float, float, bool]]) -> None:
    print(f"\n{name}\n")
    print("| run | server healthy (s) | interactive (s) | seen by Playwright (s) | TensorFlow loaded |")
    print("|---:|---:|---:|---:|---|")
    for i, (h, r, s, tf) in enumerate(runs, 1):
        print(f"| {i} | {h:.2f} | {r:.2f} | {s:.2f} | {'yes' if tf else 'no'} |")
    med = [statistics.median(r[i] for r in runs) for i in range(3)]
    print(f"\nmedian: healthy {med[0]:.2f} s, interactive {med[1]:.2f} s, "
          f"seen by Playwright {med[2]:.2f} s")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline", action="store_true", help="also time a one-line st.title app")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        app = [one_run(browser, ROOT, "streamlit_app.py", True) for _ in range(args.runs)]
        if args.baseline:
            d = baseline_dir()
            base = [one_run(browser, d, "app.py", False) for _ in range(args.runs)]
            shutil.rmtree(d, ignore_errors=True)
        browser.close()
    report("Home page of the app (budget: interactive < 1.5 s, TensorFlow not loaded)", app)
    if args.baseline:
        report("Baseline: a one-line `st.title` app, same config", base)


if __name__ == "__main__":
    main()
