"""The review queue in SQLite: items that come back for review, review answers, and time spent per lesson.

Review answers go to their own table (review_answers), never to attempts or answers, so a review never
changes a lesson's score. Mistakes are found by looking through the learner's lesson answers written since
the last look (review_scan), so answers given on another PC of a shared data folder count too. Which items
are reviewable and when they are due is decided in learning/review.py; this module only stores it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from literacy_app.clock import now_iso
from literacy_app.store.db import Database


@dataclass(frozen=True)
class LessonMistake:
    """A lesson answer that was not (fully) right, as found in the answers table."""

    answer_id: int
    lesson_id: str
    block_id: str
    block_kind: str  # the block type's name, as stored on the attempt
    item_id: str
    answered_at: str


@dataclass(frozen=True)
class NewItem:
    lesson_id: str
    block_id: str
    item_id: str
    kind: str  # question | post
    answer_key: dict[str, Any] | None  # None when the lesson could not be read at the time
    fingerprint: str
    due_on: str  # ISO date


@dataclass(frozen=True)
class ReviewItem:
    id: int
    lesson_id: str
    block_id: str
    item_id: str
    kind: str
    answer_key: dict[str, Any] | None
    fingerprint: str
    box: int
    due_on: str | None
    status: str


def _key(text: str) -> dict[str, Any] | None:
    """A stored key; None when empty or unreadable (a damaged row is treated as a key not known yet)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _item(row: Any) -> ReviewItem:
    return ReviewItem(row["id"], row["lesson_id"], row["block_id"], row["item_id"], row["kind"],
                      _key(row["answer_key"]), row["fingerprint"], row["box"], row["due_on"], row["status"])


class ReviewQueue:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- finding mistakes -------------------------------------------------------------------------
    def last_scanned(self, profile_id: int) -> int:
        row = self.db.query_one("SELECT last_answer_id FROM review_scan WHERE profile_id = ?", (profile_id,))
        return int(row["last_answer_id"]) if row else 0

    def new_answers(self, profile_id: int) -> tuple[list[LessonMistake], int]:
        """The learner's lesson answers that were not right, written since the last scan, and the id of the
        newest answer looked at (pass it to add_items)."""
        since = self.last_scanned(profile_id)
        rows = self.db.query(
            "SELECT n.id, a.lesson_id, a.block_id, a.kind, n.question_id, n.answered_at, n.correct "
            "FROM answers n JOIN attempts a ON a.id = n.attempt_id "
            "WHERE a.profile_id = ? AND n.id > ? ORDER BY n.id",
            (profile_id, since),
        )
        newest = max((row["id"] for row in rows), default=since)
        mistakes = [LessonMistake(row["id"], row["lesson_id"], row["block_id"], row["kind"], row["question_id"],
                                  row["answered_at"]) for row in rows if not row["correct"]]
        return mistakes, newest

    def add_items(self, profile_id: int, items: list[NewItem], scanned_to: int) -> None:
        """Put mistakes in box 0 (a mistake made again starts the item over) and remember the scan, in one
        transaction."""
        stamp = now_iso()
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT INTO review_items(profile_id, lesson_id, block_id, item_id, kind, answer_key, fingerprint, "
                "box, due_on, status, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 'active', ?, ?) "
                "ON CONFLICT(profile_id, lesson_id, block_id, item_id) DO UPDATE SET kind = excluded.kind, "
                "answer_key = excluded.answer_key, fingerprint = excluded.fingerprint, box = 0, "
                "due_on = excluded.due_on, status = 'active', updated_at = excluded.updated_at",
                [(profile_id, item.lesson_id, item.block_id, item.item_id, item.kind,
                  "" if item.answer_key is None else json.dumps(item.answer_key, ensure_ascii=False),
                  item.fingerprint, item.due_on, stamp, stamp) for item in items],
            )
            conn.execute(
                "INSERT INTO review_scan(profile_id, last_answer_id) VALUES (?, ?) ON CONFLICT(profile_id) "
                "DO UPDATE SET last_answer_id = MAX(review_scan.last_answer_id, excluded.last_answer_id)",
                (profile_id, scanned_to),
            )

    # -- reading the queue ------------------------------------------------------------------------
    def items(self, profile_id: int, status: str | None = "active") -> list[ReviewItem]:
        sql = "SELECT * FROM review_items WHERE profile_id = ?"
        params: tuple[Any, ...] = (profile_id,)
        if status is not None:
            sql += " AND status = ?"
            params += (status,)
        return [_item(row) for row in self.db.query(sql + " ORDER BY due_on, id", params)]

    def due(self, profile_id: int, today: str) -> list[ReviewItem]:
        """Active items due on `today` (an ISO date) or earlier, the longest waiting first."""
        rows = self.db.query(
            "SELECT * FROM review_items WHERE profile_id = ? AND status = 'active' AND due_on <= ? "
            "ORDER BY due_on, id", (profile_id, today))
        return [_item(row) for row in rows]

    def item(self, item_id: int) -> ReviewItem | None:
        row = self.db.query_one("SELECT * FROM review_items WHERE id = ?", (item_id,))
        return _item(row) if row else None

    # -- changing items ---------------------------------------------------------------------------
    def record_answer(self, item_id: int, profile_id: int, response: dict[str, Any], correct: bool, score: float,
                      most: float, box_before: int, box_after: int, due_on: str | None) -> None:
        """Store a review answer and move the item to its new box (learned when due_on is None), together."""
        stamp = now_iso()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO review_answers(item_id, profile_id, response, correct, score, max_score, box_before, "
                "box_after, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (item_id, profile_id, json.dumps(response, ensure_ascii=False), int(correct), score, most,
                 box_before, box_after, stamp),
            )
            conn.execute(
                "UPDATE review_items SET box = ?, due_on = ?, status = ?, updated_at = ? WHERE id = ?",
                (box_after, due_on, "active" if due_on else "learned", stamp, item_id),
            )

    def drop(self, item_id: int) -> None:
        """Take an item out of the queue: its question now asks for another answer."""
        with self.db.transaction() as conn:
            conn.execute("UPDATE review_items SET status = 'dropped', due_on = NULL, updated_at = ? WHERE id = ?",
                         (now_iso(), item_id))

    def set_key(self, item_id: int, answer_key: dict[str, Any], fingerprint: str) -> None:
        """Keep the key of a question edited only a little (or first read now), for the next comparison."""
        with self.db.transaction() as conn:
            conn.execute("UPDATE review_items SET answer_key = ?, fingerprint = ?, updated_at = ? WHERE id = ?",
                         (json.dumps(answer_key, ensure_ascii=False), fingerprint, now_iso(), item_id))

    # -- review activity --------------------------------------------------------------------------
    def answers(self, profile_id: int) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT r.*, i.lesson_id, i.block_id, i.item_id FROM review_answers r "
            "JOIN review_items i ON i.id = r.item_id WHERE r.profile_id = ? ORDER BY r.id", (profile_id,))
        return [{"lesson_id": r["lesson_id"], "block_id": r["block_id"], "item_id": r["item_id"],
                 "response": json.loads(r["response"]), "correct": bool(r["correct"]), "score": r["score"],
                 "max_score": r["max_score"], "box_before": r["box_before"], "box_after": r["box_after"],
                 "answered_at": r["answered_at"]} for r in rows]

    def activity(self) -> dict[int, dict[str, Any]]:
        """Per learner: review answers given, how many were right, items waiting, items learned, last review
        (for a teacher: review activity never shows in the gradebook)."""
        found: dict[int, dict[str, Any]] = {}
        for row in self.db.query(
                "SELECT profile_id, COUNT(*) AS answers, SUM(correct) AS right, MAX(answered_at) AS last "
                "FROM review_answers GROUP BY profile_id"):
            found[row["profile_id"]] = {"answers": row["answers"], "right": row["right"] or 0, "last": row["last"],
                                        "waiting": 0, "learned": 0}
        for row in self.db.query("SELECT profile_id, status, COUNT(*) AS n FROM review_items GROUP BY profile_id, "
                                 "status"):
            entry = found.setdefault(row["profile_id"], {"answers": 0, "right": 0, "last": None, "waiting": 0,
                                                         "learned": 0})
            if row["status"] == "active":
                entry["waiting"] = row["n"]
            elif row["status"] == "learned":
                entry["learned"] = row["n"]
        return found


class StudyLog:
    """What My progress reads about one learner beyond their attempts: time spent, saved reflections, and
    each item's score in the last finished attempt (for the pre-test against the post-test)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add_time(self, profile_id: int, lesson_id: str, seconds: int) -> None:
        if seconds <= 0:
            return
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO study_time(profile_id, lesson_id, seconds, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(profile_id, lesson_id) DO UPDATE SET seconds = study_time.seconds + excluded.seconds, "
                "updated_at = excluded.updated_at",
                (profile_id, lesson_id, int(seconds), now_iso()),
            )

    def seconds(self, profile_id: int) -> dict[str, int]:
        rows = self.db.query("SELECT lesson_id, seconds FROM study_time WHERE profile_id = ?", (profile_id,))
        return {row["lesson_id"]: int(row["seconds"]) for row in rows}

    def reflections(self, profile_id: int) -> set[tuple[str, str]]:
        rows = self.db.query("SELECT lesson_id, block_id FROM reflections WHERE profile_id = ? AND text != ''",
                             (profile_id,))
        return {(row["lesson_id"], row["block_id"]) for row in rows}

    def last_item_scores(self, profile_id: int) -> dict[tuple[str, str, str], tuple[float, float]]:
        """(lesson id, block id, item id) -> (score, max score) in the last finished attempt of each block."""
        rows = self.db.query(
            "SELECT a.lesson_id, a.block_id, n.question_id, n.score, n.max_score FROM answers n "
            "JOIN attempts a ON a.id = n.attempt_id WHERE a.id IN (SELECT MAX(id) FROM attempts "
            "WHERE profile_id = ? AND finished_at IS NOT NULL GROUP BY lesson_id, block_id) ORDER BY n.id",
            (profile_id,),
        )
        return {(r["lesson_id"], r["block_id"], r["question_id"]): (r["score"], r["max_score"]) for r in rows}
