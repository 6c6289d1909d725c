"""The house's layering, checked on the source: each rule of docs/architecture.md is one test, and each
rule is shown to fail on a small package that breaks it (so no rule is a check that cannot fail).

Layers, from the bottom: base (config, resources, logs, clock, files) <- content <- learning <- store
<- services <- ui and commands <- cli. An import may only point to the same layer or a lower one.
Every import counts, also one inside a function or under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "literacy_app"

LAYERS = ("base", "content", "learning", "store", "services", "ui", "commands", "cli")
RANK = {"base": 0, "content": 1, "learning": 2, "store": 3, "services": 4, "ui": 5, "commands": 5, "cli": 6}
CORE = {"base", "content", "learning", "store", "services"}


def layer_of(module: str) -> str:
    """literacy_app.content.parse -> content; top-level helpers (config, clock ...) are the base."""
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in ("content", "learning", "store", "services", "ui", "commands"):
        return parts[1]
    if len(parts) >= 2 and parts[1] in ("cli", "__main__"):
        return "cli"
    return "base"


def modules_of(package: Path) -> dict[str, Path]:
    """Dotted name -> file for every module of a package folder."""
    found = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)  # `from pkg import module`
    return names


def import_graph(package: Path) -> dict[str, set[str]]:
    """module -> the package's own modules it imports."""
    modules = modules_of(package)
    return {name: {other for other in imported_modules(path) if other in modules and other != name}
            for name, path in modules.items()}


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(f"{module} ({layer_of(module)}) imports {other} ({layer_of(other)})"
                  for module, others in graph.items() for other in others
                  if RANK[layer_of(other)] > RANK[layer_of(module)])


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def qt_outside_ui(package: Path) -> list[str]:
    return sorted(name for name, path in modules_of(package).items()
                  if layer_of(name) != "ui"
                  and any(m == "PySide6" or m.startswith("PySide6.") for m in imported_modules(path)))


def commands_importing_cli(graph: dict[str, set[str]]) -> list[str]:
    return sorted(f"{m} imports {o}" for m, others in graph.items() for o in others
                  if layer_of(m) == "commands" and layer_of(o) == "cli")


def core_importing_ui(graph: dict[str, set[str]]) -> list[str]:
    return sorted(f"{m} imports {o}" for m, others in graph.items() for o in others
                  if layer_of(m) in CORE and layer_of(o) == "ui")


def ui_reaching_around_services(graph: dict[str, set[str]]) -> list[str]:
    """The UI talks to the core through services/: it never opens the store itself."""
    return sorted(f"{m} imports {o}" for m, others in graph.items() for o in others
                  if layer_of(m) == "ui" and layer_of(o) == "store")


# -- the rules, on the real package -------------------------------------------------------------
GRAPH = import_graph(PACKAGE)


def test_rule_imports_point_only_down_the_layers():
    assert upward_imports(GRAPH) == []


def test_rule_no_import_cycles():
    assert cycles(GRAPH) == []


def test_rule_no_qt_outside_ui():
    assert qt_outside_ui(PACKAGE) == []


def test_rule_commands_never_import_cli():
    assert commands_importing_cli(GRAPH) == []


def test_rule_no_core_module_imports_the_ui():
    assert core_importing_ui(GRAPH) == []


def test_rule_the_ui_reaches_the_core_only_through_services():
    assert ui_reaching_around_services(GRAPH) == []


def test_every_module_is_in_a_known_layer():
    assert set(map(layer_of, GRAPH)) <= set(LAYERS)
    assert len(GRAPH) > 50  # the whole package was read, not an empty folder


# -- each rule can fail --------------------------------------------------------------------------
def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "literacy_app"
    for name, text in {"__init__.py": "", **files}.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        for folder in target.relative_to(root).parents:
            (root / folder / "__init__.py").touch()
        target.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(("files", "rule", "expected"), [
    ({"content/model.py": "from literacy_app.store.db import Database\n", "store/db.py": ""},
     upward_imports, "literacy_app.content.model (content) imports literacy_app.store.db (store)"),
    ({"learning/demo.py": "def run():\n    from literacy_app.services import session\n", "services/session.py": ""},
     upward_imports, "literacy_app.learning.demo (learning) imports literacy_app.services.session (services)"),
    ({"content/a.py": "import literacy_app.content.b\n", "content/b.py": "from literacy_app.content import a\n"},
     cycles, ["literacy_app.content.a", "literacy_app.content.b"]),
    ({"commands/results.py": "from literacy_app.cli import helper\n", "cli.py": ""},
     commands_importing_cli, "literacy_app.commands.results imports literacy_app.cli"),
    ({"store/db.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import literacy_app.ui.app\n",
      "ui/app.py": ""},
     core_importing_ui, "literacy_app.store.db imports literacy_app.ui.app"),
    ({"ui/grid.py": "from literacy_app.store.classroom import Classroom\n", "store/classroom.py": ""},
     ui_reaching_around_services, "literacy_app.ui.grid imports literacy_app.store.classroom"),
])
def test_each_rule_fails_on_a_package_that_breaks_it(tmp_path, files, rule, expected):
    graph = import_graph(_package(tmp_path, files))
    assert expected in rule(graph)


def test_the_qt_rule_fails_on_a_qt_import_in_the_core(tmp_path):
    package = _package(tmp_path, {"learning/chart.py": "from PySide6.QtGui import QPainter\n"})
    assert qt_outside_ui(package) == ["literacy_app.learning.chart"]


def test_command_line_tools_run_without_loading_qt():
    code = (
        "import sys; from literacy_app.cli import main; "
        "rc = main(['check', 'tests/fixtures/course']); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6'))); sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=PACKAGE.parent, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"  # after the lesson's warnings, if any
