"""Insert > Scenario choice…: one more choice for the node under the cursor."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from literacy_app.ui.author.block_text import ScenarioChoice, choice_markdown
from literacy_app.ui.author.form_base import FormDialog

CONDITIONS = (">=", ">", "<=", "<", "==")


class ScenarioChoiceForm(FormDialog):
    def __init__(self, nodes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Insert a scenario choice"),
                         self.tr("The choice is added to the node the cursor is in."), parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What the learner can do"))
        self.form.addRow(self.tr("&Choice:"), self.text)
        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.addItems(nodes)
        self.target.setCurrentIndex(-1)
        self.target.lineEdit().setPlaceholderText(self.tr("node id"))
        self.target.setToolTip(self.tr("The id of the node this choice leads to"))
        self.form.addRow(self.tr("&Leads to node:"), self.target)
        self.score = QSpinBox()
        self.score.setRange(-99, 99)
        self.score.setMaximumWidth(120)
        self.score.setToolTip(self.tr("Added to the learner's score when they choose it"))
        self.form.addRow(self.tr("&Score +/-:"), self.score)
        condition = QWidget()
        row = QHBoxLayout(condition)
        row.setContentsMargins(0, 0, 0, 0)
        self.conditional = QCheckBox(self.tr("Show only if the score is"))
        self.operator = QComboBox()
        self.operator.addItems(list(CONDITIONS))
        self.threshold = QSpinBox()
        self.threshold.setRange(-99, 99)
        row.addWidget(self.conditional)
        row.addWidget(self.operator)
        row.addWidget(self.threshold)
        row.addStretch(1)
        self.form.addRow(self.tr("Condition:"), condition)
        self.feedback = QLineEdit()
        self.feedback.setPlaceholderText(self.tr("Optional: shown after the learner chooses it"))
        self.form.addRow(self.tr("&Feedback:"), self.feedback)
        self.fit_screen(620, 420)

    def draft(self) -> ScenarioChoice:
        condition = (f"score {self.operator.currentText()} {self.threshold.value()}"
                     if self.conditional.isChecked() else "")
        return ScenarioChoice(self.text.text().strip(), self.target.currentText().strip(), self.score.value(),
                              condition, self.feedback.text())

    def problem(self) -> str:
        draft = self.draft()
        if not draft.text:
            return self.tr("Write the choice.")
        if not draft.target:
            return self.tr("Say which node the choice leads to.")
        return ""

    def markdown(self) -> str:
        return choice_markdown(self.draft())
