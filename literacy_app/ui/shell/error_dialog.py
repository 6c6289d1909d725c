"""A friendly dialog for an unexpected error: it is logged, the learner is told, and can carry on."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from literacy_app.logs import log_unexpected
from literacy_app.ui.lazy_qt import Qt


class ErrorDialog(QDialog):
    """Says that something went wrong, that saved answers are safe, and where the details are."""

    def __init__(self, summary: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Something went wrong"))
        self.message = QLabel(self.tr(
            "Something unexpected happened. Your saved answers are safe, and you can carry on "
            "with the lesson. If it keeps happening, tell your teacher."))
        self.message.setWordWrap(True)
        where = log_path if log_path is not None else self.tr("(no log file: the data folder cannot be written)")
        self.details = QLabel(
            self.tr("For your teacher or IT: {0}\nDetails were written to {1}").format(summary, where))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("color: palette(mid);")
        buttons = QDialogButtonBox()
        self.carry_on_button = buttons.addButton(self.tr("Carry on"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.carry_on_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())


class ExceptionHandler:
    """Installed as sys.excepthook: log every unexpected error, show one dialog at a time, keep running."""

    def __init__(self, parent: QWidget | None, log_path: Path | None) -> None:
        self.parent = parent
        self.log_path = log_path
        self.dialog: ErrorDialog | None = None
        self.previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, error, trace)
            return
        summary = log_unexpected(kind, error, trace)
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog is enough; the log has every error
        self.dialog = ErrorDialog(summary, self.log_path, self.parent)
        self.dialog.open()  # window-modal, does not start a nested event loop
