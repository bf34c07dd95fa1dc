"""Numpy-only pages never import TensorFlow (it costs ~7 s and ~600 MB).

Each page runs through AppTest in a fresh interpreter, which then reports sys.modules.
"""

import pytest

from explainer.course import PAGES
from tests.apptest_utils import ROOT, in_fresh_python

NUMPY_PAGES = [p for p in PAGES if not p.uses_tensorflow]

SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from tests.apptest_utils import open_app
at = open_app({file!r}, "en")
assert not at.exception, at.exception
print("TF_LOADED" if "tensorflow" in sys.modules or "keras" in sys.modules else "TF_ABSENT")
"""


@pytest.mark.parametrize("info", NUMPY_PAGES, ids=[p.id for p in NUMPY_PAGES])
def test_page_does_not_import_tensorflow(info):
    """Rendering the page leaves "tensorflow" (and "keras") out of sys.modules."""
    code = SCRIPT.format(root=str(ROOT), file=None if info.url_path == "" else info.file)
    out = in_fresh_python(code)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "TF_ABSENT" in out.stdout, f"{info.id} imported TensorFlow"
