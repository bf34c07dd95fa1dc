"""The time left shown during training, checked against the truth on a real run.

The page's estimate after the first epoch comes from this run's own measured speed (seconds
per iteration between batches, the first batch's tracing left out, plus the last validation
pass: explainer/live_sink.py). Here a real Keras run reads the estimate at the end of epoch 1
and compares it with the time the remaining epochs really took: within 30 % (issue 18). The
run is long enough (about 10 s after epoch 1 on a quiet 2-core machine) for the bound to mean
something; a machine whose load swings hard in those seconds can still break it, so the
test allows three runs and prints every error.
"""

import time

import pytest

from explainer import datasets
from explainer.live_sink import TrainingSink
from explainer.training_settings import TrainingSettings

pytestmark = pytest.mark.slow


class EpochOneEta(TrainingSink):
    """A sink that notes, when epoch 1 ends, the time left it would show and the clock."""

    def epoch_end(self, epoch, loss, accuracy, val_loss, val_accuracy):
        super().epoch_end(epoch, loss, accuracy, val_loss, val_accuracy)
        if epoch == 1:
            snap = self.snapshot()
            self.eta_after_1, self.t_after_1 = snap.eta, time.time()


def test_time_left_after_the_first_epoch_is_within_30_percent():
    """Up to three real runs (another learner's load on a shared machine can swing the speed by
    more than 30 % within seconds); at least one must land within the bound, and each error is
    printed."""
    from explainer import live_training

    s = TrainingSettings(n_images=2000, epochs=6, model="cnn", seed=3)  # the defaults' model, smaller
    data = datasets.load(s.dataset, s.n_images, s.n_test, s.seed)
    errors = []
    for _ in range(3):
        sink = EpochOneEta()
        _, outcome = live_training.train(s, data, sink)
        assert outcome == "finished"
        actual = sink.snapshot().clock - (sink.t_after_1 - sink.t0)
        assert actual > 3.0, "the run was too short for the bound to mean anything"
        errors.append(abs(sink.eta_after_1 - actual) / actual)
        print(
            f"time left after epoch 1: shown {sink.eta_after_1:.2f} s, took {actual:.2f} s, error {errors[-1]:.0%}"
        )
        if errors[-1] <= 0.30:
            break
    assert min(errors) <= 0.30, f"errors {[f'{e:.0%}' for e in errors]}"
