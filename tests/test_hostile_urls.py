"""Hostile links: every page opened with every one of its URL parameters set to hostile values.

A link is input from anyone. Whatever it holds, the page runs without an exception (the tests
set EXPLAINER_DEBUG=1, so a step error would surface here instead of as a message), and the
values it could not use are reset with a notice.
"""

from __future__ import annotations

import contextlib
import importlib

import pytest

from explainer.course import PAGES
from tests.apptest_utils import open_app

HOSTILE = [
    "",
    "nan",
    "-inf",
    "1e309",
    "9" * 60,
    "-0",
    "0x10",
    "<script>alert(1)</script>",
    "[x](https://evil.example)",
    "$\\href{http://x}{y}$",
    "../../etc/passwd",
    "%00",
    "\u202eevil",
    "w**w**w**w**w**w",
    "log(w)",
    "__import__('os').system('id')",
    "a," * 60,
    "猫,狗,猫",
]
COMMON = ("step", "present", "src", "sample", "box", "run", "class", "speaker", "img")


def page_params(page_id: str) -> list[str]:
    """The names of a page's URL parameters, read from the specs its steps module declares."""
    names = set(COMMON)
    try:
        mod = importlib.import_module(f"steps.{page_id}")
    except ImportError:
        return sorted(names)
    candidates = [v for v in vars(mod).values() if isinstance(v, dict)]
    for fn_name in ("specs", "one_weight_params", "two_weight_params"):
        fn = getattr(mod, fn_name, None)
        if callable(fn):
            # needs a running session (e.g. the language): its names are in SPECS
            with contextlib.suppress(Exception):
                candidates.append(fn())
    for d in candidates:
        if d and all(hasattr(v, "parse") and hasattr(v, "dump") for v in d.values()):
            names |= set(d)
    return sorted(names)


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.id)
def test_page_survives_hostile_values_in_every_parameter(page, value):
    """Every parameter of the page set to the same hostile value at once: no exception."""
    params = {name: value for name in page_params(page.id)}
    at = open_app(f"app_pages/{page.id}.py" if page.url_path else None, "en", **params)
    assert not at.exception, at.exception


def test_the_sweep_knows_each_pages_parameters():
    """The sweep is only as good as its parameter lists: spot-check a few."""
    assert {"curve", "f", "start", "lr", "surf", "beta"} <= set(page_params("gradient_descent"))
    assert {"s0", "true", "k", "seed"} <= set(page_params("outputs"))
    assert {"w1", "w2", "b"} <= set(page_params("knobs"))
