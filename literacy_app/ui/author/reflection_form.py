"""Insert > Reflection…: a question the learner answers in their own words (saved, never graded)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QSpinBox, QWidget

from literacy_app.ui.author.block_text import reflection_markdown
from literacy_app.ui.author.form_base import FormDialog, IdField


class ReflectionForm(FormDialog):
    def __init__(self, taken_ids: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Insert a reflection"),
                         self.tr("Learners write their own thoughts; their text is saved and never graded."), parent)
        self.prompt = self.text_box(self.tr("What should learners think and write about?"), lines=4)
        self.form.addRow(self.tr("&Question:"), self.prompt)
        self.id_field = IdField(self.prompt, taken_ids, "reflection")
        self.form.addRow(self.tr("&Id:"), self.id_field)
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 5000)
        self.minimum.setValue(40)
        self.minimum.setMaximumWidth(200)
        self.minimum.setSuffix(self.tr(" characters"))
        self.minimum.setToolTip(self.tr("Save is enabled once the learner has written this much (0: any length)"))
        self.form.addRow(self.tr("&At least:"), self.minimum)
        self.fit_screen(600, 400)

    def problem(self) -> str:
        if not self.prompt.toPlainText().strip():
            return self.tr("Write the question learners answer.")
        return self.id_field.problem()

    def markdown(self) -> str:
        return reflection_markdown(self.id_field.text().strip(), self.prompt.toPlainText(), self.minimum.value())
