"""Bring a learner's work from other PCs' snapshots into this PC's database, when they sit down here.

Only finished attempts come across (an unfinished one stays with the PC it was started on, so each attempt
is added to by one PC only); answers, scenario runs, progress (newest step, earliest completion),
reflections (newest version, text only where the school publishes it) and the teacher's events come too.
Everything is keyed by uid, so importing twice changes nothing. Resets the teacher made on another PC
are applied here as on that PC: the work is moved aside into reset_archive, never deleted.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from literacy_app.clock import now_iso
from literacy_app.store.class_merge import Learner
from literacy_app.store.db import Database


def import_learner(db: Database, snapshots: list[Path], copies: list[Learner]) -> int:
    """Make sure the learner exists here (as its canonical copy) and has all its work; returns its profile id."""
    uids = [copy.uid for copy in copies]
    first = copies[0]
    with db.transaction() as conn:
        local = _local_profile(conn, copies)
        if local is None:
            name = _free_name(conn, first.name)
            local = conn.execute(
                "INSERT INTO profiles(uid, name, avatar, student_id, created_at, last_active_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (first.uid, name, first.avatar, first.student_id, first.created_at, first.last_active_at),
            ).lastrowid
    for path in snapshots:  # a snapshot at a time: attaching is not possible inside a transaction
        db.conn.execute("ATTACH DATABASE ? AS other", (f"file:{path.as_posix()}?mode=ro&immutable=1",))
        try:
            with db.transaction() as conn:
                _import_from(conn, int(local or 0), uids)
        finally:
            db.conn.execute("DETACH DATABASE other")
    return int(local or 0)


def _local_profile(conn: sqlite3.Connection, copies: list[Learner]) -> int | None:
    marks = ",".join("?" for _ in copies)
    row = conn.execute(f"SELECT id FROM profiles WHERE uid IN ({marks}) ORDER BY archived_at IS NOT NULL, id",
                       [c.uid for c in copies]).fetchone()
    if row is None and copies[0].student_id.strip():
        row = conn.execute("SELECT id FROM profiles WHERE student_id = ? COLLATE NOCASE AND archived_at IS NULL",
                           (copies[0].student_id.strip(),)).fetchone()
    return int(row[0]) if row is not None else None


def _free_name(conn: sqlite3.Connection, name: str) -> str:
    candidate, number = name, 1
    while conn.execute("SELECT 1 FROM profiles WHERE name = ? COLLATE NOCASE AND archived_at IS NULL",
                       (candidate,)).fetchone():
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def _import_from(conn: sqlite3.Connection, profile_id: int, uids: list[str]) -> None:
    """Copy the learner's work from the attached snapshot `other` (idempotent)."""
    marks = ",".join("?" for _ in uids)
    conn.execute(
        "INSERT OR IGNORE INTO class_events(kind, learner_uid, lesson_id, at, pc_id) "
        f"SELECT kind, learner_uid, lesson_id, at, pc_id FROM other.events WHERE learner_uid IN ({marks})", uids)
    resets = _resets(conn, uids)
    new = [row[0] for row in conn.execute(
        f"SELECT uid, lesson_id, started_at FROM other.attempts WHERE learner_uid IN ({marks}) "
        "AND finished_at IS NOT NULL AND uid NOT IN (SELECT uid FROM main.attempts)", uids)
        if not _covered(resets, row[1], row[2])]
    for uid in new:
        attempt_id = conn.execute(
            "INSERT INTO attempts(uid, profile_id, lesson_id, block_id, kind, score, max_score, started_at, "
            "finished_at) SELECT uid, ?, lesson_id, block_id, kind, score, max_score, started_at, finished_at "
            "FROM other.attempts WHERE uid = ?", (profile_id, uid)).lastrowid
        conn.execute(
            "INSERT INTO answers(attempt_id, question_id, response, correct, score, max_score, answered_at) "
            "SELECT ?, question_id, response, correct, score, max_score, answered_at FROM other.answers "
            "WHERE attempt_uid = ? ORDER BY position", (attempt_id, uid))
        conn.execute(
            "INSERT INTO scenario_runs(attempt_id, path, choices, ending_id, outcome, score) "
            "SELECT ?, path, choices, ending_id, outcome, score FROM other.scenario_runs WHERE attempt_uid = ?",
            (attempt_id, uid))
    for lesson_id, step, step_count, completed_at, updated_at in conn.execute(
            f"SELECT lesson_id, step, step_count, completed_at, updated_at FROM other.progress "
            f"WHERE learner_uid IN ({marks})", uids).fetchall():
        if _covered(resets, lesson_id, updated_at):
            continue
        conn.execute(
            "INSERT INTO progress(profile_id, lesson_id, step, step_count, completed_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(profile_id, lesson_id) DO UPDATE SET "
            "step = CASE WHEN excluded.updated_at > progress.updated_at THEN excluded.step ELSE progress.step END, "
            "step_count = MAX(progress.step_count, excluded.step_count), "
            "completed_at = CASE WHEN progress.completed_at IS NULL THEN excluded.completed_at "
            "WHEN excluded.completed_at IS NULL THEN progress.completed_at "
            "ELSE MIN(progress.completed_at, excluded.completed_at) END, "
            "updated_at = MAX(progress.updated_at, excluded.updated_at)",
            (profile_id, lesson_id, step, step_count, completed_at, updated_at))
    for lesson_id, block_id, text, updated_at in conn.execute(
            f"SELECT lesson_id, block_id, text, updated_at FROM other.reflections WHERE learner_uid IN ({marks}) "
            "AND text IS NOT NULL", uids).fetchall():
        if _covered(resets, lesson_id, updated_at):
            continue
        conn.execute(
            "INSERT INTO reflections(profile_id, lesson_id, block_id, text, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(profile_id, lesson_id, block_id) DO UPDATE SET text = excluded.text, "
            "updated_at = excluded.updated_at WHERE excluded.updated_at > reflections.updated_at",
            (profile_id, lesson_id, block_id, text, updated_at))


def _resets(conn: sqlite3.Connection, uids: list[str]) -> dict[str, str]:
    """lesson id -> the latest reset (not undone) of any of these uids."""
    marks = ",".join("?" for _ in uids)
    found: dict[str, str] = {}
    for lesson_id, at in conn.execute(
            f"SELECT lesson_id, at FROM main.class_events e WHERE kind = 'reset' AND learner_uid IN ({marks}) "
            "AND NOT EXISTS (SELECT 1 FROM main.class_events u WHERE u.kind = 'unreset' "
            "AND u.learner_uid = e.learner_uid AND u.lesson_id = e.lesson_id AND u.at = e.at)", uids):
        found[lesson_id] = max(found.get(lesson_id, ""), at)
    return found


def _covered(resets: dict[str, str], lesson_id: str, moment: str) -> bool:
    """Whether work in this lesson from `moment` was reset by the teacher (and should not come back)."""
    return lesson_id in resets and moment <= resets[lesson_id]


def other_pc_reflections(snapshots: list[Path], uids: list[str]) -> dict[tuple[str, str], str]:
    """(lesson id, block id) -> when the learner last wrote a reflection on another PC (text not published)."""
    found: dict[tuple[str, str], str] = {}
    marks = ",".join("?" for _ in uids)
    for path in snapshots:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            for lesson_id, block_id, updated_at in conn.execute(
                    f"SELECT lesson_id, block_id, updated_at FROM reflections WHERE learner_uid IN ({marks})", uids):
                key = (lesson_id, block_id)
                found[key] = max(found.get(key, ""), updated_at)
        finally:
            conn.close()
    return found


def apply_events(db: Database, profile_id: int) -> int:
    """Apply the teacher's resets and archiving recorded for this learner that this PC has not applied yet;
    returns how many were applied. A reset moves the learner's work in the lesson, up to the reset's time,
    into reset_archive (restorable), exactly as a reset made on this PC does."""
    applied = 0
    with db.transaction() as conn:
        uid = conn.execute("SELECT uid FROM profiles WHERE id = ?", (profile_id,)).fetchone()[0]
        events = conn.execute(
            "SELECT id, kind, lesson_id, at FROM class_events e WHERE learner_uid = ? AND kind = 'reset' "
            "AND NOT EXISTS (SELECT 1 FROM class_events u WHERE u.kind = 'unreset' AND u.learner_uid = e.learner_uid "
            "AND u.lesson_id = e.lesson_id AND u.at = e.at) "
            "AND NOT EXISTS (SELECT 1 FROM app_state s WHERE s.key = 'class.applied:' || e.kind || ':' || "
            "e.learner_uid || ':' || e.lesson_id || ':' || e.at) ORDER BY at", (uid,)).fetchall()
        for _, kind, lesson_id, at in events:
            archive_work_before(conn, profile_id, lesson_id, at)
            conn.execute("INSERT OR REPLACE INTO app_state(key, value) VALUES (?, ?)",
                         (f"class.applied:{kind}:{uid}:{lesson_id}:{at}", now_iso()))
            applied += 1
    return applied


def archive_work_before(conn: sqlite3.Connection, profile_id: int, lesson_id: str, at: str) -> None:
    """Move a learner's work in a lesson from up to `at` into reset_archive (as a reset does)."""
    attempts = [dict(r) for r in conn.execute(
        "SELECT * FROM attempts WHERE profile_id = ? AND lesson_id = ? AND started_at <= ? ORDER BY id",
        (profile_id, lesson_id, at))]
    ids = [a["id"] for a in attempts]
    marks = ",".join("?" for _ in ids)
    answers = [dict(r) for r in conn.execute(f"SELECT * FROM answers WHERE attempt_id IN ({marks})", ids)]
    runs = [dict(r) for r in conn.execute(f"SELECT * FROM scenario_runs WHERE attempt_id IN ({marks})", ids)]
    progress = [dict(r) for r in conn.execute(
        "SELECT * FROM progress WHERE profile_id = ? AND lesson_id = ? AND updated_at <= ?",
        (profile_id, lesson_id, at))]
    reflections = [dict(r) for r in conn.execute(
        "SELECT * FROM reflections WHERE profile_id = ? AND lesson_id = ? AND updated_at <= ?",
        (profile_id, lesson_id, at))]
    if not (attempts or progress or reflections):
        return
    payload = {"attempts": attempts, "answers": answers, "scenario_runs": runs, "progress": progress,
               "reflections": reflections}
    conn.execute("INSERT INTO reset_archive(profile_id, lesson_id, payload, reset_at) VALUES (?, ?, ?, ?)",
                 (profile_id, lesson_id, json.dumps(payload, ensure_ascii=False), at))
    if ids:
        conn.execute(f"DELETE FROM answers WHERE attempt_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM scenario_runs WHERE attempt_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM attempts WHERE id IN ({marks})", ids)
    conn.execute("DELETE FROM progress WHERE profile_id = ? AND lesson_id = ? AND updated_at <= ?",
                 (profile_id, lesson_id, at))
    conn.execute("DELETE FROM reflections WHERE profile_id = ? AND lesson_id = ? AND updated_at <= ?",
                 (profile_id, lesson_id, at))
