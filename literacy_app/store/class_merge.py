"""One class from many PCs' snapshots: the union of their work, conflict-free by construction.

The result is a Database with the store's own schema, so every aggregate the teacher view uses works on a
merged class as on one PC. The rules, each independent of the order the snapshots are read in:
- a learner is one learner everywhere: the roster's student id where there is one, else the learner's uid;
- attempts are keyed by their UUID; the copy that is finished (then the one with most answers, then the
  PC name) wins, with its answers and scenario run;
- progress: the step of the newest update, the earliest completion;
- a reflection: the newest version (the only rule that trusts the PCs' clocks to agree);
- teacher events: a reset hides that learner's work in that lesson up to its time (unless undone);
  an archive hides the learner (unless restored later); an erase removes the learner and all their work,
  even from a PC that has not erased its own copy yet.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from literacy_app.store.db import Database
from literacy_app.store.learner_data import remove_learner_rows


@dataclass(frozen=True)
class Learner:
    uid: str
    name: str
    avatar: str
    student_id: str
    created_at: str
    last_active_at: str | None
    archived_at: str | None

    @property
    def identity(self) -> str:
        return f"id:{self.student_id.strip().casefold()}" if self.student_id.strip() else f"uid:{self.uid}"


def read_learners(conn: sqlite3.Connection) -> list[Learner]:
    return [Learner(*row) for row in conn.execute(
        "SELECT uid, name, avatar, student_id, created_at, last_active_at, archived_at FROM learners")]


def group_learners(learners: list[Learner]) -> dict[str, list[Learner]]:
    """identity -> every copy of that learner (on every PC), the canonical one first."""
    groups: dict[str, list[Learner]] = {}
    for learner in learners:
        groups.setdefault(learner.identity, []).append(learner)
    for copies in groups.values():
        # the first created is canonical; its name and avatar are the learner's everywhere
        copies.sort(key=lambda c: (c.created_at, c.uid, c.last_active_at or ""))
    return groups


STAGING = {
    "learners": "uid, name, avatar, student_id, created_at, last_active_at, archived_at",
    "attempts": "uid, learner_uid, lesson_id, block_id, kind, score, max_score, started_at, finished_at",
    "answers": "attempt_uid, position, question_id, response, correct, score, max_score, answered_at",
    "scenario_runs": "attempt_uid, path, choices, ending_id, outcome, score",
    "progress": "learner_uid, lesson_id, step, step_count, completed_at, updated_at",
    "reflections": "learner_uid, lesson_id, block_id, text, updated_at",
    "events": "kind, learner_uid, lesson_id, at",
}


def merge_snapshots(snapshots: list[tuple[str, Path]]) -> Database:
    """(pc id, snapshot file) pairs, already checked -> the merged class in memory."""
    db = Database(":memory:")
    conn = db.conn
    conn.execute("BEGIN")
    conn.execute("CREATE TEMP TABLE pcs (src INTEGER PRIMARY KEY, pc_id TEXT NOT NULL)")
    for table, columns in STAGING.items():
        conn.execute(f"CREATE TEMP TABLE st_{table} AS SELECT 0 AS src, {columns} FROM "
                     f"(SELECT {', '.join('NULL AS ' + c.strip() for c in columns.split(','))}) WHERE 0")
    # SQLite attaches at most ten files at once: each snapshot is copied into the staging tables in turn
    conn.execute("COMMIT")
    for src, (pc_id, path) in enumerate(snapshots):
        conn.execute("ATTACH DATABASE ? AS snapshot", (f"file:{path.as_posix()}?mode=ro&immutable=1",))
        try:
            conn.execute("BEGIN")
            conn.execute("INSERT INTO pcs VALUES (?, ?)", (src, pc_id))
            for table, columns in STAGING.items():
                conn.execute(f"INSERT INTO st_{table} SELECT {src}, {columns} FROM snapshot.{table}")
            conn.execute("COMMIT")
        finally:
            conn.execute("DETACH DATABASE snapshot")
    conn.execute("BEGIN")
    _merge(conn)
    for table in ("pcs", *(f"st_{t}" for t in STAGING)):
        conn.execute(f"DROP TABLE temp.{table}")
    conn.execute("COMMIT")
    return db


def _merge(conn: sqlite3.Connection) -> None:
    learners = [Learner(*row) for row in conn.execute(f"SELECT {STAGING['learners']} FROM st_learners")]
    groups = group_learners(learners)
    conn.execute("CREATE TEMP TABLE learner_map (uid TEXT PRIMARY KEY, profile_id INTEGER NOT NULL)")
    ordered = sorted(groups.values(), key=lambda copies: (copies[0].name.casefold(), copies[0].uid))
    names: set[str] = set()
    for profile_id, copies in enumerate(ordered, 1):
        first = copies[0]
        last_active = max((c.last_active_at for c in copies if c.last_active_at), default=None)
        student_id = next((c.student_id for c in copies if c.student_id), "")
        archived = max((c.archived_at for c in copies if c.archived_at), default=None)
        name, number = first.name, 1
        while name.casefold() in names:  # two learners with one name and no student id: tell them apart
            number += 1
            name = f"{first.name} ({number})"
        names.add(name.casefold())
        conn.execute("INSERT INTO profiles(id, uid, name, avatar, student_id, created_at, last_active_at, "
                     "archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (profile_id, first.uid, name, first.avatar, student_id, first.created_at, last_active,
                      archived))
        conn.executemany("INSERT OR IGNORE INTO learner_map VALUES (?, ?)", [(c.uid, profile_id) for c in copies])
    _merge_attempts(conn)
    _merge_progress_and_reflections(conn)
    _apply_events(conn)
    conn.execute("DROP TABLE temp.learner_map")


def _merge_attempts(conn: sqlite3.Connection) -> None:
    # the best copy of each attempt: finished first, then the one with most answers, then by PC name
    conn.execute("CREATE INDEX temp.st_answers_by_attempt ON st_answers(src, attempt_uid)")
    conn.execute("""
        CREATE TEMP TABLE chosen AS SELECT * FROM (
            SELECT a.*, ROW_NUMBER() OVER (PARTITION BY a.uid ORDER BY a.finished_at IS NULL,
                   (SELECT COUNT(*) FROM st_answers n WHERE n.src = a.src AND n.attempt_uid = a.uid) DESC,
                   pcs.pc_id, a.src) AS rank
            FROM st_attempts a JOIN pcs ON pcs.src = a.src
        ) WHERE rank = 1""")
    conn.execute("""
        INSERT INTO attempts(uid, profile_id, lesson_id, block_id, kind, score, max_score, started_at, finished_at)
        SELECT c.uid, m.profile_id, c.lesson_id, c.block_id, c.kind, c.score, c.max_score, c.started_at,
               c.finished_at
        FROM chosen c JOIN learner_map m ON m.uid = c.learner_uid ORDER BY c.started_at, c.uid""")
    conn.execute("CREATE TEMP TABLE attempt_ids AS SELECT a.uid, a.id, c.src FROM attempts a JOIN chosen c "
                 "ON c.uid = a.uid")
    conn.execute("CREATE UNIQUE INDEX temp.attempt_ids_uid ON attempt_ids(uid)")
    conn.execute("""
        INSERT INTO answers(attempt_id, question_id, response, correct, score, max_score, answered_at)
        SELECT t.id, n.question_id, n.response, n.correct, n.score, n.max_score, n.answered_at
        FROM st_answers n JOIN attempt_ids t ON t.uid = n.attempt_uid AND t.src = n.src
        ORDER BY t.id, n.position""")
    conn.execute("""
        INSERT INTO scenario_runs(attempt_id, path, choices, ending_id, outcome, score)
        SELECT t.id, r.path, r.choices, r.ending_id, r.outcome, r.score
        FROM st_scenario_runs r JOIN attempt_ids t ON t.uid = r.attempt_uid AND t.src = r.src""")
    conn.execute("DROP TABLE temp.chosen")
    conn.execute("DROP TABLE temp.attempt_ids")


def _merge_progress_and_reflections(conn: sqlite3.Connection) -> None:
    conn.execute("""
        INSERT INTO progress(profile_id, lesson_id, step, step_count, completed_at, updated_at)
        SELECT profile_id, lesson_id, step, step_count, first_completed, updated_at FROM (
            SELECT m.profile_id, g.lesson_id, g.step, MAX(g.step_count) OVER w AS step_count,
                   MIN(g.completed_at) OVER w AS first_completed, g.updated_at,
                   ROW_NUMBER() OVER (PARTITION BY m.profile_id, g.lesson_id
                                      ORDER BY g.updated_at DESC, g.step DESC) AS rank
            FROM st_progress g JOIN learner_map m ON m.uid = g.learner_uid
            WINDOW w AS (PARTITION BY m.profile_id, g.lesson_id)
        ) WHERE rank = 1""")
    conn.execute("""
        INSERT INTO reflections(profile_id, lesson_id, block_id, text, updated_at)
        SELECT profile_id, lesson_id, block_id, COALESCE(text, ''), updated_at FROM (
            SELECT m.profile_id, r.lesson_id, r.block_id, r.text, r.updated_at,
                   ROW_NUMBER() OVER (PARTITION BY m.profile_id, r.lesson_id, r.block_id
                                      ORDER BY r.updated_at DESC, r.text IS NULL, r.text DESC) AS rank
            FROM st_reflections r JOIN learner_map m ON m.uid = r.learner_uid
        ) WHERE rank = 1""")


def _apply_events(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TEMP TABLE events AS SELECT DISTINCT e.kind, m.profile_id, e.lesson_id, e.at "
                 "FROM st_events e JOIN learner_map m ON m.uid = e.learner_uid")
    conn.execute("INSERT OR IGNORE INTO class_events(kind, learner_uid, lesson_id, at) "
                 "SELECT DISTINCT kind, learner_uid, lesson_id, at FROM st_events")
    resets = conn.execute("""
        SELECT profile_id, lesson_id, at FROM events e WHERE kind = 'reset' AND NOT EXISTS (
            SELECT 1 FROM events u WHERE u.kind = 'unreset' AND u.profile_id = e.profile_id
            AND u.lesson_id = e.lesson_id AND u.at = e.at)""").fetchall()
    for profile_id, lesson_id, at in resets:
        hide_reset_work(conn, profile_id, lesson_id, at)
    for profile_id, uid in conn.execute("SELECT DISTINCT p.id, p.uid FROM events e JOIN profiles p "
                                        "ON p.id = e.profile_id WHERE e.kind = 'erase'").fetchall():
        remove_learner_rows(conn, profile_id, uid)
    # the latest of archive and restore decides (an archive made on a single PC before counts as an archive)
    conn.execute("""
        UPDATE profiles SET archived_at = CASE
            WHEN COALESCE((SELECT MAX(at) FROM events e WHERE e.kind = 'restore' AND e.profile_id = profiles.id), '')
                 >= MAX(COALESCE(archived_at, ''),
                        COALESCE((SELECT MAX(at) FROM events e WHERE e.kind = 'archive' AND e.profile_id = profiles.id),
                                 ''))
            THEN NULL
            ELSE MAX(COALESCE(archived_at, ''),
                     COALESCE((SELECT MAX(at) FROM events e WHERE e.kind = 'archive' AND e.profile_id = profiles.id),
                              ''))
            END
        WHERE archived_at IS NOT NULL OR EXISTS (
            SELECT 1 FROM events e WHERE e.profile_id = profiles.id AND e.kind IN ('archive', 'restore'))""")
    conn.execute("DROP TABLE temp.events")


def hide_reset_work(conn: sqlite3.Connection, profile_id: int, lesson_id: str, at: str) -> None:
    """Remove a learner's work in a lesson from before a reset (in a merged class: the PCs keep theirs)."""
    ids = [row[0] for row in conn.execute(
        "SELECT id FROM attempts WHERE profile_id = ? AND lesson_id = ? AND started_at <= ?",
        (profile_id, lesson_id, at))]
    marks = ",".join("?" for _ in ids)
    if ids:
        conn.execute(f"DELETE FROM answers WHERE attempt_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM scenario_runs WHERE attempt_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM attempts WHERE id IN ({marks})", ids)
    conn.execute("DELETE FROM progress WHERE profile_id = ? AND lesson_id = ? AND updated_at <= ?",
                 (profile_id, lesson_id, at))
    conn.execute("DELETE FROM reflections WHERE profile_id = ? AND lesson_id = ? AND updated_at <= ?",
                 (profile_id, lesson_id, at))


def class_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Everything in a merged class, keyed by uids rather than row ids (to compare two merges)."""
    return {
        "learners": sorted(tuple(r) for r in db.query(
            "SELECT uid, name, student_id, archived_at FROM profiles")),
        "attempts": sorted(tuple(r) for r in db.query(
            "SELECT a.uid, p.uid, a.lesson_id, a.block_id, a.score, a.finished_at FROM attempts a "
            "JOIN profiles p ON p.id = a.profile_id")),
        "answers": sorted(tuple(r) for r in db.query(
            "SELECT a.uid, n.question_id, n.response, n.score, n.answered_at FROM answers n "
            "JOIN attempts a ON a.id = n.attempt_id")),
        "progress": sorted(tuple(r) for r in db.query(
            "SELECT p.uid, g.lesson_id, g.step, g.completed_at, g.updated_at FROM progress g "
            "JOIN profiles p ON p.id = g.profile_id")),
        "reflections": sorted(tuple(r) for r in db.query(
            "SELECT p.uid, r.lesson_id, r.block_id, r.text, r.updated_at FROM reflections r "
            "JOIN profiles p ON p.id = r.profile_id")),
    }
