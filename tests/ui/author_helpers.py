"""Driving author mode's real dialogs in tests: file dialogs (modal), forms (window-modal)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog


def answer_file_dialog(path: Path | None) -> list[Path]:
    """When the next file dialog opens, note the folder it opened in and choose `path` (None: cancel).
    Returns the list the folder is appended to."""
    seen: list[Path] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, pick)
            return
        seen.append(Path(dialog.directory().absolutePath()))
        if path is None:
            dialog.reject()
            return
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, pick)
    return seen


def picture(path: Path, width: int = 400, height: int = 240, color: str = "#4a90d9") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path))
    return path


def documents(monkeypatch, tmp_path: Path) -> Path:
    """A home folder with Documents and Pictures, as on a teacher's PC."""
    home = tmp_path / "home"
    for name in ("Documents", "Pictures"):
        (home / name).mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    return home / "Documents"
