"""Behaviour of the training page through AppTest, with short trainings on tiny data.

Runs live in the store: each test gets an empty one (tests/test_runs.py `fresh_store`), so a
run trained by one test is never replayed in another.
"""

import threading
import time

import pytest

from background import jobs, runs, train
from explainer import datasets, reference_run
from tests.apptest_utils import html_frame, html_frames, open_app, picture_svg
from tests.svg_read import Chart
from tests.test_runs import fresh_store  # noqa: F401 - an empty store per test, a fixture

TINY = {"n": "100", "epochs": "1", "model": "dense", "hidden": "16", "bs": "16"}  # 80 train -> 5 iterations


def texts(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for e in at.info] + [e.value for e in at.success] + [e.value for e in at.warning]
    parts += [e.value for e in at.error]
    return "\n".join(str(p) for p in parts)


def press(at, key="training.train_button"):
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    return at.session_state["trained.run"]


def wait_ended(at, timeout=120):
    """Wait until the session's run has ended in the store, then let the page redraw."""
    key = at.session_state["trained.run"]["key"]
    deadline = time.monotonic() + timeout
    while runs.store().run_status(key).state == "running":
        assert time.monotonic() < deadline, "training did not finish"
        time.sleep(0.1)
    time.sleep(runs.READ_S)  # the page reads the store at most this often
    at.run()
    at.run()  # the live view saw the end: a full rerun unlocks the page
    assert not at.exception, at.exception
    return key


def test_iterations_arithmetic_shown_before_training(fresh_store):  # noqa: F811
    """Before training, the page shows iterations per epoch = ceil(N_train / B) with its numbers."""
    at = open_app("app_pages/training.py", "en", n="1000", bs="30", val="0.2")
    assert not at.exception
    text = texts(at)
    assert "⌈800 ÷ 30⌉ = **27**" in text  # 1000 images, 20 % validation -> 800; ceil(800/30) = 27
    assert "holds only 20 images" in text  # 800 - 26 * 30
    assert at.button(key="training.stop_button").disabled


def test_changing_batch_size_updates_arithmetic(fresh_store):  # noqa: F811
    at = open_app("app_pages/training.py", "zh", n="1000")
    at.number_input(key="training.bs").set_value(100).run()
    assert "⌈800 ÷ 100⌉ = **8**" in texts(at)


def picture(at, key: str, x_log: bool = False) -> Chart:
    """The chart drawn in the container keyed `key` (an SVG picture, read through its tick labels)."""
    (html,) = at.get_by_key(key).get("html")
    return Chart(picture_svg(html.proto.body), x_log=x_log)


def class_map(at):
    """The data step's class map (an HTML table: index, class, one-hot vector, count)."""
    return html_frames(at)[0]


def test_class_map_and_one_hot_labels_shown(fresh_store):  # noqa: F811
    """The class map lists cat/dog/other with integer labels and one-hot vectors."""
    at = open_app("app_pages/training.py", "en", n="100")
    table = class_map(at)
    assert list(table.iloc[:, 1]) == ["cat", "dog", "other"]
    assert list(table.iloc[:, 2]) == ["[1, 0, 0]", "[0, 1, 0]", "[0, 0, 1]"]
    assert list(table.iloc[:, 0]) == [0, 1, 2]


def test_before_train_a_recorded_reference_run_and_the_cost_are_shown(fresh_store):  # noqa: F811
    """The recorded default run is drawn (labelled as recorded, with machine and date), and the
    cost of the chosen settings on this server is stated before Train. Its four curves are
    pictures: read back through their tick labels, the per-batch loss is the recording's, over an
    axis as long as the whole run, and the accuracy's axis runs from 0 to 1.02."""
    at = open_app("app_pages/training.py", "en")
    text = texts(at)
    assert "**recorded** run of the default settings (recorded on" in text
    assert "On this server this takes about" in text and "6 epochs × 75 iterations" in text
    ref = reference_run.load().snapshot()
    it_loss = picture(at, "training.chart.iter_loss")
    (line,) = it_loss.lines()  # the recorded run's loss, batch by batch, read through the tick labels
    assert len(line["points"]) == len(ref.it_x) == ref.total_iterations == 450
    assert [x for x, _ in line["points"]] == pytest.approx(ref.it_x, abs=0.5)
    assert [y for _, y in line["points"]] == pytest.approx(ref.it_loss, abs=0.01)
    assert it_loss.x_span() == (pytest.approx(0, abs=0.5), pytest.approx(450, abs=0.5))
    epoch_acc = picture(at, "training.chart.epoch_accuracy")
    assert epoch_acc.y_span() == (pytest.approx(0, abs=0.01), pytest.approx(1.02, abs=0.01))
    train, val = epoch_acc.lines()  # training solid, validation dashed, a dot per epoch
    assert (train["dashed"], val["dashed"]) == (False, True)
    assert [y for _, y in val["points"]] == pytest.approx(ref.ep_val_accuracy, abs=0.01)
    assert (
        picture(at, "training.chart.epoch_loss").lines()
        and picture(at, "training.chart.iter_accuracy").lines()
    )
    assert not at.get("plotly_chart")  # the page loads no charting code in the browser


def test_the_loop_diagram_says_what_the_chosen_optimizer_does(fresh_store):  # noqa: F811
    """Adam (the default) is explained against the plain W − lr × slope; SGD is exactly it."""
    adam = texts(open_app("app_pages/training.py", "en"))
    assert "The default optimizer is Adam" in adam and "W − lr × slope" in adam
    sgd = open_app("app_pages/training.py", "en", opt="sgd")
    assert "SGD, does exactly this" in texts(sgd)
    loop = next(h.proto.body for h in sgd.get("html") if "tl-loop" in h.proto.body)
    assert "W ← W − lr·gradient" in loop


@pytest.mark.slow
def test_train_button_trains_and_publishes_model(fresh_store):  # noqa: F811
    """Train with tiny settings: the run finishes, its key goes in the URL, and the model
    (numpy, from the stored weights) is published for the session. The class board's table lists
    it as yours and its picture rings it at its learning rate and validation accuracy."""
    at = open_app("app_pages/training.py", "en", **TINY)
    r = press(at)
    assert r["mode"] == "train"
    key = wait_ended(at)
    stored = at.session_state["trained_model"]
    assert stored["input_size"] == 64 and stored["classes"] == ("cat", "dog", "other")
    assert stored["settings"].batch_size == 16 and stored["key"] == key
    assert stored["model"].hidden_units == 16 and stored["history"].iterations_done == 5
    assert at.query_params["run"] in (key, [key])
    assert "Training finished" in texts(at)
    assert at.metric[0].value == "1/1" and at.metric[1].value == "5/5"
    assert not at.button(key="training.train_button").disabled
    (table,) = at.get_by_key("training.board_table").get("html")  # the class board lists it, as yours
    board = html_frame(table.proto.body)
    assert list(board.iloc[:, 0]) == ["●"] and list(board["Learning rate"]) == [
        stored["settings"].learning_rate
    ]
    acc = float(board["Validation accuracy"][0].rstrip("%")) / 100
    ringed = [m for m in picture(at, "training.board_chart", x_log=True).marks() if m.kind == "ring"]
    (ring,) = [m for m in ringed if m.size > 8]  # on the board, ringed where its point is
    assert ring.x == pytest.approx(stored["settings"].learning_rate, rel=0.01) and ring.y == pytest.approx(
        acc, abs=0.01
    )
    assert not at.get("plotly_chart") and not at.dataframe


@pytest.mark.slow
def test_second_learner_joins_and_third_gets_a_labelled_replay(fresh_store):  # noqa: F811
    """Same settings: the second learner joins the same run (no second training); after it
    ended, a third gets a replay labelled as such, with a button for a fresh copy."""
    slow = {**TINY, "bs": "1", "n": "400", "epochs": "2"}
    a = open_app("app_pages/training.py", "en", **slow)
    b = open_app("app_pages/training.py", "zh", **slow)
    ra = press(a)
    rb = press(b)
    assert (ra["mode"], rb["mode"], rb["key"]) == ("train", "join", ra["key"])
    assert "你加入了一次别的同学" in texts(b)
    wait_ended(a)
    wait_ended(b)
    ha, hb = a.session_state["trained_model"]["history"], b.session_state["trained_model"]["history"]
    assert ha.it_loss == hb.it_loss and ha.iterations_done == 640
    assert len(fresh_store.finished_runs()) == 1
    c = open_app("app_pages/training.py", "en", **slow)
    rc = press(c)
    assert (rc["mode"], rc["key"]) == ("replay", ra["key"])
    assert (
        "Replay of an identical run" in texts(c)
        and c.button(key="training.stop_button").label == "Skip to end"
    )
    press(c, "training.stop_button")  # skip to the end
    c.run()
    assert c.session_state["trained_model"]["history"].it_loss == ha.it_loss
    assert "Training finished" in texts(c)
    c.button(key="training.fresh").click().run()  # a fresh copy: another seed, a real training
    fresh = c.session_state["trained.run"]
    assert fresh["mode"] == "train" and fresh["key"] != ra["key"]
    assert c.session_state["training.seed"] != 0
    train.trainer(fresh["key"]).stop()
    assert train.trainer(fresh["key"]).join(60)


@pytest.mark.slow
def test_a_reload_or_a_link_restores_the_run(fresh_store):  # noqa: F811
    """A new session opened with ?run=<key> (a reload, a new tab, a shared link) shows the
    finished run and publishes its model, on the training page and on the inference page."""
    at = open_app("app_pages/training.py", "en", **TINY)
    press(at)
    key = wait_ended(at)
    again = open_app("app_pages/training.py", "en", run=key, **TINY)
    assert again.session_state["trained.run"]["mode"] == "restore"
    assert "Training finished" in texts(again) and "restored from the server" in texts(again)
    assert again.session_state["trained_model"]["key"] == key
    inference = open_app("app_pages/inference.py", "en", run=key)
    assert inference.session_state["trained_model"]["key"] == key
    assert "built-in model" not in texts(inference)
    missing = open_app("app_pages/training.py", "en", run="0" * 20)
    assert "no longer on this server" in texts(missing)


@pytest.mark.slow
def test_stop_while_queued_says_no_model_and_stop_later_keeps_it(fresh_store):  # noqa: F811
    """Waiting behind another run: the place and who is ahead are shown; Stop says the
    learner left the line and that there is no model. Stopped while training: the model so far is kept."""
    q = jobs.server_queue()
    assert q.acquire("another learner", threading.Event())
    at = open_app("app_pages/training.py", "en", **TINY)
    press(at)
    for _ in range(100):
        at.run()
        if "Waiting in line" in texts(at):
            break
        time.sleep(0.1)
    assert "Your place: 1; ahead of you: 1 run(s) training, 0 waiting" in texts(at)
    press(at, "training.stop_button")
    wait_ended(at)
    assert "You left the line before your run started: nothing was trained, so there is no model" in texts(at)
    assert "Stopped after iteration" not in texts(at) and "trained_model" not in at.session_state
    q.release()
    at = open_app("app_pages/training.py", "en", **{**TINY, "epochs": "50", "bs": "1", "seed": "7"})
    press(at)
    for _ in range(600):
        if runs.follower(at.session_state["trained.run"]["key"]).snapshot().iterations_done >= 3:
            break
        time.sleep(0.1)
    at.run()
    press(at, "training.stop_button")
    wait_ended(at)
    assert at.session_state["trained_model"]["outcome"] == "stopped"
    assert "Stopped after iteration" in texts(at)


@pytest.mark.slow
def test_a_long_run_is_refused_while_the_server_is_busy_with_a_cheaper_offer(fresh_store, monkeypatch):  # noqa: F811
    """Over EXPLAINER_MAX_RUN_SECONDS while another run trains: refused with the reason, and a
    button that puts cheaper settings in place."""
    monkeypatch.setenv("EXPLAINER_MAX_RUN_SECONDS", "30")
    q = jobs.server_queue()
    assert q.acquire("another learner", threading.Event())
    at = open_app("app_pages/training.py", "en", n="5000", epochs="50", bs="8")
    assert "This is a long run" in texts(at)
    at.button(key="training.train_button").click().run()
    assert not at.exception and "trained.run" not in at.session_state
    text = texts(at)
    assert "Not now: this run would take about" in text and "(1 training, 0 waiting right now)" in text
    assert "A cheaper version: batch size 32," in text
    at.button(key="training.cheaper").click().run()
    assert at.session_state["training.bs"] == 32 and at.session_state["training.epochs"] < 50
    q.release()


def test_offline_real_dataset_falls_back_to_doodles(fresh_store, monkeypatch):  # noqa: F811
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
    assert list(class_map(at).iloc[:, 1]) == ["cat", "dog", "other"]
    datasets._raw.cache_clear()


@pytest.mark.slow
def test_the_server_never_imports_tensorflow_to_train_or_show_a_model():
    """The worker process trains; the page follows the run in the store and publishes the model
    in numpy: the server process itself stays without TensorFlow (~600 MB and ~7 s saved)."""
    import os
    import subprocess
    import sys

    from tests.apptest_utils import ROOT

    code = f"""
import sys, time
sys.path.insert(0, {str(ROOT)!r})
from tests.apptest_utils import open_app
from background import runs
at = open_app("app_pages/training.py", "en", n="100", epochs="1", model="dense", hidden="16", bs="16", seed="77")
at.button(key="training.train_button").click().run()
key = at.session_state["trained.run"]["key"]
for _ in range(1800):
    if runs.store().run_status(key).state != "running":
        break
    time.sleep(0.1)
time.sleep(0.5)
at.run(); at.run()
assert at.session_state["trained_model"]["key"] == key, "no model published"
print("TF_LOADED" if "tensorflow" in sys.modules else "TF_ABSENT")
"""
    env = {**os.environ, "EXPLAINER_TRAIN_PROCESS": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600, env=env
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "TF_ABSENT" in out.stdout
