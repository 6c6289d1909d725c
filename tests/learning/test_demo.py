"""The simulated class: realistic, deterministic, and recorded through the learner's code path."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from literacy_app.cli import main
from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.services.class_simulation import simulate_class
from literacy_app.store.db import DB_FILENAME, Database
from literacy_app.store.export import gradebook_csv

END = datetime(2025, 3, 28, 16, tzinfo=timezone.utc)


def course():
    return load_library(resolve_settings().lesson_dirs[:1])


def test_same_seed_gives_the_same_class_and_another_seed_another(tmp_path):
    library = course()
    grades = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db = Database(tmp_path / f"{name}.sqlite3")
        simulate_class(db, library, 10, seed=seed, end=END)
        grades.append(gradebook_csv(db, library))
        db.close()
    assert grades[0] == grades[1]
    assert grades[0] != grades[2]


def test_demo_class_has_every_kind_of_work_spread_over_past_days(tmp_path):
    library = course()
    db = Database(tmp_path / "demo.sqlite3")
    simulate_class(db, library, 20, seed=2, attempts=3, end=END)
    assert db.query_one("SELECT COUNT(*) FROM profiles")[0] == 20
    kinds = {r[0] for r in db.query("SELECT DISTINCT kind FROM attempts")}
    assert kinds == {"quiz", "scenario", "feed"}
    assert db.query_one("SELECT COUNT(*) FROM scenario_runs")[0] > 20
    assert db.query_one("SELECT COUNT(*) FROM reflections")[0] > 20
    assert db.query_one("SELECT COUNT(*) FROM progress WHERE completed_at IS NOT NULL")[0] > 20
    # several attempts, but never more than asked for, nor more than a quiz allows (the pre-test allows 1)
    per_block = [r[0] for r in db.query("SELECT COUNT(*) FROM attempts GROUP BY profile_id, block_id")]
    assert max(per_block) == 3 and min(per_block) == 1
    assert db.query_one("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM attempts WHERE lesson_id = "
                        "'parasocial-pre-test' GROUP BY profile_id)")[0] == 1
    # each finished quiz attempt holds one answer per question, as when a learner clicks through
    for lesson in library.lessons:
        for quiz in lesson.blocks():
            if hasattr(quiz, "questions"):
                counts = {r[0] for r in db.query(
                    "SELECT COUNT(n.id) FROM attempts a JOIN answers n ON n.attempt_id = a.id "
                    "WHERE a.block_id = ? AND a.finished_at IS NOT NULL GROUP BY a.id", (quiz.id,))}
                assert counts <= {len(quiz.questions)}
    feed_tags = db.query_one("SELECT response FROM answers n JOIN attempts a ON a.id = n.attempt_id "
                             "WHERE a.kind = 'feed' AND n.response LIKE '%\"tags\": [\"%' LIMIT 1")
    assert feed_tags is not None
    first, last = db.query_one("SELECT MIN(started_at), MAX(finished_at) FROM attempts")
    first, last = datetime.fromisoformat(first), datetime.fromisoformat(last)
    assert END - timedelta(days=22) <= first and last <= END and (last - first).days >= 7
    assert db.query_one("PRAGMA synchronous")[0] == 2  # back to FULL for real learners
    db.close()


def test_demo_command_refuses_a_folder_with_learners(tmp_path):
    data = tmp_path / "demo"
    assert main(["demo", "--students", "3", "--data-dir", str(data)]) == 0
    db = Database(data / DB_FILENAME)
    assert db.query_one("SELECT COUNT(*) FROM profiles")[0] == 3
    db.close()
    assert main(["demo", "--students", "3", "--data-dir", str(data)]) == 1
