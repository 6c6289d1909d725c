"""Where a learner's sign-in secret is kept (learner_secrets): the hash, since when, and wrong tries.

Plain SQL, no policy: services/sign_in.py decides what a try means.
"""

from __future__ import annotations

from dataclasses import dataclass

from literacy_app.clock import now_iso
from literacy_app.store.db import Database


@dataclass(frozen=True)
class StoredSecret:
    """A learner's sign-in picture or code, as stored: its hash and the state of wrong tries."""

    kind: str  # picture | code
    hash: str  # '' after the teacher's reset: the learner chooses again
    since: str  # when the learner first chose it
    failures: int
    locked_until: float


class LearnerSecrets:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, profile_id: int) -> StoredSecret | None:
        row = self.db.query_one("SELECT kind, hash, since, failures, locked_until FROM learner_secrets "
                                "WHERE profile_id = ?", (profile_id,))
        if row is None:
            return None
        return StoredSecret(row["kind"], row["hash"], row["since"], int(row["failures"]), float(row["locked_until"]))

    def choose(self, profile_id: int, kind: str, hashed: str) -> str:
        """Store a newly chosen secret; returns its `since`. After a teacher's reset (hash '') the original
        `since` stays: the teacher vouched for the learner. Otherwise `since` is now."""
        stamp = now_iso()
        with self.db.transaction() as conn:
            row = conn.execute("SELECT hash, since FROM learner_secrets WHERE profile_id = ?", (profile_id,)).fetchone()
            since = row["since"] if row is not None and row["hash"] == "" else stamp
            conn.execute(
                "INSERT INTO learner_secrets(profile_id, kind, hash, since, failures, locked_until, updated_at) "
                "VALUES (?, ?, ?, ?, 0, 0, ?) ON CONFLICT(profile_id) DO UPDATE SET kind = excluded.kind, "
                "hash = excluded.hash, since = excluded.since, failures = 0, locked_until = 0, "
                "updated_at = excluded.updated_at", (profile_id, kind, hashed, since, stamp))
        return str(since)

    def record_try(self, profile_id: int, failures: int, locked_until: float) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE learner_secrets SET failures = ?, locked_until = ?, updated_at = ? "
                         "WHERE profile_id = ?", (failures, locked_until, now_iso(), profile_id))

    def reset(self, profile_id: int) -> bool:
        """The teacher's "forgot my code": the learner chooses a new one at their next sign-in. False when the
        learner had none."""
        with self.db.transaction() as conn:
            changed = conn.execute("UPDATE learner_secrets SET hash = '', failures = 0, locked_until = 0, "
                                   "updated_at = ? WHERE profile_id = ?", (now_iso(), profile_id)).rowcount
        return bool(changed)
