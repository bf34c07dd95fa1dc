"""A class presses Train together: the `class-train` scenario of benchmarks/loadtest.py.

    python -m benchmarks.loadtest --start-server --preload-tf --scenario class-train --students 30 --ramp 5

1. One student alone presses Train on the defaults (after the warm-up, with a warm worker):
   seconds from the click until the page shows the finished run. That run is then deleted from
   the store, so the class trains it afresh rather than replaying it.
2. --students students open the training page and press Train on the defaults, spread over
   --ramp seconds, once each: seconds from each click to the finished run on that student's page.
3. Budget (issue 20): the last student sees the finished run within 1.3x the time of the one
   alone, and every student saw the same run (one finished run in the store, none failed).
4. Memory: the server's RSS before the class, at its peak, and --settle seconds after it left.
"""

from __future__ import annotations

import asyncio
import random
import time
from types import SimpleNamespace

from background.runs import run_key_for
from benchmarks.load_report import summarize
from benchmarks.load_students import train
from benchmarks.stclient import Student
from explainer.training_settings import TrainingSettings
from store import open_store

BUDGET_RATIO = 1.3


async def alone(host: str, port: int, texts, notes: list[str]) -> float | None:
    """Seconds from one student's click on Train (defaults) to the finished run on its page."""
    st = Student(host, port, "en", texts)
    st.stats.role = "trainer"
    try:
        await st.open("", timeout=60)
        await train(st, random.Random(0), time.monotonic() + 600, notes, once=True)
    finally:
        await st.close()
    times = [t for kind, t, _ in st.stats.runs if kind == "train"]
    if st.stats.errors:
        notes.append(f"alone: errors {st.stats.errors[:3]}")
    return times[0] if times else None


async def class_train(args, host, port, pids, texts, notes, wave, total_rss) -> dict:
    store = open_store(args.store or None)
    key = run_key_for(TrainingSettings())
    store.delete_run(key)  # a run left by an earlier use of this store
    rss_start = total_rss(pids)
    t_alone = await alone(host, port, texts, notes)
    store.delete_run(key)
    print(f"one student alone: {t_alone} s from the click to the finished run")
    class_args = SimpleNamespace(
        **{**vars(args), "trainers": args.students, "default_trainers": args.students}
    )
    class_args.duration = max(args.duration, 600)
    rss_before = total_rss(pids)
    s = summarize(await wave(class_args, host, port, pids, texts, notes))
    times = s["train_runs"]
    runs = [r for r in store.finished_runs(limit=50) if r.key == key]
    failed = store.run_status(key)
    await asyncio.sleep(args.settle)
    rss_after = total_rss(pids)
    last = max(times) if times else None
    result = {
        "args": vars(args),
        "alone_s": t_alone,
        "class_students": args.students,
        "class_finished": len(times),
        "class_train_s": sorted(times),
        "last_s": last,
        "ratio_last_to_alone": round(last / t_alone, 2) if last and t_alone else None,
        "finished_runs_of_the_defaults": len(runs),
        "run_state": failed.state if failed else None,
        "errors": s["errors"],
        "error_samples": s["error_samples"],
        "rss_start_mb": rss_start,
        "rss_before_mb": rss_before,
        "rss_peak_mb": s["rss_peak_mb"],
        "rss_after_mb": rss_after,
        "server_cpu_cores": s["server_cpu_cores"],
        "load_client_cpu_cores": s["client_cpu_cores"],  # the simulated browsers share the cores
        "loadavg_1min": s["loadavg_1min"],
        "notes": sorted(set(notes)),
    }
    result["budgets"] = {
        f"last student within {BUDGET_RATIO}x one alone": bool(
            last and t_alone and last <= BUDGET_RATIO * t_alone and len(times) == args.students
        ),
        "every student saw the same run": len(runs) == 1 and result["run_state"] == "finished",
        "zero errors": s["errors"] == 0,
        "memory back within 50 MB of the start": bool(
            rss_after is not None and rss_start is not None and rss_after - rss_start <= 50
        ),
    }
    print(
        f"class of {args.students}: {len(times)} saw the finished run; click -> finished "
        f"min {min(times, default=0):.1f} s, last {last} s; alone {t_alone} s; ratio {result['ratio_last_to_alone']}; "
        f"finished runs of the defaults {len(runs)}; errors {s['errors']}; "
        f"RSS start {rss_start} -> before {rss_before} -> peak {s['rss_peak_mb']} -> after {rss_after} MB"
    )
    for name, ok in result["budgets"].items():
        print(f"budget {name}: {'PASS' if ok else 'FAIL'}")
    store.close()
    return result
