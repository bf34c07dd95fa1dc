"""Shared test setup: make failing page steps raise in AppTest instead of showing a message."""

import os
from types import SimpleNamespace

import pytest

os.environ.setdefault("EXPLAINER_DEBUG", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


# Under CI=true a skipped browser test is a failure: CI must really drive a browser. With
# pytest-xdist the workers' reports reach the controller's pytest_runtest_logreport, so the
# controller counts every test; the workers themselves do not judge.
_e2e = {"ran": 0, "skipped": 0}


def _is_e2e(nodeid: str) -> bool:
    return nodeid.replace("\\", "/").startswith("tests/e2e/")


def pytest_runtest_logreport(report):
    if _is_e2e(report.nodeid):
        if report.skipped:
            _e2e["skipped"] += 1
        elif report.when == "call":
            _e2e["ran"] += 1


def pytest_sessionfinish(session, exitstatus):
    if (
        os.environ.get("CI") != "true"
        or session.config.getoption("collectonly")
        or hasattr(session.config, "workerinput")
    ):
        return
    collected_e2e = any(_is_e2e(item.nodeid) for item in session.items)  # empty on an xdist controller
    if _e2e["skipped"] or (collected_e2e and not _e2e["ran"]):
        print(f"\nCI: browser tests ran={_e2e['ran']} skipped={_e2e['skipped']}: failing the run")
        session.exitstatus = 1


def _rank(item) -> int:
    if item.nodeid.startswith("tests/e2e/test_deck_walk"):
        return 0
    return 1 if _is_e2e(item.nodeid) else 2


def pytest_collection_modifyitems(config, items):
    """The browser tests first, the deck walk (~4.5 min, the longest file) first of all; in
    collection order otherwise. The tests run on two pytest-xdist workers, a file at a time, in
    this order (pyproject.toml: -n 2 --dist loadfile --no-loadscope-reorder), so the long files
    start at once instead of ending the run alone."""
    items.sort(key=_rank)


@pytest.fixture(scope="session", autouse=True)
def explainer_data_dir(tmp_path_factory):
    """Runs and class results go to a temporary folder, never the real ~/.cache/nn-explainer:
    EXPLAINER_DATA_DIR points there for this test session (and the servers it starts),
    unless it was set already."""
    if not os.environ.get("EXPLAINER_DATA_DIR"):
        os.environ["EXPLAINER_DATA_DIR"] = str(tmp_path_factory.mktemp("explainer-data"))
    yield os.environ.get("EXPLAINER_DATA_DIR")


@pytest.fixture(scope="session")
def descent_labels() -> SimpleNamespace:
    """Placeholder texts for the gradient-descent figures: every visible word is "<its key>",
    so a test can find each one in a figure. .one: one weight; .two: two weights;
    .optimizers: the optimizers' names."""
    from explainer import optimizers2d

    words = ("w", "loss", "curve", "path", "point", "tangent", "next", "step", "unsettled", "bottom")
    words += ("hilltop",)
    fields = {"valley": "<valley {n}>", "valley_n": "<bottom {n}>", "frame": "<step {k} of {n}: {w}, {loss}>"}
    two = ("w1", "w2", "loss", "grad", "step_dir", "point", "step", "start", "darker")
    return SimpleNamespace(
        one={k: f"<{k}>" for k in words} | fields | {"slope_text": "<slope>"},
        two={k: f"<{k}>" for k in two},
        optimizers={n: f"<{n}>" for n in optimizers2d.OPTIMIZERS},
    )
