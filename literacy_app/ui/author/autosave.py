"""Unsaved text is copied to a recovery file now and then, and offered back after a crash or power cut.

The recovery file lives in the app's data folder, never beside the lesson (where it would be packed or
seen by other programs); it is deleted when the lesson is saved or its changes are discarded.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from literacy_app.files import atomic_write_text

AUTOSAVE_MS = 20_000


def default_recovery_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(found or Path.home() / ".literacy-app") / "recovery"


class Autosave(QObject):
    saved = Signal(str)  # the recovery file written

    def __init__(self, editor: QPlainTextEdit, folder: Path | None = None, interval_ms: int = AUTOSAVE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.folder = folder or default_recovery_dir()
        self.path: Path | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        editor.textChanged.connect(self._changed)

    def recovery_file(self, path: Path | None) -> Path:
        key = str(path.resolve()) if path is not None else "untitled"
        return self.folder / (hashlib.sha1(key.encode("utf-8")).hexdigest()[:16] + ".json")

    def set_path(self, path: Path | None) -> None:
        """The lesson now being edited; the next copy goes to its recovery file."""
        self.timer.stop()
        self.path = path

    def _changed(self) -> None:
        if self.editor.document().isModified() and not self.timer.isActive():
            self.timer.start()

    def save_now(self) -> Path | None:
        self.timer.stop()
        if not self.editor.document().isModified():
            return None
        target = self.recovery_file(self.path)
        record = {"path": str(self.path) if self.path else "", "text": self.editor.toPlainText()}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_text(target, json.dumps(record, ensure_ascii=False))
        except OSError:
            return None  # a full disk must not interrupt the author; the text is still in the editor
        self.saved.emit(str(target))
        return target

    def recovered_text(self, path: Path | None) -> str | None:
        """The text kept for this lesson when author mode stopped before it was saved, if any."""
        try:
            record = json.loads(self.recovery_file(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        text = record.get("text") if isinstance(record, dict) else None
        return text if isinstance(text, str) else None

    def clear(self, path: Path | None = None) -> None:
        """Forget the recovery copy (after a save, or when the changes are discarded)."""
        self.timer.stop()
        try:
            self.recovery_file(path if path is not None else self.path).unlink(missing_ok=True)
        except OSError:
            pass
