"""A PC's published snapshot in a class folder: a small SQLite file with the PC's learners and their work.

Each PC writes only its own snapshot, `pcs/<pc-id>.sqlite3`: a temporary file in the same folder, then one
rename, so a reader sees the old snapshot or the new one, never half of one. Attempts and answers are keyed
by UUIDs made where they happened, so any number of snapshots merge into one class (class_merge.py).
Reflection text is left out unless the school turns it on; the fact and time of a reflection go in.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from literacy_app import __version__
from literacy_app.clock import now_iso
from literacy_app.files import temporary_name

FORMAT = 1
SUFFIX = ".sqlite3"
SNAPSHOT_TABLES = ("meta", "learners", "attempts", "answers", "scenario_runs", "progress", "reflections",
                   "events")

SCHEMA = """
CREATE TABLE snap.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE snap.learners (uid TEXT PRIMARY KEY, name TEXT NOT NULL, avatar TEXT NOT NULL,
    student_id TEXT NOT NULL, created_at TEXT NOT NULL, last_active_at TEXT, archived_at TEXT);
CREATE TABLE snap.attempts (uid TEXT PRIMARY KEY, learner_uid TEXT NOT NULL, lesson_id TEXT NOT NULL,
    block_id TEXT NOT NULL, kind TEXT NOT NULL, score REAL NOT NULL, max_score REAL NOT NULL,
    started_at TEXT NOT NULL, finished_at TEXT);
CREATE TABLE snap.answers (attempt_uid TEXT NOT NULL, position INTEGER NOT NULL, question_id TEXT NOT NULL,
    response TEXT NOT NULL, correct INTEGER NOT NULL, score REAL NOT NULL, max_score REAL NOT NULL,
    answered_at TEXT NOT NULL, PRIMARY KEY (attempt_uid, position));
CREATE TABLE snap.scenario_runs (attempt_uid TEXT PRIMARY KEY, path TEXT NOT NULL, choices TEXT NOT NULL,
    ending_id TEXT NOT NULL, outcome TEXT NOT NULL, score REAL NOT NULL);
CREATE TABLE snap.progress (learner_uid TEXT NOT NULL, lesson_id TEXT NOT NULL, step INTEGER NOT NULL,
    step_count INTEGER NOT NULL, completed_at TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (learner_uid, lesson_id));
CREATE TABLE snap.reflections (learner_uid TEXT NOT NULL, lesson_id TEXT NOT NULL, block_id TEXT NOT NULL,
    text TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (learner_uid, lesson_id, block_id));
CREATE TABLE snap.events (kind TEXT NOT NULL, learner_uid TEXT NOT NULL, lesson_id TEXT NOT NULL, at TEXT NOT NULL,
    pc_id TEXT NOT NULL, PRIMARY KEY (kind, learner_uid, lesson_id, at));
"""

COPY = """
INSERT INTO snap.learners SELECT uid, name, avatar, student_id, created_at, last_active_at, archived_at
    FROM main.profiles;
INSERT INTO snap.attempts SELECT a.uid, p.uid, a.lesson_id, a.block_id, a.kind, a.score, a.max_score,
    a.started_at, a.finished_at FROM main.attempts a JOIN main.profiles p ON p.id = a.profile_id;
INSERT INTO snap.answers SELECT a.uid, ROW_NUMBER() OVER (PARTITION BY n.attempt_id ORDER BY n.id), n.question_id,
    n.response, n.correct, n.score, n.max_score, n.answered_at
    FROM main.answers n JOIN main.attempts a ON a.id = n.attempt_id;
INSERT INTO snap.scenario_runs SELECT a.uid, r.path, r.choices, r.ending_id, r.outcome, r.score
    FROM main.scenario_runs r JOIN main.attempts a ON a.id = r.attempt_id;
INSERT INTO snap.progress SELECT p.uid, g.lesson_id, g.step, g.step_count, g.completed_at, g.updated_at
    FROM main.progress g JOIN main.profiles p ON p.id = g.profile_id;
INSERT INTO snap.reflections SELECT p.uid, r.lesson_id, r.block_id, CASE WHEN :with_text THEN r.text END,
    r.updated_at FROM main.reflections r JOIN main.profiles p ON p.id = r.profile_id;
INSERT INTO snap.events SELECT kind, learner_uid, lesson_id, at, pc_id FROM main.class_events;
"""


class SnapshotError(Exception):
    """A snapshot that cannot be used, with the reason in plain words."""


@dataclass(frozen=True)
class SnapshotInfo:
    path: Path
    pc_id: str
    pc_uid: str  # a random id of the data folder that wrote it: tells two PCs with the same name apart
    published_at: str
    learners: int


def snapshot_path(folder: Path, pc_id: str) -> Path:
    return folder / "pcs" / f"{pc_id}{SUFFIX}"


def write_snapshot(local_db: Path, target: Path, pc_id: str, pc_uid: str, with_reflection_text: bool = False,
                   published_at: str | None = None) -> SnapshotInfo:
    """Publish the local database's learners and work as `target`, replacing the old snapshot in one rename.

    Reads the local database through its own connection in one read transaction (a consistent view while
    the app goes on writing). Raises OSError or sqlite3.Error when the class folder cannot be written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_name(target)
    published_at = published_at or now_iso()
    conn = sqlite3.connect(str(local_db), timeout=10, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS snap", (str(temporary),))
        conn.execute("PRAGMA snap.journal_mode=OFF")  # a fresh file nobody reads until it is renamed
        conn.execute("BEGIN")
        for statement in SCHEMA.strip().split(";"):
            if statement.strip():
                conn.execute(statement)
        for statement in COPY.strip().split(";"):
            if statement.strip():
                conn.execute(statement, {"with_text": int(with_reflection_text)} if ":with_text" in statement else ())
        learners = conn.execute("SELECT COUNT(*) FROM snap.learners").fetchone()[0]
        conn.executemany("INSERT INTO snap.meta(key, value) VALUES (?, ?)", [
            ("format", str(FORMAT)), ("pc_id", pc_id), ("pc_uid", pc_uid), ("published_at", published_at),
            ("app_version", __version__), ("learners", str(learners)),
        ])
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE snap")
        conn.close()
        with open(temporary, "rb+") as stream:  # the whole file reaches the disk before it replaces the old one
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        temporary.unlink(missing_ok=True)
        raise
    return SnapshotInfo(target, pc_id, pc_uid, published_at, learners)


def open_snapshot(path: Path) -> tuple[sqlite3.Connection, SnapshotInfo]:
    """Open a snapshot file read-only and check it; raises SnapshotError with a plain-words reason."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise SnapshotError(f"cannot be opened ({exc})") from exc
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise SnapshotError("is damaged")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" not in tables:
            raise SnapshotError("is not a class snapshot")
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        version = int(meta.get("format", "0") or 0)
        if version > FORMAT:
            raise SnapshotError(f"was written by a newer version of the app ({meta.get('app_version', '?')})")
        if version < 1 or not set(SNAPSHOT_TABLES) <= tables:
            raise SnapshotError("is not a class snapshot")
        info = SnapshotInfo(path, meta.get("pc_id", path.stem), meta.get("pc_uid", ""),
                            meta.get("published_at", ""), int(meta.get("learners", "0") or 0))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise SnapshotError(f"is damaged or incomplete ({exc})") from exc
    except (SnapshotError, ValueError):
        conn.close()
        raise
    return conn, info


def read_meta(path: Path) -> SnapshotInfo | None:
    """The snapshot's header, or None when there is no usable snapshot at `path`."""
    try:
        conn, info = open_snapshot(path)
    except SnapshotError:
        return None
    conn.close()
    return info
