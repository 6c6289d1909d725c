"""The preview beside the editor: the step under the cursor as a learner sees it, or as the teacher does
(with teacher notes). The activities work; answers go to a scratch session and are never stored."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from literacy_app.services.preview import PreviewSession
from literacy_app.ui.lesson.lesson_view import LessonView


class PreviewPane(QWidget):
    audienceChanged = Signal(bool)  # True: as the teacher

    def __init__(self, session: PreviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Preview as:")))
        self.learner_button = QRadioButton(self.tr("Learner"))
        self.learner_button.setToolTip(self.tr("What a learner sees: no teacher notes"))
        self.teacher_button = QRadioButton(self.tr("Teacher"))
        self.teacher_button.setToolTip(self.tr("What the teacher sees: with teacher notes"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.learner_button)
        self.group.addButton(self.teacher_button)
        self.learner_button.setChecked(True)
        self.teacher_button.toggled.connect(self.set_teacher)
        header.addWidget(self.learner_button)
        header.addWidget(self.teacher_button)
        header.addStretch(1)
        note = QLabel(self.tr("Try the activities: nothing is saved."))
        note.setObjectName("previewNote")
        header.addWidget(note)
        layout.addLayout(header)
        self.view = LessonView(session)
        self.view.setAccessibleName(self.tr("Preview"))
        layout.addWidget(self.view, 1)

    @property
    def as_teacher(self) -> bool:
        return self.view.show_teacher_notes

    def set_teacher(self, teacher: bool) -> None:
        if teacher != self.teacher_button.isChecked():
            (self.teacher_button if teacher else self.learner_button).setChecked(True)
            return  # the toggle comes back here
        if teacher == self.view.show_teacher_notes:
            return
        self.view.show_teacher_notes = teacher
        self.view.refresh()
        self.audienceChanged.emit(teacher)
