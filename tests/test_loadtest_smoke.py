"""Smoke test of the classroom load client (benchmarks/loadtest.py) against a real server.

5 simulated students speak Streamlit's websocket protocol to a server the test starts, for a
few seconds. Behaviour only, no timing budgets: those are the benchmark's job.
"""

import asyncio
import concurrent.futures
import random

import pytest

import catalog
from benchmarks import loadtest
from steps import loss_cache

# The label of loss's first probability slider (the page's own words and class names).
P_CAT = catalog.text("loss.single.p", "en").format(name=loss_cache.classes("en")[0])
STEP = catalog.text("gradient_descent.btn.step", "en")


def run_async(coro):
    """asyncio.run in a thread of its own: the browser tests' Playwright keeps an event loop
    running in the main thread for the whole session, and asyncio.run refuses to nest."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


@pytest.mark.slow
def test_five_students_every_one_gets_a_screen_and_no_errors(tmp_path):
    """Every student's first run reaches script_finished, they rerun pages, and nothing errs.

    The server is started through deploy/serve.py, the production launcher.
    """
    args = loadtest.parse_args(
        ["--start-server", "--nodelay", "--students", "5", "--waves", "1", "--duration", "3", "--ramp", "1",
         "--think", "0.3", "--settle", "0", "--upload", "--json", str(tmp_path / "r.json")]
    )  # fmt: skip
    result = run_async(loadtest.run(args))
    (wave,) = result["waves"]
    assert wave["errors"] == 0, wave["error_samples"]
    assert wave["got_first_screen"] == 5
    assert wave["reruns"] >= 5  # every student switched page at least once
    assert wave["uploads_ok"] == 5
    assert wave["max_msg_bytes"] > 0
    assert result["rss_start_mb"] is not None


def test_trainers_type_seeds_the_seed_box_takes_and_no_run_twice():
    """Each trainer's presses in each wave are distinct runs: with seeds outside the page's box
    the trainers shared one run, a repeated seed is replayed, and 0 is the defaults' run."""
    from benchmarks.load_students import trainer_seeds
    from steps.training import SPECS

    box = SPECS["seed"]
    seen = [s for wave in range(1, 11) for i in range(100) for s in trainer_seeds(wave, i)]
    assert all(box.lo <= s <= box.hi and s != 0 for s in seen)
    first_99 = [s for wave in range(1, 11) for i in range(99) for s in trainer_seeds(wave, i)]
    assert len(set(first_99)) == len(first_99)
    assert 9999 not in seen  # the warm-up's own run


def test_refuses_non_loopback_targets():
    """The load client only ever talks to this machine."""
    with pytest.raises(SystemExit):
        loadtest.parse_args(["--url", "http://10.0.0.5:8501"])


@pytest.mark.slow
def test_a_widget_inside_a_step_reruns_that_step_only():
    """The load client reruns a step the way the browser does, and the app scopes the rerun:
    a step's own slider (momentum) reruns only its fragment; the walk's start, which the next
    step reads (ui.page.rerun_steps), reruns the fragments of those two steps, and the walk's
    Step button the walk's alone; loss's batch size, which the Keras step right after reads
    (@together), the fragment of those two; loss's first probability, which the cross-entropy
    step two steps on reads (ui.page.page_wide), the whole page."""
    from benchmarks.stclient import Student
    from benchmarks.widget_changes import widget_change
    from tests.e2e.conftest import start_server, stop_server

    proc, url = start_server()

    async def visit():
        student = Student("127.0.0.1", int(url.rsplit(":", 1)[1]), "en")
        await student.open("gradient-descent")
        assert await student.goto("gradient-descent")  # every step revealed
        sliders = {w.proto.label: w for w in student.widgets.values() if w.kind == "slider"}
        runs = []

        async def change(w, label: str) -> None:
            before = (student.stats.finished, student.stats.fragment_runs)
            state = widget_change(w, random.Random(1))
            assert await student.set_widget(state), label
            runs.append((label, bool(w.fragment_id), student.stats.finished - before[0],
                         student.stats.fragment_runs - before[1], len(student.fragments_drawn)))  # fmt: skip

        for label in ("Momentum β", "Start W₀"):
            await change(sliders[label], label)
        step = next(w for w in student.widgets.values() if w.kind == "button" and w.proto.label == STEP)
        await change(step, STEP)
        assert await student.goto("loss")
        n = next(
            w
            for w in student.widgets.values()
            if w.kind == "number_input" and w.proto.label == "Batch size n"
        )
        await change(n, "Batch size n")
        p = next(w for w in student.widgets.values() if w.kind == "slider" and w.proto.label == P_CAT)
        await change(p, "y′ for cat")
        await student.close()
        return runs, student.stats.errors

    try:
        runs, errors = run_async(visit())
    finally:
        stop_server(proc)
    assert not errors, errors
    assert runs == [
        ("Momentum β", True, 1, 1, 1),
        ("Start W₀", True, 1, 1, 2),  # the walk and the behaviours
        (STEP, True, 1, 1, 1),  # the walk alone
        ("Batch size n", True, 1, 1, 1),  # one fragment: the batch and the Keras step
        ("y′ for cat", True, 1, 0, 4),  # the page: its 3 step fragments and the share box
    ]


@pytest.mark.slow
def test_the_live_question_benchmark_gets_every_answer():
    """benchmarks/load_class.py against a real server: the lecturer's slide asks a question with
    choices, 5 students join with the class link, each answers, and the store and the slide both
    count 5. (Its slide was once a step number that a new step moved: every student then found
    no question, and the benchmark measured nothing.)"""
    import argparse

    from benchmarks import load_class

    result = run_async(load_class.run(argparse.Namespace(students=5, window=1.0, seed=0)))
    assert result.get("errors") == 0, result
    assert result["answered"] == result["stored_answers"] == 5
    assert result["slide_full_count_after_last_answer_s"] is not None  # the slide showed 5
