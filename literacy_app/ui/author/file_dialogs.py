"""File dialogs of author mode: they open in the user's Documents folder (Pictures for pictures)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def standard_dir(location: QStandardPaths.StandardLocation = QStandardPaths.StandardLocation.DocumentsLocation) -> Path:
    """A standard folder of the user (Documents by default); the home folder when it does not exist."""
    found = QStandardPaths.writableLocation(location)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def documents_dir() -> Path:
    return standard_dir(QStandardPaths.StandardLocation.DocumentsLocation)


def pictures_dir() -> Path:
    return standard_dir(QStandardPaths.StandardLocation.PicturesLocation)


def _run(dialog: QFileDialog) -> list[str]:
    dialog.setObjectName("authorFileDialog")
    return dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []


def ask_open_file(parent: QWidget, caption: str, name_filter: str, start: Path | None = None) -> Path | None:
    dialog = QFileDialog(parent, caption, str(start or documents_dir()), name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None


def ask_save_file(parent: QWidget, caption: str, name: str, name_filter: str, start: Path | None = None,
                  suffix: str = "") -> Path | None:
    dialog = QFileDialog(parent, caption, str((start or documents_dir()) / name), name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None


def ask_folder(parent: QWidget, caption: str, start: Path | None = None) -> Path | None:
    dialog = QFileDialog(parent, caption, str(start or documents_dir()))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None
