"""What a learner waits for in the browser: every page, in Chromium, against a one-line page.

For every page of explainer/course.py, for a one-line `st.write("hello")` app (the floor,
served by its own `streamlit run` with the repo's config) and for that line and one small plotly
chart (floor_chart: what a first chart costs in Streamlit itself), in one run:
  - all steps: the page opened with every step shown (?step=all) -> settled, on a server
    that has served it once already (its shared caches warm); once in a new browser context
    (nothing cached: a first click on a shared link), once in a browser that has the app's
    files cached (a learner who has been using the app);
  - nudges: one input on each control of benchmarks/browser_controls.py, every step open;
  - first view: the page as it opens (no ?step) on a server started for it alone, always on
    the same port, so the browser's cache of Streamlit's files (hashed, long-lived) is warm,
    as for a student who has used the app before; TensorFlow pages included ("TF loaded":
    TensorFlow is in the server's memory afterwards).
"Settled" and the total blocking time are read from the page's own clock
(benchmarks/browser_probe.py): from navigation start, or from the learner's input, to the
frame after the last change, once nothing changed for 400 ms and the script is idle. TBT
is the sum over long tasks of (duration - 50 ms); "script" is how long the page showed the
script running; "sign" how long the working sign (ui/busy.py) was up, out of "settled". CPU: seconds the browser's processes and the server used meanwhile, which
move far less with the machine's load than the wall-clock figures. "largest msg" is the
largest websocket frame Playwright saw; "charts" counts `.js-plotly-plot`, "redrawn" those
whose drawing changed (a replaced chart counts twice), "3-D" the 3-D scenes.

Chromium (Debian's, --no-sandbox --disable-gpu) at 1280x800, as a student's laptop. The
1-minute load average before -> after each page is printed beside its rows: on a shared
2-core machine the figures move with it. A row that errors or times out says so; the run
goes on. A benchmark measures and prints; it asserts nothing. Where the time goes, page by
page: benchmarks/browser_profile.py.

    python benchmarks/bench_browser.py [--pages loss,gradient_descent] [--repeat 3] [--no-first-view | --first-view-only]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import browser_probe as probe  # noqa: E402
from benchmarks import browser_table as table  # noqa: E402
from benchmarks.browser_controls import CONTROLS, nudge  # noqa: E402
from benchmarks.servers import free_port  # noqa: E402
from explainer.course import PAGES  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
VIEWPORT = {"width": 1280, "height": 800}
SUMS = ("browser_cpu", "server_cpu", "settled_ms", "tbt_ms", "largest", "sign_ms")
MOST = ("charts", "redrawn", "scenes", "msgs", "exceptions")


def page_url(base: str, page_id: str, query: str) -> str:
    path = (
        ""
        if page_id in ("home", "floor", "floor_chart")
        else next(p.url_path for p in PAGES if p.id == page_id)
    )
    return f"{base}/{path}?{query}"


def measure(fn, repeat: int) -> dict:
    """Run fn(i) `repeat` times: medians (maxima for counts), every run's settled time."""
    runs = [fn(i) for i in range(repeat)]
    out = {k: statistics.median(r[k] for r in runs) for k in SUMS} | {
        k: max(r[k] for r in runs) for k in MOST
    }
    scripts = [r["script_ms"] for r in runs if r.get("script_ms") is not None]
    return out | {
        "runs_s": [round(r["settled_ms"] / 1000, 2) for r in runs],
        "script_ms": statistics.median(scripts) if scripts else None,
        "tf": any(r.get("tf") for r in runs),
        "where": runs[len(runs) // 2].get("where", []),  # one run's attribution, not a median
    }


def try_measure(fn, repeat: int) -> dict:
    try:
        return measure(fn, repeat)
    except Exception as e:  # a row says what went wrong; the run goes on
        if isinstance(e, probe.NotSettled):
            return {"error": str(e)}
        return {"error": f"{type(e).__name__}: {str(e).splitlines()[0][:80]}"}


class Session:
    """One browser context with the probe, its websocket frame sizes and the CPU meter."""

    def __init__(self, browser, cpu: probe.CpuMeter) -> None:
        self.ctx = browser.new_context(viewport=VIEWPORT, locale="en-US")
        self.ctx.add_init_script(probe.PROBE_JS)
        self.page = self.ctx.new_page()
        self.sizes = probe.FrameSizes(self.page)
        self.cpu = cpu

    def run(self, server_pid: int, fn) -> dict:
        """fn(page) measured, with the largest frame and the CPU it took."""
        self.sizes.reset()
        started = self.cpu.start(server_pid)
        r = fn(self.page)
        return r | {"largest": self.sizes.largest} | self.cpu.stop(started)

    def close(self) -> None:
        self.ctx.close()


def warm_rows(browser, cpu, server: probe.Served, page_id: str, args) -> list[tuple[str, dict]]:
    """All steps (a new browser, then a browser with the app's files cached), then each nudge."""
    url, timeout = page_url(server.url, page_id, "lang=en&step=all"), args.timeout * 1000

    def open_new(_i: int) -> dict:
        fresh = Session(browser, cpu)
        try:
            return fresh.run(server.proc.pid, lambda page: probe.open_and_measure(page, url, timeout))
        finally:
            fresh.close()

    s = Session(browser, cpu)
    try:
        with contextlib.suppress(Exception):  # a warm-up; the measured opens report any failure
            probe.open_and_measure(s.page, url, timeout)
        rows = [("all steps, new browser", try_measure(open_new, args.repeat)),
                ("all steps", try_measure(lambda _i: s.run(server.proc.pid, lambda page: probe.open_and_measure(
                    page, url, timeout)), args.repeat))]  # fmt: skip
        for label, kind, key in CONTROLS.get(page_id, []):

            def nudge_once(i: int, kind=kind, key=key) -> dict:
                prepare, act = nudge(kind, key, i)
                prepare(s.page)
                s.page.wait_for_timeout(300)  # let a scroll or an opened list draw before the clock starts
                return s.run(server.proc.pid, lambda page: probe.act_and_measure(page, act, timeout))

            rows.append((f"nudge: {label}", try_measure(nudge_once, args.repeat)))
        return rows
    finally:
        s.close()


def first_view(s: Session, page_id: str, script: str, cwd: Path, port: int, args) -> dict:
    """The page as it opens, on a server started for it (repeat times, a new server each), in
    the browser context `s` whose HTTP cache warm_cache filled."""

    def once(_i: int) -> dict:
        server = probe.serve(script, cwd, port)
        try:
            url = page_url(server.url, page_id, "lang=en")
            r = s.run(server.proc.pid, lambda page: probe.open_and_measure(page, url, args.timeout * 1000))
            return r | {"tf": server.tensorflow_loaded()}
        finally:
            s.page.goto("about:blank")  # no reconnecting tab while the server is replaced
            server.stop()

    return try_measure(once, args.repeat)


def warm_cache(s: Session, port: int, page_ids: list[str]) -> None:
    """Fill the first views' HTTP cache: the same origin serves the same static files. (A
    browser context has its own cache: the first views run in this same context `s`.)"""
    server = probe.serve("streamlit_app.py", ROOT, port)
    for pid in page_ids:
        with contextlib.suppress(Exception):  # only the cache matters here
            probe.open_and_measure(s.page, page_url(server.url, pid, "lang=en&step=all"), 90_000)
    s.page.goto("about:blank")
    server.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", default="", help="comma-separated page ids (default: every page)")
    ap.add_argument("--repeat", type=int, default=3, help="measurements per row (medians shown)")
    ap.add_argument("--no-first-view", action="store_true", help="skip the fresh-server first views")
    ap.add_argument("--first-view-only", action="store_true", help="only the fresh-server first views")
    ap.add_argument("--timeout", type=float, default=90, help="seconds before a measurement gives up")
    args = ap.parse_args()
    chosen = [x for x in args.pages.split(",") if x] or [p.id for p in PAGES]
    from playwright.sync_api import sync_playwright

    started, lines, raw = datetime.now(), [], {}

    def emit(page_id: str, what: str, r: dict, before: float) -> None:
        load = (before, os.getloadavg()[0])
        lines.append(table.row(page_id, what, r, load))
        print(lines[-1], flush=True)
        raw[f"{page_id}: {what}"] = r | {"load": load}

    print(table.HEADER, flush=True)
    with sync_playwright() as pw, probe.floor_app() as floor_dir:
        browser = pw.chromium.launch(executable_path=probe.CHROMIUM, args=probe.CHROMIUM_ARGS)
        cpu = probe.CpuMeter(browser)
        floors = [("floor", "app.py", floor_dir), ("floor_chart", "chart.py", floor_dir)]
        targets = floors + [(p, "streamlit_app.py", ROOT) for p in chosen]
        warm = {"app.py": probe.serve("app.py", floor_dir, free_port()),
                "chart.py": probe.serve("chart.py", floor_dir, free_port()),
                "streamlit_app.py": probe.serve("streamlit_app.py", ROOT, free_port())}  # fmt: skip
        try:
            for page_id, script, _cwd in [] if args.first_view_only else targets:
                before = os.getloadavg()[0]
                for what, r in warm_rows(browser, cpu, warm[script], page_id, args):
                    emit(page_id, what, r, before)
        finally:
            for server in warm.values():
                server.stop()
        if not args.no_first_view:
            port, returning = free_port(), Session(browser, cpu)  # a student who has used the app before
            try:
                warm_cache(returning, port, chosen)
                for page_id, script, cwd in targets:
                    before = os.getloadavg()[0]
                    emit(
                        page_id, "first view", first_view(returning, page_id, script, cwd, port, args), before
                    )
            finally:
                returning.close()
        browser.close()
    setup = (f"Chromium {probe.CHROMIUM} {' '.join(probe.CHROMIUM_ARGS)}, {VIEWPORT['width']}x{VIEWPORT['height']}; "
             f"--repeat {args.repeat} (medians; 'runs' lists each)")  # fmt: skip
    print(f"\nwritten: {table.write(OUT, started, setup, lines, raw)} (and .json)")


if __name__ == "__main__":
    main()
