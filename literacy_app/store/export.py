"""Result exports: a gradebook CSV (one row per learner), a long CSV (one row per attempt), a JSON archive.

Every writer has the signature (db, library) -> str and is listed in WRITERS, so a new format is one
function and one line.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from literacy_app import __version__
from literacy_app.clock import now_iso
from literacy_app.content.library import Library
from literacy_app.learning.analytics import graded_lessons
from literacy_app.store.classroom import Classroom
from literacy_app.store.db import Database
from literacy_app.store.outbox import statements_json

BOM = "\ufeff"  # Excel reads UTF-8 (accents) only with it; LibreOffice and Moodle accept it


def _csv_text(rows: list[list[Any]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return BOM + out.getvalue()


def format_score(percent: float | None) -> str:
    """A number with a dot as decimal mark; blank only where the lesson was never attempted."""
    if percent is None:
        return ""
    return f"{round(percent, 1):g}"


def gradebook_csv(db: Database, library: Library) -> str:
    """One row per learner: name, student id (the identifier column for Moodle), best score 0-100 per lesson."""
    classroom = Classroom(db)
    lessons = graded_lessons(library)
    scores = {(r.profile_id, r.lesson_id): r.percent for r in classroom.lesson_results(library)}
    rows: list[list[Any]] = [["Name", "Student ID", *[lesson.title for lesson in lessons]]]
    for student in classroom.students():
        rows.append([student.name, student.student_id,
                     *[format_score(scores.get((student.id, lesson.id))) for lesson in lessons]])
    return _csv_text(rows)


LONG_COLUMNS = ["Name", "Student ID", "Profile ID", "Lesson ID", "Lesson", "Block ID", "Kind", "Attempt ID",
                "Started", "Finished", "Score", "Max score", "Percent"]


def attempts_csv(db: Database, library: Library) -> str:
    """One row per attempt (finished or not), oldest first."""
    titles = {lesson.id: lesson.title for lesson in library.lessons}
    rows: list[list[Any]] = [LONG_COLUMNS]
    for r in db.query(
        "SELECT p.name, p.student_id, p.uid AS profile_uid, a.* FROM attempts a "
        "JOIN profiles p ON p.id = a.profile_id WHERE p.archived_at IS NULL "
        "ORDER BY p.name COLLATE NOCASE, p.id, a.started_at, a.id"
    ):
        percent = 100 * r["score"] / r["max_score"] if r["max_score"] else None
        rows.append([r["name"], r["student_id"], r["profile_uid"], r["lesson_id"], titles.get(r["lesson_id"], ""),
                     r["block_id"], r["kind"], r["uid"], r["started_at"], r["finished_at"] or "",
                     f"{r['score']:g}", f"{r['max_score']:g}", format_score(percent)])
    return _csv_text(rows)


def archive_json(db: Database, library: Library) -> str:
    """Everything about every learner (archived ones too), for keeping. Teacher settings are not included."""
    classroom = Classroom(db)
    results: dict[int, list[dict[str, Any]]] = {}
    for r in classroom.lesson_results(library, include_archived=True):
        results.setdefault(r.profile_id, []).append(
            {"lesson_id": r.lesson_id, "best_percent": r.percent, "attempts": r.attempts,
             "completed_at": r.completed_at, "last_activity": r.last_activity})
    progress: dict[int, list[dict[str, Any]]] = {}
    for row in db.query("SELECT * FROM progress ORDER BY profile_id, lesson_id"):
        progress.setdefault(row["profile_id"], []).append(
            {k: row[k] for k in ("lesson_id", "step", "step_count", "completed_at", "updated_at")})
    learners = []
    for student in classroom.students(include_archived=True):
        attempts = []
        for attempt in classroom.attempt_history(student.id):
            run = attempt["scenario_run"]
            attempts.append({
                "id": attempt["uid"], "lesson_id": attempt["lesson_id"], "block_id": attempt["block_id"],
                "kind": attempt["kind"], "score": attempt["score"], "max_score": attempt["max_score"],
                "started_at": attempt["started_at"], "finished_at": attempt["finished_at"],
                "answers": [{k: a[k] for k in ("question_id", "response", "correct", "score", "max_score",
                                               "answered_at")} for a in attempt["answers"]],
                "scenario_run": None if run is None else
                {k: run[k] for k in ("path", "choices", "ending_id", "outcome", "score")},
            })
        learners.append({
            "id": student.uid, "name": student.name, "student_id": student.student_id, "avatar": student.avatar,
            "created_at": student.created_at, "last_active_at": student.last_active_at,
            "archived_at": student.archived_at, "results": results.get(student.id, []),
            "progress": progress.get(student.id, []), "attempts": attempts,
            "reflections": classroom.reflections(student.id),
        })
    document = {
        "format": "media-literacy-lab-results", "version": 1, "app_version": __version__, "exported_at": now_iso(),
        "lessons": [{"id": lesson.id, "title": lesson.title, "module": lesson.module, "order": lesson.order,
                     "assessment": lesson.assessment} for lesson in library.lessons],
        "learners": learners,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# format name -> writer; `literacy-app results --format` and the dashboard offer exactly these
WRITERS: dict[str, Callable[[Database, Library], str]] = {
    "csv": gradebook_csv,
    "csv-long": attempts_csv,
    "json": archive_json,
    "xapi": statements_json,
}
