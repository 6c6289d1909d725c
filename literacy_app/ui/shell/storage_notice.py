"""Tells the learner when results cannot be saved, keeps retrying, and guards closing with unsaved answers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from literacy_app.services.session import Session

RETRY_MS = 5000


class StorageNotice(QObject):
    """Status-bar message plus one dialog per problem; a timer saves waiting answers once the disk allows it."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.dialog: QMessageBox | None = None
        self._warned = False
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.session.flush_pending)
        session.on_storage_problem = self._problem
        # tests replace this to answer without a modal dialog
        self.confirm_close_unsaved: Callable[[], bool] = self._ask_close_unsaved
        window.installEventFilter(self)

    def show_startup_notice(self, notice: str) -> None:
        if notice:
            self._show_dialog(self.tr("Your results"), notice)

    def _problem(self, message: str) -> None:
        if message:
            self.window.statusBar().showMessage(message)
            self.retry_timer.start()
            if not self._warned:  # one dialog; later failures only update the status bar
                self._warned = True
                self._show_dialog(self.tr("Your answers are not saved yet"), message)
        else:
            self.retry_timer.stop()
            self._warned = False
            self.window.statusBar().showMessage(self.tr("All your answers are saved now."), 10000)

    def _show_dialog(self, title: str, text: str) -> None:
        self.dialog = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        self.dialog.open()

    def _ask_close_unsaved(self) -> bool:
        answer = QMessageBox.question(
            self.window, self.tr("Close with unsaved answers?"),
            self.tr("%n answer(s) could not be saved yet and will be lost if you close the app now.\n\n"
                    "Close anyway?", "", self.session.pending_count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.Close:
            if not self.session.flush_pending() and not self.confirm_close_unsaved():
                event.ignore()
                return True
        return super().eventFilter(watched, event)
