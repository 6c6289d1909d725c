"""A review session: the items due today, one at a time and mixed across lessons, answered with the same
inputs as in the lessons; after each answer the original explanation and when the item comes back.

Answers are stored by the learner's service in the review tables: a review never changes a lesson's score.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from literacy_app.services.learner import LearnerService, ReviewCard, ReviewDeck, ReviewOutcome
from literacy_app.ui.activities.feed_post_card import FeedPostCard
from literacy_app.ui.activities.question_widget import QuestionWidget
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.learner.follow_font import FollowsAppFont
from literacy_app.ui.look.accessibility import announce
from literacy_app.ui.look.formats import as_day


class When(QObject):
    """The catalogues' context for when()'s words."""


def when(day: date | None, today: date) -> str:
    """'tomorrow', 'in 3 days (Thursday 5 March)', in the app's language."""
    if day is None:
        return ""
    days = (day - today).days
    if days <= 0:
        return When.tr("today")
    if days == 1:
        return When.tr("tomorrow")
    return When.tr("in %n day(s) ({0})", "", days).format(as_day(day))


class ReviewSessionPage(FollowsAppFont):
    backRequested = Signal()
    finished = Signal()  # the last item of the session was answered

    def __init__(self, learner: LearnerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learner = learner
        self.setObjectName("reviewPage")
        self.setAccessibleName(self.tr("Review my mistakes"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ Back to lessons"))
        self.back_button.setAccessibleName(self.tr("Back to the lessons"))
        self.back_button.setToolTip(self.tr("Back to the lessons (Esc)"))
        self.back_button.clicked.connect(self.backRequested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        title = QLabel(self.tr("Review my mistakes"))
        title.setObjectName("lessonTitle")
        layout.addWidget(title)
        self.position_label = QLabel()
        self.position_label.setObjectName("stepLabel")
        self.position_label.setWordWrap(True)
        layout.addWidget(self.position_label)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setObjectName("reviewNotes")
        self.notes_label.hide()
        layout.addWidget(self.notes_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        # what happened and the way on, right under the item (moved into each item's page)
        self.footer = QWidget()
        footer = QVBoxLayout(self.footer)
        footer.setContentsMargins(0, 4, 0, 0)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("reviewOutcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.hide()
        footer.addWidget(self.outcome_label)
        row = QHBoxLayout()
        self.next_button = QPushButton(self.tr("Next item ▶"))
        self.next_button.setProperty("kind", "primary")
        self.next_button.clicked.connect(self.next_card)
        self.next_button.hide()
        row.addWidget(self.next_button)
        row.addStretch(1)
        footer.addLayout(row)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.backRequested.emit)
        self.deck = ReviewDeck()
        self.index = 0
        self.outcomes: list[ReviewOutcome] = []
        self.question: QuestionWidget | None = None
        self.post: FeedPostCard | None = None
        self.check_button: QPushButton | None = None

    # -- the session ----------------------------------------------------------------------------------------
    def start(self) -> None:
        """Take the items due today and show the first one (or say there is nothing to do)."""
        self._take_app_font()
        self.deck = self.learner.review_deck()
        self.index = 0
        self.outcomes = []
        notes = " ".join(self.deck.notes)
        self.notes_label.setText(notes)
        self.notes_label.setAccessibleName(notes)
        self.notes_label.setVisible(bool(notes))
        self._show()

    def focus_first(self) -> None:
        if self.question is not None:
            inputs = [widget for widget in self.question.input.findChildren(QWidget)
                      if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled()]
            (inputs[0] if inputs else self.question.input).setFocus()  # the first choice, not the group
        elif self.post is not None and self.post.boxes:
            next(iter(self.post.boxes.values())).setFocus()
        elif not self.next_button.isHidden():
            self.next_button.setFocus()
        else:
            self.back_button.setFocus()

    @property
    def card(self) -> ReviewCard | None:
        return self.deck.cards[self.index] if self.index < len(self.deck.cards) else None

    def _show(self) -> None:
        self.question, self.post, self.check_button = None, None, None
        self.outcome_label.hide()
        self.next_button.hide()
        self.footer.setParent(None)  # kept: the page it was on is replaced (and deleted) below
        card = self.card
        if card is None:
            self._show_end()
            return
        total = len(self.deck.cards)
        self.position_label.setText(self.tr("Item {0} of {1} · from “{2}”").format(
            self.index + 1, total, card.lesson.title))
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 12, 4)
        if card.kind == "question":
            quiz = card.found.block
            self.question = QuestionWidget(card.found.item, self.index + 1, total, shuffle=quiz.shuffle)
            self.question.answerSubmitted.connect(self._answer)
            column.addWidget(self.question)
        else:
            feed = card.found.block
            self.post = FeedPostCard(card.found.item, feed.cues, card.lesson.folder, self.index + 1, total)
            column.addWidget(self.post)
            self.check_button = QPushButton(self.tr("Check my tags"))
            self.check_button.setAccessibleName(self.tr("Check the cues I tagged in this post"))
            self.check_button.clicked.connect(lambda: self._answer(self.post.tags() if self.post else []))
            column.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.footer)
        self.footer.show()
        column.addStretch(1)
        self.scroll.setWidget(content)
        self.focus_first()

    def _answer(self, response: object) -> None:
        card = self.card
        if card is None:
            return
        outcome = self.learner.answer(card, response)
        self.outcomes.append(outcome)
        if self.question is not None:
            self.question.show_result(outcome.details, announce_it=False)  # the verdict and the explanation
        if self.post is not None:
            self.post.set_locked(True)
            self.post.show_result(outcome.details)
            if self.check_button is not None:
                self.check_button.setEnabled(False)
        today = self.learner.today()
        if outcome.due is None:
            text = self.tr("Right! You have learned this one: it leaves your review.")
        elif outcome.correct:
            text = self.tr("Right! It comes back {0}.").format(when(outcome.due, today))
        else:
            text = self.tr("Not quite: it comes back {0}, until you get it right.").format(when(outcome.due, today))
        self.outcome_label.setText(text)
        self.outcome_label.show()
        last = self.index + 1 >= len(self.deck.cards)
        self.next_button.setText(self.tr("Finish review ✔") if last else self.tr("Next item ▶"))
        self.next_button.setAccessibleName(self.tr("Finish the review") if last else self.tr("Next item"))
        self.next_button.show()
        self.next_button.setFocus()
        announce(self.outcome_label, text)

    def next_card(self) -> None:
        if self.card is not None and len(self.outcomes) <= self.index:
            return  # answer first
        self.index += 1
        self._show()
        if self.card is None:
            self.finished.emit()

    def _show_end(self) -> None:
        today = self.learner.today()
        upcoming = self.learner.next_review_day()
        later = (self.tr(" Your next review is {0}.").format(when(upcoming, today)) if upcoming is not None
                 else self.tr(" Nothing is waiting for review."))
        if self.outcomes:
            right = sum(1 for outcome in self.outcomes if outcome.correct)
            text = self.tr("Done for today: you reviewed %n item(s) and got {0} right.", "", len(self.outcomes)).format(
                right) + later
        else:
            text = self.tr("Nothing to review today. Questions you get wrong in a lesson come back here the next "
                           "day.") + later
        self.position_label.setText(text)
        self.position_label.setAccessibleName(text)
        label = QLabel(self.tr("Reviews never change your lesson scores: they help what you learned stick. Going "
                               "over an item again after 1, 3, 7 and 21 days works better than many times at "
                               "once."))
        label.setWordWrap(True)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(label)
        column.addStretch(1)
        self.scroll.setWidget(content)
        self.back_button.setFocus()
        announce(self.position_label, text)
