"""A simulated social-media feed: the learner tags the cues in each post, submits, and sees what they found."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from literacy_app.content.model import Feed, Lesson
from literacy_app.learning.scoring import PostResult, score_feed
from literacy_app.services.session import Session
from literacy_app.ui.activities.feed_post_card import FeedPostCard
from literacy_app.ui.look.accessibility import announce

# Cards drawn like a feed; results say found/missed/wrong in words as well as colour.
FEED_STYLE = """
#postCard { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; margin: 4px 0; }
#postAvatar { background: #3f51b5; color: white; border-radius: 22px; font-weight: bold; font-size: 13pt; }
#postHandle, #postCounts { color: palette(placeholder-text); }
#postText { font-size: 12pt; }
#cueQuestion { font-style: italic; margin-top: 6px; }
#postResult { background: palette(alternate-base); border-radius: 6px; padding: 6px; }
#postResult[state="correct"] { border-left: 4px solid #1b5e20; }
#postResult[state="partial"] { border-left: 4px solid #8a5a00; }
#postResult[state="wrong"] { border-left: 4px solid #b71c1c; }
#feedTotal { font-weight: bold; }
"""


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
        self.setStyleSheet(FEED_STYLE)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Scroll through the feed. For each post, tick the cues you notice, then press "
                               "“Check my tags”."))
        intro.setObjectName("feedIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.cards: list[FeedPostCard] = []
        for number, post in enumerate(feed.posts, 1):
            card = FeedPostCard(post, feed.cues, lesson.folder, number, len(feed.posts))
            layout.addWidget(card)
            self.cards.append(card)
        row = QHBoxLayout()
        self.submit_button = QPushButton(self.tr("Check my tags"))
        self.submit_button.setAccessibleName(self.tr("Check the cues I tagged in every post"))
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.submit_button)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Clear my tags and try the feed again"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.total_label = QLabel()
        self.total_label.setObjectName("feedTotal")
        self.total_label.setWordWrap(True)
        self.total_label.hide()
        layout.addWidget(self.total_label)
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
            found, actual, missed, wrong, score, self.feed.max_score))
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
        if self.cards and self.cards[0].boxes:
            next(iter(self.cards[0].boxes.values())).setFocus()
