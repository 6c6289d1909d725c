"""One question: prompt, answer controls, hints, Submit, then feedback and explanation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from literacy_app.content.model import Question
from literacy_app.content.render import render_inline, render_markdown
from literacy_app.learning.scoring import QuestionResult
from literacy_app.ui.activities.choice_input import ChoiceInput
from literacy_app.ui.activities.states import set_state
from literacy_app.ui.activities.wrap_label import WrapLabel, inline_label
from literacy_app.ui.look.accessibility import announce
from literacy_app.ui.look.buttons import ActionButton


def make_input(question: Question, shuffle: bool, parent: QWidget | None = None) -> QWidget:
    """The answer controls for the question's kind (each kind's module loads with its first question)."""
    if question.kind == "short":
        from literacy_app.ui.activities.text_input import TextInput

        return TextInput(question, parent)
    if question.kind == "order":
        from literacy_app.ui.activities.order_input import OrderInput

        return OrderInput(question, parent)
    if question.kind == "match":
        from literacy_app.ui.activities.match_input import MatchInput

        return MatchInput(question, parent)
    if question.kind == "numeric":
        from literacy_app.ui.activities.numeric_input import NumericInput

        return NumericInput(question, parent)
    return ChoiceInput(question, shuffle=shuffle, parent=parent)


class QuestionWidget(QFrame):
    """Emits `answerSubmitted(response)` when the learner submits; the quiz scores and stores it."""

    answerSubmitted = Signal(object)

    def __init__(self, question: Question, number: int, total: int, shuffle: bool = False,
                 parent: QWidget | None = None, submitted_alone: bool = True) -> None:
        """submitted_alone: False in a test, which is submitted whole and gives no hints: the question then
        has neither its own Submit button nor a hint button (not even hidden ones)."""
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Question {0} of {1}").format(number, total))
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 16, 14)
        layout.setSpacing(8)
        self._header = header = QHBoxLayout()
        counter = QLabel(self.tr("Question {0} of {1}").format(number, total), self)
        counter.setObjectName("questionCounter")
        header.addWidget(counter)
        header.addStretch(1)
        self.state_badge = QLabel(self)
        self.state_badge.setObjectName("stateBadge")
        header.addWidget(self.state_badge)
        layout.addLayout(header)
        self.prompt = inline_label(question.prompt, self)
        self.prompt.setObjectName("questionPrompt")
        layout.addWidget(self.prompt)
        if question.body:
            layout.addWidget(WrapLabel(render_markdown(question.body), rich=True, parent=self))
        self.input = make_input(question, shuffle, self)
        self.input.setAccessibleName(question.prompt)
        self.input.responseChanged.connect(self._update_submit)
        layout.addWidget(self.input)
        # the hint, the result and the explanation (below) and the lock badge (above) are made when first shown
        self._row = row = QHBoxLayout()
        self.submit_button: ActionButton | None = None
        self.hint_button: ActionButton | None = None
        if submitted_alone:
            self.submit_button = ActionButton(self.tr("Submit answer"), self, primary=True)
            self.submit_button.setAccessibleName(self.tr("Submit answer to question {0}").format(number))
            self.submit_button.setEnabled(False)
            self.submit_button.clicked.connect(self._submit)
            row.addWidget(self.submit_button)
            self.hint_button = ActionButton(self.tr("Show a hint"), self)
            self.hint_button.setAccessibleName(self.tr("Show a hint for question {0}").format(number))
            self.hint_button.setVisible(bool(question.hints))
            self.hint_button.clicked.connect(self.show_next_hint)
            row.addWidget(self.hint_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._lock_badge: QLabel | None = None
        self._hint_label: WrapLabel | None = None
        self._result_label: WrapLabel | None = None
        self._explanation: WrapLabel | None = None
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
        if state != "due":
            self.lock_badge.show()
        elif self._lock_badge is not None:
            self._lock_badge.hide()

    # A quiz step shows none of these at first; made on first use, each goes where the card always had it.
    @property
    def lock_badge(self) -> QLabel:
        if self._lock_badge is None:
            badge = self._lock_badge = QLabel(self.tr("Locked"), self)
            badge.setObjectName("stateBadge")
            badge.setProperty("state", "locked")
            badge.setToolTip(self.tr("This answer is saved and cannot be changed"))
            badge.hide()
            self._header.addWidget(badge)
        return self._lock_badge

    @property
    def hint_label(self) -> WrapLabel:
        if self._hint_label is None:
            self._hint_label = self._hidden_label("hintLabel", self._layout.indexOf(self._row))  # above the buttons
        return self._hint_label

    @property
    def result_label(self) -> WrapLabel:
        if self._result_label is None:
            self._result_label = self._hidden_label("resultLabel", self._layout.indexOf(self._row) + 1)
        return self._result_label

    @property
    def explanation(self) -> WrapLabel:
        if self._explanation is None:
            below = self._layout.indexOf(self.result_label) + 1
            self._explanation = self._hidden_label("explanation", below, rich=True)
        return self._explanation

    def _hidden_label(self, name: str, place: int, rich: bool = False) -> WrapLabel:
        label = WrapLabel(rich=rich, parent=self)
        label.setObjectName(name)
        label.hide()
        self._layout.insertWidget(place, label)
        return label

    def _update_submit(self) -> None:
        if self.submit_button is not None:
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
        if self.hint_button is not None:
            self.hint_button.setEnabled(self._hints_shown < len(self.question.hints))

    def show_result(self, result: QuestionResult, announce_it: bool = True) -> None:
        self.answered = True
        self.input.set_locked(True)
        self.input.show_result(result)
        for button in (self.submit_button, self.hint_button):
            if button is not None:
                button.setEnabled(False)
        from literacy_app.ui.look.formats import number  # with decimal: from the first result shown

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
        for label in (self._result_label, self._explanation, self._hint_label):
            if label is not None:
                label.hide()
        self._hints_shown = 0
        if self.hint_button is not None:
            self.hint_button.setEnabled(True)
        self._update_submit()
