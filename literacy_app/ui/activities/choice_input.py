"""Radio buttons or check boxes for single-choice, true-false and multiple-answer questions."""

from __future__ import annotations

import random
import re

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import Question
from literacy_app.content.render import render_inline
from literacy_app.ui.activities.states import set_state
from literacy_app.ui.activities.wrap_label import WrapLabel, inline_label
from literacy_app.ui.lazy_qt import Qt


class ChoiceInput(QWidget):
    """Choices as native controls; remembers original indexes even when shuffled.

    Radio buttons form one exclusive group (one Tab stop; the arrows choose). Check boxes are not grouped:
    Qt skips from the first box of a group straight to the next control, so each box is its own Tab stop
    and the arrows also move between them; no key sequence can reach Submit with a half-finished answer
    without passing every box.
    """

    responseChanged = Signal()

    def __init__(self, question: Question, shuffle: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.multiple = question.kind == "multiple"
        self._order = list(range(len(question.choices)))
        if shuffle and question.kind != "true-false":
            random.Random(question.id).shuffle(self._order)  # stable per question: no jumping on reopen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QAbstractButton] = {}
        self.text_labels: dict[int, QLabel] = {}
        self._rows: dict[int, QHBoxLayout] = {}
        self._feedback_labels: dict[int, QLabel] | None = None  # below each choice, made for the first result
        for index in self._order:
            choice = question.choices[index]
            # the button carries no visible text: native buttons cannot wrap, so a long choice would
            # force the whole lesson wider than the window; a word-wrapping label beside it shows the text
            button = QCheckBox(self) if self.multiple else QRadioButton(self)
            button.setAccessibleName(choice.text)
            if self.multiple:
                button.toggled.connect(lambda _checked: self.responseChanged.emit())
            else:
                self.group.addButton(button, index)
            text = inline_label(choice.text, self)
            text.setBuddy(button)
            text.setCursor(Qt.CursorShape.PointingHandCursor)
            text.installEventFilter(self)
            row = QHBoxLayout()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            layout.addLayout(row)
            self._rows[index] = row
            self.buttons[index] = button
            self.text_labels[index] = text
        self.group.buttonToggled.connect(lambda *_: self.responseChanged.emit())

    @property
    def feedback_labels(self) -> dict[int, QLabel]:
        """The feedback line below each choice (hidden until a result is shown)."""
        if self._feedback_labels is None:
            self._feedback_labels = {}
            layout = self.layout()
            for index, row in self._rows.items():
                label = WrapLabel(parent=self)
                label.setObjectName("choiceFeedback")
                label.setIndent(30)
                label.hide()
                layout.insertWidget(layout.indexOf(row) + 1, label)
                self._feedback_labels[index] = label
        return self._feedback_labels

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """A click on a choice's text acts like a click on its button, as with a normal label."""
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(watched, QLabel):
            button = watched.buddy()
            if button is not None and button.isEnabled():
                button.click()
                return True
        return super().eventFilter(watched, event)

    def response(self) -> list[int]:
        return sorted(i for i, button in self.buttons.items() if button.isChecked())

    def has_response(self) -> bool:
        return bool(self.response())

    def restore(self, stored: dict) -> None:
        texts = stored.get("selected", [])
        for index, button in self.buttons.items():
            button.setChecked(self.question.choices[index].text in texts)

    def response_for(self, stored: dict) -> list[int]:
        texts = stored.get("selected", [])
        return [i for i, c in enumerate(self.question.choices) if c.text in texts]

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not locked)

    def show_result(self, result) -> None:
        """Mark every choice: chosen or not, right or wrong, in words (never colour alone)."""
        chosen = set(self.response())
        for index, label in self.feedback_labels.items():
            choice = self.question.choices[index]
            picked = index in chosen
            if choice.correct and picked:
                verdict, state = self.tr("✔ Correct choice."), "correct"
            elif choice.correct:
                verdict = self.tr("➜ This one is correct too.") if self.multiple else self.tr("➜ This is the answer.")
                state = "partial"
            elif picked:
                verdict, state = self.tr("✘ Not right."), "wrong"
            else:
                verdict, state = "", ""
            text = verdict
            if choice.feedback and (picked or choice.correct):
                text = f"<b>{verdict}</b> {render_inline(choice.feedback)}".strip()
            label.setText(text)
            set_state(label, state)
            label.setVisible(bool(text))
            self.buttons[index].setAccessibleDescription(_plain(text))

    def clear_result(self) -> None:
        for label in (self._feedback_labels or {}).values():
            label.hide()
            label.clear()
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
            button.setAccessibleDescription("")
        self.group.setExclusive(True)


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)
