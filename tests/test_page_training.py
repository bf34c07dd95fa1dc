"""Behaviour of the training page through AppTest, with short trainings on tiny data."""

import pytest

from explainer import datasets
from tests.apptest_utils import open_app

TINY = {"n": "100", "epochs": "1", "model": "dense", "hidden": "16", "bs": "16"}  # 80 train -> 5 iterations


def texts(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for e in at.info] + [e.value for e in at.success] + [e.value for e in at.warning]
    parts += [e.value for e in at.error]
    return "\n".join(str(p) for p in parts)


def train_and_wait(at, timeout=120):
    """Press Train, wait for the background job, then let the page redraw."""
    at.button(key="training.train_button").click().run()
    job = at.session_state["training.job"]
    assert job.join(timeout), "training did not finish"
    at.run()
    return job


def test_iterations_arithmetic_shown_before_training():
    """Before training, the page shows iterations per epoch = ceil(N_train / B) with its numbers."""
    at = open_app("app_pages/training.py", "en", n="1000", bs="30", val="0.2")
    assert not at.exception
    text = texts(at)
    assert "⌈800 ÷ 30⌉ = **27**" in text  # 1000 images, 20 % validation -> 800; ceil(800/30) = 27
    assert "holds only 20 images" in text  # 800 - 26 * 30
    assert at.button(key="training.stop_button").disabled


def test_changing_batch_size_updates_arithmetic():
    at = open_app("app_pages/training.py", "zh", n="1000")
    at.number_input(key="training.bs").set_value(100).run()
    assert "⌈800 ÷ 100⌉ = **8**" in texts(at)


def test_class_map_and_one_hot_labels_shown():
    """The class map lists cat/dog/other with integer labels and one-hot vectors."""
    at = open_app("app_pages/training.py", "en", n="100")
    table = at.dataframe[0].value
    assert list(table.iloc[:, 1]) == ["cat", "dog", "other"]
    assert list(table.iloc[:, 2]) == ["[1, 0, 0]", "[0, 1, 0]", "[0, 0, 1]"]


@pytest.mark.slow
def test_train_button_trains_and_publishes_model():
    """Train with tiny settings: the run finishes, counters match Keras, the model is stored for the session."""
    at = open_app("app_pages/training.py", "en", **TINY)
    job = train_and_wait(at)
    assert not at.exception
    assert job.outcome == "finished"
    snap = job.sink.snapshot()
    assert snap.iterations_done == 5 and snap.steps_per_epoch == 5
    stored = at.session_state["trained_model"]
    assert stored["input_size"] == 64 and stored["classes"] == ("cat", "dog", "other")
    assert stored["settings"].batch_size == 16 and stored["model"] is job.model
    assert "Training finished" in texts(at)
    assert at.metric[0].value == "1/1" and at.metric[1].value == "5/5"
    keys = {c.proto.id for c in at.get("plotly_chart")}
    assert len(keys) >= 5  # loop + 4 curves
    assert not at.button(key="training.train_button").disabled


@pytest.mark.slow
def test_finished_run_survives_page_switch():
    """Going to another page and back keeps the finished run and its model."""
    at = open_app("app_pages/training.py", "en", **TINY)
    job = train_and_wait(at)
    at.switch_page("app_pages/loss.py").run()
    at.switch_page("app_pages/training.py").run()
    assert at.session_state["training.job"] is job
    assert at.session_state["trained_model"]["model"] is job.model
    assert "Training finished" in texts(at)


def test_offline_real_dataset_falls_back_to_doodles(monkeypatch):
    """Without internet, choosing CIFAR-10 says so plainly and the page keeps the doodles."""

    class Offline:
        @staticmethod
        def load_data():
            raise Exception("URL fetch failure: Name or service not known")

    datasets._raw.cache_clear()
    monkeypatch.setattr(datasets, "_keras_dataset", lambda name: Offline)
    at = open_app("app_pages/training.py", "en", data="cifar_pets", n="100")
    assert not at.exception
    warning = " ".join(w.value for w in at.warning)
    assert "could not be downloaded" in warning and "CIFAR-10" in warning
    assert list(at.dataframe[0].value.iloc[:, 1]) == ["cat", "dog", "other"]
    datasets._raw.cache_clear()


@pytest.mark.slow
def test_stop_button_keeps_partly_trained_model():
    """Stop ends a long run early; the partly trained model is kept and usable."""
    at = open_app("app_pages/training.py", "en", **{**TINY, "epochs": "50", "bs": "1"})
    at.button(key="training.train_button").click().run()
    job = at.session_state["training.job"]
    for _ in range(600):
        if job.sink.snapshot().iterations_done >= 3:
            break
        job.join(0.1)
    at.button(key="training.stop_button").click().run()
    assert job.join(60) and job.outcome == "stopped"
    at.run()
    assert at.session_state["trained_model"]["outcome"] == "stopped"
    assert job.sink.snapshot().iterations_done < 50 * 80
    assert "Stopped after iteration" in texts(at)


@pytest.mark.slow
def test_two_sessions_train_at_once_and_keep_their_own_models():
    """Two learners press Train at the same time; each session ends with its own model and history."""
    a = open_app("app_pages/training.py", "en", **TINY)
    b = open_app("app_pages/training.py", "zh", **{**TINY, "hidden": "32", "bs": "8"})
    a.button(key="training.train_button").click().run()
    b.button(key="training.train_button").click().run()
    ja, jb = a.session_state["training.job"], b.session_state["training.job"]
    assert ja is not jb
    assert ja.join(180) and jb.join(180)
    a.run()
    b.run()
    ma, mb = a.session_state["trained_model"], b.session_state["trained_model"]
    assert ma["model"] is ja.model and mb["model"] is jb.model and ma["model"] is not mb["model"]
    assert (
        ma["history"].steps_per_epoch == 5 and mb["history"].steps_per_epoch == 10
    )  # ceil(80/16), ceil(80/8)
    assert ma["model"].get_layer("hidden").units == 16 and mb["model"].get_layer("hidden").units == 32
