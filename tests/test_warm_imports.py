"""Heavy libraries are imported once, by one thread, off the home page's path, and no page
runs while pandas is half-imported (plotly would read the half-made module)."""

import ast
import sys

from background import warm_imports
from tests.apptest_utils import ROOT, in_fresh_python

# open_app runs the app and then switches page: two runs; the background import is kept out
# of the picture (start() is what a drawn page calls), so only what a page needs is imported.
FIRST_VIEW_WITHOUT_WARMUP = """
import sys
sys.path.insert(0, {root!r})
from background import warm_imports
warm_imports.start = lambda: None
from tests.apptest_utils import open_app
at = open_app({page!r}, "en", step={step!r})
assert not at.exception, at.exception
assert at.markdown or at.title, "page not drawn"
print("TABLES", len(at.dataframe) + len(at.table))
print("PANDAS_LOADED" if "pandas" in sys.modules else "PANDAS_ABSENT")
"""


def first_view(page: str | None, step: str | None = None) -> str:
    out = in_fresh_python(FIRST_VIEW_WITHOUT_WARMUP.format(root=str(ROOT), page=page, step=step))
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def test_home_page_draws_without_pandas():
    """The course map is drawn in a fresh interpreter without importing pandas."""
    assert "PANDAS_ABSENT" in first_view(None)


def test_a_page_runs_only_once_pandas_is_fully_imported():
    """The loss page's first step draws a chart and no table; it still waits for the warm-up
    thread's pandas: a figure built while pandas is half-imported fails in plotly."""
    out = first_view("app_pages/loss.py")
    assert "TABLES 0" in out
    assert "PANDAS_LOADED" in out


def test_a_step_with_a_table_gets_pandas_from_the_warm_up_thread():
    """Every step open on the one-hot page draws its tables; pandas came from the warm-up thread
    (ensure_tables), not from the page, and the tables are there."""
    out = first_view("app_pages/one_hot.py", "all")
    assert "PANDAS_LOADED" in out
    assert "TABLES 0" not in out


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
