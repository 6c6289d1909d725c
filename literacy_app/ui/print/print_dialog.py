"""File > Print / Save as PDF…: the open lesson (or its whole module) as a PDF to print; the answer key and
teacher notes only in teacher mode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import Lesson


def default_paper() -> str:
    """Letter where it is the custom (the US and Canada use imperial measures), else A4."""
    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


class PrintDialog(QDialog):
    """What to print: this lesson or its module, with or without the key, on which paper."""

    def __init__(self, lesson: Lesson, module_size: int, teacher: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print / Save as PDF"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The lesson is saved as a PDF worksheet: print it from your PDF viewer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.this_lesson = QRadioButton(self.tr("This lesson: “{0}”").format(lesson.title))
        self.this_lesson.setChecked(True)
        self.whole_module = QRadioButton(self.tr("Every lesson of “{0}” ({1} lessons)").format(
            lesson.module, module_size))
        self.whole_module.setVisible(module_size > 1)
        layout.addWidget(self.this_lesson)
        layout.addWidget(self.whole_module)
        form = QFormLayout()
        self.answers = QCheckBox(self.tr("Add the answer key and teacher notes"))
        self.answers.setEnabled(teacher)
        self.answers.setAccessibleName(self.tr("Add the answer key and teacher notes (teacher mode only)"))
        if not teacher:
            self.answers.setToolTip(self.tr("Only in teacher mode"))
        layout.addWidget(self.answers)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.paper.setAccessibleName(self.tr("Paper size"))
        form.addRow(self.tr("&Paper:"), self.paper)
        layout.addLayout(form)
        self.open_after = QCheckBox(self.tr("Open the PDF when it is saved"))
        self.open_after.setChecked(True)
        layout.addWidget(self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save as PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PrintCommand(QObject):
    """Owns File > Print / Save as PDF…; the main window places its action."""

    def __init__(self, window: QMainWindow, teacher: Callable[[], bool] = lambda: False) -> None:
        super().__init__(window)
        self.window = window
        self.teacher = teacher  # teacher mode is on: the answer key may be printed
        # tests replace these: the options (None: cancelled) and the file name ("" : cancelled)
        self.ask_options: Callable[[PrintDialog], bool] = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
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
