"""xAPI statements are queued in the same transaction as the answer they describe, with the right content."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from literacy_app.content.library import Library
from literacy_app.content.validate import check_lesson
from literacy_app.learning.xapi import StatementBuilder, iso_duration
from literacy_app.services.session import Session
from literacy_app.store.db import open_database
from literacy_app.store.outbox import Outbox
from literacy_app.store.records import Records
from tests.conftest import FIXTURE_LESSON

BASE = "https://district.example.invalid/xapi/"
SCHOOL = "https://school-17.example.invalid/"
ADL = "http://adlnet.gov/expapi/verbs/"

FEED_LESSON = """---
id: feed-lesson
title: Feed lesson
module: Fixture module
order: 2
language: de
---

## Spot it

::: feed spot
cues: affiliate-link, urgency

### Juno Park @junoplays {#post-hoodie}
Cues: affiliate-link, urgency
Only 3 hours left on my code JUNO20!!! Link in bio
> The code earns Juno money.

### Sam Ortiz @samcooks {#post-soup}
Cues: none
Tried my grandma's soup recipe tonight.
> A plain post.
:::

::: reflection why
Why did the first post feel urgent?
:::
"""


@pytest.fixture
def setup(data_dir: Path, tmp_path: Path):
    lesson = check_lesson(FIXTURE_LESSON)
    feed_path = tmp_path / "feed" / "lesson.md"
    feed_path.parent.mkdir()
    feed_path.write_text(FEED_LESSON, encoding="utf-8")
    feed_lesson = check_lesson(feed_path)
    assert not feed_lesson.errors, feed_lesson.errors
    db, _ = open_database(data_dir)
    session = Session(Records(db), Library([lesson, feed_lesson]), StatementBuilder(SCHOOL, BASE))
    session.choose_profile(session.profile_named("Noor"))
    yield session, lesson, feed_lesson, Outbox(db)
    db.close()


def _by_verb(statements: list[dict], verb: str) -> list[dict]:
    return [s for s in statements if s["verb"]["id"] == ADL + verb]


def test_a_finished_quiz_queues_answers_and_a_pass_or_fail(setup):
    session, lesson, _, outbox = setup
    quiz = lesson.block("check")
    session.answer_question(lesson, quiz, quiz.questions[0], [1])  # right: 1 of 1
    assert len(outbox.statements()) == 1  # the quiz is not finished yet: no pass/fail
    session.answer_question(lesson, quiz, quiz.questions[1], [0, 2])  # one right, one wrong: 0 of 2
    statements = outbox.statements()
    attempt = session.quiz_state(lesson, quiz).attempt
    profile = session.profile

    answered = _by_verb(statements, "answered")
    assert [s["object"]["id"] for s in answered] == [
        BASE + "lessons/fixture-basics/blocks/check/questions/q-which",
        BASE + "lessons/fixture-basics/blocks/check/questions/q-sources",
    ]
    first = answered[0]
    assert first["actor"] == {"objectType": "Agent", "account": {"homePage": SCHOOL, "name": profile.uid}}
    assert "mbox" not in first["actor"] and "name" not in first["actor"]
    assert first["result"]["score"] == {"scaled": 1.0, "raw": 1.0, "min": 0.0, "max": 1.0}
    assert first["result"]["success"] is True
    assert first["result"]["response"] == "Feeling close to a streamer who has never met you."
    assert first["context"]["registration"] == attempt.uid
    assert first["context"]["platform"] == "Media Literacy Lab"
    assert first["context"]["language"] == "en"
    assert first["object"]["definition"]["interactionType"] == "choice"

    # 1 of 3 points is 33 %, below the pass mark of 50 %
    (failed,) = _by_verb(statements, "failed")
    assert failed["object"]["id"] == BASE + "lessons/fixture-basics/blocks/check"
    assert failed["result"]["score"] == {"scaled": round(1 / 3, 4), "raw": 1.0, "min": 0.0, "max": 3.0}
    assert failed["result"]["success"] is False and failed["result"]["completion"] is True
    assert failed["result"]["duration"].startswith("PT")
    assert failed["context"]["registration"] == attempt.uid
    assert failed["context"]["contextActivities"]["parent"][0]["id"] == BASE + "lessons/fixture-basics"
    assert len({s["id"] for s in statements}) == 3


def test_a_retry_that_passes_has_its_own_registration(setup):
    session, lesson, _, outbox = setup
    quiz = lesson.block("check")
    session.answer_question(lesson, quiz, quiz.questions[0], [0])  # wrong
    session.answer_question(lesson, quiz, quiz.questions[1], [2])  # wrong: 0 of 3
    first_attempt = session.quiz_state(lesson, quiz).attempt
    session.answer_question(lesson, quiz, quiz.questions[0], [1])
    session.answer_question(lesson, quiz, quiz.questions[1], [0, 1])  # 3 of 3
    second_attempt = session.quiz_state(lesson, quiz).attempt
    statements = outbox.statements()
    assert first_attempt.uid != second_attempt.uid
    (failed,) = _by_verb(statements, "failed")
    (passed,) = _by_verb(statements, "passed")
    assert failed["context"]["registration"] == first_attempt.uid
    assert failed["result"]["score"]["raw"] == 0
    assert passed["context"]["registration"] == second_attempt.uid
    assert passed["result"]["score"] == {"scaled": 1.0, "raw": 3.0, "min": 0.0, "max": 3.0}
    assert passed["result"]["success"] is True
    assert [s["context"]["registration"] for s in _by_verb(statements, "answered")] == [
        first_attempt.uid, first_attempt.uid, second_attempt.uid, second_attempt.uid]


def test_scenario_feed_reflection_and_lesson_statements(setup):
    session, lesson, feed_lesson, outbox = setup
    scenario = lesson.block("code")
    session.finish_scenario(lesson, scenario, ["start", "checked", "end-informed"],
                            ["Check for an #ad label first", "Buy it anyway, knowing it is an ad"],
                            "2026-01-01T00:00:00+00:00")
    feed = feed_lesson.block("spot")
    session.submit_feed(feed_lesson, feed, {"post-hoodie": ["affiliate-link"], "post-soup": []})
    session.save_reflection(feed_lesson, "why", "The countdown made me hurry.")
    session.complete_lesson(feed_lesson)
    session.complete_lesson(feed_lesson)  # completing again is not a new completion
    statements = outbox.statements()
    assert [s["verb"]["id"].rsplit("/", 1)[1] for s in statements] == [
        "completed", "completed", "commented", "completed"]
    run, feed_done, reflection, lesson_done = statements

    assert run["object"]["id"] == BASE + "lessons/fixture-basics/blocks/code"
    assert run["result"]["score"] == {"scaled": 0.5, "raw": 1, "min": 0, "max": 2}
    assert run["result"]["response"] == "end-informed"
    assert run["result"]["extensions"][BASE + "extensions/outcome"] == "Informed purchase"
    assert run["context"]["registration"] == session.records.attempts(session.profile.id, lesson.id)[0].uid

    # feed: hoodie 1 found of 2, soup clean = 1 point; 2 of 3
    assert feed_done["object"]["id"] == BASE + "lessons/feed-lesson/blocks/spot"
    assert feed_done["result"]["score"] == {"scaled": round(2 / 3, 4), "raw": 2, "min": 0, "max": 3}
    assert feed_done["result"]["extensions"][BASE + "extensions/cues-missed"] == 1
    assert feed_done["context"]["language"] == "de"

    assert reflection["object"]["id"] == BASE + "lessons/feed-lesson/blocks/why"
    assert "The countdown" not in str(reflection)  # the text stays on this PC
    assert reflection["result"]["extensions"][BASE + "extensions/length"] == len("The countdown made me hurry.")
    assert lesson_done["object"]["id"] == BASE + "lessons/feed-lesson"
    assert lesson_done["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/lesson"


def test_no_statement_without_its_answer(setup, monkeypatch):
    """When the answer's transaction fails, its statements are gone too, and the other way round."""
    session, lesson, _, outbox = setup
    quiz = lesson.block("check")

    def broken_builder(attempt):
        raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(sqlite3.OperationalError):
        session.records.record_answer(session.profile.id, lesson.id, quiz.id, "quiz",
                                      _answer(quiz.questions[0].id), 3.0, False, statements=broken_builder)
    assert outbox.statements() == []
    assert session.records.attempts(session.profile.id) == []


def _answer(question_id: str):
    from literacy_app.store.records import AnswerRecord

    return AnswerRecord(question_id, {"selected": []}, False, 0.0, 1.0)


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "PT0S"), (12, "PT12S"), (12.5, "PT12.5S"), (61.25, "PT1M1.25S"), (3600, "PT1H"), (3725.5, "PT1H2M5.5S"),
])
def test_iso_durations(seconds, text):
    assert iso_duration(seconds) == text


def test_ids_are_escaped_into_uris():
    builder = StatementBuilder(SCHOOL, "https://x.invalid/base")
    assert builder.activity_id("l 1", "b/2", "questions", "q?3") == \
        "https://x.invalid/base/lessons/l%201/blocks/b%2F2/questions/q%3F3"
