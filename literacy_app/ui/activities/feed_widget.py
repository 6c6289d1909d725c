"""A simulated social-media feed: the learner tags the cues in each post, submits, and sees what they found."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from literacy_app.content.model import Feed, Lesson
from literacy_app.learning.scoring import PostResult, score_feed
from literacy_app.services.session import Session
from literacy_app.ui.activities.feed_post_card import FeedPostCard
from literacy_app.ui.activities.wrap_label import WrapLabel
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.accessibility import announce
from literacy_app.ui.look.buttons import ActionButton
from literacy_app.ui.look.formats import number
from literacy_app.ui.look.scrolling import scroll_into_view, scroll_to_top_of

# Cards drawn like a feed (see #postCard in look/style.py); results say found/missed/wrong in words as well.


class FeedWidget(QFrame):
    """Scores and stores a whole feed through the session; shows the last submission when reopened."""

    feedSubmitted = Signal(str, int)  # feed id, score

    def __init__(self, session: Session, lesson: Lesson, feed: Feed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lesson = lesson
        self.feed = feed
        self.setObjectName("feedPanel")
        self.setAccessibleName(self.tr("Feed: spot the cues"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        count = len(feed.posts)
        kind = WrapLabel(self.tr("Feed · {0} posts · spot the cues").format(count).upper(), parent=self)
        kind.setObjectName("activityKind")
        kind.setAccessibleName(self.tr("Feed: {0} posts, spot the cues").format(count))
        layout.addWidget(kind)
        intro = WrapLabel(self.tr("Scroll through the feed. For each post, tick the cues you notice, then press "
                                  "“Check my tags”."), parent=self)
        intro.setObjectName("feedIntro")
        layout.addWidget(intro)
        self.cards: list[FeedPostCard] = []
        for position, post in enumerate(feed.posts, 1):
            card = FeedPostCard(post, feed.cues, lesson.folder, position, len(feed.posts), self)
            layout.addWidget(card)
            self.cards.append(card)
        self.total_label = WrapLabel(parent=self)
        self.total_label.setObjectName("feedTotal")
        self.total_label.hide()
        layout.addWidget(self.total_label)
        row = QHBoxLayout()
        self.submit_button = ActionButton(self.tr("Check my tags"), self, primary=True)
        self.submit_button.setAccessibleName(self.tr("Check the cues I tagged in every post"))
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.submit_button)
        self.retry_button = ActionButton(self.tr("Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Clear my tags and try the feed again"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.submitted = False
        self._restore()

    def tags(self) -> dict[str, list[str]]:
        return {card.post.id: card.tags() for card in self.cards}

    def _restore(self) -> None:
        stored = self.session.feed_submission(self.lesson, self.feed)
        if stored is None:
            return
        for card in self.cards:
            card.set_tags([cue for cue in stored.get(card.post.id, []) if cue in card.boxes])
        self._show_results(score_feed(self.feed, stored), announce_it=False)

    def submit(self) -> None:
        if self.submitted:
            return
        results = self.session.submit_feed(self.lesson, self.feed, self.tags())
        self._show_results(results)
        # the keyboard stays with the results (the button it was on is now disabled), and so does the view
        self.retry_button.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll_into_view(self.total_label)
        self.feedSubmitted.emit(self.feed.id, sum(r.score for r in results))

    def _show_results(self, results: list[PostResult], announce_it: bool = True) -> None:
        self.submitted = True
        for card, result in zip(self.cards, results, strict=False):
            card.set_locked(True)
            card.show_result(result)
        found = sum(len(r.found) for r in results)
        actual = sum(len(card.post.cues) for card in self.cards)
        missed = sum(len(r.missed) for r in results)
        wrong = sum(len(r.wrong) for r in results)
        score = sum(r.score for r in results)
        self.total_label.setText(self.tr(
            "You found {0} of {1} cues. Missed: {2}. Wrongly tagged: {3}. Score: {4} of {5} points.").format(
            found, actual, missed, wrong, number(score), number(self.feed.max_score)))
        self.total_label.show()
        self.submit_button.setEnabled(False)
        self.retry_button.show()
        if announce_it:
            announce(self.total_label, self.total_label.text())

    def retry(self) -> None:
        self.submitted = False
        for card in self.cards:
            card.clear_result()
        self.total_label.hide()
        self.retry_button.hide()
        self.submit_button.setEnabled(True)
        if self.cards and self.cards[0].boxes:  # a new try starts at the first post, in view and focused
            next(iter(self.cards[0].boxes.values())).setFocus(Qt.FocusReason.OtherFocusReason)
            scroll_to_top_of(self.cards[0])
