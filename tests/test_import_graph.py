"""The project's own imports: no cycles, and every dependency points one way.

Every import counts, also one inside a function (a cycle hidden there still ties two modules
together). Layers, from the top: app_pages -> steps -> ui -> background -> explainer
(deploy, the hosting launcher, may use ui and background; store and catalog are leaves).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app_pages", "steps", "ui", "background", "explainer", "catalog", "store", "deploy")
# package -> the project packages it may import (besides itself)
ALLOWED = {
    "app_pages": {"steps", "ui"},
    "steps": {"ui", "background", "explainer", "catalog", "store"},
    "ui": {"background", "explainer", "catalog", "store"},
    "background": {"explainer", "store"},
    "explainer": set(),
    "catalog": {"explainer"},
    "store": set(),
    "deploy": {"ui", "background", "explainer"},
    "streamlit_app": {"ui", "background", "explainer", "catalog"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    files = [ROOT / "streamlit_app.py"]
    for pkg in PACKAGES:
        files += sorted((ROOT / pkg).rglob("*.py"))
    return {module_name(f): f for f in files if f.exists()}


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """The project modules `path` imports anywhere in its code (module level or in functions)."""
    is_pkg = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_pkg else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{a.name}" for a in node.names] + [base]
        for target in targets:
            # the longest known prefix: "ui.page.run" -> "ui.page"; "explainer.figures" (package)
            parts = target.split(".")
            for i in range(len(parts), 0, -1):
                candidate = ".".join(parts[:i])
                if candidate in known:
                    if candidate != name:
                        out.add(candidate)
                    break
    return out


def graph() -> dict[str, set[str]]:
    mods = project_modules()
    known = set(mods)
    g = {name: imports_of(path, name, known) for name, path in mods.items()}
    # importing a package's submodule runs the package's __init__ first (a module's own
    # package is left out: its __init__ is already running or done when the module runs)
    for name, deps in g.items():
        for d in list(deps):
            parent = d.rpartition(".")[0]
            while parent:
                if parent in known and not (name == parent or name.startswith(parent + ".")):
                    deps.add(parent)
                parent = parent.rpartition(".")[0]
    for name in g:  # a module's own packages are initialised before it runs: not an edge
        g[name] -= {name} | {a for a in g if name.startswith(a + ".")}
    return g


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in g.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def test_the_graph_sees_imports_inside_functions():
    """A cycle hidden behind an import inside a function is still found (the checker checks)."""
    g = {"a": {"b"}, "b": {"a"}, "c": {"a"}}
    assert cycles(g) == [["a", "b"]]
    mods = project_modules()
    assert "ui.page" in mods and "explainer.losses" in mods
    deps = graph()
    assert "ui.i18n" in deps["ui.page"]


def test_no_import_cycles():
    """No two of the project's modules import each other, directly or through others."""
    assert cycles(graph()) == []


def test_dependencies_point_one_way():
    """Pages use steps, steps use ui helpers, helpers use background plumbing and explainer;
    explainer (pure maths and data) imports none of the app's other packages."""
    bad = []
    for name, deps in graph().items():
        top = name.split(".")[0]
        for d in deps:
            other = d.split(".")[0]
            if other != top and other not in ALLOWED[top]:
                bad.append(f"{name} -> {d}")
    assert bad == []
