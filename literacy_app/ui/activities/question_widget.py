"""One question: prompt, answer controls, hints, Submit, then feedback and explanation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from literacy_app.content.model import Question
from literacy_app.content.render import render_inline, render_markdown
from literacy_app.learning.scoring import QuestionResult
from literacy_app.ui.activities.choice_input import ChoiceInput
from literacy_app.ui.activities.match_input import MatchInput
from literacy_app.ui.activities.numeric_input import NumericInput
from literacy_app.ui.activities.order_input import OrderInput
from literacy_app.ui.activities.text_input import TextInput
from literacy_app.ui.activities.wrap_label import WrapLabel
from literacy_app.ui.look.accessibility import announce
from literacy_app.ui.look.buttons import ActionButton
from literacy_app.ui.look.formats import number


def make_input(question: Question, shuffle: bool) -> QWidget:
    if question.kind == "short":
        return TextInput(question)
    if question.kind == "order":
        return OrderInput(question)
    if question.kind == "match":
        return MatchInput(question)
    if question.kind == "numeric":
        return NumericInput(question)
    return ChoiceInput(question, shuffle=shuffle)


def set_state(widget: QWidget, state: str) -> None:
    """A state the style sheet shows (due, correct, partial, wrong, locked); always said in words as well."""
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class QuestionWidget(QFrame):
    """Emits `answerSubmitted(response)` when the learner submits; the quiz scores and stores it."""

    answerSubmitted = Signal(object)

    def __init__(self, question: Question, number: int, total: int, shuffle: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Question {0} of {1}").format(number, total))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 16, 14)
        layout.setSpacing(8)
        header = QHBoxLayout()
        counter = QLabel(self.tr("Question {0} of {1}").format(number, total))
        counter.setObjectName("questionCounter")
        header.addWidget(counter)
        header.addStretch(1)
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        header.addWidget(self.state_badge)
        self.lock_badge = QLabel(self.tr("Locked"))
        self.lock_badge.setObjectName("stateBadge")
        self.lock_badge.setProperty("state", "locked")
        self.lock_badge.setToolTip(self.tr("This answer is saved and cannot be changed"))
        self.lock_badge.hide()
        header.addWidget(self.lock_badge)
        layout.addLayout(header)
        self.prompt = WrapLabel(render_inline(question.prompt), rich=True)
        self.prompt.setObjectName("questionPrompt")
        layout.addWidget(self.prompt)
        if question.body:
            layout.addWidget(WrapLabel(render_markdown(question.body), rich=True))
        self.input = make_input(question, shuffle)
        self.input.setAccessibleName(question.prompt)
        self.input.responseChanged.connect(self._update_submit)
        layout.addWidget(self.input)

        self.hint_label = WrapLabel()
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.hide()
        layout.addWidget(self.hint_label)
        row = QHBoxLayout()
        self.submit_button = ActionButton(self.tr("Submit answer"), primary=True)
        self.submit_button.setAccessibleName(self.tr("Submit answer to question {0}").format(number))
        self.submit_button.setEnabled(False)
        self.submit_button.clicked.connect(self._submit)
        row.addWidget(self.submit_button)
        self.hint_button = ActionButton(self.tr("Show a hint"))
        self.hint_button.setAccessibleName(self.tr("Show a hint for question {0}").format(number))
        self.hint_button.setVisible(bool(question.hints))
        self.hint_button.clicked.connect(self.show_next_hint)
        row.addWidget(self.hint_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result_label = WrapLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.explanation = WrapLabel(rich=True)
        self.explanation.setObjectName("explanation")
        self.explanation.hide()
        layout.addWidget(self.explanation)
        self._hints_shown = 0
        self.answered = False
        self._show_state("due")
        self._update_submit()  # an ordering question is answerable as it first appears

    def _show_state(self, state: str) -> None:
        """The card's state bar and badge: to do, or right / partly right / not right (and locked)."""
        words = {"due": self.tr("To do"), "correct": self.tr("✔ Right"), "partial": self.tr("◐ Partly right"),
                 "wrong": self.tr("✘ Not right")}
        set_state(self, state)
        set_state(self.state_badge, state)
        self.state_badge.setText(words[state])
        self.lock_badge.setVisible(state != "due")

    def _update_submit(self) -> None:
        self.submit_button.setEnabled(not self.answered and self.input.has_response())

    def _submit(self) -> None:
        if self.answered or not self.input.has_response():
            return
        self.answerSubmitted.emit(self.input.response())

    def show_next_hint(self) -> None:
        if self._hints_shown < len(self.question.hints):
            self._hints_shown += 1
            shown = self.question.hints[: self._hints_shown]
            self.hint_label.setText("<br>".join(self.tr("Hint: {0}").format(render_inline(h)) for h in shown))
            self.hint_label.show()
            announce(self.hint_label, self.question.hints[self._hints_shown - 1])
        self.hint_button.setEnabled(self._hints_shown < len(self.question.hints))

    def show_result(self, result: QuestionResult, announce_it: bool = True) -> None:
        self.answered = True
        self.input.set_locked(True)
        self.input.show_result(result)
        self.submit_button.setEnabled(False)
        self.hint_button.setEnabled(False)
        template = self.tr("{0} of {1} point") if result.max_score == 1 else self.tr("{0} of {1} points")
        score = template.format(number(result.score), number(result.max_score))
        if result.correct:
            verdict = self.tr("✔ Correct: {0}.").format(score)
            state = "correct"
        elif result.score > 0:
            verdict = self.tr("◐ Partly right: {0}.").format(score)
            state = "partial"
        else:
            verdict = self.tr("✘ Not quite: {0}.").format(score)
            state = "wrong"
        note = getattr(self.input, "result_note", lambda _r: "")(result)
        self.result_label.setText(f"{verdict} {note}".strip())
        set_state(self.result_label, state)
        self._show_state(state)
        self.result_label.show()
        if self.question.explanation:
            self.explanation.setText(render_markdown(self.tr("**Why:**") + " " + self.question.explanation))
            self.explanation.show()
        if announce_it:
            announce(self.result_label, self.result_label.text())

    def restore(self, stored: dict, result: QuestionResult) -> None:
        """Show an answer given earlier, locked, with its feedback."""
        self.input.restore(stored)
        self.show_result(result, announce_it=False)

    def reset(self) -> None:
        self.answered = False
        self._show_state("due")
        self.input.clear_result()
        self.input.set_locked(False)
        self.result_label.hide()
        self.explanation.hide()
        self.hint_label.hide()
        self._hints_shown = 0
        self.hint_button.setEnabled(True)
        self._update_submit()
