"""background/dataset_process.py: the doodles drawn in a child process are the same images, and
drawing them there leaves the server's interpreter lock to the other students."""

from __future__ import annotations

import time

import numpy as np
import pytest

from background import dataset_process
from explainer import datasets


def test_the_child_draws_the_same_dataset_and_the_caller_barely_works():
    ours = datasets.load(datasets.DEFAULT, 300, 60, seed=11)
    cpu0 = time.thread_time()
    theirs = dataset_process.doodles(300, 60, 11)
    caller_cpu = time.thread_time() - cpu0
    assert theirs.name == ours.name and theirs.classes == ours.classes
    for a, b in ((theirs.x_train, ours.x_train), (theirs.y_train, ours.y_train),
                 (theirs.x_test, ours.x_test), (theirs.y_test, ours.y_test)):  # fmt: skip
        assert a.dtype == b.dtype and np.array_equal(a, b)
    assert dataset_process.running()
    # drawing 360 images costs ~0.25 s of this machine's CPU; the calling thread spent a
    # small part of it (sending three numbers, unpacking the arrays), not the drawing itself
    start = time.thread_time()
    datasets.load(datasets.DEFAULT, 300, 60, seed=11)
    drawing_here = time.thread_time() - start
    assert caller_cpu < drawing_here / 3


def test_bad_arguments_raise_the_same_error_as_drawing_here():
    with pytest.raises(ValueError, match="n_train and n_test must be at least 1"):
        dataset_process.doodles(0, 5, 1)


def test_an_idle_child_is_ended_and_a_new_one_starts_on_demand(monkeypatch):
    dataset_process.end()
    monkeypatch.setattr(dataset_process, "IDLE_S", 0.3)
    dataset_process.doodles(6, 3, 2)
    assert dataset_process.running()
    deadline = time.monotonic() + 10
    while dataset_process.running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not dataset_process.running()  # the class has left: no extra process stays
    again = dataset_process.doodles(6, 3, 2)
    assert np.array_equal(again.x_train, datasets.load(datasets.DEFAULT, 6, 3, seed=2).x_train)


def test_without_a_child_the_images_are_drawn_here(monkeypatch):
    def no_process(*_a, **_k):
        raise OSError("no processes here")

    monkeypatch.setattr(dataset_process.concurrent.futures, "ProcessPoolExecutor", no_process)
    dataset_process.end()
    d = dataset_process.doodles(6, 3, 4)
    assert np.array_equal(d.x_train, datasets.load(datasets.DEFAULT, 6, 3, seed=4).x_train)


def test_warm_starts_the_child_ahead_and_the_drawing_uses_it():
    dataset_process.end()
    dataset_process.warm()
    assert dataset_process.running()
    pool = dataset_process._pool
    dataset_process.warm()  # a rerun: nothing more is started
    assert dataset_process._pool is pool
    d = dataset_process.doodles(6, 3, 5)
    assert dataset_process._pool is pool
    assert np.array_equal(d.x_train, datasets.load(datasets.DEFAULT, 6, 3, seed=5).x_train)
