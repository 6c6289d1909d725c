"""A line of text for short-answer questions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from literacy_app.content.model import Question
from literacy_app.content.render import render_inline


class TextInput(QWidget):
    responseChanged = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type your answer"))
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.textChanged.connect(lambda _text: self.responseChanged.emit())
        layout.addWidget(self.edit)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        layout.addWidget(self.feedback)

    def response(self) -> str:
        return self.edit.text()

    def has_response(self) -> bool:
        return bool(self.edit.text().strip())

    def restore(self, response: dict) -> None:
        self.edit.setText(response.get("text", ""))

    def response_for(self, response: dict) -> str:
        return response.get("text", "")

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)

    def show_result(self, result) -> None:
        accepted = [c.text for c in self.question.choices if c.correct]
        parts = [self.tr("✔ Accepted.") if result.correct else self.tr("✘ Not accepted.")]
        parts += [render_inline(feedback) for _text, feedback in result.feedback]
        if not result.correct and accepted:
            parts.append(self.tr("Accepted answers: {0}").format(", ".join(accepted)))
        self.feedback.setText(" ".join(parts))
        self.feedback.show()

    def clear_result(self) -> None:
        self.edit.clear()
        self.feedback.hide()
