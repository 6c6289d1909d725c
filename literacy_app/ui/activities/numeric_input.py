"""A number to type, for numeric questions, with the unit the answer is in beside it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from literacy_app.content.blocks.quiz_numbers import format_value
from literacy_app.content.blocks.quiz_scoring import NOT_A_NUMBER, OTHER_UNIT, UNIT_MISSING
from literacy_app.content.model import NumericAnswer, Question
from literacy_app.content.render import render_inline
from literacy_app.learning.scoring import QuestionResult


class NumericInput(QWidget):
    responseChanged = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.edit.setMaximumWidth(260)  # a number, not a sentence
        self.edit.textChanged.connect(lambda _text: self.responseChanged.emit())
        row.addWidget(self.edit)
        # a unit the learner must write is not given away; one that only says what the number counts is shown
        self.unit_label = QLabel(self)
        if question.unit and not question.unit_required:
            self.unit_label.setText(question.unit)
            self.edit.setPlaceholderText(self.tr("Type a number"))
            self.edit.setAccessibleName(self.tr("Your answer, in {0}").format(question.unit))
        elif question.unit_required:
            self.unit_label.setText(self.tr("Write the unit too."))
            self.edit.setPlaceholderText(self.tr("A number and its unit"))
            self.edit.setAccessibleName(self.tr("Your answer, a number and its unit"))
        else:
            self.edit.setPlaceholderText(self.tr("Type a number"))
            self.edit.setAccessibleName(self.tr("Your answer, a number"))
        self.unit_label.setObjectName("unitLabel")
        self.unit_label.setBuddy(self.edit)
        self.unit_label.setVisible(bool(self.unit_label.text()))
        row.addWidget(self.unit_label)
        row.addStretch(1)
        layout.addLayout(row)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        layout.addWidget(self.feedback)

    def response(self) -> str:
        return self.edit.text()

    def has_response(self) -> bool:
        return bool(self.edit.text().strip())

    def restore(self, stored: dict) -> None:
        self.edit.setText(self.response_for(stored))

    def response_for(self, stored: dict) -> str:
        return str(stored.get("text", ""))

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)

    def show_result(self, result: QuestionResult) -> None:
        parts = [self.tr("✔ Accepted.") if result.correct else self.tr("✘ Not accepted.")]
        parts += [render_inline(feedback) for _text, feedback in result.feedback]
        self.feedback.setText(" ".join(parts))
        self.feedback.show()

    def result_note(self, result: QuestionResult) -> str:
        """Why the answer could not be right, and the number that is, when it was not."""
        unit = self.question.unit
        notes = {NOT_A_NUMBER: self.tr("The answer is not a number."),
                 UNIT_MISSING: self.tr("The answer needs its unit: {0}.").format(unit),
                 OTHER_UNIT: self.tr("The answer must be in {0}.").format(unit)}
        parts = [notes[result.note]] if result.note in notes else []
        best = max(self.question.numeric, key=lambda answer: answer.fraction, default=None)
        if not result.correct and best is not None:
            parts.append(self.tr("The answer: {0}.").format(self._accepted(best)))
        return " ".join(parts)

    def _accepted(self, answer: NumericAnswer) -> str:
        if answer.low == answer.high:
            text = format_value(answer.low)
        else:
            text = self.tr("{0} to {1}").format(format_value(answer.low), format_value(answer.high))
        return f"{text} {self.question.unit}".strip()

    def clear_result(self) -> None:
        self.edit.clear()
        self.feedback.hide()
