"""Classroom load test: N simulated students on one server, speaking Streamlit's protocol.

    python -m benchmarks.loadtest --start-server --nodelay --students 100 --waves 3 --duration 20 --settle 180
    python -m benchmarks.loadtest --start-server --scenario train --students 30
    python -m benchmarks.loadtest --url http://127.0.0.1:8501 --students 10
    python -m benchmarks.loadtest --start-server --preload-tf --scenario train --students 100 --trainers 3
    python -m benchmarks.loadtest --start-server --preload-tf --scenario class-train --students 30 --ramp 5

Each student (benchmarks/load_students.py, speaking benchmarks/stclient.py) loads a page
like a browser, then walks through the course pages in order, changing a few widgets on each. In the `train` scenario --trainers
students go to the training page and press its Train button (found by its widget id in the
deltas) again and again: the first --default-trainers on the defaults (they share one run),
the others with a new seed each press (distinct runs, which queue). The `class-train` scenario
measures a class pressing Train together (benchmarks/load_train_class.py): one student alone first,
then --students students on the defaults within --ramp seconds, each once. Students join spread over --ramp seconds and leave after --duration seconds; a
wave ends when all have left. Reported separately: session start (HTML request -> first
script_finished), rerun p50/p95 (page switches and widget changes), errors (exception element,
the app's friendly step-error message, page_not_found, dropped connection, timeout), the
largest ForwardMsg, and the server's RSS before and after each wave. Only 127.0.0.1 /
localhost are ever targeted; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

from benchmarks import servers
from benchmarks.load_report import check_budgets, print_wave, summarize
from benchmarks.load_students import NUMPY_PAGES, TRAINERS, error_texts, one_student, train
from benchmarks.stclient import Student


async def wave(args, host: str, port: int, pids: list[int], texts, notes: list[str], number: int = 1) -> dict:
    peak = [0.0]

    async def sample() -> None:
        for _ in range(100_000):
            peak[0] = max(peak[0], total_rss(pids) or 0.0)
            await asyncio.sleep(0.5)

    sampler = asyncio.create_task(sample())
    t0, cpu0, load0 = time.monotonic(), time.process_time(), os.getloadavg()[0]
    server0 = servers.cpu_seconds(pids)
    delays = [args.ramp * i / max(1, args.students) for i in range(args.students)]
    stats = await asyncio.gather(
        *(one_student(i, args, host, port, texts, notes, d, number) for i, d in enumerate(delays))
    )
    sampler.cancel()
    with contextlib.suppress(BaseException):
        await sampler
    wall = time.monotonic() - t0
    return {
        "stats": stats,
        "seconds": wall,
        "rss_peak": peak[0],
        "client_cpu": (time.process_time() - cpu0) / wall,  # the load client shares the 2 cores
        "server_cpu": (servers.cpu_seconds(pids) - server0) / wall,
        "loadavg": (load0, os.getloadavg()[0]),
    }


async def warm_up(targets: list[tuple[str, int]], scenario: str, texts, notes: list[str]) -> float:
    """A teacher's tab opens every page once on each server before class (imports, caches)."""
    t0 = time.monotonic()
    for host, port in targets:
        st = Student(host, port, "en", texts)
        try:
            await st.open("", timeout=120)
            for page in NUMPY_PAGES:
                await st.goto(page, timeout=120)
            if scenario in ("train", "class-train"):  # loads TF and starts the worker
                await train(st, random.Random(0), time.monotonic() + 300, notes, once=True, seeds=[9999])
        finally:
            await st.close()
        if st.stats.errors:
            notes.append(f"warm-up errors: {st.stats.errors[:5]}")
    return time.monotonic() - t0


def runs_in_store(url: str) -> int | None:
    """How many runs the server's store holds (finished ones), None if it cannot be read."""
    from store import open_store

    try:
        with open_store(url) as store:
            return len(store.finished_runs())
    except Exception:  # a benchmark reports; a store it cannot read is not a crash
        return None


def total_rss(pids: list[int]) -> float | None:
    """Summed RSS (MB) of the server processes, None when none is visible."""
    values = [v for v in (servers.rss_mb(p) for p in pids) if v is not None]
    return round(sum(values), 1) if values else None


async def run(args) -> dict:
    async with contextlib.AsyncExitStack() as stack:
        env = {"EXPLAINER_PRELOAD_TF": "1"} if args.preload_tf else {}
        if args.start_server:  # runs go to a store of this test's own, never the real data folder
            data = stack.enter_context(tempfile.TemporaryDirectory(prefix="nnx-load-"))
            env["EXPLAINER_DATA_DIR"] = data
            args.store = args.store or f"sqlite:///{data}/explainer.sqlite3"
        if args.start_server and args.replicas > 1:
            from benchmarks.cluster import cluster

            port, replicas = stack.enter_context(cluster(args.replicas, env=env, nodelay=args.nodelay))
            host, pids = "127.0.0.1", [r.pid for r in replicas]
            targets = [(host, r.port) for r in replicas]
        elif args.start_server:
            server = servers.start_app(env=env, nodelay=args.nodelay)
            stack.callback(server.stop)
            host, port, pids = "127.0.0.1", server.port, [server.pid]
            targets = [(host, port)]
        else:
            u = urlparse(args.url)
            host, port = u.hostname or "127.0.0.1", u.port or 80
            pid = args.server_pid or servers.pid_listening(port)
            pids = [pid] if pid else []
            targets = [(host, port)]
        return await measure(args, host, port, pids, targets)


async def measure(args, host: str, port: int, pids: list[int], targets: list[tuple[str, int]]) -> dict:
    """Warm up, then run the waves against host:port; pids are the servers whose RSS counts."""
    group_nice = servers.autogroup_nice(os.getpid())
    if args.nice is not None:  # on a shared machine: give the server and this client the CPU first
        for pid in [*pids, os.getpid()]:
            servers.renice(pid, args.nice)
    try:
        return await measure_waves(args, host, port, pids, targets)
    finally:
        if args.nice is not None and group_nice is not None:  # the autogroup outlives this run
            with contextlib.suppress(OSError):
                Path(f"/proc/{os.getpid()}/autogroup").write_text(str(group_nice))


async def measure_waves(args, host: str, port: int, pids: list[int], targets: list[tuple[str, int]]) -> dict:
    texts, notes, waves = error_texts(), [], []
    warm = 0.0 if args.no_warmup else await warm_up(targets, args.scenario, texts, notes)
    if args.scenario == "class-train":
        from benchmarks.load_train_class import class_train

        return await class_train(args, host, port, pids, texts, notes, wave, total_rss)
    rss_start = total_rss(pids)
    print(f"server pids {pids} behind {host}:{port}; warm-up {warm:.1f} s; RSS at start {rss_start} MB")
    for n in range(1, args.waves + 1):
        before = total_rss(pids)
        s = summarize(await wave(args, host, port, pids, texts, notes, n))
        cpu0 = servers.cpu_seconds(pids)
        await asyncio.sleep(args.settle)
        # CPU after everyone left: a training that outlives its student shows up here
        s["server_cpu_cores_after"] = round((servers.cpu_seconds(pids) - cpu0) / max(args.settle, 0.1), 2)
        s["rss_before_mb"], s["rss_after_mb"] = before, total_rss(pids)
        print_wave(n, s, before, s["rss_after_mb"])
        waves.append(s)
        if args.scenario == "train" and args.store:  # what the presses really trained
            s["runs_in_store"] = runs_in_store(args.store)
            print(f"  runs in the store after wave {n}: {s['runs_in_store']} (the warm-up's included)")
    result = {
        "args": vars(args),
        "warmup_s": round(warm, 2),
        "rss_start_mb": rss_start,
        "waves": waves,
        "notes": sorted(set(notes)),
        "budgets": check_budgets(args, waves),
    }
    for line in result["notes"]:
        print(f"note: {line}")
    for name, ok in result["budgets"].items():
        print(f"budget {name}: {'PASS' if ok else 'FAIL'}")
    return result


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", default="http://127.0.0.1:8501", help="the app (loopback only)")
    p.add_argument("--start-server", action="store_true", help="start streamlit_app.py on a free port")
    p.add_argument(
        "--replicas", type=int, default=1, help="with --start-server: 2 = two replicas behind nginx"
    )
    p.add_argument("--server-pid", type=int, help="pid whose RSS to report (default: who listens)")
    p.add_argument("--students", type=int, default=100)
    p.add_argument("--waves", type=int, default=3)
    p.add_argument("--duration", type=float, default=20.0, help="seconds each student stays")
    p.add_argument("--ramp", type=float, default=3.0, help="students join spread over this many s")
    p.add_argument("--think", type=float, default=3.0, help="mean pause between a student's actions (s)")
    p.add_argument("--changes", type=int, default=3, help="widget changes per page")
    p.add_argument("--scenario", choices=["browse", "train", "class-train"], default="browse")
    p.add_argument("--trainers", type=int, default=TRAINERS, help="train scenario: students who train")
    p.add_argument(
        "--default-trainers",
        type=int,
        default=0,
        help="how many of the trainers use the defaults (one shared run)",
    )
    p.add_argument(
        "--store", default="", help="the server's store URL (default: its own with --start-server)"
    )
    p.add_argument("--join-page", default="", help="url path every student opens first")
    p.add_argument("--upload", action="store_true", help="each student uploads a PNG before leaving")
    p.add_argument(
        "--settle",
        type=float,
        default=5.0,
        help="pause after a wave before RSS; >= 180 to see memory come back (sessions and "
        "cached figures are kept 120 s after their last use)",
    )
    p.add_argument("--nodelay", action="store_true", help="start servers via deploy/serve.py (TCP_NODELAY)")
    p.add_argument("--preload-tf", action="store_true", help="start the server with EXPLAINER_PRELOAD_TF=1")
    p.add_argument("--no-warmup", action="store_true")
    p.add_argument("--nice", type=int, help="renice server(s) and client, e.g. -10 on a busy machine")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", type=Path, help="write the results here")
    args = p.parse_args(argv)
    host = urlparse(args.url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        p.error("--url must point at 127.0.0.1 or localhost")
    if args.replicas not in (1, 2):
        p.error("--replicas is 1 or 2 (deploy/nginx.conf describes two)")
    if not (1 <= args.students <= 500 and 1 <= args.waves <= 10 and 0 < args.duration <= 600):
        p.error("students 1-500, waves 1-10, duration 0-600 s")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    result = asyncio.run(run(args))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
