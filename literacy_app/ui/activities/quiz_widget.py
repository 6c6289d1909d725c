"""A quiz: its questions, the running score, and Try again when attempts remain."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from literacy_app.content.model import Lesson, Quiz
from literacy_app.learning.scoring import QuestionResult, passed, score_question
from literacy_app.services.session import Session
from literacy_app.ui.activities.question_widget import QuestionWidget
from literacy_app.ui.activities.wrap_label import WrapLabel
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.buttons import ActionButton
from literacy_app.ui.look.formats import number, percent, percent_value
from literacy_app.ui.look.scrolling import scroll_to_top_of


class QuizWidget(QWidget):
    """Scores and stores each answer through the session; shows the score so far."""

    quizFinished = Signal(str)

    def __init__(self, session: Session, lesson: Lesson, quiz: Quiz, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lesson = lesson
        self.quiz = quiz
        self.setAccessibleName(self.tr("Quiz"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        count = len(quiz.questions)
        kind = self.tr("Quiz · {0} questions").format(count) if count != 1 else self.tr("Quiz · 1 question")
        if quiz.pass_mark:
            kind += " · " + self.tr("pass mark {0}").format(percent_value(quiz.pass_mark))
        self.kind_label = WrapLabel(kind.upper(), parent=self)
        self.kind_label.setObjectName("activityKind")
        self.kind_label.setAccessibleName(kind)
        layout.addWidget(self.kind_label)
        self.questions: list[QuestionWidget] = []
        self.results: dict[str, QuestionResult] = {}  # this attempt's results by question id
        for position, question in enumerate(quiz.questions, 1):
            widget = QuestionWidget(question, position, len(quiz.questions), shuffle=quiz.shuffle, parent=self)
            widget.answerSubmitted.connect(lambda response, w=widget: self._answer(w, response))
            layout.addWidget(widget)
            self.questions.append(widget)
        footer = QHBoxLayout()
        self.score_label = QLabel(self)
        self.score_label.setObjectName("quizScore")
        footer.addWidget(self.score_label, 1)
        self.retry_button = ActionButton(self.tr("Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Try the quiz again"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()
        footer.addWidget(self.retry_button)
        layout.addLayout(footer)
        self._restore()

    def _restore(self) -> None:
        """Show the answers of the current (or last) attempt, so nothing is asked twice."""
        state = self.session.quiz_state(self.lesson, self.quiz)
        for widget in self.questions:
            stored = state.answers.get(widget.question.id)
            if stored is not None:
                response = widget.input.response_for(stored.response)
                result = score_question(widget.question, response)
                self.results[widget.question.id] = result
                widget.restore(stored.response, result)
        self._update_footer()

    def _answer(self, widget: QuestionWidget, response) -> None:
        result = self.session.answer_question(self.lesson, self.quiz, widget.question, response)
        self.results[widget.question.id] = result
        widget.show_result(result)
        self._update_footer()
        if self.finished:
            self.quizFinished.emit(self.quiz.id)

    @property
    def finished(self) -> bool:
        return all(w.answered for w in self.questions)

    def _update_footer(self) -> None:
        state = self.session.quiz_state(self.lesson, self.quiz)
        score = sum(r.score for r in self.results.values())
        answered = sum(1 for w in self.questions if w.answered)
        text = self.tr("Score: {0} of {1} points · {2} of {3} answered").format(
            number(score), number(self.quiz.max_points), answered, len(self.questions))
        success = passed(self.quiz, score, self.quiz.max_points) if self.finished else None
        if success is not None:
            share = percent(score, self.quiz.max_points)
            text += " · " + (self.tr("Passed ({0})") if success else self.tr("Not passed yet ({0})")).format(share)
        self.score_label.setText(text)
        self.score_label.setAccessibleName(text)
        self.retry_button.setVisible(self.finished and state.can_retry)
        if self.finished and not state.can_retry:
            self.score_label.setText(text + " · " + self.tr("no attempts left"))

    def retry(self) -> None:
        """A new attempt starts at question 1: the view shows its top and the keyboard is on its first answer."""
        self.results.clear()
        for widget in self.questions:
            widget.reset()
        self._update_footer()
        if self.questions:
            focus_first_answer(self.questions[0])
            scroll_to_top_of(self.questions[0])


def focus_first_answer(question: QuestionWidget) -> None:
    """Put the keyboard on the question's first control (a choice, the text field, the list)."""
    for child in question.input.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisibleTo(question):
            child.setFocus(Qt.FocusReason.OtherFocusReason)
            return
    question.input.setFocus()
