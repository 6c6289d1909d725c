"""A quiz in test mode (`mode: test`): every question answered first, one "Submit test", and no right or
wrong shown before the quiz's `feedback:` time allows it (a pre-test waits for the post-test, so it does not
teach its own answers)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from literacy_app.content.model import Lesson, Quiz
from literacy_app.learning.scoring import QuestionResult, score_question
from literacy_app.services.session import Session
from literacy_app.ui.activities.question_widget import QuestionWidget
from literacy_app.ui.activities.wrap_label import WrapLabel
from literacy_app.ui.look.accessibility import announce


class QuizTestWidget(QWidget):
    def __init__(self, session: Session, lesson: Lesson, quiz: Quiz, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lesson = lesson
        self.quiz = quiz
        self.setAccessibleName(self.tr("Test"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = WrapLabel(self.tr("This is a test: answer every question, then press Submit test. "
                                  "You can change your answers until then."), parent=self)
        intro.setObjectName("testIntro")
        layout.addWidget(intro)
        self.questions: list[QuestionWidget] = []
        for index, question in enumerate(quiz.questions, 1):
            # one submit for the whole test, and no hints
            widget = QuestionWidget(question, index, len(quiz.questions), shuffle=quiz.shuffle, parent=self,
                                    submitted_alone=False)
            widget.input.responseChanged.connect(self._update)
            layout.addWidget(widget)
            self.questions.append(widget)
        footer = QHBoxLayout()
        self.status = WrapLabel(parent=self)
        self.status.setObjectName("quizScore")
        footer.addWidget(self.status, 1)
        self.submit_button = QPushButton(self.tr("Submit test"), self)
        self.submit_button.setDefault(True)
        self.submit_button.setAccessibleName(self.tr("Submit the whole test"))
        self.submit_button.clicked.connect(self.submit)
        footer.addWidget(self.submit_button)
        layout.addLayout(footer)
        self.submitted = False
        self._restore()

    def _restore(self) -> None:
        state = self.session.quiz_state(self.lesson, self.quiz)
        if state.attempt is None or state.attempt.finished_at is None:
            self._update()
            return
        results = {}
        for widget in self.questions:
            stored = state.answers.get(widget.question.id)
            if stored is not None:
                widget.input.restore(stored.response)
                results[widget.question.id] = score_question(widget.question,
                                                             widget.input.response_for(stored.response))
        self._show_submitted(results, announce_it=False)

    def _unanswered(self) -> int:
        return sum(1 for widget in self.questions if not widget.input.has_response())

    def _update(self) -> None:
        if self.submitted:
            return
        left = self._unanswered()
        self.submit_button.setEnabled(left == 0)
        self.status.setText(self.tr("{0} of {1} answered").format(len(self.questions) - left, len(self.questions))
                            if left else self.tr("All questions answered: you can submit the test."))

    def submit(self) -> None:
        if self.submitted or self._unanswered():
            return
        results = self.session.submit_test(self.lesson, self.quiz,
                                           {w.question.id: w.input.response() for w in self.questions})
        self._show_submitted(results, announce_it=True)

    def _show_submitted(self, results: dict[str, QuestionResult], announce_it: bool) -> None:
        self.submitted = True
        self.submit_button.hide()
        released = self.session.feedback_released(self.lesson, self.quiz)
        for widget in self.questions:
            result = results.get(widget.question.id)
            if released and result is not None:
                widget.show_result(result, announce_it=False)
            else:
                widget.answered = True
                widget.input.set_locked(True)
        if released:
            score = sum(r.score for r in results.values())
            from literacy_app.ui.look.formats import number  # with decimal: once the test is submitted

            text = self.tr("Test submitted: {0} of {1} points.").format(number(score), number(self.quiz.max_points))
        elif self.quiz.feedback == "after-course":
            text = self.tr("Test submitted. Your answers are saved. You will see which were right after the "
                           "post-test at the end of the course.")
        else:
            text = self.tr("Test submitted. Your answers are saved.")
        self.status.setText(text)
        if announce_it:
            announce(self.status, text)
