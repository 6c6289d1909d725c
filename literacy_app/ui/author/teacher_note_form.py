"""Insert > Teacher note…: notes only teachers see (timing, answers to expect, sources)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from literacy_app.ui.author.block_text import teacher_markdown
from literacy_app.ui.author.form_base import FormDialog


class TeacherNoteForm(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Insert a teacher note"),
                         self.tr("Learners never see teacher notes; teachers see them in the teacher view and in "
                                 "the preview as teacher."), parent)
        self.notes = self.text_box(self.tr("e.g. Timing: 10 min reading, 15 min quiz"), lines=6)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        self.fit_screen(600, 360)

    def problem(self) -> str:
        return "" if self.notes.toPlainText().strip() else self.tr("Write the note.")

    def markdown(self) -> str:
        return teacher_markdown(self.notes.toPlainText())
