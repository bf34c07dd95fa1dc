"""Home page: time from `streamlit run` to an interactive course map (budget: < 1.5 s, no TensorFlow).

Starts the app with the repo's config on a free port, opens it in headless Chromium as soon
as the health check answers, and reports, from the moment the process was started:
  - health: the server answers /_stcore/health;
  - interactive: the home page's title and navigation are drawn and the script is idle.
It then reads /proc to check that TensorFlow is not loaded in the server. Repeats --runs
times and prints the median. A benchmark measures; it asserts nothing.

    python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.conftest import CHROMIUM, IDLE, _free_port  # noqa: E402


def one_run(browser) -> tuple[float, float, bool]:
    port = _free_port()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
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
        page = browser.new_page()
        page.goto(f"{url}/?lang=en")
        page.wait_for_selector('[data-testid="stMain"] h1', timeout=60_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        page.wait_for_selector('[data-testid="stSidebarNav"]', timeout=60_000)
        ready = time.perf_counter() - t0
        page.close()
        maps = Path(f"/proc/{proc.pid}/maps").read_text()
        tf_loaded = "tensorflow" in maps
        return health, ready, tf_loaded
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        runs = [one_run(browser) for _ in range(args.runs)]
        browser.close()
    print("| run | server healthy (s) | home page interactive (s) | TensorFlow loaded |")
    print("|---:|---:|---:|---|")
    for i, (h, r, tf) in enumerate(runs, 1):
        print(f"| {i} | {h:.2f} | {r:.2f} | {'yes' if tf else 'no'} |")
    print(f"\nmedian: healthy {statistics.median(r[0] for r in runs):.2f} s, "
          f"interactive {statistics.median(r[1] for r in runs):.2f} s (budget < 1.5 s)")  # fmt: skip


if __name__ == "__main__":
    main()
