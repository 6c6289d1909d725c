"""The xAPI outbox: statements waiting for the Learning Record Store, and what became of them.

`enqueue` runs inside the caller's transaction, so a statement is stored exactly when the answer is.
Delivery state (sent, rejected, the last error) is written by the sender through `Outbox`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from literacy_app.clock import now_iso
from literacy_app.store.db import Database

# where the teacher's own LRS settings are kept (app_state keys); the config file wins over them
CONNECTION_KEYS = ("lrs.endpoint", "lrs.user", "lrs.password")
STATE_LAST_ERROR = "lrs.last_error"
STATE_LAST_ATTEMPT = "lrs.last_attempt_at"
STATE_LAST_SENT = "lrs.last_sent_at"


def enqueue(conn: sqlite3.Connection, statements: Iterable[dict[str, Any]]) -> int:
    """Queue statements inside an open transaction; returns how many were queued."""
    stamp = now_iso()
    rows = [(s["id"], json.dumps(s, ensure_ascii=False, separators=(",", ":")), stamp) for s in statements]
    conn.executemany("INSERT INTO xapi_outbox(statement_id, statement, created_at) VALUES (?, ?, ?)", rows)
    return len(rows)


@dataclass(frozen=True)
class QueuedStatement:
    row_id: int
    statement_id: str
    statement: dict[str, Any]


@dataclass(frozen=True)
class OutboxStatus:
    pending: int
    sent: int
    rejected: int
    last_error: str
    last_attempt_at: str | None
    last_sent_at: str | None

    @property
    def total(self) -> int:
        return self.pending + self.sent + self.rejected


class Outbox:
    """Reads and updates the outbox through one Database (the sender keeps its own)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def pending(self, limit: int) -> list[QueuedStatement]:
        rows = self.db.query(
            "SELECT id, statement_id, statement FROM xapi_outbox WHERE status = 'pending' ORDER BY id LIMIT ?",
            (limit,),
        )
        return [QueuedStatement(r["id"], r["statement_id"], json.loads(r["statement"])) for r in rows]

    def mark_sent(self, row_ids: list[int]) -> None:
        stamp = now_iso()
        with self.db.transaction() as conn:
            conn.executemany(
                "UPDATE xapi_outbox SET status = 'sent', sent_at = ?, tries = tries + 1, error = '' "
                "WHERE id = ? AND status = 'pending'",
                [(stamp, row_id) for row_id in row_ids],
            )
            _set_state(conn, STATE_LAST_SENT, stamp)
            _set_state(conn, STATE_LAST_ERROR, "")

    def mark_rejected(self, row_id: int, reason: str) -> None:
        """The LRS will never take this statement as it is (a conflicting id, an invalid statement)."""
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE xapi_outbox SET status = 'rejected', tries = tries + 1, error = ? WHERE id = ?",
                (reason, row_id),
            )

    def record_failure(self, row_ids: list[int], error: str) -> None:
        """A try that may work later (offline, server down): the rows stay pending."""
        with self.db.transaction() as conn:
            conn.executemany("UPDATE xapi_outbox SET tries = tries + 1, error = ? WHERE id = ?",
                             [(error, row_id) for row_id in row_ids])
            _set_state(conn, STATE_LAST_ERROR, error)

    def note_attempt(self) -> None:
        with self.db.transaction() as conn:
            _set_state(conn, STATE_LAST_ATTEMPT, now_iso())

    def status(self) -> OutboxStatus:
        counts = {r["status"]: r["n"] for r in self.db.query(
            "SELECT status, COUNT(*) AS n FROM xapi_outbox GROUP BY status")}
        state = {r["key"]: r["value"] for r in self.db.query(
            "SELECT key, value FROM app_state WHERE key IN (?, ?, ?)",
            (STATE_LAST_ERROR, STATE_LAST_ATTEMPT, STATE_LAST_SENT))}
        return OutboxStatus(counts.get("pending", 0), counts.get("sent", 0), counts.get("rejected", 0),
                            state.get(STATE_LAST_ERROR, ""), state.get(STATE_LAST_ATTEMPT),
                            state.get(STATE_LAST_SENT))

    def rejected(self) -> list[tuple[str, str]]:
        """(statement id, reason) for every statement the LRS refused for good."""
        rows = self.db.query("SELECT statement_id, error FROM xapi_outbox WHERE status = 'rejected' ORDER BY id")
        return [(r["statement_id"], r["error"]) for r in rows]

    def statements(self, status: str | None = None) -> list[dict[str, Any]]:
        """Every queued statement in the order it was made (for export and checks)."""
        sql, params = "SELECT statement FROM xapi_outbox", tuple[str, ...]()
        if status is not None:
            sql, params = sql + " WHERE status = ?", (status,)
        return [json.loads(r["statement"]) for r in self.db.query(sql + " ORDER BY id", params)]

    # -- the teacher's connection settings (plain text in the database, like the ini file) --------
    def saved_connection(self) -> dict[str, str]:
        rows = self.db.query("SELECT key, value FROM app_state WHERE key IN (?, ?, ?)", CONNECTION_KEYS)
        return {r["key"].split(".", 1)[1]: r["value"] for r in rows}

    def save_connection(self, endpoint: str, user: str, password: str) -> None:
        with self.db.transaction() as conn:
            for key, value in zip(CONNECTION_KEYS, (endpoint.strip(), user.strip(), password), strict=True):
                _set_state(conn, key, value)


def _set_state(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO app_state(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def statements_json(db: Database, library: object = None) -> str:
    """Every statement the LRS has not refused, as one JSON array, for a manual upload (results --format xapi).

    Resending statements the LRS already has is harmless: their ids are fixed."""
    statements = [s for status in ("sent", "pending") for s in Outbox(db).statements(status)]
    statements.sort(key=lambda s: (s.get("timestamp", ""), s["id"]))
    return json.dumps(statements, ensure_ascii=False, indent=2) + "\n"
