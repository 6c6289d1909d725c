"""A feed's answers are stored together or not at all."""

from __future__ import annotations

import sqlite3

import pytest

from literacy_app.store.db import open_database
from literacy_app.store.records import AnswerRecord, Records


def test_all_answers_of_a_submission_or_none(data_dir):
    db, _ = open_database(data_dir)
    records = Records(db)
    learner = records.add_profile("Ola")
    good = AnswerRecord("post-1", {"tags": []}, True, 1, 1)
    broken = AnswerRecord(None, {"tags": []}, True, 1, 1)  # violates NOT NULL half way through
    with pytest.raises(sqlite3.IntegrityError):
        records.record_answers(learner.id, "l", "feed", "feed", [good, broken, good], 3, finishes=True)
    assert db.query_one("SELECT COUNT(*) FROM answers")[0] == 0
    assert db.query_one("SELECT COUNT(*) FROM attempts")[0] == 0

    attempt = records.record_answers(learner.id, "l", "feed", "feed", [good, good], 2, finishes=True)
    assert (attempt.score, attempt.max_score, attempt.finished_at is not None) == (2, 2, True)
    stamps = {row[0] for row in db.query("SELECT answered_at FROM answers WHERE attempt_id = ?", (attempt.id,))}
    assert len(stamps) == 1
