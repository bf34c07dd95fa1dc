"""Record the reference run shown on the training page before Train: models/reference_run.json.

    python scripts/record_reference.py

Trains the default settings (explainer/training_settings.py) once, in this process, with the
same callback and event log the page uses (explainer/live_sink.py), and writes the events
with the settings, the machine and the date: numbers and short strings only (JSON). Run it
again when the defaults or the training code change. Takes about 15-30 s on two cores.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from explainer import datasets, live_training  # noqa: E402
from explainer.live_sink import TrainingSink  # noqa: E402
from explainer.reference_run import REFERENCE_FILE, load  # noqa: E402
from explainer.training_settings import TrainingSettings  # noqa: E402


def machine() -> str:
    """ "2-core x86_64, <CPU model>" from /proc/cpuinfo where there is one."""
    model = platform.processor() or ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()}-core {platform.machine()}, {model}".strip(", ")[:120]


def main() -> None:
    s = TrainingSettings()
    data = datasets.load(s.dataset, s.n_images, s.n_test, s.seed)
    sink = TrainingSink()
    _, outcome = live_training.train(s, data, sink)
    events, _ = sink.events()
    for e in events:  # 4 significant digits are plenty for a chart, and keep the file small
        for k in ("l", "a", "vl", "va"):
            if isinstance(e.get(k), float):
                e[k] = float(f"{e[k]:.4g}")
    out = {
        "settings": s.as_dict(),
        "machine": machine(),
        "date": time.strftime("%Y-%m-%d", time.gmtime()),
        "outcome": outcome,
        "events": events,
    }
    REFERENCE_FILE.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    ref = load()
    snap = ref.snapshot()
    print(
        f"{REFERENCE_FILE.name}: {outcome}, {snap.iterations_done} iterations, val accuracy "
        f"{snap.ep_val_accuracy[-1]:.3f}, {snap.clock:.1f} s, {REFERENCE_FILE.stat().st_size} bytes"
    )


if __name__ == "__main__":
    main()
