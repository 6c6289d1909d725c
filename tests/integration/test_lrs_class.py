"""A class read back from a real Ralph LRS equals the class on the PCs that sent it."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.services.class_simulation import simulate_class
from literacy_app.services.lrs_class import LrsClassError, open_class_from_lrs, open_lrs_class
from literacy_app.services.teacher import TeacherService
from literacy_app.store.db import Database, open_database
from literacy_app.store.lrs_client import LrsClient
from literacy_app.store.lrs_sender import deliver
from literacy_app.store.outbox import Outbox

pytestmark = [pytest.mark.integration, pytest.mark.timeout(1200)]

END = datetime(2026, 3, 20, 15, 0, tzinfo=timezone.utc)
PAGE = 40  # small pages, so that the `more` links are followed many times


@pytest.fixture
def library(data_dir: Path):
    return load_library(resolve_settings(str(data_dir)).lesson_dirs)


@pytest.fixture
def delivered(data_dir: Path, library, ralph):
    """Six simulated learners working through the whole course, every statement delivered to Ralph."""
    db, _ = open_database(data_dir)
    simulate_class(db, library, 6, seed=5, attempts=2, end=END)
    report = deliver(Outbox(db), LrsClient(ralph.endpoint, ralph.user, ralph.password))
    assert report.error == "" and report.pending == 0 and report.sent > 300
    yield db
    db.close()


def _roster(db: Database, folder: Path) -> Path:
    """The roster a teacher exports on a PC (Name, Student ID, Profile ID, ...): Profile ID is the account."""
    path = folder / "roster.csv"
    TeacherService(db, load_library([])).export_roster(path)
    return path


def _best(db: Database) -> dict[tuple[str, str, str, str], float]:
    """(learner uid, lesson, block, kind) -> best fraction of the points over finished attempts."""
    return {(r["uid"], r["lesson_id"], r["block_id"], r["kind"]): r["best"] for r in db.query(
        "SELECT p.uid, a.lesson_id, a.block_id, a.kind, MAX(a.score / a.max_score) AS best FROM attempts a "
        "JOIN profiles p ON p.id = a.profile_id WHERE a.finished_at IS NOT NULL AND a.max_score > 0 "
        "GROUP BY p.uid, a.lesson_id, a.block_id, a.kind")}


def _grid(db: Database, library) -> dict[tuple[str, str, str], float]:
    overview = TeacherService(db, library).overview()
    return {(student.name, student.uid, lesson.id): round(result.percent, 9)
            for student in overview.students for lesson in overview.lessons
            if (result := overview.result(student.id, lesson.id)) is not None and result.percent is not None}


def _counts(db: Database) -> dict[str, object]:
    return {
        "learners": sorted((r["uid"], r["name"], r["student_id"]) for r in db.query("SELECT * FROM profiles")),
        "attempts": Counter((r["kind"], r["finished_at"] is not None) for r in db.query("SELECT * FROM attempts")),
        "quiz answers": db.scalar("SELECT COUNT(*) FROM answers n JOIN attempts a ON a.id = n.attempt_id "
                                  "WHERE a.kind = 'quiz'"),
        "scenario runs": sorted((r["path"], r["ending_id"], r["outcome"], r["score"])
                                for r in db.query("SELECT * FROM scenario_runs")),
        "reflections": db.scalar("SELECT COUNT(*) FROM reflections"),
        "lessons completed": sorted(tuple(r) for r in db.query(
            "SELECT p.uid, g.lesson_id, g.completed_at FROM progress g JOIN profiles p ON p.id = g.profile_id "
            "WHERE g.completed_at IS NOT NULL")),
    }


def test_the_class_read_from_the_lrs_equals_the_local_class(delivered, library, ralph, tmp_path):
    pages: list[int] = []
    lrs = open_class_from_lrs(ralph.endpoint, ralph.user, ralph.password, library, roster=_roster(delivered, tmp_path),
                              progress=pages.append, page_size=PAGE)
    try:
        total = Outbox(delivered).status().sent
        assert len(pages) >= total // PAGE and pages[-1] == total  # every page, every statement, once
        assert pages == sorted(pages)

        best = _best(delivered)
        assert {key[3] for key in best} >= {"quiz", "scenario", "feed"}
        assert _best(lrs) == pytest.approx(best)  # best score per learner and block, quizzes and scenarios alike
        grid = _grid(delivered, library)
        assert len(grid) > 30 and _grid(lrs, library) == pytest.approx(grid)  # the teacher's grid
        assert _counts(lrs) == _counts(delivered)
        local_attempts = {r["uid"]: tuple(r)[2:] for r in delivered.query(
            "SELECT id, profile_id, uid, lesson_id, block_id, kind, score, max_score, started_at, finished_at "
            "FROM attempts")}
        lrs_attempts = {r["uid"]: tuple(r)[2:] for r in lrs.query(
            "SELECT id, profile_id, uid, lesson_id, block_id, kind, score, max_score, started_at, finished_at "
            "FROM attempts")}
        assert lrs_attempts == local_attempts  # same attempt ids, times and scores
    finally:
        lrs.close()


def test_results_command_exports_the_same_gradebook_from_the_lrs(delivered, data_dir, ralph, tmp_path, capsys):
    roster = _roster(delivered, tmp_path)
    assert main(["results", "--data-dir", str(data_dir), "--format", "csv", "-o", str(tmp_path / "local.csv")]) == 0
    assert main(["results", "--from-lrs", ralph.endpoint, "--user", ralph.user, "--password", ralph.password,
                 "--roster", str(roster), "--format", "csv", "-o", str(tmp_path / "lrs.csv")]) == 0
    local, lrs = (tmp_path / "local.csv").read_text("utf-8"), (tmp_path / "lrs.csv").read_text("utf-8")
    assert lrs == local and lrs.count("\n") == 7

    # without a roster, the learners are named by their accounts
    assert main(["results", "--from-lrs", ralph.endpoint, "--user", ralph.user, "--password", ralph.password,
                 "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    uids = {r["uid"] for r in delivered.query("SELECT uid FROM profiles")}
    assert sorted(row.split(",")[0] for row in rows) == sorted(f"Learner {uid[:8]}" for uid in uids)


def test_a_wrong_password_gives_a_clear_error_and_no_class(delivered, library, ralph, capsys):
    with pytest.raises(LrsClassError, match="refused the user name or password") as caught:
        open_class_from_lrs(ralph.endpoint, ralph.user, "not the password", library)
    assert "HTTP 401" in str(caught.value) and "No class was opened" in str(caught.value)
    assert main(["results", "--from-lrs", ralph.endpoint, "--user", ralph.user, "--password", "wrong"]) == 1
    assert "refused the user name or password" in capsys.readouterr().err


def _statement(actor_name: str, verb: str, target: dict, platform: str | None, when: str) -> dict:
    account = {"homePage": "https://school.invalid/", "name": actor_name}
    statement = {"id": str(uuid.uuid4()), "timestamp": when, "actor": {"objectType": "Agent", "account": account},
                 "verb": {"id": verb, "display": {"en-US": verb.rsplit("/", 1)[-1]}}, "object": target}
    if platform is not None:
        statement["context"] = {"platform": platform}
    return statement


def test_voided_statements_and_other_platforms_through_ralph(delivered, library, ralph):
    """A district voids a quiz result in the LRS, another app shares it: the class drops the one, ignores the other."""
    finished = next(s for s in Outbox(delivered).statements() if s["verb"]["id"].endswith(("/passed", "/failed")))
    learner = finished["actor"]["account"]["name"]
    voiding = _statement("district-admin", "http://adlnet.gov/expapi/verbs/voided",
                         {"objectType": "StatementRef", "id": finished["id"]}, None, "2026-03-21T08:00:00+00:00")
    foreign = _statement(learner, "http://adlnet.gov/expapi/verbs/completed",
                         {"objectType": "Activity", "id": "https://other.invalid/xapi/lessons/x/blocks/y"},
                         "Another App", "2026-03-21T08:00:00+00:00")
    client = LrsClient(ralph.endpoint, ralph.user, ralph.password)
    client.post_statements([voiding, foreign])

    opened = open_lrs_class(ralph.endpoint, ralph.user, ralph.password, library, page_size=500)
    try:
        assert opened.summary.voided == 1 and opened.summary.other_platform == 1
        registration = finished["context"]["registration"]
        row = opened.db.query_one("SELECT finished_at FROM attempts WHERE uid = ?", (registration,))
        assert row is not None and row["finished_at"] is None  # its answers are still there, the finish is not
        assert delivered.scalar("SELECT finished_at FROM attempts WHERE uid = ?", (registration,))
        assert opened.db.scalar("SELECT COUNT(*) FROM attempts WHERE lesson_id = 'x'") == 0
        assert opened.summary.learners == 6
    finally:
        opened.close()
