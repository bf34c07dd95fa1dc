"""DESIGN.md's house rules, checked on the source of every code folder.

Imports between the project's own packages (layers, no cycles) are checked by
tests/test_import_graph.py.
"""

import ast
import functools
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("app_pages", "steps", "ui", "background", "explainer", "catalog", "store", "deploy")
CODE_FILES = [ROOT / "streamlit_app.py"] + [f for d in FOLDERS for f in sorted((ROOT / d).rglob("*.py"))]
EXPLAINER_FILES = sorted((ROOT / "explainer").rglob("*.py"))
# what a numpy-only page imports: the pages, their steps, the helpers, the catalog
PAGE_PATH_FILES = [ROOT / "streamlit_app.py"] + [
    f for d in ("app_pages", "steps", "ui", "catalog") for f in sorted((ROOT / d).rglob("*.py"))
]
FENCES = {ROOT / "ui" / "streamlit_internals.py"}
TEST_FILES = sorted((ROOT / "tests").rglob("*.py"))
HAN = re.compile(r"[\u4e00-\u9fff]")


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def imports(path: Path, top_only: bool = False) -> set[str]:
    """Full names of the modules `path` imports (at its top level only, or anywhere)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_only else ast.walk(tree)
    names = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_every_code_folder_is_checked():
    """The rules below see every folder of the app, ui/ and steps/ included."""
    folders = {p.relative_to(ROOT).parts[0] for p in CODE_FILES if p.parent != ROOT}
    assert folders == set(FOLDERS)
    assert len(CODE_FILES) > 100


@pytest.mark.parametrize("path", EXPLAINER_FILES, ids=rel)
def test_explainer_never_imports_streamlit(path):
    """Rule 1: explainer/ is pure maths and data (figures included)."""
    assert not {n for n in imports(path) if n.split(".")[0] == "streamlit"}


@pytest.mark.parametrize("path", PAGE_PATH_FILES, ids=rel)
def test_page_code_does_not_import_tensorflow_at_top(path):
    """Rule 3: TensorFlow loads only when needed, never at the top of a module a page imports."""
    assert not {n.split(".")[0] for n in imports(path, top_only=True)} & {"tensorflow", "keras"}


def docstrings(tree: ast.Module) -> set[int]:
    """ids of the docstring constants of a module and of its functions and classes."""
    out = set()
    for owner in ast.walk(tree):
        if (
            isinstance(owner, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            and owner.body
        ):
            first = owner.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


@pytest.mark.parametrize("path", [p for p in CODE_FILES if "catalog" not in p.parts], ids=rel)
def test_no_chinese_text_written_into_code(path):
    """Rule 5: every word a user sees comes from the catalog, so no Chinese string literal sits
    in code (docstrings may quote the course)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            assert not HAN.search(node.value), f"{rel(path)}:{node.lineno}: {node.value[:40]!r}"


@pytest.mark.parametrize("path", CODE_FILES, ids=rel)
def test_nothing_user_supplied_is_executed(path):
    """Rule 7: no eval/exec/compile, no pickle loading, anywhere in the app."""
    src = path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in {"eval", "exec", "compile"}, f"{rel(path)}:{node.lineno}"
    assert "allow_pickle=True" not in src and "pickle.load" not in src


PRIVATE = re.compile(
    r"streamlit\.runtime|streamlit\.web\.server|\._frame_objs|\._props\b|_validate=|__class__ =|"
    r"_clean_problem_modules|\._cache\b|_plotly_utils|_initializing|"
    r"_use_warning_has_been_displayed"
)


@pytest.mark.parametrize("path", [p for p in CODE_FILES if p not in FENCES], ids=rel)
def test_private_streamlit_only_inside_the_fence(path):
    """Streamlit's private API is reached only from ui/streamlit_internals.py, whose tests fail
    loudly when an upgrade breaks it; the app reaches into no other library's internals (the
    patterns also catch plotly's internals and Python's import machinery)."""
    hits = [
        f"{rel(path)}:{i}: {line.strip()}"
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PRIVATE.search(line) and not line.lstrip().startswith("#")
    ]
    assert hits == []


PLOTLY = re.compile(r"plotly(\.\w+)*")


def names_plotly(path: Path) -> list[str]:
    """Where `path` imports plotly: an import statement anywhere (in a function too), or a
    module name given as a string (importlib.import_module("plotly.io"), a list of modules to
    import)."""
    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names = [node.value]
        else:
            continue
        hits += [f"{rel(path)}:{node.lineno}: {n}" for n in names if PLOTLY.fullmatch(n)]
    return hits


@pytest.mark.parametrize("path", CODE_FILES, ids=rel)
def test_the_app_never_imports_plotly(path):
    """Every chart is drawn on the server (SVG pictures, HTML): no module of the app imports
    plotly, so requirements.txt does not install it and a browser never loads its code."""
    assert names_plotly(path) == []


def test_no_test_and_no_requirement_brings_plotly_back():
    """The tests import no plotly either (only benchmarks/bench_browser.py's reference app draws a
    plotly chart; requirements-dev.txt installs it for that), and requirements.txt lists none."""
    assert [hit for path in TEST_FILES for hit in names_plotly(path)] == []
    runtime = (ROOT / "requirements.txt").read_text(encoding="utf-8").lower()
    assert not re.search(r"^\s*plotly\b", runtime, re.M)


HISTORY = re.compile(r"\b(session|round|iteration of work) \d+\b|\bsessions? [1-9]\b", re.I)


@pytest.mark.parametrize("path", CODE_FILES, ids=rel)
def test_comments_state_facts_not_history(path):
    """No comment or docstring refers to a numbered round of past work (RESULTS.md keeps history)."""
    hits = [
        f"{rel(path)}:{i}: {line.strip()}"
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HISTORY.search(line)
    ]
    assert hits == []


def _guarded_names(tree: ast.Module) -> set[str]:
    """Functions decorated with @callback and names bound to page_wide(...) / callback(...)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and any(
            isinstance(d, ast.Name) and d.id == "callback" for d in node.decorator_list
        ):
            out.add(node.name)
        if isinstance(node, ast.Assign) and _is_guard_call(node.value):
            out |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Tuple)
            and isinstance(node.targets[0], ast.Tuple)
        ):  # s, wide = x, page_wide()
            for target, value in zip(node.targets[0].elts, node.value.elts, strict=False):
                if isinstance(target, ast.Name) and _is_guard_call(value):
                    out.add(target.id)
    return out


@functools.cache
def _guarded_everywhere() -> frozenset[str]:
    return frozenset(n for f in CODE_FILES for n in _guarded_names(ast.parse(f.read_text(encoding="utf-8"))))


def _is_guard_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"page_wide", "rerun_steps", "callback"}
    )


@pytest.mark.parametrize("path", [p for p in CODE_FILES if p.parts[-2] in ("steps", "ui")], ids=rel)
def test_every_widget_callback_runs_under_the_guard(path):
    """Rule 6: a callback (on_click / on_change) is @callback, page_wide(...) or rerun_steps(...), so an error in it
    becomes a message in the learner's language, never Streamlit's English error box."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    guarded = _guarded_names(tree)
    elsewhere = _guarded_everywhere()
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in ("on_click", "on_change", "on_submit"):
            v = node.value
            ok = (
                _is_guard_call(v)
                or (isinstance(v, ast.Name) and v.id in guarded)
                or (isinstance(v, ast.Attribute) and v.attr in elsewhere)  # module.callback_name
            )
            if not ok:
                bad.append(f"{rel(path)}:{v.lineno}: {ast.unparse(v)}")
    assert bad == []
