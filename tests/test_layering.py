"""The core stays Qt-free: PySide6 may be imported only under literacy_app/ui/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "literacy_app"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_import_outside_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        if any(name == "PySide6" or name.startswith("PySide6.") for name in imported_modules(path)):
            offenders.append(str(relative))
    assert offenders == []


def test_the_check_detects_a_qt_import(tmp_path):
    """Guard against a check that cannot fail: a file importing PySide6 is seen."""
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in imported_modules(sample)


def test_command_line_tools_run_without_loading_qt():
    code = (
        "import sys; from literacy_app.cli import main; "
        "rc = main(['check', 'tests/fixtures/course']); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6'))); sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=PACKAGE.parent, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
