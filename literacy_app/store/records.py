"""Everything the app reads and writes about learners: profiles, attempts, answers, progress."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any

from literacy_app.clock import now_iso
from literacy_app.store.db import Database


def _new_uid() -> str:
    import uuid  # loaded with the first new learner or attempt, not on the way to the first lesson

    return str(uuid.uuid4())


def _enqueue(conn: sqlite3.Connection, statements: Iterable[dict[str, Any]]) -> None:
    """Queue xAPI statements in the same transaction (the outbox module loads with the first answer)."""
    from literacy_app.store.outbox import enqueue

    enqueue(conn, statements)


@dataclass(frozen=True)
class Profile:
    """A learner on this PC."""

    id: int
    uid: str
    name: str
    avatar: str = ""
    student_id: str = ""
    last_active_at: str | None = None

    @property
    def initials(self) -> str:
        parts = [p for p in self.name.split() if p]
        return "".join(p[0] for p in parts[:2]).upper() or "?"


@dataclass(frozen=True)
class AnswerRecord:
    """One scored answer of an attempt (a question, a post, a poll's answer)."""

    question_id: str
    response: dict[str, Any]
    correct: bool
    score: float
    max_score: float


@dataclass(frozen=True)
class AttemptRecord:
    """One try at a graded activity, with its total and its answers."""

    id: int
    uid: str
    lesson_id: str
    block_id: str
    kind: str
    score: float
    max_score: float
    started_at: str
    finished_at: str | None


# builds the xAPI statements of an action from the attempt as stored, inside the action's transaction
StatementFactory = Callable[[AttemptRecord], list[dict[str, Any]]]


def _profile(row: sqlite3.Row) -> Profile:
    return Profile(row["id"], row["uid"], row["name"], row["avatar"], row["student_id"], row["last_active_at"])


def _attempt(row: sqlite3.Row) -> AttemptRecord:
    return AttemptRecord(row["id"], row["uid"], row["lesson_id"], row["block_id"], row["kind"], row["score"],
                         row["max_score"], row["started_at"], row["finished_at"])


def _latest_attempt_row(conn: sqlite3.Connection, profile_id: int, lesson_id: str, block_id: str,
                        unfinished_only: bool) -> sqlite3.Row | None:
    unfinished = "AND finished_at IS NULL " if unfinished_only else ""
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM attempts WHERE profile_id = ? AND lesson_id = ? AND block_id = ? "
        f"{unfinished}ORDER BY id DESC LIMIT 1",
        (profile_id, lesson_id, block_id),
    ).fetchone()
    return row


class Records:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- profiles ---------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        rows = self.db.query(
            "SELECT * FROM profiles WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE"
        )
        return [_profile(row) for row in rows]

    def profile(self, profile_id: int) -> Profile | None:
        row = self.db.query_one("SELECT * FROM profiles WHERE id = ?", (profile_id,))
        return _profile(row) if row else None

    def profile_by_name(self, name: str) -> Profile | None:
        row = self.db.query_one(
            "SELECT * FROM profiles WHERE name = ? COLLATE NOCASE AND archived_at IS NULL", (name.strip(),)
        )
        return _profile(row) if row else None

    def add_profile(self, name: str, avatar: str = "", student_id: str = "", uid: str = "") -> Profile:
        """A new learner; `uid` only where the learner already exists elsewhere (a simulated class on
        several PCs), otherwise a fresh UUID."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("a profile needs a name")
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO profiles(uid, name, avatar, student_id, created_at) VALUES (?, ?, ?, ?, ?)",
                (uid or _new_uid(), name, avatar, student_id, now_iso()),
            )
        profile = self.profile(int(cursor.lastrowid or 0))
        assert profile is not None  # just inserted, in this transaction
        return profile

    def touch_profile(self, profile_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE profiles SET last_active_at = ? WHERE id = ?", (now_iso(), profile_id))

    # -- attempts and answers ---------------------------------------------------------------
    def open_attempt(self, profile_id: int, lesson_id: str, block_id: str) -> AttemptRecord | None:
        """The unfinished attempt new answers go into, if there is one."""
        row = _latest_attempt_row(self.db.conn, profile_id, lesson_id, block_id, unfinished_only=True)
        return _attempt(row) if row else None

    def latest_attempt(self, profile_id: int, lesson_id: str, block_id: str) -> AttemptRecord | None:
        row = _latest_attempt_row(self.db.conn, profile_id, lesson_id, block_id, unfinished_only=False)
        return _attempt(row) if row else None

    def attempts(self, profile_id: int, lesson_id: str | None = None) -> list[AttemptRecord]:
        sql = "SELECT * FROM attempts WHERE profile_id = ?"
        params: tuple[Any, ...] = (profile_id,)
        if lesson_id is not None:
            sql += " AND lesson_id = ?"
            params += (lesson_id,)
        return [_attempt(row) for row in self.db.query(sql + " ORDER BY id", params)]

    def finished_attempt_count(self, profile_id: int, lesson_id: str, block_id: str) -> int:
        return int(self.db.scalar(
            "SELECT COUNT(*) FROM attempts WHERE profile_id = ? AND lesson_id = ? AND block_id = ? "
            "AND finished_at IS NOT NULL",
            (profile_id, lesson_id, block_id),
        ))

    def answers(self, attempt_id: int) -> list[AnswerRecord]:
        rows = self.db.query(
            "SELECT question_id, response, correct, score, max_score FROM answers WHERE attempt_id = ? ORDER BY id",
            (attempt_id,),
        )
        return [AnswerRecord(r["question_id"], json.loads(r["response"]), bool(r["correct"]), r["score"],
                             r["max_score"]) for r in rows]

    def record_answer(
        self, profile_id: int, lesson_id: str, block_id: str, kind: str, answer: AnswerRecord,
        max_score: float, finishes: bool = False, statements: StatementFactory | None = None,
        completes_with: Collection[str] | None = None,
    ) -> AttemptRecord:
        """Store one answer in the open attempt (opening one if needed), in one transaction.

        statements: builds the xAPI statements from the stored attempt; they are queued in the same transaction.
        completes_with: the attempt is finished once all these question ids are answered in it (decided inside
        the transaction, so two copies of the app answering at once cannot leave it open forever).
        """
        return self.record_answers(profile_id, lesson_id, block_id, kind, [answer], max_score, finishes, statements,
                                   completes_with)

    def record_answers(
        self, profile_id: int, lesson_id: str, block_id: str, kind: str, answers: list[AnswerRecord],
        max_score: float, finishes: bool = False, statements: StatementFactory | None = None,
        completes_with: Collection[str] | None = None,
    ) -> AttemptRecord:
        """Store several answers given at once (a feed's posts) in the open attempt, in one transaction."""
        stamp = now_iso()
        with self.db.transaction() as conn:
            row = _latest_attempt_row(conn, profile_id, lesson_id, block_id, unfinished_only=True)
            if row is None:
                attempt_id = conn.execute(
                    "INSERT INTO attempts(uid, profile_id, lesson_id, block_id, kind, max_score, started_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (_new_uid(), profile_id, lesson_id, block_id, kind, max_score, stamp),
                ).lastrowid
            else:
                attempt_id = row["id"]
            conn.executemany(
                "INSERT INTO answers(attempt_id, question_id, response, correct, score, max_score, answered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(attempt_id, answer.question_id, json.dumps(answer.response, ensure_ascii=False),
                  int(answer.correct), answer.score, answer.max_score, stamp) for answer in answers],
            )
            if completes_with is not None:
                answered = {r[0] for r in conn.execute("SELECT question_id FROM answers WHERE attempt_id = ?",
                                                       (attempt_id,))}
                finishes = finishes or answered >= set(completes_with)
            conn.execute(
                "UPDATE attempts SET score = (SELECT COALESCE(SUM(score), 0) FROM answers WHERE attempt_id = ?), "
                "max_score = ?, finished_at = ? WHERE id = ?",
                (attempt_id, max_score, stamp if finishes else None, attempt_id),
            )
            record = conn.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
            if statements is not None:
                _enqueue(conn, statements(_attempt(record)))
        return _attempt(record)

    def record_scenario_run(
        self, profile_id: int, lesson_id: str, block_id: str, path: list[str], choices: list[str],
        ending_id: str, outcome: str, score: float, max_score: float, started_at: str,
        statements: StatementFactory | None = None,
    ) -> AttemptRecord:
        stamp = now_iso()
        with self.db.transaction() as conn:
            attempt_id = conn.execute(
                "INSERT INTO attempts(uid, profile_id, lesson_id, block_id, kind, score, max_score, started_at, "
                "finished_at) VALUES (?, ?, ?, ?, 'scenario', ?, ?, ?, ?)",
                (_new_uid(), profile_id, lesson_id, block_id, score, max_score, started_at, stamp),
            ).lastrowid
            conn.execute(
                "INSERT INTO scenario_runs(attempt_id, path, choices, ending_id, outcome, score) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (attempt_id, json.dumps(path), json.dumps(choices, ensure_ascii=False), ending_id, outcome, score),
            )
            record = conn.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
            if statements is not None:
                _enqueue(conn, statements(_attempt(record)))
        return _attempt(record)

    def scenario_runs(self, profile_id: int, lesson_id: str, block_id: str) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT r.*, a.started_at, a.finished_at FROM scenario_runs r JOIN attempts a ON a.id = r.attempt_id "
            "WHERE a.profile_id = ? AND a.lesson_id = ? AND a.block_id = ? ORDER BY a.id",
            (profile_id, lesson_id, block_id),
        )
        return [
            {"path": json.loads(r["path"]), "choices": json.loads(r["choices"]), "ending_id": r["ending_id"],
             "outcome": r["outcome"], "score": r["score"], "finished_at": r["finished_at"]}
            for r in rows
        ]

    # -- progress, reflections, app state ---------------------------------------------------
    def set_progress(self, profile_id: int, lesson_id: str, step: int, step_count: int) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO progress(profile_id, lesson_id, step, step_count, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(profile_id, lesson_id) DO UPDATE SET step = excluded.step, "
                "step_count = excluded.step_count, updated_at = excluded.updated_at",
                (profile_id, lesson_id, step, step_count, now_iso()),
            )
            conn.execute(
                "INSERT INTO app_state(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (f"last_lesson:{profile_id}", lesson_id),
            )

    def complete_lesson(self, profile_id: int, lesson_id: str, step_count: int,
                        statements: list[dict[str, Any]] | None = None) -> None:
        """Mark a lesson done; statements are queued only the first time it is completed."""
        stamp = now_iso()
        with self.db.transaction() as conn:
            done = conn.execute("SELECT completed_at FROM progress WHERE profile_id = ? AND lesson_id = ?",
                                (profile_id, lesson_id)).fetchone()
            if statements and not (done and done["completed_at"]):
                _enqueue(conn, statements)
            conn.execute(
                "INSERT INTO progress(profile_id, lesson_id, step, step_count, completed_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(profile_id, lesson_id) DO UPDATE SET "
                "completed_at = COALESCE(progress.completed_at, excluded.completed_at), "
                "updated_at = excluded.updated_at",
                (profile_id, lesson_id, max(step_count - 1, 0), step_count, stamp, stamp),
            )

    def progress(self, profile_id: int) -> dict[str, dict[str, Any]]:
        rows = self.db.query("SELECT * FROM progress WHERE profile_id = ?", (profile_id,))
        return {r["lesson_id"]: {"step": r["step"], "step_count": r["step_count"],
                                 "completed_at": r["completed_at"]} for r in rows}

    def last_lesson(self, profile_id: int) -> str | None:
        return self.state(f"last_lesson:{profile_id}")

    def save_reflection(self, profile_id: int, lesson_id: str, block_id: str, text: str,
                        statements: list[dict[str, Any]] | None = None) -> None:
        with self.db.transaction() as conn:
            if statements:
                _enqueue(conn, statements)
            conn.execute(
                "INSERT INTO reflections(profile_id, lesson_id, block_id, text, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(profile_id, lesson_id, block_id) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                (profile_id, lesson_id, block_id, text, now_iso()),
            )

    def reflection(self, profile_id: int, lesson_id: str, block_id: str) -> str | None:
        row = self.db.query_one(
            "SELECT text FROM reflections WHERE profile_id = ? AND lesson_id = ? AND block_id = ?",
            (profile_id, lesson_id, block_id),
        )
        return row["text"] if row else None

    def reflection_saved(self, profile_id: int, lesson_id: str, block_id: str) -> tuple[str, str] | None:
        """(text, when it was saved) of a reflection, or None."""
        row = self.db.query_one(
            "SELECT text, updated_at FROM reflections WHERE profile_id = ? AND lesson_id = ? AND block_id = ?",
            (profile_id, lesson_id, block_id),
        )
        return (row["text"], row["updated_at"]) if row else None

    def state(self, key: str) -> str | None:
        row = self.db.query_one("SELECT value FROM app_state WHERE key = ?", (key,))
        return row["value"] if row else None

    def set_state(self, key: str, value: str) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO app_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
