"""Smoke test of the classroom load client (benchmarks/loadtest.py) against a real server.

5 simulated students speak Streamlit's websocket protocol to a server the test starts, for a
few seconds. Behaviour only, no timing budgets: those are the benchmark's job.
"""

import asyncio
import concurrent.futures

import pytest

from benchmarks import loadtest


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


def test_refuses_non_loopback_targets():
    """The load client only ever talks to this machine."""
    with pytest.raises(SystemExit):
        loadtest.parse_args(["--url", "http://10.0.0.5:8501"])
