"""Fair training: the cost of a run before it starts, refined by this machine's runs, and cheaper settings."""

from dataclasses import replace

import pytest

from explainer import training_cost as cost
from explainer.training_settings import TrainingSettings

D = TrainingSettings()


def test_cost_grows_with_epochs_images_and_tiny_batches():
    """More epochs or images cost proportionally more; batch size 1 pays the per-iteration cost often."""
    base = cost.estimate_seconds(D) - cost.S_READY
    assert cost.estimate_seconds(replace(D, epochs=12)) - cost.S_READY == pytest.approx(2 * base)
    assert (
        cost.estimate_seconds(replace(D, n_images=6000)) > 1.9 * cost.estimate_seconds(D) - 2 * cost.S_READY
    )
    assert cost.estimate_seconds(replace(D, batch_size=1)) > 2 * cost.estimate_seconds(D)
    assert cost.estimate_seconds(replace(D, model="dense")) < cost.estimate_seconds(D)


def test_the_defaults_cost_about_what_this_machine_measured():
    """The defaults (6 epochs of 2400 doodles, CNN) were measured at 12-25 s on this 2-core machine."""
    assert 10 <= cost.estimate_seconds(D) <= 30


def test_refine_scales_by_the_median_ratio_of_finished_runs():
    """Runs that took twice the estimate make the next estimate twice as long; wild ones are bounded."""
    assert cost.refine(10.0, []) == (10.0, 0)
    assert cost.refine(10.0, [(5.0, 10.0), (4.0, 8.0), (1.0, 100.0)]) == (20.0, 3)
    assert cost.refine(10.0, [(1.0, 1000.0)])[0] == 10.0 * cost.MAX_RATIO
    assert cost.refine(10.0, [(0.0, 3.0), (2.0, -1.0)]) == (10.0, 0)


def test_a_cheaper_version_fits_the_limit_and_says_what_changed():
    """The issue's long run (5000 images, 50 epochs, batch 8) gets batch 32 and fewer epochs."""
    long = replace(D, n_images=5000, epochs=50, batch_size=8)
    assert cost.estimate_seconds(long) > 180
    c = cost.cheaper(long, 180)
    assert c is not None and c.seconds <= 180 and c.changed == ("batch_size", "epochs")
    assert c.settings.batch_size == 32 and 1 <= c.settings.epochs < 50
    assert (
        cost.estimate_seconds(replace(c.settings, epochs=c.settings.epochs + 1)) > 180
    )  # the most that fits
    one_epoch = replace(D, n_images=10_000, epochs=1, model="dense", hidden_units=256)
    smaller = cost.cheaper(one_epoch, cost.estimate_seconds(one_epoch) / 2)
    assert smaller is not None and smaller.changed == ("n_images",) and smaller.settings.n_images < 10_000
    assert cost.cheaper(D, 0.5) is None  # nothing fits: no suggestion
    assert cost.cheaper(D, 1000) is None  # it fits already
