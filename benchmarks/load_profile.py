"""What one script run of each page costs the server, over the real protocol.

One student opens each page `--runs` times and changes its widgets `--runs` times, one action
at a time, while the server's CPU time is read from /proc. CPU milliseconds per run do not
depend on how busy the rest of the machine is, unlike wall-clock latency, so they tell how
many reruns per second one server process (one core, because of Python's GIL) can serve:
about 1000 / (ms per run).

    python -m benchmarks.load_profile --start-server [--runs 10] [--all]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time

from benchmarks import servers
from benchmarks.load_students import NUMPY_PAGES, error_texts
from benchmarks.stclient import Student, widget_change
from explainer.course import PAGES


async def profile(port: int, pid: int, pages: list[str], runs: int) -> list[dict]:
    st = Student("127.0.0.1", port, "en", error_texts())
    rng = random.Random(0)
    rows = []
    try:
        await st.open("", timeout=120)
        for page in pages:
            await st.goto(page, timeout=180)  # first visit: imports, caches (not counted)
            for kind in ("page", "widget"):
                walls, cpu0 = [], servers.cpu_seconds([pid])
                for _ in range(runs):
                    t0 = time.perf_counter()
                    if kind == "page":
                        ok = await st.goto(page, timeout=180)
                    else:
                        choices = [
                            w for w in st.widgets.values() if w.kind not in ("button", "file_uploader")
                        ]
                        state = widget_change(rng.choice(choices), rng) if choices else None
                        if state is None:
                            break
                        ok = await st.set_widget(state, timeout=180)
                    if ok:
                        walls.append(time.perf_counter() - t0)
                if walls:
                    cpu = (servers.cpu_seconds([pid]) - cpu0) / len(walls)
                    rows.append(
                        {
                            "page": page or "home",
                            "action": kind,
                            "n": len(walls),
                            "wall_p50_ms": round(1000 * statistics.median(walls)),
                            "server_cpu_ms": round(1000 * cpu, 1),
                        }
                    )
    finally:
        await st.close()
    if st.stats.errors:
        print(f"errors: {sorted(set(st.stats.errors))[:5]}")
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--start-server", action="store_true", help="start the app on a free port (else --port)")
    p.add_argument("--port", type=int, default=8501, help="an app already running on 127.0.0.1")
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--all", action="store_true", help="include the TensorFlow pages")
    p.add_argument("--nodelay", action="store_true", help="start the server via deploy/serve.py")
    args = p.parse_args(argv)
    pages = [pg.url_path for pg in PAGES] if args.all else NUMPY_PAGES
    server = servers.start_app(nodelay=args.nodelay) if args.start_server else None
    try:
        port = server.port if server else args.port
        pid = server.pid if server else servers.pid_listening(port)
        rows = asyncio.run(profile(port, pid, pages, max(1, min(args.runs, 100))))
    finally:
        if server:
            server.stop()
    print("| page | action | runs | wall p50 (ms) | server CPU per run (ms) |")
    print("| --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['page']} | {r['action']} | {r['n']} | {r['wall_p50_ms']} | {r['server_cpu_ms']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
