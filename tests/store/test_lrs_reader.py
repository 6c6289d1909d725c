"""Statements -> a class: the rows read back from xAPI equal the rows the PCs wrote, whatever the order.

Every statement here is made by learning/xapi.StatementBuilder, through the same Session calls a
learner's clicks use, so the shapes are the ones an LRS really holds.
"""

from __future__ import annotations

import copy
import json
import random
import uuid
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy_app.clock import clock
from literacy_app.content.blocks.quiz import QUESTION_TEMPLATES
from literacy_app.content.library import Library, load_library
from literacy_app.learning.scoring import score_question
from literacy_app.learning.xapi import StatementBuilder
from literacy_app.services.class_simulation import simulate_class
from literacy_app.services.session import Session
from literacy_app.services.teacher import TeacherService
from literacy_app.store.db import Database
from literacy_app.store.lrs_reader import (
    VOIDED,
    LrsStatements,
    RosterError,
    RosterLearner,
    parse_account_roster,
    stored_response,
)
from literacy_app.store.outbox import Outbox
from literacy_app.store.records import Records
from tests.conftest import FIXTURE_COURSE

END = datetime(2026, 3, 20, 15, 0, tzinfo=timezone.utc)
BASE = "https://district.example.invalid/xapi/"
SCHOOL = "https://school-17.example.invalid/"
TABLES = {
    "profiles": "uid, name, avatar, student_id, created_at, last_active_at, archived_at",
    "attempts": "uid, profile_id, lesson_id, block_id, kind, score, max_score, started_at, finished_at",
    "answers": "attempt_id, question_id, response, correct, score, max_score, answered_at",
    "scenario_runs": "attempt_id, path, choices, ending_id, outcome, score",
    "progress": "profile_id, lesson_id, step, step_count, completed_at, updated_at",
    "reflections": "profile_id, lesson_id, block_id, text, updated_at",
}

EXTRA_LESSON = """---
id: extra
title: Every kind of activity
module: Fixture module
order: 2
---

## Questions

::: quiz kinds
{questions}:::

## A feed

::: feed spot
cues: affiliate-link, urgency

### Juno Park @junoplays {{#post-hoodie}}
Cues: affiliate-link, urgency
Only 3 hours left on my code JUNO20!!! Link in bio
> The code earns Juno money.

### Sam Ortiz @samcooks {{#post-soup}}
Cues: none
Tried my grandma's soup recipe tonight.
> A plain post.
:::

## Think

::: reflection why
Why did the first post feel urgent?
:::
"""


@lru_cache(maxsize=1)
def _library_folder() -> Path:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="lrs-reader-")) / "extra"
    folder.mkdir()
    questions = "\n".join(template.text for template in QUESTION_TEMPLATES)
    (folder / "lesson.md").write_text(EXTRA_LESSON.format(questions=questions), encoding="utf-8")
    return folder


def course() -> Library:
    library = load_library([FIXTURE_COURSE, _library_folder()])
    assert not library.broken, [p.format() for p in library.problems]
    assert {lesson.id for lesson in library.lessons} == {"fixture-basics", "extra"}
    return library


@lru_cache(maxsize=1)
def _simulated() -> tuple[Database, list[dict]]:
    db = Database(":memory:")
    simulate_class(db, course(), 5, seed=21, attempts=3, end=END)
    return db, Outbox(db).statements()


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of the class tables, in id order: two equal dumps are the same class."""
    return {table: [tuple(row) for row in db.query(f"SELECT {columns} FROM {table} ORDER BY rowid")]
            for table, columns in TABLES.items()}


def read(statements: list[dict], roster: dict[str, RosterLearner] | None = None) -> Database:
    reader = LrsStatements()
    reader.add(statements)
    db, _ = reader.build(course(), roster)
    return db


def by_uid(db: Database, sql: str) -> list[tuple]:
    return sorted(tuple(row) for row in db.query(sql))


ATTEMPTS = ("SELECT p.uid, a.uid, a.lesson_id, a.block_id, a.kind, a.score, a.max_score, a.started_at, a.finished_at "
            "FROM attempts a JOIN profiles p ON p.id = a.profile_id")
QUIZ_ANSWERS = ("SELECT a.uid, n.question_id, n.response, n.correct, n.score, n.max_score, n.answered_at "
                "FROM answers n JOIN attempts a ON a.id = n.attempt_id WHERE a.kind = 'quiz'")
RUNS = ("SELECT a.uid, r.path, r.choices, r.ending_id, r.outcome, r.score "
        "FROM scenario_runs r JOIN attempts a ON a.id = r.attempt_id")
PROGRESS = ("SELECT p.uid, g.lesson_id, g.step_count, g.completed_at FROM progress g "
            "JOIN profiles p ON p.id = g.profile_id WHERE g.completed_at IS NOT NULL")
REFLECTIONS = ("SELECT p.uid, r.lesson_id, r.block_id, r.updated_at FROM reflections r "
               "JOIN profiles p ON p.id = r.profile_id")


def test_the_class_read_back_has_the_rows_the_pc_wrote():
    local, statements = _simulated()
    lrs = read(statements)
    kinds = {row[4] for row in by_uid(local, ATTEMPTS)}
    assert kinds == {"quiz", "scenario", "feed"}
    assert by_uid(lrs, ATTEMPTS) == by_uid(local, ATTEMPTS)  # ids, kinds, scores, start and finish times
    assert by_uid(lrs, QUIZ_ANSWERS) == by_uid(local, QUIZ_ANSWERS)  # responses as the store keeps them
    assert len(by_uid(lrs, RUNS)) > 3 and by_uid(lrs, RUNS) == by_uid(local, RUNS)  # with the choices made
    assert by_uid(lrs, PROGRESS) == by_uid(local, PROGRESS)
    local_reflections = by_uid(local, REFLECTIONS)
    assert local_reflections and by_uid(lrs, REFLECTIONS) == local_reflections
    assert lrs.scalar("SELECT COUNT(*) FROM reflections WHERE text != ''") == 0  # the text stayed on the PC
    # a feed's posts are not in its statement: the attempt and its score are, its answers are not
    assert lrs.scalar("SELECT COUNT(*) FROM answers n JOIN attempts a ON a.id = n.attempt_id "
                      "WHERE a.kind = 'feed'") == 0
    assert _grid(lrs) == _grid(local) and len(_grid(local)) >= 8  # the teacher's grid: best score per lesson


def _grid(db: Database) -> dict[tuple[str, str], tuple[float | None, int, str | None]]:
    overview = TeacherService(db, course()).overview()
    uids = {student.id: student.uid for student in overview.students}
    return {(uids[profile_id], lesson_id): (round(r.percent, 9) if r.percent is not None else None, r.attempts,
                                            r.completed_at)
            for (profile_id, lesson_id), r in overview.results.items() if r.percent is not None}


def test_unnamed_accounts_become_learners_with_a_short_name():
    local, statements = _simulated()
    lrs = read(statements)
    uids = [row[0] for row in local.query("SELECT uid FROM profiles")]
    assert sorted(tuple(r) for r in lrs.query("SELECT uid, name, student_id FROM profiles")) == \
        sorted((uid, f"Learner {uid.replace('-', '')[:8]}", "") for uid in uids)


def test_reading_twice_or_in_another_order_gives_the_same_class():
    _, statements = _simulated()
    once = dump(read(statements))
    doubled = statements + [copy.deepcopy(s) for s in statements[::3]]
    random.Random(3).shuffle(doubled)
    assert dump(read(doubled)) == once
    reader = LrsStatements()  # page by page, one page read again (an LRS that repeats after a restart)
    for start in (0, 100, 100, 200):
        reader.add(statements[start:start + 100])
    reader.add(statements[200:])
    assert dump(reader.build(course())[0]) == once


def _voiding(statement_id: str, when: str = "2026-03-21T08:00:00+00:00") -> dict:
    return {"id": str(uuid.uuid4()), "timestamp": when,
            "actor": {"objectType": "Agent", "account": {"homePage": SCHOOL, "name": "district-admin"}},
            "verb": {"id": VOIDED, "display": {"en-US": "voided"}},
            "object": {"objectType": "StatementRef", "id": statement_id}}


@lru_cache(maxsize=1)
def _with_voids() -> tuple[tuple[str, ...], dict]:
    """The simulated statements plus voids of a quiz finish, an answer, a lesson completion and a whole run."""
    _, statements = _simulated()
    finish = next(s for s in statements if s["verb"]["id"].endswith(("/passed", "/failed")))
    answer = next(s for s in statements if s["verb"]["id"].endswith("/answered")
                  and s["context"]["registration"] != finish["context"]["registration"])
    lesson = next(s for s in statements
                  if s["verb"]["id"].endswith("/completed") and "/blocks/" not in s["object"]["id"])
    run = next(s for s in statements if "extensions" in s.get("result", {})
               and any(k.endswith("/path") for k in s["result"]["extensions"]))
    voids = [_voiding(s["id"]) for s in (finish, answer, lesson, run)]
    return tuple(json.dumps(s) for s in statements + voids), {"finish": finish, "answer": answer, "lesson": lesson,
                                                             "run": run}


def test_voided_statements_remove_what_they_stated():
    texts, voided = _with_voids()
    lrs = read([json.loads(t) for t in texts])
    finish, answer, lesson, run = voided["finish"], voided["answer"], voided["lesson"], voided["run"]
    row = lrs.query_one("SELECT * FROM attempts WHERE uid = ?", (finish["context"]["registration"],))
    assert row is not None and row["finished_at"] is None  # answered, never finished
    answered = lrs.query("SELECT n.* FROM answers n JOIN attempts a ON a.id = n.attempt_id WHERE a.uid = ?",
                         (answer["context"]["registration"],))
    assert answer["object"]["id"].rsplit("/", 1)[1] not in {r["question_id"] for r in answered}
    assert lrs.scalar("SELECT COUNT(*) FROM attempts WHERE uid = ?", (run["context"]["registration"],)) == 0
    lesson_id = lesson["object"]["id"].rsplit("/", 1)[1]
    done = lrs.query_one("SELECT g.completed_at FROM progress g JOIN profiles p ON p.id = g.profile_id "
                         "WHERE p.uid = ? AND g.lesson_id = ?", (lesson["actor"]["account"]["name"], lesson_id))
    assert done is not None and done["completed_at"] is None  # still started: other statements are there
    reader = LrsStatements()
    reader.add(json.loads(t) for t in texts)
    assert reader.build(course())[1].voided == 4


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_any_order_of_statements_and_voids_gives_the_same_class(rng):
    texts, _ = _with_voids()
    expected = _expected_with_voids()
    shuffled = list(texts)
    rng.shuffle(shuffled)
    reader = LrsStatements()
    while shuffled:  # pages of varied sizes, a void before or after what it voids
        size = rng.randint(1, 400)
        reader.add(json.loads(t) for t in shuffled[:size])
        shuffled = shuffled[size:]
    assert dump(reader.build(course())[0]) == expected


@lru_cache(maxsize=1)
def _expected_with_voids_cached() -> str:
    texts, _ = _with_voids()
    return json.dumps(dump(read([json.loads(t) for t in texts])))


def _expected_with_voids() -> dict:
    return {table: [tuple(row) for row in rows] for table, rows in json.loads(_expected_with_voids_cached()).items()}


def test_statements_of_other_platforms_and_unreadable_ones_are_left_out():
    _, statements = _simulated()
    foreign = copy.deepcopy(statements[0])
    foreign["id"], foreign["context"]["platform"] = str(uuid.uuid4()), "Another App"
    no_context = copy.deepcopy(statements[1])
    no_context["id"] = str(uuid.uuid4())
    del no_context["context"]
    broken = []
    for change in ({"timestamp": "yesterday"}, {"actor": {"mbox": "mailto:a@b.invalid"}},
                   {"object": {"id": "https://elsewhere.invalid/activity"}}, {"verb": {"id": "http://x.invalid/liked"}}):
        bad = copy.deepcopy(statements[2])
        bad.update(change, id=str(uuid.uuid4()))
        broken.append(bad)
    reader = LrsStatements()
    reader.add([*statements, foreign, no_context, *broken, {"no": "id"}])
    db, summary = reader.build(course())
    assert summary.other_platform == 2 and summary.not_understood == 4 and summary.used == len(statements)
    assert summary.read == len(statements) + 7
    assert dump(db) == dump(read(statements))


def test_a_roster_names_the_accounts():
    local, statements = _simulated()
    uids = sorted(row[0] for row in local.query("SELECT uid FROM profiles"))
    roster = {uids[0]: RosterLearner("Ana Silva", "S1"), uids[1]: RosterLearner("ana silva", "S2"),
              "never-seen": RosterLearner("Zoe Quiet", "S9")}
    lrs = read(statements, roster)
    names = {r["uid"]: (r["name"], r["student_id"]) for r in lrs.query("SELECT * FROM profiles")}
    assert names[uids[0]] == ("Ana Silva", "S1")
    assert names[uids[1]] == ("ana silva (2)", "S2")  # names are unique in a class, so the second one gets a number
    assert names["never-seen"] == ("Zoe Quiet", "S9")  # on the roster, nothing done yet: shown with empty cells
    assert names[uids[2]][0] == f"Learner {uids[2].replace('-', '')[:8]}"
    assert lrs.scalar("SELECT COUNT(*) FROM attempts a JOIN profiles p ON p.id = a.profile_id "
                      "WHERE p.uid = 'never-seen'") == 0


def test_roster_files_as_teachers_have_them():
    exported = "\ufeffName,Student ID,Profile ID,Created,Last active\r\nAna Silva,S1,acc-1,2026-01-01,\r\n"
    assert parse_account_roster(exported) == {"acc-1": RosterLearner("Ana Silva", "S1")}
    assert parse_account_roster("account;name\nacc-2;Ben Ortiz\n;No Account\n") == {"acc-2": RosterLearner("Ben Ortiz")}
    assert parse_account_roster("Cem Kaya,S3,acc-3\n") == {"acc-3": RosterLearner("Cem Kaya", "S3")}
    assert parse_account_roster("") == {}
    with pytest.raises(RosterError, match="no 'account' column"):
        parse_account_roster("Name,Student ID\nAna,S1\n")


def test_every_question_type_comes_back_in_the_shape_the_store_keeps():
    library = course()
    lesson = library.lesson("extra")
    quiz = lesson.block("kinds")
    builder = StatementBuilder(SCHOOL, BASE)
    checked = set()
    for question in quiz.questions:
        for correct in (True, False):
            response = _answer(question, correct)
            result = score_question(question, response)
            statement = builder.question_answered("acc", lesson, quiz, question, result, _Attempt())
            interaction = statement["object"]["definition"]["interactionType"]
            assert stored_response(interaction, statement["result"]["response"]) == result.response, question.kind
            checked.add(question.kind)
    assert checked == {"single", "multiple", "true-false", "short", "order", "match", "numeric"}


class _Attempt:
    uid = "7f0c1d8e-0000-4000-8000-000000000001"
    score = 0.0
    max_score = 0.0
    started_at = "2026-03-20T09:00:00+00:00"
    finished_at = None


def _answer(question, correct: bool):
    if question.kind in ("single", "true-false"):
        return [next(i for i, c in enumerate(question.choices) if c.correct is correct)]
    if question.kind == "multiple":
        return [i for i, c in enumerate(question.choices) if c.correct] if correct else [0, 2]
    if question.kind == "short":
        return question.choices[0].text if correct else "no idea"
    if question.kind == "order":
        order = list(range(len(question.choices)))
        return order if correct else order[::-1]
    if question.kind == "numeric":
        return f"{question.numeric[0].low:g}" if correct else "25"  # xAPI carries the number, not the words
    rights = [right for _, right in question.pairs]
    return rights if correct else rights[::-1]


def test_another_activity_base_and_school_read_the_same():
    """IT may set [lrs] activity_base and school_uri: the ids still name the lesson, block and question."""
    library = course()
    db = Database(":memory:")
    session = Session(Records(db), library, StatementBuilder(SCHOOL, BASE))
    lesson = library.lesson("fixture-basics")
    quiz, scenario = lesson.block("check"), lesson.block("code")
    now = [datetime(2026, 3, 2, 9, tzinfo=timezone.utc)]
    with clock(lambda: now[0]):  # one moment per action, a minute apart
        for action in (lambda: session.choose_profile(session.profile_named("Ana")),
                       lambda: session.answer_question(lesson, quiz, quiz.questions[0], [1]),
                       lambda: session.answer_question(lesson, quiz, quiz.questions[1], [0, 2]),
                       lambda: session.finish_scenario(lesson, scenario, ["start", "checked", "end-skip"],
                                                       ["Check for an #ad label first", "Skip it"],
                                                       "2026-03-02T08:55:00+00:00"),
                       lambda: session.complete_lesson(lesson)):
            action()
            now[0] += timedelta(minutes=1)
    statements = Outbox(db).statements()
    assert all(s["object"]["id"].startswith(BASE) for s in statements)
    lrs = read(statements)
    assert by_uid(lrs, ATTEMPTS) == by_uid(db, ATTEMPTS) and by_uid(lrs, RUNS) == by_uid(db, RUNS)
    assert by_uid(lrs, QUIZ_ANSWERS) == by_uid(db, QUIZ_ANSWERS) and by_uid(lrs, PROGRESS) == by_uid(db, PROGRESS)
    assert lrs.scalar("SELECT started_at FROM attempts WHERE kind = 'scenario'") == "2026-03-02T08:55:00+00:00"
