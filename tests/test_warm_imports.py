"""The chart libraries are imported once, by one thread, off the home page's path."""

import sys

from background import warm_imports
from tests.apptest_utils import ROOT, in_fresh_python

HOME_WITHOUT_WARMUP = """
import sys
sys.path.insert(0, {root!r})
from background import warm_imports
warm_imports.start = lambda: None  # keep the background import out of the picture
from tests.apptest_utils import open_app
at = open_app(None, "zh")
assert not at.exception, at.exception
assert at.title[0].value, "home page not drawn"
print("PANDAS_LOADED" if "pandas" in sys.modules else "PANDAS_ABSENT")
"""


def test_home_page_draws_without_pandas_or_plotly():
    """The course map is drawn in a fresh interpreter without importing pandas (~0.3 s)."""
    code = HOME_WITHOUT_WARMUP.format(root=str(ROOT))
    out = in_fresh_python(code)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "PANDAS_ABSENT" in out.stdout


def test_ensure_imports_every_module_in_one_thread():
    """ensure() returns once all MODULES are importable from sys.modules; start() reuses its thread."""
    assert warm_imports.ensure()
    assert all(name in sys.modules for name in warm_imports.MODULES)
    assert warm_imports.start() is warm_imports.start()
    assert warm_imports.start().name == "explainer-warm-imports"
