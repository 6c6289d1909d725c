"""Storage on real SQLite files: an empty database, writes, and everything still there after reopening."""

from __future__ import annotations

import sqlite3

import pytest

from literacy_app.content.library import Library
from literacy_app.content.validate import check_lesson
from literacy_app.services.session import Session
from literacy_app.store.db import DB_FILENAME, Database, migrations, open_database
from literacy_app.store.records import AnswerRecord, Records
from tests.conftest import FIXTURE_LESSON


def test_empty_database_gets_the_latest_schema(data_dir):
    db, notice = open_database(data_dir)
    assert notice == ""
    assert db.version == migrations()[-1][0]
    tables = {row[0] for row in db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"profiles", "attempts", "answers", "scenario_runs", "progress", "reflections", "app_state"} <= tables
    assert db.query_one("PRAGMA journal_mode")[0] == "delete"
    assert db.query_one("PRAGMA synchronous")[0] == 2  # FULL


def test_answers_progress_and_runs_survive_reopening(data_dir):
    lesson = check_lesson(FIXTURE_LESSON)
    db, _ = open_database(data_dir)
    session = Session(Records(db), Library([lesson]))
    session.choose_profile(session.profile_named("Noor"))
    quiz = lesson.block("check")
    result = session.answer_question(lesson, quiz, quiz.questions[0], [1])
    assert result.correct and result.score == 1
    session.answer_question(lesson, quiz, quiz.questions[1], [0, 2])  # one right, one wrong: 0 points
    scenario = lesson.block("code")
    run = session.finish_scenario(lesson, scenario, ["start", "checked", "end-skip"],
                                  ["Check for an #ad label first", "Skip it"], "2026-01-01T00:00:00+00:00")
    assert (run.score, run.max_score, run.ending.ending) == (2, 2, "Thoughtful skip")
    session.set_position(lesson, 2)
    session.save_reflection(lesson, "why", "Because it felt personal.")
    db.close()

    reopened, _ = open_database(data_dir)
    session = Session(Records(reopened), Library([lesson]))
    profile = session.records.profile_by_name("noor")
    assert profile is not None and profile.name == "Noor"
    session.choose_profile(profile)
    state = session.quiz_state(lesson, quiz)
    assert state.attempt.finished_at is not None
    assert state.attempt.score == 1 and state.attempt.max_score == 3
    assert state.answers["q-sources"].response == {"selected": ["A radio host.", "Your cousin."]}
    assert state.answers["q-sources"].correct is False
    assert session.scenario_runs(lesson, scenario)[0]["path"] == ["start", "checked", "end-skip"]
    assert session.resume_point() == (lesson, 2)
    assert session.reflection(lesson, "why") == "Because it felt personal."


def test_a_failing_transaction_leaves_nothing_behind(data_dir):
    db = Database(data_dir / DB_FILENAME)
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute("INSERT INTO app_state(key, value) VALUES ('a', '1')")
        conn.execute("INSERT INTO app_state(key, value) VALUES ('a', '2')")
    assert db.query("SELECT * FROM app_state") == []


def test_profiles_are_unique_by_name_ignoring_case(data_dir):
    records = Records(Database(data_dir / DB_FILENAME))
    records.add_profile("  Léa   Martin ")
    assert [p.name for p in records.profiles()] == ["Léa Martin"]
    with pytest.raises(sqlite3.IntegrityError):
        records.add_profile("léa martin")
    with pytest.raises(ValueError):
        records.add_profile("   ")


def test_a_corrupt_database_is_kept_aside_and_a_fresh_one_starts(data_dir):
    (data_dir / DB_FILENAME).write_bytes(b"this is not a database" * 100)
    db, notice = open_database(data_dir)
    assert "could not be read" in notice
    kept = [p for p in data_dir.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    assert db.query("SELECT COUNT(*) FROM profiles")[0][0] == 0


def test_the_last_answer_finishes_the_attempt_even_from_another_copy_of_the_app(data_dir):
    first = Records(Database(data_dir / DB_FILENAME))
    second = Records(Database(data_dir / DB_FILENAME))  # a second copy of the app on the same folder
    learner = first.add_profile("Ines")
    questions = ["q1", "q2"]
    a = first.record_answer(learner.id, "l", "quiz", "quiz", AnswerRecord("q1", {}, True, 1, 1), 2,
                            completes_with=questions)
    assert a.finished_at is None
    b = second.record_answer(learner.id, "l", "quiz", "quiz", AnswerRecord("q2", {}, False, 0, 1), 2,
                             completes_with=questions)
    assert b.id == a.id and b.finished_at is not None and b.score == 1
    c = first.record_answer(learner.id, "l", "quiz", "quiz", AnswerRecord("q1", {}, True, 1, 1), 2,
                            completes_with=questions)
    assert c.id != a.id and c.finished_at is None  # the next answer starts a new attempt
