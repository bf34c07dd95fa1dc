"""DESIGN.md's house rules, checked on the source (the pages live in app_pages/)."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE_FILES = sorted((ROOT / "app_pages").glob("*.py")) + [ROOT / "streamlit_app.py"]
EXPLAINER_FILES = sorted((ROOT / "explainer").glob("*.py"))
HAN = re.compile(r"[\u4e00-\u9fff]")


def top_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def all_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", EXPLAINER_FILES, ids=lambda p: p.name)
def test_explainer_never_imports_streamlit(path):
    """Rule 1: explainer/ is pure."""
    assert "streamlit" not in all_imports(path)


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.name)
def test_pages_do_not_import_tensorflow_at_top(path):
    """Rule 3: TensorFlow loads only when needed, never at the top of a page."""
    assert not {"tensorflow", "keras"} & top_level_imports(path)


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.name)
def test_no_chinese_text_written_into_pages(path):
    """Rule 5: every word comes from the catalog, so no Chinese string literal sits in a page."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not HAN.search(node.value), f"{path.name}:{node.lineno}: {node.value[:40]!r}"


@pytest.mark.parametrize("path", PAGE_FILES + EXPLAINER_FILES, ids=lambda p: p.name)
def test_nothing_user_supplied_is_executed(path):
    """Rule 7: no eval/exec, no pickle loading."""
    src = path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in {"eval", "exec", "compile"}, f"{path.name}:{node.lineno}"
    assert "allow_pickle=True" not in src and "pickle.load" not in src
