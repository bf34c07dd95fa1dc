"""How long a training run holds a slot, estimated before it starts. (No TensorFlow.)

    seconds = s_ready + epochs * (M * s_iter + (n_train + n_val / 3) * s_image)     M = ceil(n_train / B)

s_ready is building the model and Keras's tracing of its first step (a worker that has
TensorFlow loaded already: the server keeps one per slot);

s_iter is the fixed cost of one iteration (Keras's step, the callback, the live numbers);
s_image the cost of one image forward and backward (a validation image only goes forward,
about a third). For the built-in doodles (64x64) they were measured on a 2-core server with
one TensorFlow thread (benchmarks/bench_training.py, benchmarks/RESULTS.md); other image
sizes and hidden layers scale with the work they add:

    cnn:   s_image = S_CNN * (h * w) / 64^2            the convolutions dominate
    dense: s_image = S_DENSE * (h * w * hidden) / (64^2 * 64)

The estimate is then refined with this machine's own finished runs (`refine`): the median of
actual / estimated over the last runs of the same model kind on this host scales it, so a
faster or slower server, or a busier one, soon estimates its own speed.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, replace

from explainer.training_settings import TrainingSettings

S_READY = 2.0  # seconds from a free slot to the first iteration, with a warm worker
S_ITER = 0.005  # seconds of fixed cost per iteration
S_CNN = 0.00075  # seconds per 64x64 image through the CNN (forward + backward)
S_DENSE = 0.0001  # seconds per 64x64 image through the dense net with 64 hidden units
VAL_SHARE = 1 / 3  # a validation image costs about a third of a training image (forward only)
INPUT_SIZES = {"doodles": 64, "mnist": 28, "fashion_mnist": 28, "cifar_pets": 32}
MIN_RATIO, MAX_RATIO = 0.25, 8.0  # a refinement never trusts a wilder factor than these
REFINE_RUNS = 20  # finished runs that refine an estimate, newest first


def seconds_per_image(model: str, input_size: int, hidden_units: int) -> float:
    """One training image's forward and backward pass, in seconds (see the module docstring)."""
    pixels = input_size * input_size / 64**2
    if model == "cnn":
        return S_CNN * pixels
    return S_DENSE * pixels * hidden_units / 64


def estimate_seconds(s: TrainingSettings, input_size: int | None = None) -> float:
    """Seconds the run holds a training slot (model built, traced, trained), before refinement."""
    size = input_size or INPUT_SIZES.get(s.dataset, 64)
    per_image = seconds_per_image(s.model, size, s.hidden_units)
    per_epoch = s.iterations_per_epoch * S_ITER + (s.n_train + s.n_val * VAL_SHARE) * per_image
    return S_READY + s.epochs * per_epoch


def refine(estimate: float, history: Iterable[tuple[float, float]]) -> tuple[float, int]:
    """(estimate scaled by the median actual/estimated of `history`, how many runs were used).

    history: (estimated seconds, actual seconds) of finished runs of the same kind."""
    ratios = [a / e for e, a in history if e > 0 and a > 0 and math.isfinite(a / e)][:REFINE_RUNS]
    if not ratios:
        return estimate, 0
    factor = min(MAX_RATIO, max(MIN_RATIO, statistics.median(ratios)))
    return estimate * factor, len(ratios)


@dataclass(frozen=True)
class Cheaper:
    """A cheaper version of a run that fits the limit, and what changed."""

    settings: TrainingSettings
    seconds: float
    changed: tuple[str, ...]  # names of the fields changed: "epochs", "n_images", "batch_size"


def cheaper(s: TrainingSettings, limit_s: float, factor: float = 1.0) -> Cheaper | None:
    """The closest cheaper settings whose estimate (times `factor`) fits `limit_s`, or None.

    In order: a batch size of at least 16 (tiny batches pay the per-iteration cost many
    times), then fewer epochs (at least one), then fewer images (at least 100)."""

    def cost(x: TrainingSettings) -> float:
        return estimate_seconds(x) * factor

    changed: list[str] = []
    x = s
    if cost(x) > limit_s and x.batch_size < 16:
        x, changed = replace(x, batch_size=32), [*changed, "batch_size"]
    if cost(x) > limit_s and x.epochs > 1:
        one = cost(replace(x, epochs=1))
        per_epoch = cost(replace(x, epochs=2)) - one
        epochs = max(1, min(x.epochs - 1, 1 + int((limit_s - one) // per_epoch)))
        x, changed = replace(x, epochs=epochs), [*changed, "epochs"]
    if cost(x) > limit_s and x.n_images > 100:
        work = cost(x) / factor - S_READY  # the part that grows with the number of images
        n = int(x.n_images * (limit_s / factor - S_READY) / work) // 100 * 100
        x = replace(x, n_images=max(100, n))
        while cost(x) > limit_s and x.n_images > 100:  # rounding (iterations) may leave it just over
            x = replace(x, n_images=x.n_images - 100)
        changed = [*changed, "n_images"]
    if cost(x) > limit_s or x == s:
        return None
    return Cheaper(x, cost(x), tuple(changed))
