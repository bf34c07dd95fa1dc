"""Write models/builtin_eval.npz: the built-in model's probabilities on its held-out doodles.

    python scripts/builtin_eval.py

What the inference page shows before anyone trains (accuracy, confusion matrix), computed
with explainer/builtin_eval.py; about 10 KB and a few seconds. Run it again whenever the
built-in weights or what explainer/doodles.py draws change: until then the page computes the numbers
live (the file's fingerprint no longer matches) and tests/test_builtin_eval.py fails.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explainer import builtin_eval  # noqa: E402


def main() -> None:
    t0 = time.perf_counter()
    y, probs = builtin_eval.build()
    builtin_eval.save(y, probs)
    right = float((probs.argmax(1) == y).mean())
    print(
        f"{builtin_eval.EVAL_FILE.name}: {len(y)} doodles, {right:.1%} right, {time.perf_counter() - t0:.1f} s"
    )


if __name__ == "__main__":
    main()
