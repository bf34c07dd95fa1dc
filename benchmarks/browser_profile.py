"""Where a page's browser time goes: a CPU profile of one open (every step) or one nudge.

bench_browser.py says how long a learner waits; this says what the browser's main thread
did meanwhile. It records Chromium's CPU profile (DevTools Profiler, 0.5 ms sampling) of
  - the page opened with every step (?step=all), after one warm-up open, or
  - one nudge of a control from benchmarks/browser_controls.py (--nudge label-substring),
then prints self time per script file (Streamlit's chunks by name: PlotlyChart is plotly.js,
react-dom is React, index is Streamlit's own code; "(native DOM calls)" are the DOM and canvas
functions scripts call, such as getBoundingClientRect), per top function, and the browser's
own work (garbage collection, "(program)": style, layout, paint). The profile runs from the
input (or navigation) until the page settled and the benchmark read it, so it holds some idle
time, which is left out of the shares.
Shares are what to read on a busy machine: the absolute times move with the load.

    python benchmarks/browser_profile.py gradient_descent [--nudge "w1 slider"]
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import browser_probe as probe  # noqa: E402
from benchmarks.bench_browser import VIEWPORT, page_url  # noqa: E402
from benchmarks.browser_controls import CONTROLS, nudge  # noqa: E402
from benchmarks.servers import free_port  # noqa: E402


def short(url: str) -> str:
    """A script's file without its content hash ("PlotlyChart.D9Z0_fxz.js" -> "PlotlyChart")."""
    name = url.split("/")[-1] or "(browser)"
    return re.sub(r"[.][A-Za-z0-9_-]{8}[.]js$", "", name)


def self_times(profile: dict) -> tuple[collections.Counter, collections.Counter, collections.Counter, float]:
    """Self time (ms) per file, per (function, file), and of native DOM calls per calling script
    (the nearest caller with a script file: the probe's own injected code shows as "(probe)")."""
    nodes = {n["id"]: n for n in profile["nodes"]}
    parent = {c: n["id"] for n in profile["nodes"] for c in n.get("children", [])}
    per_file: collections.Counter = collections.Counter()
    per_fn: collections.Counter = collections.Counter()
    dom_by_caller: collections.Counter = collections.Counter()
    deltas = profile.get("timeDeltas", [])
    for sample, dt in zip(profile.get("samples", []), deltas[1:] + [0], strict=False):
        frame = nodes[sample]["callFrame"]
        name = frame["functionName"] or "(anonymous)"
        where = (
            short(frame["url"]) if frame["url"] else name if name.startswith("(") else "(native DOM calls)"
        )
        per_file[where] += dt / 1000
        per_fn[f"{name} ({where})"] += dt / 1000
        if where == "(native DOM calls)":
            up = parent.get(sample)
            while (
                up is not None
                and not nodes[up]["callFrame"]["url"]
                and nodes[up]["callFrame"]["functionName"]
            ):
                up = parent.get(up)
            caller = nodes[up]["callFrame"] if up is not None else {"url": "", "functionName": "?"}
            file = short(caller["url"]) if caller["url"] else "(probe)"
            dom_by_caller[f"{name} <- {caller['functionName'] or '(anonymous)'} ({file})"] += dt / 1000
    return per_file, per_fn, dom_by_caller, sum(deltas) / 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", help="a page id of explainer/course.py")
    ap.add_argument("--nudge", default="", help="profile this control's nudge (part of its label)")
    ap.add_argument("--top", type=int, default=12)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    server = probe.serve("streamlit_app.py", ROOT, free_port())
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=probe.CHROMIUM, args=probe.CHROMIUM_ARGS)
            ctx = browser.new_context(viewport=VIEWPORT, locale="en-US")
            ctx.add_init_script(probe.PROBE_JS)
            page = ctx.new_page()
            url = page_url(server.url, args.page, "lang=en&step=all")
            probe.open_and_measure(page, url, 120_000)  # warm-up: caches, chunks
            cdp = ctx.new_cdp_session(page)
            cdp.send("Profiler.enable")
            cdp.send("Profiler.setSamplingInterval", {"interval": 500})
            if args.nudge:
                label, kind, key = next(c for c in CONTROLS[args.page] if args.nudge in c[0])
                prepare, act = nudge(kind, key, 0)
                prepare(page)
                page.wait_for_timeout(300)
                cdp.send("Profiler.start")
                r = probe.act_and_measure(page, act, 120_000)
                what = f"nudge: {label}"
            else:
                cdp.send("Profiler.start")
                r = probe.open_and_measure(page, url, 120_000)
                what = "all steps"
            profile = cdp.send("Profiler.stop")["profile"]
            browser.close()
    finally:
        server.stop()
    per_file, per_fn, dom_by_caller, total = self_times(profile)
    print(f"{args.page}, {what}: settled {r['settled_ms'] / 1000:.2f} s, TBT {r['tbt_ms']:.0f} ms, "
          f"{r['charts']} charts ({r['redrawn']} redrawn); profile {total / 1000:.2f} s\n")  # fmt: skip
    busy = total - per_file.get("(idle)", 0)
    print(
        f"busy (not idle) {busy / 1000:.2f} s\n\n| self time per file | ms | share of busy time |\n|---|---:|---:|"
    )
    for name, ms in per_file.most_common(args.top):
        if name != "(idle)":
            print(f"| {name} | {ms:.0f} | {ms / busy:.0%} |")
    print("\n| top functions (self) | ms |\n|---|---:|")
    for name, ms in [x for x in per_fn.most_common(args.top + 2) if not x[0].startswith("(idle)")][
        : args.top
    ]:
        print(f"| {name} | {ms:.0f} |")
    print("\n| native DOM calls, by the script that made them | ms |\n|---|---:|")
    for name, ms in dom_by_caller.most_common(args.top // 2):
        print(f"| {name} | {ms:.0f} |")


if __name__ == "__main__":
    main()
