"""Every choice that defines one training run, in one typed dataclass. (No TensorFlow here.)

The page builds a TrainingSettings from its widgets; the trainer, the benchmark and the
exported script all read the same object, so "the same settings" means the same thing
everywhere.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields

from explainer.datasets import NAMES as DATASETS
from explainer.training import iterations_per_epoch

MODELS = ("dense", "cnn")
OPTIMIZERS = ("sgd", "momentum", "adam")
LOSSES = ("cross_entropy", "squared_error")
HIDDEN_UNITS = (16, 32, 64, 128, 256)
MOMENTUM = 0.9  # the usual textbook value for "SGD with momentum"


@dataclass(frozen=True)
class TrainingSettings:
    dataset: str = "doodles"
    n_images: int = 3000  # images drawn for training + validation; small so a run takes seconds
    n_test: int = 600  # held-out images for the inference page
    model: str = "cnn"  # "cnn" (a small convolutional network) or "dense" (one hidden layer)
    hidden_units: int = 64  # width of the hidden dense layer (both models end with one)
    optimizer: str = "adam"  # "sgd", "momentum" (SGD with momentum 0.9) or "adam"
    learning_rate: float = 0.003  # a brisk Adam rate: the default run learns the doodles in ~6 epochs
    batch_size: int = 32  # the course's "good default"
    epochs: int = 6  # ~10 s on one core with the defaults
    validation_split: float = 0.2  # the last 20 % of the images are kept for validation
    seed: int = 0  # draws the data and the initial weights
    loss: str = "cross_entropy"  # or "squared_error": the course's MSE = mean over samples of SSE

    def __post_init__(self):
        checks = (
            (self.dataset in DATASETS, f"dataset must be one of {DATASETS}"),
            (self.model in MODELS, f"model must be one of {MODELS}"),
            (self.optimizer in OPTIMIZERS, f"optimizer must be one of {OPTIMIZERS}"),
            (self.loss in LOSSES, f"loss must be one of {LOSSES}"),
            (_whole(self.n_images) and 2 <= self.n_images <= 60_000, "n_images must be 2..60000"),
            (_whole(self.n_test) and 1 <= self.n_test <= 10_000, "n_test must be 1..10000"),
            (_whole(self.hidden_units) and 1 <= self.hidden_units <= 4096, "hidden_units must be 1..4096"),
            (_whole(self.batch_size) and 1 <= self.batch_size <= 512, "batch_size must be 1..512"),
            (_whole(self.epochs) and 1 <= self.epochs <= 200, "epochs must be 1..200"),
            (_whole(self.seed) and 0 <= self.seed <= 2**31 - 1, "seed must be 0..2**31-1"),
            (
                _finite(self.learning_rate) and 0 < self.learning_rate <= 10,
                "learning_rate must be in (0, 10]",
            ),
            (
                _finite(self.validation_split) and 0 <= self.validation_split <= 0.5,
                "validation_split must be 0..0.5",
            ),
        )
        for ok, message in checks:
            if not ok:
                raise ValueError(message)

    @property
    def n_val(self) -> int:
        """Validation images: round(n_images * validation_split), leaving at least one to train on."""
        return min(int(round(self.n_images * self.validation_split)), self.n_images - 1)

    @property
    def n_train(self) -> int:
        """Training images: n_images - n_val."""
        return self.n_images - self.n_val

    @property
    def iterations_per_epoch(self) -> int:
        """M = ceil(n_train / batch_size)."""
        return iterations_per_epoch(self.n_train, self.batch_size)

    @property
    def total_iterations(self) -> int:
        return self.iterations_per_epoch * self.epochs

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def _whole(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _finite(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
