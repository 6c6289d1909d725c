"""Shared fixtures. Qt runs offscreen; every test gets its own real SQLite file in a temp folder."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_COURSE = FIXTURES / "course"
FIXTURE_LESSON = FIXTURE_COURSE / "basics" / "lesson.md"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own config and data folders out of every test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("LITERACY_APP_DATA_DIR", raising=False)
    monkeypatch.delenv("LITERACY_APP_LESSONS", raising=False)


def gui_args(data_dir: Path, *extra: str) -> argparse.Namespace:
    """Parse command-line arguments exactly as `literacy-app` does."""
    from literacy_app.cli import gui_parser

    return gui_parser().parse_args(["--data-dir", str(data_dir), *extra])


def click(qtbot, widget) -> None:
    """Click a widget the way a learner does. Radio buttons and check boxes only react on their
    indicator and label, so click near the left edge rather than in the middle of a wide row."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    if isinstance(widget, (QCheckBox, QRadioButton)):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
