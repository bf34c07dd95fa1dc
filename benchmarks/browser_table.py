"""bench_browser.py's table: one markdown row per measurement, budgets marked, and the file it writes."""

from __future__ import annotations

import json
import os
import platform
from datetime import datetime
from pathlib import Path

BUDGET = {"all steps": 2.0, "first view": 1.0, "nudge": 0.5}  # s; a nudge also: TBT <= 200 ms
TBT_BUDGET_MS = 200
HEADER = (
    "| page | measurement | settled (s) | TBT (ms) | CPU browser / server (s) | charts / redrawn / 3-D "
    "| largest msg (KB) | msgs | notes | load 1 min before → after |\n"
    "|---|---|---:|---:|---|---|---:|---:|---|---|"
)


def kind(what: str) -> str:
    """The budget a measurement is held to: "nudge", "all steps" or "first view"."""
    return "nudge" if what.startswith("nudge") else "all steps" if what.startswith("all") else what


def row(page_id: str, what: str, r: dict, load: tuple[float, float]) -> str:
    """One row; a settled time over its budget (or a nudge over the TBT budget) in bold."""
    load_s = f"{load[0]:.2f} → {load[1]:.2f}"
    if "error" in r:
        return f"| {page_id} | {what} | {r['error']} | | | | | | | {load_s} |"
    s, tbt = r["settled_ms"] / 1000, r["tbt_ms"]
    over = s > BUDGET[kind(what)] or (kind(what) == "nudge" and tbt > TBT_BUDGET_MS)
    runs = "/".join(f"{x:.2f}" for x in r["runs_s"]) if len(r["runs_s"]) > 1 else ""
    script = f"script {r['script_ms'] / 1000:.2f}" if r.get("script_ms") is not None else ""
    sign = f"sign {r['sign_ms'] / 1000:.2f}" if s > 0.3 and r.get("sign_ms") is not None else ""
    notes = [n for n in (script, sign, f"runs {runs}" if runs else "", "TF loaded" if r.get("tf") else "",
                         f"{r['exceptions']} exception(s)" if r["exceptions"] else "") if n]  # fmt: skip
    settled = f"**{s:.2f}**" if over else f"{s:.2f}"
    tbt_s = f"**{tbt:.0f}**" if kind(what) == "nudge" and tbt > TBT_BUDGET_MS else f"{tbt:.0f}"
    return (f"| {page_id} | {what} | {settled} | {tbt_s} | {r['browser_cpu']:.2f} / {r['server_cpu']:.2f} "
            f"| {r['charts']} / {r['redrawn']} / {r['scenes']} | {r['largest'] / 1024:.1f} | {r['msgs']} "
            f"| {'; '.join(notes)} | {load_s} |")  # fmt: skip


def machine() -> str:
    """Cores, CPU model, Python and Streamlit versions."""
    import streamlit

    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())  # fmt: skip
    return f"{os.cpu_count()} cores, {cpu}; Python {platform.python_version()}, Streamlit {streamlit.__version__}"


def write(out: Path, started: datetime, setup: str, lines: list[str], raw: dict) -> Path:
    """benchmarks/out/bench_browser-<time>.md (the table) and .json (every figure)."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = started.strftime("%Y%m%d-%H%M%S")
    head = (f"# bench_browser {started:%Y-%m-%d %H:%M}–{datetime.now():%H:%M}\n\n{machine()}; {setup}. "
            f"Settled in **bold**: over its budget (nudge 0.5 s, all steps 2 s, first view 1 s); TBT in "
            f"bold: a nudge over {TBT_BUDGET_MS} ms.\n")  # fmt: skip
    md = out / f"bench_browser-{stamp}.md"
    md.write_text(head + "\n" + HEADER + "\n" + "\n".join(lines) + "\n")
    md.with_suffix(".json").write_text(json.dumps(raw, indent=1, default=str))
    return md
