"""What File > Print / Save as PDF… asks (print_command.py): this lesson or its module, with or without the
answer key and teacher notes, on which paper."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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
