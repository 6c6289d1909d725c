"""Insert > Scenario node…: a point in a branching story with its choices, or an ending."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from literacy_app.ui.author.block_text import NodeDraft, ScenarioChoice, node_markdown
from literacy_app.ui.author.form_base import FormDialog, IdField
from literacy_app.ui.author.rows_editor import Column, RowsEditor


class ScenarioNodeForm(FormDialog):
    def __init__(self, taken_ids: Iterable[str], nodes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Insert a scenario node"),
                         self.tr("A node is one moment of the story: some text, then the choices the learner has. "
                                 "It joins the scenario the cursor is in, or starts a new scenario there."), parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("A short title, e.g. “At the bus stop”"))
        self.form.addRow(self.tr("&Title:"), self.title)
        self.id_field = IdField(self.title, taken_ids, "node")
        self.form.addRow(self.tr("&Id:"), self.id_field)
        self.text = self.text_box(self.tr("What happens at this point of the story"), lines=3)
        self.form.addRow(self.tr("T&ext:"), self.text)
        self.ending = QCheckBox(self.tr("This node ends the story"))
        self.form.addRow("", self.ending)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("e.g. “A careful choice”"))
        self.form.addRow(self.tr("&Outcome:"), self.outcome)
        self.score = QSpinBox()
        self.score.setRange(0, 99)
        self.score.setMaximumWidth(120)
        self.score.setToolTip(self.tr("What reaching this ending earns"))
        self.form.addRow(self.tr("&Score:"), self.score)
        self.choices = RowsEditor([Column(self.tr("Choice"), placeholder=self.tr("What the learner can do"), stretch=3),
                                   Column(self.tr("Leads to node"), "combo", tuple(nodes), self.tr("node id"),
                                          stretch=2),
                                   Column(self.tr("Score +/-"), "number", stretch=0),
                                   Column(self.tr("Feedback (optional)"), stretch=2)], rows=2,
                                  add_text=self.tr("Add a choice"))
        self.form.addRow(self.tr("Choices:"), self.choices)
        self.ending.toggled.connect(self._ending_toggled)
        self._ending_toggled(False)
        self.fit_screen(760)

    def _ending_toggled(self, ending: bool) -> None:
        self.outcome.setEnabled(ending)
        self.score.setEnabled(ending)
        self.choices.setEnabled(not ending)

    def draft(self) -> NodeDraft:
        choices = [ScenarioChoice(str(text), str(target), int(score), "", str(feedback))
                   for text, target, score, feedback in self.choices.values() if text]
        return NodeDraft(self.title.text().strip(), self.id_field.text().strip(), self.text.toPlainText(),
                         self.outcome.text().strip() if self.ending.isChecked() else "", self.score.value(), choices)

    def problem(self) -> str:
        draft = self.draft()
        if not draft.title:
            return self.tr("Give the node a title.")
        if problem := self.id_field.problem():
            return problem
        if self.ending.isChecked() and not draft.ending:
            return self.tr("Name the outcome of this ending.")
        if not self.ending.isChecked() and not draft.choices:
            return self.tr("Write at least one choice, or tick “This node ends the story”.")
        if any(not choice.target for choice in draft.choices):
            return self.tr("Say which node each choice leads to.")
        return ""

    def markdown(self) -> str:
        return node_markdown(self.draft())
