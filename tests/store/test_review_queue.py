"""The review queue on a real SQLite file: mistakes come in, fall due, move through the boxes, survive a typo
fix, leave when the key changes, and never touch a lesson's score."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from literacy_app.clock import clock, shifted_clock
from literacy_app.content.library import load_library
from literacy_app.services.learner import LearnerService, certificates_for
from literacy_app.services.session import Session
from literacy_app.store.db import Database
from literacy_app.store.records import Records
from tests.conftest import FIXTURE_COURSE

MONDAY = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)


def at(day: int):
    """A clock at noon (UTC) on day `day` of March 2026."""
    return clock(lambda: MONDAY.replace(day=day))


FEED = """\
---
id: feed-lesson
title: Feed lesson
module: Fixture module
order: 2
---

## Spot the cues

::: feed f
### Juno @juno {#post-a}
Cues: affiliate-link, urgency
Use my code, only today!
> A code and a countdown.

### Sam @sam {#post-b}
Cues: none
Soup tonight.
:::
"""


class Lab:
    """A data folder, a lesson folder the test may edit, a session and the learner's service."""

    def __init__(self, root: Path) -> None:
        self.lessons = root / "lessons"
        shutil.copytree(FIXTURE_COURSE, self.lessons)
        (self.lessons / "feed").mkdir()
        (self.lessons / "feed" / "lesson.md").write_text(FEED, encoding="utf-8")
        self.db = Database(root / "literacy.sqlite3")
        self.session = Session(Records(self.db), load_library([self.lessons]))
        self.learner = LearnerService(self.session, school="Hill School", certificate_dir=root / "certificates")
        self.session.choose_profile(self.session.profile_named("Ana"))

    def reload(self) -> None:
        self.session.library = load_library([self.lessons])

    @property
    def basics(self):
        return self.session.library.lesson("fixture-basics")

    def answer(self, question_id: str, response) -> None:
        lesson = self.basics
        quiz = lesson.block("check")
        self.session.answer_item(lesson, quiz, question_id, response)

    def rows(self, sql: str) -> list[tuple]:
        return [tuple(row) for row in self.db.query(sql)]


@pytest.fixture
def lab(tmp_path):
    made = Lab(tmp_path)
    yield made
    made.db.close()


def test_two_mistakes_are_due_tomorrow_and_right_answers_move_them_on(lab):
    with at(2):
        lab.answer("q-which", [0])  # wrong
        lab.answer("q-sources", [0])  # partly right: 1 of 2 points
        assert lab.learner.due_count() == 0  # not today
        assert [(i.item_id, i.box, i.due_on) for i in lab.learner.waiting()] == [
            ("q-which", 0, "2026-03-03"), ("q-sources", 0, "2026-03-03")]
    grade_before = lab.rows("SELECT block_id, score, max_score, finished_at FROM attempts")
    with at(3):
        deck = lab.learner.review_deck()
        assert [card.review.item_id for card in deck.cards] == ["q-which", "q-sources"] and deck.notes == []
        first = lab.learner.answer(deck.cards[0], [1])
        assert (first.correct, first.box, first.due) == (True, 1, date(2026, 3, 6))
        second = lab.learner.answer(deck.cards[1], [0])  # still only partly right
        assert (second.correct, second.box, second.due) == (False, 0, date(2026, 3, 4))
        assert lab.learner.due_count() == 0
    assert lab.rows("SELECT block_id, score, max_score, finished_at FROM attempts") == grade_before
    assert lab.rows("SELECT correct, box_before, box_after FROM review_answers ORDER BY id") == [(1, 0, 1), (0, 0, 0)]
    with at(6):
        assert sorted(card.review.item_id for card in lab.learner.review_deck().cards) == ["q-sources", "q-which"]


def test_an_item_answered_right_four_times_is_learned(lab):
    with at(2):
        lab.answer("q-which", [0])
    for day in (3, 6, 13):
        with at(day):
            (card,) = lab.learner.review_deck().cards
            assert lab.learner.answer(card, [1]).due is not None
    # 21 days after the 13th is April 3rd
    with clock(lambda: datetime(2026, 4, 3, 12, tzinfo=timezone.utc)):
        (card,) = lab.learner.review_deck().cards
        outcome = lab.learner.answer(card, [1])
        assert outcome.due is None and outcome.box == 3
        assert lab.learner.waiting() == [] and lab.learner.review_deck().cards == []
    assert lab.rows("SELECT status FROM review_items") == [("learned",)]


def test_a_mistake_made_again_in_the_lesson_starts_the_item_over(lab):
    with at(2):
        lab.answer("q-which", [0])
    with at(3):
        (card,) = lab.learner.review_deck().cards
        lab.learner.answer(card, [1])  # box 1, due on the 6th
    with at(4):
        lab.session.records.db.conn.execute("UPDATE attempts SET finished_at = NULL")  # keep the attempt open
        lab.answer("q-which", [0])
        assert lab.learner.scan_mistakes() == 1
        assert [(i.box, i.due_on) for i in lab.learner.waiting()] == [(0, "2026-03-05")]


def test_a_missed_feed_cue_comes_back_as_the_post(lab):
    lesson = lab.session.library.lesson("feed-lesson")
    with at(2):
        lab.session.submit(lesson, lesson.block("f"), {"post-a": ["urgency"], "post-b": []})
    with at(3):
        (card,) = lab.learner.review_deck().cards
        assert (card.kind, card.review.item_id) == ("post", "post-a")
        outcome = lab.learner.answer(card, ["urgency", "affiliate-link"])
        assert outcome.correct and outcome.details.missed == []


def test_a_typo_fix_keeps_the_item_and_a_changed_key_drops_it(lab):
    with at(2):
        lab.answer("q-which", [0])
        lab.answer("q-sources", [0])
        assert lab.learner.scan_mistakes() == 2  # the app looks when the learner moves on to the next step
    path = lab.lessons / "basics" / "lesson.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace("who has never met you.", "who has never met you!")  # a typo fix in the right choice
    text = text.replace("- [ ] Your cousin.", "- [x] Your cousin.")  # now all three are right: a new key
    path.write_text(text, encoding="utf-8")
    lab.reload()
    with at(3):
        deck = lab.learner.review_deck()
        assert [card.review.item_id for card in deck.cards] == ["q-which"]
        assert deck.notes == ["A question in “Fixture basics” now has a different answer, so it left your review."]
    assert lab.rows("SELECT item_id, status FROM review_items ORDER BY id") == [("q-which", "active"),
                                                                                  ("q-sources", "dropped")]


def test_a_missing_or_broken_lesson_is_skipped_with_a_note(lab):
    with at(2):
        lab.answer("q-which", [0])
        lesson = lab.session.library.lesson("feed-lesson")
        lab.session.submit(lesson, lesson.block("f"), {"post-a": [], "post-b": []})
    shutil.rmtree(lab.lessons / "feed")
    path = lab.lessons / "basics" / "lesson.md"
    path.write_text(path.read_text(encoding="utf-8").replace("::: quiz check", "::: quiz"), encoding="utf-8")
    lab.reload()
    assert lab.session.library.lesson("fixture-basics") is None  # broken now
    with at(3):
        deck = lab.learner.review_deck()
        assert deck.cards == []
        assert sorted(deck.notes) == [
            "The lesson “feed-lesson” is missing, so its review items are skipped for now.",
            "“Fixture basics” has mistakes in its file, so its review items are skipped for now."]
        assert lab.learner.due_count() == 0
    # nothing was dropped: the items come back with their lessons
    assert {row[0] for row in lab.rows("SELECT status FROM review_items")} == {"active"}


def test_a_damaged_stored_key_is_replaced_by_the_current_one(lab):
    with at(2):
        lab.answer("q-which", [0])
    lab.db.conn.execute("UPDATE review_items SET answer_key = '{not json'")
    with at(3):
        (card,) = lab.learner.review_deck().cards
        assert card.review.item_id == "q-which"
    assert lab.rows("SELECT answer_key LIKE '{\"kind\": \"single\"%' FROM review_items") == [(1,)]


def test_review_answers_wait_in_memory_when_the_disk_refuses_them(lab, monkeypatch):
    with at(2):
        lab.answer("q-which", [0])
    with at(3):
        (card,) = lab.learner.review_deck().cards
        original, disk_full = lab.learner._queue.record_answer, [True]

        def record_unless_full(*args):
            if disk_full[0]:
                raise sqlite3.OperationalError("database or disk is full")
            return original(*args)

        monkeypatch.setattr(lab.learner._queue, "record_answer", record_unless_full)
        lab.learner.answer(card, [1])
        assert lab.session.pending_count == 1 and lab.rows("SELECT * FROM review_answers") == []
        disk_full[0] = False
        assert lab.session.flush_pending()
    assert lab.rows("SELECT correct, box_after FROM review_answers") == [(1, 1)]


def test_time_spent_adds_up_per_lesson(lab):
    lab.learner.add_time("fixture-basics", 90)
    lab.learner.add_time("fixture-basics", 45.6)
    lab.learner.add_time("feed-lesson", 0.2)  # too short to count
    assert lab.learner.record().seconds == {"fixture-basics": 135}


def test_a_certificate_for_each_completed_module(lab):
    with at(2):
        lab.session.complete_lesson(lab.basics)
        assert lab.learner.certificates() == []  # the module has a second lesson
    with at(5):
        lab.session.complete_lesson(lab.session.library.lesson("feed-lesson"))
        (data,) = certificates_for(lab.session.records, lab.session.library, lab.session.profile, "Hill School")
    assert (data.learner, data.course, data.completed_on, data.school) == ("Ana", "Fixture module",
                                                                           date(2026, 3, 5), "Hill School")
    assert data.lessons == ["Fixture basics", "Feed lesson"]


def test_review_activity_is_counted_per_learner_for_the_teacher(lab):
    with at(2):
        lab.answer("q-which", [0])
    with at(3):
        (card,) = lab.learner.review_deck().cards
        lab.learner.answer(card, [0])
    (entry,) = lab.learner.review_activity().values()
    assert (entry["answers"], entry["right"], entry["waiting"], entry["learned"]) == (1, 0, 1, 0)


def test_a_shifted_clock_sets_today_and_keeps_running():
    source = shifted_clock("2026-03-02")
    first = source()
    assert first.astimezone().date() == date(2026, 3, 2)
    assert source() >= first
    assert shifted_clock("2026-03-02T09:30")().astimezone().strftime("%Y-%m-%d %H:%M") == "2026-03-02 09:30"
    with pytest.raises(ValueError):
        shifted_clock("next tuesday")
