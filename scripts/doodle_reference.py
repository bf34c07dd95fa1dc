"""Write models/doodle_reference.npz: what the black box's "is this like a doodle?" check compares with.

    python scripts/doodle_reference.py

Draws the reference doodles, sets the check's threshold on other fresh doodles, and measures
the check and the built-in box on fresh doodles and on photo-like pictures
(explainer/familiar.py: build). Saves plain numbers only; about 60 KB, half a minute.
Run it again whenever the built-in weights or explainer/doodles.py change
(tests/test_familiar.py fails until then).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explainer import familiar  # noqa: E402


def main() -> None:
    t0 = time.perf_counter()
    ref = familiar.build()
    familiar.save(ref)
    print(f"{familiar.REFERENCE_FILE.name}: threshold {ref.threshold:.3f}, {time.perf_counter() - t0:.1f} s")
    print(f"built-in box on fresh doodles: {ref.accuracy:.1%} right")
    for family, (n, flagged, top) in ref.measured.items():
        print(
            f"  {family:9s} n={n:4d}  called unfamiliar {flagged:6.1%}  box's mean top probability {top:.3f}"
        )


if __name__ == "__main__":
    main()
