"""Exports parsed back equal what is stored; rosters import from what spreadsheets write."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

import pytest

from literacy_app.cli import main
from literacy_app.learning.teacher_pin import PinGuard
from literacy_app.services.class_simulation import simulate_class
from literacy_app.store.classroom import Classroom, RosterEntry
from literacy_app.store.db import DB_FILENAME, Database
from literacy_app.store.export import WRITERS, attempts_csv, gradebook_csv
from literacy_app.store.records import Records
from literacy_app.store.roster import parse_roster, roster_csv
from tests.conftest import FIXTURE_COURSE
from tests.learning.classroom_fixtures import fixture_library, known_class, reference_percentages

END = datetime(2025, 3, 28, 16, tzinfo=timezone.utc)


@pytest.fixture
def db(data_dir):
    database = Database(data_dir / DB_FILENAME)
    yield database
    database.close()


def test_gradebook_is_excel_ready_and_keeps_zero_apart_from_blank(db, tmp_path):
    library = fixture_library(tmp_path)
    known_class(db, library)
    Records(db).add_profile("Zoë Ærøskøbing", student_id="S-42")
    text = gradebook_csv(db, library)
    assert text.startswith("\ufeff") and "\r\n" in text and "\n" not in text.replace("\r\n", "")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["Name", "Student ID", "Fixture basics"]
    assert {row[0]: row[2] for row in rows[1:]} == {
        "Ana": "60", "Ben": "60", "Cem": "20", "Dan": "40", "Eve": "0", "Fay": "", "Zoë Ærøskøbing": ""}
    assert ["Zoë Ærøskøbing", "S-42", ""] in rows


def test_gradebook_of_a_demo_class_parses_back_to_the_stored_scores(db):
    from literacy_app.config import resolve_settings
    from literacy_app.content.library import load_library

    library = load_library(resolve_settings().lesson_dirs[:1])
    simulate_class(db, library, 15, seed=3, end=END)
    rows = list(csv.DictReader(io.StringIO(gradebook_csv(db, library).lstrip("\ufeff"))))
    ids = {s.name: s.student_id for s in Classroom(db).students()}
    assert [row["Name"] for row in rows] == sorted(ids, key=str.casefold)
    expected = reference_percentages(db, library)
    for row in rows:
        assert row["Student ID"] == ids[row["Name"]]
        for lesson in library.lessons:
            cell = row[lesson.title]
            if (row["Name"], lesson.id) in expected:
                assert float(cell) == pytest.approx(expected[(row["Name"], lesson.id)], abs=0.05)
            else:
                assert cell == ""


def test_long_csv_has_one_row_per_attempt(db, tmp_path):
    library = fixture_library(tmp_path)
    known_class(db, library)
    rows = list(csv.DictReader(io.StringIO(attempts_csv(db, library).lstrip("\ufeff"))))
    stored = db.query("SELECT uid, score, max_score, started_at FROM attempts")
    assert sorted(r["Attempt ID"] for r in rows) == sorted(r["uid"] for r in stored)
    by_uid = {r["uid"]: r for r in stored}
    for row in rows:
        assert float(row["Score"]) == by_uid[row["Attempt ID"]]["score"]
        assert datetime.fromisoformat(row["Started"]).tzinfo is not None  # ISO 8601 with offset


def test_json_archive_holds_every_answer_and_never_the_pin(db, tmp_path):
    library = fixture_library(tmp_path)
    known_class(db, library)
    PinGuard(Records(db)).set_pin("8642")
    text = WRITERS["json"](db, library)
    assert "8642" not in text and "scrypt" not in text and "teacher_pin" not in text
    document = json.loads(text)
    learners = {learner["name"]: learner for learner in document["learners"]}
    ben = learners["Ben"]
    assert [len(a["answers"]) for a in ben["attempts"]] == [2, 2]
    stored = db.query("SELECT n.question_id, n.response, n.correct, n.score FROM answers n "
                      "JOIN attempts a ON a.id = n.attempt_id JOIN profiles p ON p.id = a.profile_id "
                      "WHERE p.name = 'Ben' ORDER BY n.id")
    exported = [a for attempt in ben["attempts"] for a in attempt["answers"]]
    assert [(a["question_id"], a["response"], a["correct"], a["score"]) for a in exported] == [
        (r["question_id"], json.loads(r["response"]), bool(r["correct"]), r["score"]) for r in stored]
    assert learners["Eve"]["attempts"][0]["scenario_run"]["path"] == ["start", "bought"]
    assert learners["Eve"]["results"][0]["best_percent"] == 0
    assert learners["Fay"]["attempts"] == []


def test_results_command_writes_each_format(data_dir, tmp_path, capsysbinary):
    database = Database(data_dir / DB_FILENAME)
    known_class(database, fixture_library(tmp_path))
    database.close()
    target = tmp_path / "grades.csv"
    common = ["--data-dir", str(data_dir), "--lessons", str(FIXTURE_COURSE)]
    assert main(["results", "--format", "csv", "-o", str(target), *common]) == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfName,Student ID,")
    assert main(["results", "--format", "json", *common]) == 0
    assert {"Ana", "Fay"} <= {x["name"] for x in json.loads(capsysbinary.readouterr().out)["learners"]}
    with pytest.raises(SystemExit):
        main(["results", "--format", "xlsx", *common])


@pytest.mark.parametrize("text", [
    "\ufeffName;Student ID\r\nAmélie Dubois;S1\r\nJonas Weber;\r\n\r\n",
    "name,id\nAmélie Dubois,S1\nJonas Weber\n",
    "Amélie Dubois,S1\nJonas Weber\n",
    "First name;Last name;Number\nAmélie;Dubois;S1\nJonas;Weber;\n",
])
def test_roster_import_tolerates_bom_delimiters_and_headers(text):
    assert parse_roster(text) == [RosterEntry("Amélie Dubois", "S1"), RosterEntry("Jonas Weber", "")]


def test_roster_import_adds_new_names_and_fills_missing_ids(db):
    Records(db).add_profile("Jonas Weber")
    result = Classroom(db).import_roster(parse_roster("Name;ID\nAmélie Dubois;S1\njonas weber;S2\n"))
    assert (result.added, result.updated) == (["Amélie Dubois"], ["jonas weber"])
    students = Classroom(db).students()
    assert [(s.name, s.student_id) for s in students] == [("Amélie Dubois", "S1"), ("Jonas Weber", "S2")]
    assert parse_roster(roster_csv(students)) == [RosterEntry("Amélie Dubois", "S1"), RosterEntry("Jonas Weber", "S2")]


def test_reset_moves_work_aside_and_restore_brings_it_back(db, tmp_path):
    library = fixture_library(tmp_path)
    session = known_class(db, library)
    ben = session.records.profile_by_name("Ben")
    classroom = Classroom(db)
    before = db.query("SELECT * FROM answers ORDER BY id")
    archive_id = classroom.reset_lesson(ben.id, "fixture-basics")
    assert db.query_one("SELECT COUNT(*) FROM attempts WHERE profile_id = ?", (ben.id,))[0] == 0
    assert [r["lesson_id"] for r in classroom.resets(ben.id)] == ["fixture-basics"]
    classroom.restore_reset(archive_id)
    assert [tuple(r) for r in db.query("SELECT * FROM answers ORDER BY id")] == [tuple(r) for r in before]
    assert classroom.resets(ben.id) == []


def test_archived_learner_leaves_picker_and_gradebook_but_keeps_answers(db, tmp_path):
    library = fixture_library(tmp_path)
    session = known_class(db, library)
    ana = session.records.profile_by_name("Ana")
    Classroom(db).archive_profile(ana.id)
    assert "Ana" not in [p.name for p in session.records.profiles()]
    assert "Ana" not in gradebook_csv(db, library)
    assert db.query_one("SELECT COUNT(*) FROM attempts WHERE profile_id = ?", (ana.id,))[0] == 1
    Classroom(db).restore_profile(ana.id)
    assert "Ana" in gradebook_csv(db, library)
