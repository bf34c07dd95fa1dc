"""The recorded reference run: the default settings trained once, shipped as numbers.

The training page shows it before the learner presses Train (course 02-07's two plots: the
loss falling ever more slowly, the accuracy rising), labelled as recorded, with where and
when it was recorded. scripts/record_reference.py writes it. The file is JSON holding only
numbers and short strings (settings, machine, date, and the run's events as in
explainer/live_sink.py); it is parsed with json, never unpickled or executed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from explainer.live_sink import Snapshot, fold_all

REFERENCE_FILE = Path(__file__).resolve().parents[1] / "models" / "reference_run.json"
KINDS = {"queue", "phase", "begin", "b", "ep", "end"}


@dataclass(frozen=True)
class Reference:
    settings: dict  # TrainingSettings.as_dict() of the recorded run
    machine: str  # e.g. "2-core x86_64, Intel Xeon ..."
    date: str  # ISO date (UTC) of the recording
    events: tuple[dict, ...]

    def snapshot(self) -> Snapshot:
        """The whole run, as a page draws it."""
        return fold_all(self.events)


def _number(v) -> bool:
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(float(v)))


def load(path: Path = REFERENCE_FILE) -> Reference | None:
    """The reference run, or None if the file is missing. ValueError if it is malformed."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    events = raw.get("events")
    if not isinstance(events, list) or not all(isinstance(e, dict) and e.get("k") in KINDS for e in events):
        raise ValueError(f"{Path(path).name}: events must be a list of run events")
    for e in events:
        if not all(_number(v) or k in ("k", "p", "s", "m") for k, v in e.items()):
            raise ValueError(f"{Path(path).name}: event {e!r:.80} holds something other than numbers")
    return Reference(dict(raw["settings"]), str(raw["machine"])[:120], str(raw["date"])[:20], tuple(events))
