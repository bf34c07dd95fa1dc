"""Dataset loaders on small fixture arrays, with every download patched out."""

import numpy as np
import pytest

from explainer import datasets
from explainer.datasets import DatasetUnavailable, load, regroup_cifar10, split_validation, subset, to_rgb


class FakeModule:
    """Stands in for keras.datasets.<name>: load_data() returns fixture arrays or fails."""

    def __init__(self, data=None, error=None):
        self.data, self.error, self.calls = data, error, 0

    def load_data(self):
        self.calls += 1
        if self.error:
            raise self.error
        return self.data


@pytest.fixture(autouse=True)
def fresh_cache():
    datasets._raw.cache_clear()
    yield
    datasets._raw.cache_clear()


def patch(monkeypatch, module):
    monkeypatch.setattr(datasets, "_keras_dataset", lambda name: module)


def grey(n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (n, 28, 28), dtype=np.uint8), rng.integers(0, 10, n).astype(np.uint8)


def test_regroup_cifar10_maps_cat_dog_other():
    """CIFAR-10 label 3 becomes cat (0), 5 becomes dog (1), every other label other (2)."""
    y = np.array([[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]])
    assert regroup_cifar10(y).tolist() == [2, 2, 2, 0, 2, 1, 2, 2, 2, 2]
    assert regroup_cifar10(y).dtype == np.int64


def test_regroup_rejects_labels_out_of_range():
    with pytest.raises(ValueError, match="between 0 and 9"):
        regroup_cifar10([3, 10])


def test_to_rgb_repeats_grey():
    x = np.arange(8, dtype=np.uint8).reshape(2, 2, 2)
    rgb = to_rgb(x)
    assert rgb.shape == (2, 2, 2, 3)
    assert (rgb[..., 0] == x).all() and (rgb[..., 2] == x).all()
    with pytest.raises(ValueError):
        to_rgb(np.zeros((2, 2)))


def test_subset_balanced_takes_equal_numbers_per_class():
    y = np.array([0] * 10 + [1] * 10 + [2] * 80)
    x = np.arange(100)
    xs, ys = subset(x, y, 30, seed=1, balanced=True)
    assert np.bincount(ys).tolist() == [10, 10, 10]
    assert (y[xs] == ys).all()  # images and labels stay paired


def test_mnist_loader_uses_fixture(monkeypatch):
    """MNIST comes through keras.datasets, turned into RGB, subset to the size asked for."""
    (xtr, ytr), (xte, yte) = grey(50), grey(20, 1)
    fake = FakeModule(((xtr, ytr), (xte, yte)))
    patch(monkeypatch, fake)
    ds = load("mnist", n_train=30, n_test=10, seed=0)
    assert ds.x_train.shape == (30, 28, 28, 3) and ds.x_train.dtype == np.uint8
    assert ds.y_train.dtype == np.int64 and ds.x_test.shape == (10, 28, 28, 3)
    assert ds.classes == tuple("0123456789") and ds.input_size == 28
    # each image still carries its own label
    i = int(np.flatnonzero((xtr == ds.x_train[0, ..., 0]).all(axis=(1, 2)))[0])
    assert ytr[i] == ds.y_train[0]


def test_real_dataset_is_cached_after_first_load(monkeypatch):
    fake = FakeModule((grey(40), grey(10, 1)))
    patch(monkeypatch, fake)
    load("fashion_mnist", 20, 5)
    load("fashion_mnist", 10, 5, seed=3)
    assert fake.calls == 1


def test_cifar_pets_regroups_and_balances(monkeypatch):
    """CIFAR-10 becomes cat/dog/other with the same number of images per class."""
    rng = np.random.default_rng(0)
    x = rng.integers(0, 256, (200, 32, 32, 3), dtype=np.uint8)
    y = (np.arange(200) % 10).reshape(-1, 1).astype(np.uint8)  # 20 of each CIFAR label
    patch(monkeypatch, FakeModule(((x, y), (x[:100], y[:100]))))
    ds = load("cifar_pets", n_train=30, n_test=12)
    assert ds.classes == ("cat", "dog", "other")
    assert np.bincount(ds.y_train, minlength=3).tolist() == [10, 10, 10]
    assert np.bincount(ds.y_test, minlength=3).tolist() == [4, 4, 4]
    cats = ds.x_train[ds.y_train == 0]
    for img in cats:  # every "cat" is one of CIFAR's label-3 images
        i = int(np.flatnonzero((x == img).all(axis=(1, 2, 3)))[0])
        assert y[i, 0] == 3


def test_download_failure_becomes_dataset_unavailable(monkeypatch):
    """Offline, the Keras download error turns into DatasetUnavailable naming the dataset."""
    patch(monkeypatch, FakeModule(error=Exception("URL fetch failure: Name or service not known")))
    with pytest.raises(DatasetUnavailable) as info:
        load("cifar_pets")
    assert info.value.name == "cifar_pets" and "URL fetch failure" in info.value.reason


def test_doodles_need_no_download(monkeypatch):
    """The built-in set never touches keras.datasets."""
    patch(monkeypatch, FakeModule(error=AssertionError("no download for doodles")))
    ds = load("doodles", n_train=12, n_test=6, seed=2)
    assert ds.x_train.shape == (12, 64, 64, 3) and ds.classes == ("cat", "dog", "other")
    assert len(ds.y_test) == 6 and not np.array_equal(ds.x_train[:6], ds.x_test)


def test_unknown_dataset_is_refused():
    with pytest.raises(ValueError, match="unknown dataset"):
        load("imagenet")


def test_split_validation_takes_the_tail():
    x, y = np.arange(10), np.arange(10)
    (xt, yt), (xv, yv) = split_validation(x, y, 0.2)
    assert xt.tolist() == list(range(8)) and xv.tolist() == [8, 9]
    (xt, _), (xv, _) = split_validation(x, y, 0.0)
    assert len(xt) == 10 and len(xv) == 0


def test_patched_keras_datasets_load_data(monkeypatch):
    """Through the real keras.datasets module, with load_data patched: no network is used."""
    from explainer.tf_runtime import keras

    rng = np.random.default_rng(0)
    x = rng.integers(0, 256, (60, 32, 32, 3), dtype=np.uint8)
    y = (np.arange(60) % 10).reshape(-1, 1)
    monkeypatch.setattr(keras().datasets.cifar10, "load_data", lambda: ((x, y), (x, y)))
    ds = load("cifar_pets", n_train=18, n_test=9)
    assert np.bincount(ds.y_train).tolist() == [6, 6, 6]

    def offline():
        raise Exception("URL fetch failure")

    monkeypatch.setattr(keras().datasets.mnist, "load_data", offline)
    with pytest.raises(DatasetUnavailable):
        load("mnist")
