"""What the teacher sees, aggregated in SQL: best scores per lesson, item statistics, activity.

Also the teacher's write actions on learners: archive a profile, reset a lesson (kept for undo),
and import a class roster.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

from literacy_app.clock import now_iso
from literacy_app.content.library import Library
from literacy_app.learning.analytics import ItemStat, LessonResult, Student, graded_maxima
from literacy_app.store.db import Database


@dataclass(frozen=True)
class RosterEntry:
    name: str
    student_id: str = ""


@dataclass(frozen=True)
class RosterImport:
    added: list[str]
    updated: list[str]
    unchanged: list[str]


def _student(row: sqlite3.Row) -> Student:
    return Student(row["id"], row["uid"], row["name"], row["avatar"], row["student_id"], row["created_at"],
                   row["last_active_at"], row["archived_at"])


class Classroom:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------------------
    def students(self, include_archived: bool = False) -> list[Student]:
        where = "" if include_archived else "WHERE archived_at IS NULL"
        rows = self.db.query(f"SELECT * FROM profiles {where} ORDER BY name COLLATE NOCASE, id")
        return [_student(row) for row in rows]

    def lesson_results(self, library: Library, include_archived: bool = False) -> list[LessonResult]:
        """Best score per learner and lesson: each graded block's best finished attempt, weighted by the
        block's points (a block never finished counts as 0). Aggregated in one query."""
        maxima = graded_maxima(library)
        if not maxima:
            return []
        values = ", ".join("(?, ?, ?)" for _ in maxima)
        params = [value for row in maxima for value in row]
        archived = "" if include_archived else "AND p.archived_at IS NULL"
        sql = f"""
            WITH block_max(lesson_id, block_id, max_score) AS (VALUES {values}),
            lesson_total AS (
                SELECT lesson_id, SUM(max_score) AS total FROM block_max GROUP BY lesson_id
            ),
            best AS (
                SELECT a.profile_id, a.lesson_id, a.block_id,
                       MAX(CASE WHEN a.max_score > 0 THEN a.score / a.max_score ELSE 0 END) AS fraction,
                       COUNT(*) AS attempts, MAX(a.finished_at) AS last_finished
                FROM attempts a JOIN profiles p ON p.id = a.profile_id {archived}
                WHERE a.finished_at IS NOT NULL
                GROUP BY a.profile_id, a.lesson_id, a.block_id
            ),
            scored AS (
                SELECT b.profile_id, b.lesson_id,
                       CASE WHEN t.total > 0 THEN 100.0 * SUM(b.fraction * m.max_score) / t.total END AS percent,
                       MAX(b.attempts) AS attempts, MAX(b.last_finished) AS last_finished
                FROM best b
                JOIN block_max m ON m.lesson_id = b.lesson_id AND m.block_id = b.block_id
                JOIN lesson_total t ON t.lesson_id = b.lesson_id
                GROUP BY b.profile_id, b.lesson_id
            ),
            keys AS (
                SELECT profile_id, lesson_id FROM scored
                UNION
                SELECT g.profile_id, g.lesson_id FROM progress g
                JOIN profiles p ON p.id = g.profile_id {archived}
                WHERE g.lesson_id IN (SELECT lesson_id FROM lesson_total)
            )
            SELECT k.profile_id, k.lesson_id, s.percent, COALESCE(s.attempts, 0) AS attempts, g.completed_at,
                   MAX(COALESCE(s.last_finished, ''), COALESCE(g.updated_at, '')) AS last_activity
            FROM keys k
            LEFT JOIN scored s ON s.profile_id = k.profile_id AND s.lesson_id = k.lesson_id
            LEFT JOIN progress g ON g.profile_id = k.profile_id AND g.lesson_id = k.lesson_id
        """
        return [
            LessonResult(r["profile_id"], r["lesson_id"], r["percent"], r["attempts"], r["completed_at"],
                         r["last_activity"] or None)
            for r in self.db.query(sql, tuple(params))
        ]

    def item_stats(self, lesson_id: str) -> list[ItemStat]:
        """Per question (or feed post) of a lesson: answers, correct answers, learners, most common wrong answer."""
        totals = self.db.query(
            "SELECT a.block_id, n.question_id, COUNT(*) AS answers, SUM(n.correct) AS correct, "
            "COUNT(DISTINCT a.profile_id) AS students "
            "FROM attempts a JOIN answers n ON n.attempt_id = a.id "
            "JOIN profiles p ON p.id = a.profile_id AND p.archived_at IS NULL "
            "WHERE a.lesson_id = ? GROUP BY a.block_id, n.question_id",
            (lesson_id,),
        )
        wrong = self.db.query(
            "SELECT block_id, question_id, response, count FROM ("
            " SELECT a.block_id, n.question_id, n.response, COUNT(*) AS count, ROW_NUMBER() OVER ("
            "  PARTITION BY a.block_id, n.question_id ORDER BY COUNT(*) DESC, n.response) AS rank"
            " FROM attempts a JOIN answers n ON n.attempt_id = a.id"
            " JOIN profiles p ON p.id = a.profile_id AND p.archived_at IS NULL"
            " WHERE a.lesson_id = ? AND n.correct = 0 GROUP BY a.block_id, n.question_id, n.response"
            ") WHERE rank = 1",
            (lesson_id,),
        )
        top = {(r["block_id"], r["question_id"]): (json.loads(r["response"]), r["count"]) for r in wrong}
        stats = []
        for r in totals:
            response, count = top.get((r["block_id"], r["question_id"]), (None, 0))
            stats.append(ItemStat(r["block_id"], r["question_id"], r["answers"], r["correct"], r["students"],
                                  response, count))
        return stats

    def completions_by_day(self) -> list[tuple[str, int]]:
        """(YYYY-MM-DD, lessons completed that day) for active learners, oldest first."""
        rows = self.db.query(
            "SELECT substr(g.completed_at, 1, 10) AS day, COUNT(*) AS count FROM progress g "
            "JOIN profiles p ON p.id = g.profile_id AND p.archived_at IS NULL "
            "WHERE g.completed_at IS NOT NULL GROUP BY day ORDER BY day"
        )
        return [(r["day"], r["count"]) for r in rows]

    def attempt_history(self, profile_id: int) -> list[dict[str, Any]]:
        """Every attempt of one learner, oldest first, with its answers and scenario run."""
        attempts = [dict(r) for r in self.db.query(
            "SELECT * FROM attempts WHERE profile_id = ? ORDER BY started_at, id", (profile_id,))]
        answers: dict[int, list[dict[str, Any]]] = {}
        for r in self.db.query(
            "SELECT n.* FROM answers n JOIN attempts a ON a.id = n.attempt_id WHERE a.profile_id = ? ORDER BY n.id",
            (profile_id,),
        ):
            answer = dict(r)
            answer["response"] = json.loads(answer["response"])
            answer["correct"] = bool(answer["correct"])
            answers.setdefault(r["attempt_id"], []).append(answer)
        runs = {}
        for r in self.db.query(
            "SELECT r.* FROM scenario_runs r JOIN attempts a ON a.id = r.attempt_id WHERE a.profile_id = ?",
            (profile_id,),
        ):
            run = dict(r)
            run["path"], run["choices"] = json.loads(run["path"]), json.loads(run["choices"])
            runs[r["attempt_id"]] = run
        for attempt in attempts:
            attempt["answers"] = answers.get(attempt["id"], [])
            attempt["scenario_run"] = runs.get(attempt["id"])
        return attempts

    def reflections(self, profile_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.query(
            "SELECT lesson_id, block_id, text, updated_at FROM reflections WHERE profile_id = ? "
            "ORDER BY updated_at, lesson_id, block_id", (profile_id,))]

    # -- teacher actions -------------------------------------------------------------------
    def archive_profile(self, profile_id: int) -> None:
        """Hide a learner from the picker and the dashboard; every answer is kept."""
        with self.db.transaction() as conn:
            conn.execute("UPDATE profiles SET archived_at = ? WHERE id = ? AND archived_at IS NULL",
                         (now_iso(), profile_id))

    def restore_profile(self, profile_id: int) -> None:
        """Bring an archived learner back (fails if an active learner already has the name)."""
        with self.db.transaction() as conn:
            conn.execute("UPDATE profiles SET archived_at = NULL WHERE id = ?", (profile_id,))

    def has_work(self, profile_id: int, lesson_id: str) -> bool:
        """Whether a learner has anything in a lesson that a reset would put aside."""
        return any(self.db.scalar(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE profile_id = ? AND lesson_id = ?)",
                                  (profile_id, lesson_id)) for table in ("attempts", "progress", "reflections"))

    def reset_lesson(self, profile_id: int, lesson_id: str) -> int | None:
        """Start a learner's lesson afresh. Their work moves to reset_archive (restorable); returns its id,
        or None when there was nothing to reset."""
        with self.db.transaction() as conn:
            attempts = [dict(r) for r in conn.execute(
                "SELECT * FROM attempts WHERE profile_id = ? AND lesson_id = ? ORDER BY id", (profile_id, lesson_id))]
            ids = [a["id"] for a in attempts]
            marks = ",".join("?" for _ in ids)
            answers = [dict(r) for r in conn.execute(
                f"SELECT * FROM answers WHERE attempt_id IN ({marks}) ORDER BY id", ids)] if ids else []
            runs = [dict(r) for r in conn.execute(
                f"SELECT * FROM scenario_runs WHERE attempt_id IN ({marks})", ids)] if ids else []
            progress = [dict(r) for r in conn.execute(
                "SELECT * FROM progress WHERE profile_id = ? AND lesson_id = ?", (profile_id, lesson_id))]
            reflections = [dict(r) for r in conn.execute(
                "SELECT * FROM reflections WHERE profile_id = ? AND lesson_id = ?", (profile_id, lesson_id))]
            if not (attempts or progress or reflections):
                return None
            payload = {"attempts": attempts, "answers": answers, "scenario_runs": runs, "progress": progress,
                       "reflections": reflections}
            archive_id = conn.execute(
                "INSERT INTO reset_archive(profile_id, lesson_id, payload, reset_at) VALUES (?, ?, ?, ?)",
                (profile_id, lesson_id, json.dumps(payload, ensure_ascii=False), now_iso()),
            ).lastrowid
            if ids:
                conn.execute(f"DELETE FROM answers WHERE attempt_id IN ({marks})", ids)
                conn.execute(f"DELETE FROM scenario_runs WHERE attempt_id IN ({marks})", ids)
                conn.execute(f"DELETE FROM attempts WHERE id IN ({marks})", ids)
            conn.execute("DELETE FROM progress WHERE profile_id = ? AND lesson_id = ?", (profile_id, lesson_id))
            conn.execute("DELETE FROM reflections WHERE profile_id = ? AND lesson_id = ?", (profile_id, lesson_id))
        return archive_id

    def restore_reset(self, archive_id: int) -> None:
        """Undo a reset: put the archived work back (newer work in the same lesson is kept too)."""
        with self.db.transaction() as conn:
            row = conn.execute("SELECT * FROM reset_archive WHERE id = ? AND restored_at IS NULL",
                               (archive_id,)).fetchone()
            if row is None:
                return
            payload = json.loads(row["payload"])
            for table in ("attempts", "answers", "scenario_runs"):
                for record in payload[table]:
                    _insert(conn, table, record)
            for table in ("progress", "reflections"):
                for record in payload[table]:
                    _insert(conn, table, record, ignore_conflict=True)
            conn.execute("UPDATE reset_archive SET restored_at = ? WHERE id = ?", (now_iso(), archive_id))

    def resets(self, profile_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.query(
            "SELECT id, lesson_id, reset_at FROM reset_archive WHERE profile_id = ? AND restored_at IS NULL "
            "ORDER BY id DESC", (profile_id,))]

    def import_roster(self, entries: list[RosterEntry]) -> RosterImport:
        """Add every new name; fill in a missing student id of a learner who is already here."""
        added, updated, unchanged = [], [], []
        with self.db.transaction() as conn:
            for entry in entries:
                name = " ".join(entry.name.split())
                if not name:
                    continue
                row = conn.execute(
                    "SELECT id, student_id FROM profiles WHERE name = ? COLLATE NOCASE AND archived_at IS NULL",
                    (name,),
                ).fetchone()
                if row is None:
                    conn.execute(
                        "INSERT INTO profiles(uid, name, student_id, created_at) VALUES (?, ?, ?, ?)",
                        (str(uuid.uuid4()), name, entry.student_id.strip(), now_iso()),
                    )
                    added.append(name)
                elif entry.student_id.strip() and row["student_id"] != entry.student_id.strip():
                    conn.execute("UPDATE profiles SET student_id = ? WHERE id = ?",
                                 (entry.student_id.strip(), row["id"]))
                    updated.append(name)
                else:
                    unchanged.append(name)
        return RosterImport(added, updated, unchanged)


def _insert(conn: sqlite3.Connection, table: str, record: dict[str, Any], ignore_conflict: bool = False) -> None:
    columns = list(record)
    verb = "INSERT OR IGNORE" if ignore_conflict else "INSERT"
    conn.execute(f"{verb} INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                 [record[c] for c in columns])
