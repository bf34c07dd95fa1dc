"""Summaries of a load-test wave: latencies, errors, memory, CPU, and the issue's budgets."""

from __future__ import annotations

from collections import Counter

from benchmarks.stclient import Stats

BUDGET = {"start_max": 0.5, "numpy_p95": 0.100, "train_p95": 0.500}  # seconds


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q / 100 * len(s) + 0.5) - 1))]


def summarize(w: dict) -> dict:
    stats: list[Stats] = w["stats"]
    browsers = [s for s in stats if s.role != "trainer"]
    trainers = [s for s in stats if s.role == "trainer"]
    starts = [s.start for s in stats if s.start is not None]
    runs = [t for s in browsers for k, t, _ in s.runs if k in ("page", "widget")]
    by_page: dict[str, list[float]] = {}
    for s in browsers:
        for _kind, t, page in s.runs:
            by_page.setdefault(page or "home", []).append(t)
    biggest = max((s.max_msg for s in stats), default=(0, ""))
    errors = [e for s in stats for e in s.errors]
    return {
        "students": len(stats),
        "got_first_screen": len(starts),
        "start_p50": pct(starts, 50),
        "start_p95": pct(starts, 95),
        "start_max": max(starts, default=None),
        "reruns": len(runs),
        "rerun_p50": pct(runs, 50),
        "rerun_p95": pct(runs, 95),
        "page_p95": pct([t for s in browsers for k, t, _ in s.runs if k == "page"], 95),
        "widget_p95": pct([t for s in browsers for k, t, _ in s.runs if k == "widget"], 95),
        "fragment_runs": sum(s.fragment_runs for s in browsers),  # widget reruns of one step only
        "p50_by_page_ms": {p: round(1000 * pct(v, 50)) for p, v in sorted(by_page.items())},
        "p95_by_page_ms": {p: round(1000 * pct(v, 95)) for p, v in sorted(by_page.items())},
        "train_runs": [round(t, 2) for s in trainers for k, t, _ in s.runs if k == "train"],
        "uploads_ok": sum(s.uploads_ok for s in stats),
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:10],
        "max_msg_bytes": biggest[0],
        "max_msg_what": biggest[1],
        "students_per_replica": dict(Counter(r for s in stats for r in s.replicas)),
        "sessions_on_one_replica": all(len(s.replicas) <= 1 for s in stats),
        "seconds": round(w["seconds"], 1),
        "rss_peak_mb": round(w["rss_peak"], 1),
        "client_cpu_cores": round(w["client_cpu"], 2),
        "server_cpu_cores": round(w["server_cpu"], 2),
        # contention-free cost: server CPU per script run (first screens + reruns + trainings)
        "server_cpu_ms_per_run": round(
            1000 * w["server_cpu"] * w["seconds"] / max(1, len(starts) + sum(len(s.runs) for s in stats)), 1
        ),
        "loadavg_1min": [round(x, 1) for x in w["loadavg"]],
    }


def ms(v: float | None) -> str:
    return "-" if v is None else f"{v * 1000:.0f} ms"


def print_wave(n: int, s: dict, rss_before, rss_after) -> None:
    print(
        f"wave {n}: {s['students']} students, {s['got_first_screen']} first screens "
        f"(p50 {ms(s['start_p50'])}, p95 {ms(s['start_p95'])}, max {ms(s['start_max'])}); "
        f"{s['reruns']} reruns p50 {ms(s['rerun_p50'])} p95 {ms(s['rerun_p95'])} "
        f"(page p95 {ms(s['page_p95'])}, widget p95 {ms(s['widget_p95'])}; {s['fragment_runs']} of one step only); "
        f"errors {s['errors']}; uploads ok {s['uploads_ok']}; largest msg {s['max_msg_bytes']} B ({s['max_msg_what']}); "
        f"RSS {rss_before} -> peak {s['rss_peak_mb']} -> {rss_after} MB; "
        f"CPU cores used: server {s['server_cpu_cores']} ({s['server_cpu_ms_per_run']} ms per run), "
        f"load client {s['client_cpu_cores']}; "
        f"machine load {s['loadavg_1min']}; server CPU after all left {s.get('server_cpu_cores_after')} cores"
    )
    print(f"  rerun p50 by page (ms): {s['p50_by_page_ms']}")
    print(f"  rerun p95 by page (ms): {s.get('p95_by_page_ms')}")
    if s["students_per_replica"]:
        print(
            f"  students per replica: {s['students_per_replica']}; each on one: {s['sessions_on_one_replica']}"
        )
    if s["train_runs"]:
        print(f"  train clicks (s): {s['train_runs']}")
    for e in s["error_samples"]:
        print(f"  error: {e}")


def check_budgets(args, waves: list[dict]) -> dict[str, bool]:
    p95_budget = BUDGET["train_p95"] if args.scenario == "train" else BUDGET["numpy_p95"]
    return {
        "every first screen <= 0.5 s": all(
            w["start_max"] is not None
            and w["start_max"] <= BUDGET["start_max"]
            and w["got_first_screen"] == w["students"]
            for w in waves
        ),
        f"rerun p95 <= {p95_budget * 1000:.0f} ms": all((w["rerun_p95"] or 0) <= p95_budget for w in waves),
        "zero errors": all(w["errors"] == 0 for w in waves),
        "sessions stay on one replica": all(w["sessions_on_one_replica"] for w in waves),
    }
