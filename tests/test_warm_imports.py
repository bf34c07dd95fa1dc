"""Heavy libraries are imported once, by one thread, off the learner's path: a page waits for
pandas only when it draws a table, and pandas is only ever imported by that thread."""

import ast
import sys

import pytest

from background import warm_imports
from tests.apptest_utils import ROOT, in_fresh_python

# open_app runs the app and then switches page: two runs. start() (what a drawn page calls) is
# switched off, so pandas is imported only when a step asks for it (ensure_tables / pandas()),
# and a finder on sys.meta_path notes which thread imports it first.
PAGE_WITHOUT_WARMUP = """
import sys, threading
sys.path.insert(0, {root!r})
importers = []

class Spy:
    def find_spec(self, name, path=None, target=None):
        if name == "pandas":
            importers.append(threading.current_thread().name)
        return None

sys.meta_path.insert(0, Spy())
from background import warm_imports
warm_imports.start = lambda: None
from tests.apptest_utils import open_app
at = open_app({page!r}, "en", step={step!r})
assert not at.exception, at.exception
assert at.markdown or at.title, "page not drawn"
print("TABLES", len(at.dataframe) + len(at.table))
print("IMPORTERS", ",".join(importers) or "none")
"""

PAGES = sorted(p.name for p in (ROOT / "app_pages").glob("*.py"))


def page_run(page: str | None, step: str | None = None) -> str:
    code = PAGE_WITHOUT_WARMUP.format(root=str(ROOT), page=page, step=step)
    out = in_fresh_python(code)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def test_home_page_draws_without_pandas():
    """The course map is drawn in a fresh interpreter without importing pandas."""
    assert "IMPORTERS none" in page_run(None)


def test_a_chart_page_opens_without_waiting_for_pandas():
    """The loss page's first step draws a chart and no table: it runs without pandas."""
    out = page_run("app_pages/loss.py")
    assert "TABLES 0" in out
    assert "IMPORTERS none" in out


@pytest.mark.parametrize("page", PAGES)
def test_only_the_warm_up_thread_imports_pandas(page):
    """Every page with every step open, in a fresh interpreter: if pandas is imported at all, the
    warm-up thread imports it, never a session's script thread, and a page without a table
    never imports it."""
    out = page_run(f"app_pages/{page}", "all")
    importers = out.split("IMPORTERS ")[1].split()[0]
    assert importers in {"none", "explainer-warm-imports"}, out
    if "TABLES 0" in out:
        assert importers == "none", out


def test_ensure_imports_every_module_in_one_thread():
    """ensure() and ensure_tables() return once every module, pandas included, is in;
    start() reuses the same thread."""
    assert warm_imports.ensure()
    assert all(name in sys.modules for name in warm_imports.MODULES)
    assert warm_imports.ensure_tables()
    assert all(name in sys.modules for name in warm_imports.MODULES)
    assert warm_imports.pandas() is sys.modules["pandas"]
    assert warm_imports.start() is warm_imports.start()
    assert warm_imports.start().name == "explainer-warm-imports"


def test_tables_are_drawn_only_through_ui_tables():
    """st.dataframe / st.table / st.data_editor import pandas inside Streamlit: a page calling them
    directly could import it from a session's thread. Only ui/tables.py may, and no app module
    imports pandas at its top."""
    offenders = []
    for path in sorted(ROOT.glob("*/*.py")) + [ROOT / "streamlit_app.py"]:
        if path.parts[-2] in {"tests", "benchmarks", "deploy", "scripts"} or path.name == "tables.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in {"dataframe", "table", "data_editor"}
                and isinstance(node.value, ast.Name)
                and node.value.id == "st"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} st.{node.attr}")
        for node in tree.body:  # module level only; TYPE_CHECKING blocks are not run
            if isinstance(node, ast.Import) and any(a.name == "pandas" for a in node.names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} import pandas")
    assert not offenders, offenders
