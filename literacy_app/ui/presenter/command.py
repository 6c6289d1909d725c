"""File > Presenter mode: show the open lesson on the projector, from the step the teacher is on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

if TYPE_CHECKING:
    from literacy_app.ui.presenter.presenter_window import PresenterWindow


class PresenterCommand(QObject):
    """Owns the "Presenter mode" action; the main window places it. Teacher notes only in teacher mode."""

    def __init__(self, window: QMainWindow, teacher: Callable[[], bool] = lambda: False) -> None:
        super().__init__(window)
        self.window = window
        self.teacher = teacher
        self.presenter: PresenterWindow | None = None
        self.action = QAction(self.tr("Presenter mode"), window)
        self.action.setShortcuts([QKeySequence("F5")])
        self.action.setToolTip(self.tr("Show the open lesson full screen on a projector, one step at a time (F5)"))
        self.action.triggered.connect(self.request)

    def request(self) -> PresenterWindow | None:
        view = self.window.lesson_view
        lesson = view.lesson
        if lesson is None:
            QMessageBox.information(self.window, self.tr("Presenter mode"),
                                    self.tr("Open a lesson first, then present it."))
            return None
        from literacy_app.ui.presenter.presenter_window import PresenterWindow
        from literacy_app.ui.presenter.slides import build_deck

        deck = build_deck(lesson)
        base = QApplication.font().pointSizeF()
        self.presenter = PresenterWindow(deck, view.theme, base if base > 0 else 12.0, self.teacher(),
                                         start=deck.first_slide_of_step(view.step) if view.step else 0)
        self.presenter.place(QGuiApplication.screens(), self.window.screen())
        self.presenter.activateWindow()
        return self.presenter
