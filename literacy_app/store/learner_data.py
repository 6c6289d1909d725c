"""Everything this PC holds about one learner: found, counted, exported and erased through one map.

`LEARNER_ROWS` names every table of the schema that can hold something about a learner and how to find one
learner's rows in it (`:pid` is the profile's row id, `:uid` its random uid). Export and erase both read it, so
they can never disagree about what "everything" is; tests/store/test_learner_data.py reads the schema and fails
when a table is neither here nor in `NO_LEARNER_DATA`.

Erasing is one transaction with `secure_delete` on (deleted content is overwritten in the file as part of the
transaction), then `VACUUM` rebuilds the file without the freed pages. A crash or a kill before the commit leaves
the learner whole (the rollback journal puts every page back); after it, the learner is gone.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from literacy_app import __version__
from literacy_app.clock import now_iso
from literacy_app.store.db import Database
from literacy_app.store.outbox import enqueue

_ACTOR = "CASE WHEN json_valid(statement) THEN json_extract(statement, '$.actor.account.name') END"

# table -> the learner's rows in it; in the order erase deletes them (rows that point at others go first)
LEARNER_ROWS: dict[str, str] = {
    "answers": "attempt_id IN (SELECT id FROM attempts WHERE profile_id = :pid)",
    "scenario_runs": "attempt_id IN (SELECT id FROM attempts WHERE profile_id = :pid)",
    "attempts": "profile_id = :pid",
    "progress": "profile_id = :pid",
    "reflections": "profile_id = :pid",
    "reset_archive": "profile_id = :pid",
    "review_answers": "profile_id = :pid OR item_id IN (SELECT id FROM review_items WHERE profile_id = :pid)",
    "review_items": "profile_id = :pid",
    "review_scan": "profile_id = :pid",
    "study_time": "profile_id = :pid",
    "learner_secrets": "profile_id = :pid",
    "class_events": "learner_uid = :uid",
    "xapi_outbox": f"{_ACTOR} = :uid",
    # where the learner was last (last_lesson:<id>), who used the PC last, which class events were applied
    "app_state": "key = 'last_lesson:' || :pid OR (key = 'last_profile' AND value = CAST(:pid AS TEXT)) "
                 "OR key GLOB 'class.applied:*:' || :uid || ':*'",
    "profiles": "id = :pid",
}

# table -> why it holds nothing about any one learner (none today: every table is in LEARNER_ROWS)
NO_LEARNER_DATA: dict[str, str] = {}

# what each table is, in the teacher's words (the confirmation before an erase lists these with their counts)
KIND_LABELS: dict[str, str] = {
    "profiles": "profile (name, picture, student id)",
    "attempts": "attempts at quizzes, feeds and scenarios",
    "answers": "answers",
    "scenario_runs": "scenario paths",
    "progress": "lesson progress",
    "reflections": "reflections (their own words)",
    "reset_archive": "work put aside by a reset",
    "review_items": "mistakes kept for review",
    "review_answers": "answers given in review",
    "review_scan": "review bookkeeping",
    "study_time": "time spent per lesson",
    "learner_secrets": "sign-in pictures or code (as a hash)",
    "class_events": "teacher actions for the class folder",
    "xapi_outbox": "xAPI statements on this PC (queued or sent)",
    "app_state": "where they were last",
}

# columns that hold JSON: the export shows them as JSON values rather than as strings of JSON
JSON_COLUMNS = {("answers", "response"), ("scenario_runs", "path"), ("scenario_runs", "choices"),
                ("reset_archive", "payload"), ("xapi_outbox", "statement"), ("review_items", "answer_key"),
                ("review_answers", "response")}
# columns never exported as they are stored (a hash of two pictures out of nine is found by trying all 36 pairs)
WITHHELD = {("learner_secrets", "hash"): "[withheld: a salted hash of the learner's sign-in secret]"}

# builds the voiding statement for a statement id already sent to the LRS; None: nothing to queue
VoidingBuilder = Callable[[str], "dict[str, Any] | None"]


@dataclass(frozen=True)
class Erased:
    """What an erase removed from this PC, for the teacher and the district."""

    name: str
    uid: str
    counts: dict[str, int]  # table -> rows removed
    sent_statements: list[str] = field(default_factory=list)  # ids of statements an LRS already has
    voiding_queued: int = 0  # voiding statements queued for them
    vacuumed: bool = False  # the file was rebuilt without the freed pages


def _params(profile_id: int, uid: str) -> dict[str, Any]:
    return {"pid": profile_id, "uid": uid}


def learner_counts(conn: sqlite3.Connection, profile_id: int, uid: str) -> dict[str, int]:
    """Rows per table about this learner (every table of LEARNER_ROWS, 0 included)."""
    return {table: int(conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}",
                                    _params(profile_id, uid)).fetchone()[0])
            for table, where in LEARNER_ROWS.items()}


def learner_rows(conn: sqlite3.Connection, profile_id: int, uid: str) -> dict[str, list[dict[str, Any]]]:
    """Every row about this learner, table by table, JSON columns decoded, the sign-in hash withheld."""
    found: dict[str, list[dict[str, Any]]] = {}
    for table, where in LEARNER_ROWS.items():
        cursor = conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY rowid", _params(profile_id, uid))
        columns = [column[0] for column in cursor.description]
        rows = []
        for values in cursor.fetchall():
            row = dict(zip(columns, values, strict=True))
            for column in columns:
                if (table, column) in WITHHELD and row[column]:
                    row[column] = WITHHELD[(table, column)]
                elif (table, column) in JSON_COLUMNS and isinstance(row[column], str):
                    row[column] = _json_or_text(row[column])
            rows.append(row)
        found[table] = rows
    return found


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def sent_statement_ids(conn: sqlite3.Connection, uid: str) -> list[str]:
    """Statements about this learner that an LRS has already accepted (they can only be voided there)."""
    return [row[0] for row in conn.execute(
        f"SELECT statement_id FROM xapi_outbox WHERE status = 'sent' AND {_ACTOR} = ? ORDER BY id", (uid,))]


def learner_document(db: Database, profile_id: int | None, uid: str = "") -> dict[str, Any]:
    """The learner's export (docs/security.md, "Everything about one learner"): every table's rows, each
    table present even when it holds nothing about them. profile_id None: a learner with no profile on this PC
    (in a class, one who worked only on other PCs): only rows found by their uid."""
    row = db.query_one("SELECT * FROM profiles WHERE id = ?", (profile_id,)) if profile_id is not None else None
    if profile_id is not None and row is None:
        raise LookupError(f"no learner with id {profile_id}")
    learner = {key: row[key] for key in ("uid", "name", "student_id", "avatar", "created_at", "last_active_at",
                                         "archived_at")} if row is not None else {"uid": uid}
    uid = str(learner["uid"])
    return {
        "format": "media-literacy-lab-learner", "version": 1, "app_version": __version__, "exported_at": now_iso(),
        "learner": learner,
        "tables": learner_rows(db.conn, profile_id if profile_id is not None else -1, uid),
        "sent_to_lrs": sent_statement_ids(db.conn, uid),
        "other_pcs": [],
    }


def erase_learner(db: Database, profile_id: int, voiding: VoidingBuilder | None = None,
                  tombstones: Iterable[str] = (), pc_id: str = "", vacuum: bool = True) -> Erased:
    """Remove every row about this learner in one transaction, then VACUUM.

    voiding: builds a voiding statement for each statement already sent (queued in the same transaction).
    tombstones: uids to record an 'erase' class event for (a class folder: every PC erases its copy too).
    Raises LookupError when there is no such learner.
    """
    previous = int(db.scalar("PRAGMA secure_delete"))
    db.conn.execute("PRAGMA secure_delete = ON")  # deleted text is overwritten inside the transaction itself
    try:
        with db.transaction() as conn:
            row = conn.execute("SELECT name, uid FROM profiles WHERE id = ?", (profile_id,)).fetchone()
            if row is None:
                raise LookupError(f"no learner with id {profile_id}")
            name, uid = str(row["name"]), str(row["uid"])
            counts = learner_counts(conn, profile_id, uid)
            sent = sent_statement_ids(conn, uid)
            remove_learner_rows(conn, profile_id, uid)
            statements = [s for s in (voiding(statement_id) for statement_id in sent) if s] if voiding else []
            enqueue(conn, statements)
            stamp = now_iso()
            conn.executemany("INSERT OR IGNORE INTO class_events(kind, learner_uid, lesson_id, at, pc_id) "
                             "VALUES ('erase', ?, '', ?, ?)",
                             [(each, stamp, pc_id) for each in dict.fromkeys(tombstones)])
    finally:
        db.conn.execute(f"PRAGMA secure_delete = {previous:d}")
    return Erased(name, uid, counts, sent, len(statements), vacuum_file(db) if vacuum else False)


def remove_learner_rows(conn: sqlite3.Connection, profile_id: int, uid: str) -> None:
    """Delete every row of LEARNER_ROWS about this learner, inside the caller's transaction."""
    for table, where in LEARNER_ROWS.items():
        conn.execute(f"DELETE FROM {table} WHERE {where}", _params(profile_id, uid))


def vacuum_file(db: Database) -> bool:
    """Rebuild the database file without freed pages; False when another connection kept it busy too long
    (the erased rows are already overwritten; the next erase or start tries again)."""
    if str(db.path) == ":memory:":
        return True
    try:
        db.conn.execute("VACUUM")
    except sqlite3.OperationalError:
        return False
    return True


def inactive_profiles(db: Database, before: str) -> list[dict[str, Any]]:
    """Learners whose last sign-in and last saved work are both older than `before` (ISO time), oldest first."""
    return [dict(row) for row in db.query(
        """SELECT id, uid, name, student_id, last_seen FROM (
               SELECT p.id, p.uid, p.name, p.student_id, MAX(
                   COALESCE(p.last_active_at, ''), p.created_at,
                   COALESCE((SELECT MAX(COALESCE(a.finished_at, a.started_at)) FROM attempts a
                             WHERE a.profile_id = p.id), ''),
                   COALESCE((SELECT MAX(g.updated_at) FROM progress g WHERE g.profile_id = p.id), ''),
                   COALESCE((SELECT MAX(r.updated_at) FROM reflections r WHERE r.profile_id = p.id), '')
               ) AS last_seen FROM profiles p)
           WHERE last_seen < ? ORDER BY last_seen, name COLLATE NOCASE""", (before,))]


def local_profiles(db: Database, uids: Iterable[str], student_id: str = "") -> list[tuple[int, str]]:
    """(profile id, uid) of this PC's profiles that are these uids, or this student id."""
    wanted = [uid for uid in dict.fromkeys(uids) if uid]
    marks = ",".join("?" for _ in wanted) or "NULL"
    rows = db.query(f"SELECT id, uid FROM profiles WHERE uid IN ({marks}) "
                    "OR (? != '' AND student_id = ? COLLATE NOCASE) ORDER BY id",
                    (*wanted, student_id.strip(), student_id.strip()))
    return [(int(row["id"]), str(row["uid"])) for row in rows]
