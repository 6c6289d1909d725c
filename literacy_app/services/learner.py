"""The learner's own service: My progress, the review of mistakes, time spent and certificates.

Plain Python, no Qt: the learner room of the UI (ui/learner/) is handed one of these by the app's services.
Every write goes through the session's pending-write path, so a full or locked disk keeps a review answer
in memory instead of losing it. "Today" comes from the clock (clock.py), which `--clock` can set.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from literacy_app.clock import now
from literacy_app.content.library import Library
from literacy_app.content.model import Lesson
from literacy_app.learning.review import (
    REVIEWABLE_TYPES,
    Reviewable,
    after_answer,
    find_item,
    fingerprint,
    first_due,
    held_until_course_end,
    same_key,
)
from literacy_app.learning.scoring import score_post, score_question
from literacy_app.services.session import Session
from literacy_app.store.records import Profile, Records
from literacy_app.store.review_queue import NewItem, ReviewItem, ReviewQueue, StudyLog

if TYPE_CHECKING:  # course progress (My progress, certificates) loads when first asked for, not for the review count
    from literacy_app.learning.progress import LearnerRecord, ModuleProgress, NextStep

REVIEW_SESSION_SIZE = 20  # items in one review session at most: a few minutes of work


@dataclass(frozen=True)
class ReviewCard:
    """One item to review, with the question or post as the lesson has it now."""

    review: ReviewItem
    lesson: Lesson
    found: Reviewable

    @property
    def kind(self) -> str:
        return self.found.kind


@dataclass
class ReviewDeck:
    cards: list[ReviewCard] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # items skipped or dropped, in plain words


@dataclass(frozen=True)
class ReviewOutcome:
    correct: bool
    score: float
    max_score: float
    box: int
    due: date | None  # None: learned, out of the queue
    details: Any  # what the input widget shows back: a QuestionResult or a PostResult


@dataclass(frozen=True)
class CertificateData:
    learner: str
    course: str  # the module's name
    completed_on: date
    lessons: list[str]  # titles of the lessons completed
    percent: float | None  # the module's mean best score, None without graded lessons
    school: str


def local_day(stamp: str) -> date:
    """The learner's calendar day of a stored time stamp."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().date()


def _safe_name(text: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in text).strip()
    return " ".join(kept.split())[:80] or "learner"


def certificate_file_name(data: CertificateData) -> str:
    return f"{_safe_name(data.learner)} - {_safe_name(data.course)}.pdf"


def learner_record(db_records: Records, profile_id: int) -> LearnerRecord:
    """What progress needs about one learner, read from the store."""
    from literacy_app.learning.progress import Attempt, LearnerRecord

    log = StudyLog(db_records.db)
    steps = {lesson_id: (row["step"], row["step_count"], row["completed_at"])
             for lesson_id, row in db_records.progress(profile_id).items()}
    attempts = [Attempt(a.lesson_id, a.block_id, a.score, a.max_score, a.finished_at is not None)
                for a in db_records.attempts(profile_id)]
    return LearnerRecord(steps, attempts, log.reflections(profile_id), log.seconds(profile_id),
                         log.last_item_scores(profile_id))


def certificates_for(records: Records, library: Library, profile: Profile, school: str = "") -> list[CertificateData]:
    """A certificate for every module the learner has completed (every lesson in it done). Only progress and
    attempts are read, so a class merged from several PCs' snapshots serves as well as this PC's records."""
    from literacy_app.learning.progress import Attempt, LearnerRecord, course_progress

    steps = {lesson_id: (row["step"], row["step_count"], row["completed_at"])
             for lesson_id, row in records.progress(profile.id).items()}
    attempts = [Attempt(a.lesson_id, a.block_id, a.score, a.max_score, a.finished_at is not None)
                for a in records.attempts(profile.id)]
    record = LearnerRecord(steps, attempts, set(), {})
    found = []
    for module in course_progress(library, record):
        if not module.complete:
            continue
        days = [local_day(record.steps[lesson.lesson.id][2] or "") for lesson in module.lessons]
        found.append(CertificateData(profile.name, module.module, max(days),
                                     [lesson.lesson.title for lesson in module.lessons], module.mean_percent, school))
    return found


class LearnerService:
    def __init__(self, session: Session, school: str = "", certificate_dir: Path | None = None) -> None:
        self.session = session
        self.school = school  # from the config (school.name), printed on certificates
        self.certificate_dir = certificate_dir  # where certificates are saved when a module is completed
        self._queue = ReviewQueue(session.records.db)
        self._log = StudyLog(session.records.db)

    @property
    def library(self) -> Library:
        return self.session.library  # the session's, so a reloaded library is seen at once

    def _profile(self) -> Profile:
        profile = self.session.profile
        if profile is None:
            raise RuntimeError("no learner is chosen")
        return profile

    @staticmethod
    def today() -> date:
        return now().astimezone().date()

    # -- finding mistakes ----------------------------------------------------------------------------
    def scan_mistakes(self) -> int:
        """Put the lesson answers that were wrong since the last look into the queue; how many were added.
        A database that cannot be written just now is tried again next time."""
        profile = self._profile()
        try:
            mistakes, newest = self._queue.new_answers(profile.id)
            if newest == self._queue.last_scanned(profile.id):
                return 0
            items = []
            for mistake in mistakes:
                if mistake.block_kind not in REVIEWABLE_TYPES:
                    continue
                lesson = self.library.lesson(mistake.lesson_id)
                found = find_item(lesson, mistake.block_id, mistake.item_id) if lesson is not None else None
                if lesson is not None and found is None:
                    continue  # answered in a version of the lesson whose item is gone
                key = found.key if found is not None else None
                what = found.kind if found is not None else ("question" if mistake.block_kind == "quiz" else "post")
                items.append(NewItem(mistake.lesson_id, mistake.block_id, mistake.item_id, what, key,
                                     fingerprint(key) if key is not None else "",
                                     first_due(local_day(mistake.answered_at)).isoformat()))
            self._queue.add_items(profile.id, items, newest)
            return len(items)
        except sqlite3.OperationalError:
            return 0

    # -- what is due ----------------------------------------------------------------------------------
    def _post_test_done(self, lesson: Lesson) -> bool:
        """Whether the learner finished the post-test of the lesson's module (a pre-test's answers wait for it)."""
        post = next((other for other in self.library.lessons
                     if other.module == lesson.module and other.assessment == "post"), None)
        if post is None:
            return True
        done = self.session.records.progress(self._profile().id).get(post.id, {})
        return bool(done.get("completed_at"))

    def _check(self, item: ReviewItem, notes: list[str]) -> ReviewCard | None:
        """The item as a card to review, or None: a missing or broken lesson is skipped (with a note), a
        removed or changed question leaves the queue (with a note)."""
        lesson = self.library.lesson(item.lesson_id)
        if lesson is None:
            broken = next((b for b in self.library.broken if b.id == item.lesson_id), None)
            notes.append(f"“{broken.title}” has mistakes in its file, so its review items are skipped for now."
                         if broken is not None else
                         f"The lesson “{item.lesson_id}” is missing, so its review items are skipped for now.")
            return None
        try:
            found = find_item(lesson, item.block_id, item.item_id)
        except Exception as exc:  # a lesson that loads but cannot be read this way must not stop the review
            notes.append(f"An item of “{lesson.title}” could not be read ({type(exc).__name__}) and is skipped.")
            return None
        if found is None:
            self._write(partial(self._queue.drop, item.id))
            notes.append(f"A question was removed from “{lesson.title}”, so it left your review.")
            return None
        if item.answer_key is None or (item.fingerprint != fingerprint(found.key)
                                       and same_key(item.answer_key, found.key)):
            self._write(partial(self._queue.set_key, item.id, found.key, fingerprint(found.key)))
        elif item.fingerprint != fingerprint(found.key):
            self._write(partial(self._queue.drop, item.id))
            notes.append(f"A question in “{lesson.title}” now has a different answer, so it left your review.")
            return None
        if held_until_course_end(found.block) and not self._post_test_done(lesson):
            return None
        return ReviewCard(item, lesson, found)

    def _write(self, action: Callable[[], object]) -> None:
        self.session.keep(action)

    def review_deck(self, limit: int = REVIEW_SESSION_SIZE) -> ReviewDeck:
        """The items due today, mixed so that items of one lesson do not all come together."""
        profile = self._profile()
        self.scan_mistakes()
        deck = ReviewDeck()
        by_lesson: dict[str, list[ReviewCard]] = {}
        for item in self._queue.due(profile.id, self.today().isoformat()):
            card = self._check(item, deck.notes)
            if card is not None:
                by_lesson.setdefault(item.lesson_id, []).append(card)
        groups = list(by_lesson.values())
        while groups and len(deck.cards) < limit:
            for group in groups:
                deck.cards.append(group.pop(0))
            groups = [group for group in groups if group]
        deck.cards = deck.cards[:limit]
        deck.notes = list(dict.fromkeys(deck.notes))  # one note per lesson is enough
        return deck

    def due_count(self) -> int:
        """How many items are due today (the sidebar's number)."""
        profile = self._profile()
        self.scan_mistakes()
        notes: list[str] = []
        return sum(1 for item in self._queue.due(profile.id, self.today().isoformat())
                   if self._check(item, notes) is not None)

    def waiting(self) -> list[ReviewItem]:
        """Every item still in the queue, due or not."""
        return self._queue.items(self._profile().id)

    def answer(self, card: ReviewCard, response: Any) -> ReviewOutcome:
        """Score a review answer, store it apart from lesson answers and move the item along its boxes."""
        profile = self._profile()
        details: Any  # what the input widget shows back
        if card.kind == "question":
            result = score_question(card.found.item, response)
            correct, score, most, stored, details = (result.correct, result.score, result.max_score, result.response,
                                                     result)
        else:
            tags = list(response or [])
            post = score_post(card.found.item, tags)
            correct = post.score == post.max_score and not post.wrong
            score, most, details = float(post.score), float(post.max_score), post
            stored = {"tags": sorted(tags), "found": post.found, "missed": post.missed, "wrong": post.wrong}
        move = after_answer(card.review.box, correct, self.today())
        due = move.due.isoformat() if move.due is not None else None
        self._write(partial(self._queue.record_answer, card.review.id, profile.id, stored, correct, score, most,
                            card.review.box, move.box, due))
        return ReviewOutcome(correct, score, most, move.box, move.due, details)

    def review_answers(self) -> list[dict[str, Any]]:
        return self._queue.answers(self._profile().id)

    def review_activity(self) -> dict[int, dict[str, Any]]:
        """Every learner's review activity (answers, right answers, waiting, learned), for the teacher."""
        return self._queue.activity()

    def next_review_day(self) -> date | None:
        days = [item.due_on for item in self.waiting() if item.due_on]
        return date.fromisoformat(min(days)) if days else None

    # -- progress -------------------------------------------------------------------------------------
    def record(self) -> LearnerRecord:
        return learner_record(self.session.records, self._profile().id)

    def progress(self) -> list[ModuleProgress]:
        from literacy_app.learning.progress import course_progress

        return course_progress(self.library, self.record())

    def next_step(self, modules: list[ModuleProgress] | None = None, due: int | None = None) -> NextStep:
        from literacy_app.learning.progress import next_step

        modules = self.progress() if modules is None else modules
        saved = {data.course for data in self.certificates() if self.saved_certificate(data) is not None}
        current = self.session.records.last_lesson(self._profile().id)
        return next_step(modules, self.due_count() if due is None else due, saved, current)

    def add_time(self, lesson_id: str, seconds: float) -> None:
        if self.session.profile is not None and seconds >= 1:
            self._write(partial(self._log.add_time, self._profile().id, lesson_id, int(seconds)))

    # -- certificates ---------------------------------------------------------------------------------
    def certificates(self) -> list[CertificateData]:
        return certificates_for(self.session.records, self.library, self._profile(), self.school)

    def certificate(self, module: str) -> CertificateData | None:
        return next((data for data in self.certificates() if data.course == module), None)

    def certificate_path(self, data: CertificateData) -> Path | None:
        if self.certificate_dir is None:
            return None
        return self.certificate_dir / certificate_file_name(data)

    def saved_certificate(self, data: CertificateData) -> Path | None:
        path = self.certificate_path(data)
        return path if path is not None and path.is_file() else None

    def completed_module(self, lesson: Lesson) -> CertificateData | None:
        """After a lesson is completed: the module's certificate when this completed the whole module."""
        return self.certificate(lesson.module)


def days_until(day: date | None, today: date) -> int | None:
    return None if day is None else (day - today) // timedelta(days=1)
