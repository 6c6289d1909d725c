"""File > Print / Save as PDF…: the open lesson (or its whole module) as a PDF to print; the answer key and
teacher notes only in teacher mode. The dialog (print_dialog.py) loads when the learner first prints."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

if TYPE_CHECKING:
    from literacy_app.ui.print.print_dialog import PrintDialog


def _ask(dialog: PrintDialog) -> bool:
    return dialog.exec() == dialog.DialogCode.Accepted


class PrintCommand(QObject):
    """Owns File > Print / Save as PDF…; the main window places its action."""

    def __init__(self, window: QMainWindow, teacher: Callable[[], bool] = lambda: False) -> None:
        super().__init__(window)
        self.window = window
        self.teacher = teacher  # teacher mode is on: the answer key may be printed
        # tests replace these: the options (None: cancelled) and the file name ("" : cancelled)
        self.ask_options: Callable[[PrintDialog], bool] = _ask
        self.ask_path: Callable[[Path], str] = self._ask_path
        self.open_pdf: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.last_path: Path | None = None
        self.action = QAction(self.tr("Print / Save as PDF…"), window)
        self.action.setShortcuts(QKeySequence.StandardKey.Print)
        self.action.setToolTip(self.tr("Save the open lesson as a PDF worksheet to print (Ctrl+P)"))
        self.action.triggered.connect(self.request)

    def _ask_path(self, suggested: Path) -> str:
        from literacy_app.ui.look.save_paths import ask_save_path  # with the file dialog: when first printing

        path = ask_save_path(self.window, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)"))
        return str(path) if path else ""

    def request(self) -> Path | None:
        lesson = self.window.lesson_view.lesson
        if lesson is None:
            QMessageBox.information(self.window, self.tr("Print"), self.tr("Open a lesson first, then print it."))
            return None
        module = [other for other in self.window.library.lessons if other.module == lesson.module]
        from literacy_app.ui.print.print_dialog import PrintDialog

        dialog = PrintDialog(lesson, len(module), self.teacher(), self.window)
        if not self.ask_options(dialog):
            return None
        lessons = module if dialog.whole_module.isChecked() else [lesson]
        answers = dialog.answers.isChecked() and self.teacher()
        name = lesson.module if len(lessons) > 1 else lesson.title
        from literacy_app.ui.look.save_paths import suggested_path

        chosen = self.ask_path(suggested_path("answer-key" if answers else "worksheet", "pdf", name))
        if not chosen:
            return None
        from literacy_app.ui.print.lesson_pdf import write_lessons_pdf

        path = Path(chosen)
        try:
            pages = write_lessons_pdf(lessons, path, answers=answers, paper=dialog.paper.currentData())
        except OSError as error:
            QMessageBox.warning(self.window, self.tr("Print"), self.tr("The PDF could not be saved: {0}").format(error))
            return None
        self.last_path = path
        self.window.statusBar().showMessage(self.tr("Saved %n page(s) as {0}", "", pages).format(path), 10000)
        if dialog.open_after.isChecked():
            self.open_pdf(path)
        return path
