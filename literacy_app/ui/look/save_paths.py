"""Where the app proposes to save and open files: the user's Documents folder, with a name that says what
the file holds and when it was made ("grades-2026-11-26.csv"). Every export, certificate and PDF dialog
of the app goes through here; author mode's own dialogs (ui/author/file_dialogs.py) start there too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from literacy_app.services.file_names import dated_name


class FileNames(QObject):
    """The catalogues' context for the words in file names (translated: "notes-2026-11-26.csv" in French)."""


# what a file holds -> the first word of its name (kept to letters and '-', so any file system takes it)
WHAT = {
    "csv": QT_TRANSLATE_NOOP("FileNames", "grades"),
    "csv-long": QT_TRANSLATE_NOOP("FileNames", "all-attempts"),
    "json": QT_TRANSLATE_NOOP("FileNames", "archive"),
    "xapi": QT_TRANSLATE_NOOP("FileNames", "xapi-statements"),
    "roster": QT_TRANSLATE_NOOP("FileNames", "roster"),
    "certificate": QT_TRANSLATE_NOOP("FileNames", "certificate"),
    "learner": QT_TRANSLATE_NOOP("FileNames", "learner"),
    "worksheet": QT_TRANSLATE_NOOP("FileNames", "worksheet"),
    "answer-key": QT_TRANSLATE_NOOP("FileNames", "answer-key"),
}


def documents_dir() -> Path:
    """The user's Documents folder; the home folder when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def suggested_path(what: str, suffix: str, *about: str) -> Path:
    """Documents/WHAT-ABOUT-DAY.SUFFIX: ("csv", "csv") -> grades-2026-11-26.csv; ("certificate", "pdf", "Sam")
    -> certificate-Sam-2026-11-26.pdf."""
    return documents_dir() / dated_name(FileNames.tr(WHAT.get(what, what)), *about, suffix=suffix)


def ask_save_path(parent: QWidget, caption: str, suggested: Path, name_filter: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), name_filter)
    return Path(path) if path else None


def ask_open_path(parent: QWidget, caption: str, name_filter: str, start: Path | None = None) -> Path | None:
    """A file to read, from Documents unless START says otherwise."""
    path, _filter = QFileDialog.getOpenFileName(parent, caption, str(start or documents_dir()), name_filter)
    return Path(path) if path else None
