"""One learner's data, for the teacher and the command line: see it all, hand it over, erase it for good.

Plain Python, no Qt. A learner is named by their uid (the same on every PC of a class); on one PC it is the
profile's uid. In a class, a learner is all their copies (class_merge.group_learners): erase removes this PC's
copy, records an 'erase' class event that every other PC applies when it next reads the class folder
(services/class_folder.py), takes the name off the class roster and publishes at once.

An erase is refused while the learner is open on another PC: that PC's latest snapshot shows them signing in
or saving work within the last OPEN_ELSEWHERE_MINUTES. Idle learners are signed out after 10 minutes, and a PC
publishes within seconds of saved work, so a quarter of an hour after their last activity they are not open.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from literacy_app.clock import now, now_iso
from literacy_app.files import atomic_write_bytes
from literacy_app.learning.xapi import StatementBuilder
from literacy_app.services.class_folder import ROSTER_NAME, ClassFolder, ClassRead
from literacy_app.services.session import Session
from literacy_app.services.sign_in import SignInService
from literacy_app.store.class_merge import Learner, group_learners, read_learners
from literacy_app.store.class_snapshot import SnapshotError, open_snapshot, read_meta
from literacy_app.store.db import Database
from literacy_app.store.learner_data import (
    KIND_LABELS,
    Erased,
    VoidingBuilder,
    erase_learner,
    inactive_profiles,
    learner_counts,
    learner_document,
    local_profiles,
    sent_statement_ids,
)
from literacy_app.store.learner_snapshots import erased_uids, last_activity, snapshot_rows
from literacy_app.store.roster import roster_csv_rows

OPEN_ELSEWHERE_MINUTES = 15


class EraseRefused(Exception):
    """The learner cannot be erased now; the message says why in plain words."""


@dataclass(frozen=True)
class LearnerChoice:
    """A learner the teacher can export or erase."""

    uid: str  # the canonical uid (the first copy made)
    name: str
    student_id: str
    last_seen: str | None  # last sign-in or saved work, on any PC known here
    here: bool  # has a profile on this PC
    archived: bool
    uids: tuple[str, ...] = ()  # every copy's uid (a class: one per PC that created it)


@dataclass(frozen=True)
class Inventory:
    """Exactly what an erase would remove, shown before the teacher confirms."""

    learner: LearnerChoice
    counts: dict[str, int]  # table -> rows on this PC
    other_pcs: list[str]  # PCs whose published snapshot still holds the learner
    sent_statements: list[str]  # statements an LRS already has (listed; voided when an LRS is configured)
    will_void: bool
    refusal: str  # "" or why the erase would be refused now

    @property
    def kinds(self) -> list[tuple[str, int]]:
        """(what, how many) for every kind with something in it, in the teacher's words."""
        order = [*KIND_LABELS, *(table for table in self.counts if table not in KIND_LABELS)]
        return [(KIND_LABELS.get(table, table), self.counts[table]) for table in order if self.counts.get(table)]


@dataclass
class EraseOutcome:
    erased: list[Erased] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)
    roster_problem: str = ""


class PrivacyService:
    def __init__(self, db: Database, sign_in: SignInService | None = None, class_folder: ClassFolder | None = None,
                 xapi: StatementBuilder | None = None, lrs_configured: Callable[[], bool] = lambda: False,
                 session: Session | None = None, keep_months: int | None = None) -> None:
        self.db = db
        self.sign_in = sign_in
        self.class_folder = class_folder
        self.xapi = xapi or StatementBuilder()
        self.lrs_configured = lrs_configured
        self.session = session  # signed out when the learner at the PC is erased
        self.keep_months = keep_months
        if class_folder is not None:
            class_folder.voiding = self.voiding  # a learner erased elsewhere: this PC's sent statements too

    def voiding(self, statement_id: str) -> dict[str, Any] | None:
        """The voiding statement for a statement already sent, when an LRS is configured (else None)."""
        return self.xapi.voided(statement_id) if self.lrs_configured() else None

    # -- who --------------------------------------------------------------------------------
    def _read(self) -> ClassRead | None:
        return self.class_folder.read() if self.class_folder is not None else None

    def learners(self, read: ClassRead | None = None) -> list[LearnerChoice]:
        """Every learner known here (archived ones too): this PC's, and in a class every PC's."""
        read = read if read is not None else self._read()
        local = self.db.query("SELECT * FROM profiles")
        local_uids = {row["uid"] for row in local}
        # last sign-in or saved work of every profile here ("9999": later than any time, so every profile)
        last_here = {row["uid"]: row["last_seen"] for row in inactive_profiles(self.db, "9999")}
        copies = [Learner(r["uid"], r["name"], r["avatar"], r["student_id"], r["created_at"],
                          last_here.get(r["uid"]) or r["last_active_at"], r["archived_at"]) for r in local]
        # erased here (the event may not be published yet) or on any PC of the class
        erased = {str(row[0]) for row in self.db.query("SELECT learner_uid FROM class_events WHERE kind = 'erase'")}
        if read is not None:
            paths = [path for _, path in read.snapshots]
            erased |= erased_uids(paths)
            for path in paths:
                try:
                    conn, _info = open_snapshot(path)
                except SnapshotError:
                    continue
                try:
                    copies += read_learners(conn)
                finally:
                    conn.close()
        choices = []
        for group in group_learners(copies).values():
            if any(copy.uid in erased for copy in group):
                continue
            first = group[0]
            seen = max((c.last_active_at or c.created_at for c in group), default=None)
            choices.append(LearnerChoice(
                first.uid, first.name, next((c.student_id for c in group if c.student_id), ""), seen,
                any(c.uid in local_uids for c in group), all(c.archived_at for c in group),
                tuple(dict.fromkeys(c.uid for c in group))))
        return sorted(choices, key=lambda c: (c.name.casefold(), c.uid))

    def find(self, text: str) -> list[LearnerChoice]:
        """Learners whose name, uid, student id or profile number (on this PC) is `text`."""
        needle = text.strip().casefold()
        ids = {str(row["id"]): row["uid"] for row in self.db.query("SELECT id, uid FROM profiles")}
        return [c for c in self.learners() if needle in (c.name.casefold(), c.student_id.casefold())
                or needle in c.uids or ids.get(needle) in c.uids]

    def _choice(self, uid: str, read: ClassRead | None) -> LearnerChoice:
        found = next((c for c in self.learners(read) if uid in c.uids), None)
        if found is None:
            raise LookupError(f"no learner with id {uid}")
        return found

    # -- what ------------------------------------------------------------------------------
    def inventory(self, uid: str) -> Inventory:
        read = self._read()
        learner = self._choice(uid, read)
        counts: dict[str, int] = {}
        sent: list[str] = []
        for profile_id, local_uid in local_profiles(self.db, learner.uids):
            for table, count in learner_counts(self.db.conn, profile_id, local_uid).items():
                counts[table] = counts.get(table, 0) + count
            sent += sent_statement_ids(self.db.conn, local_uid)
        others = [pc for pc, path in self._other_snapshots(read)
                  if any(snapshot_rows(path, list(learner.uids)).values())]
        return Inventory(learner, counts, others, sent, bool(sent) and self.lrs_configured(),
                         self._open_elsewhere(learner, read))

    def export(self, uid: str) -> dict[str, Any]:
        """Every record about the learner (docs/security.md): this PC's tables, and in a class what every other
        PC's published snapshot holds about them."""
        read = self._read()
        learner = self._choice(uid, read)
        local = local_profiles(self.db, learner.uids)
        document = learner_document(self.db, local[0][0] if local else None, learner.uid)
        for profile_id, _uid in local[1:]:  # two profiles of one learner on this PC (rare): both, row by row
            for table, rows in learner_document(self.db, profile_id)["tables"].items():
                document["tables"][table] += rows
        for pc_id, path in self._other_snapshots(read):
            rows = snapshot_rows(path, list(learner.uids))
            if any(rows.values()):
                info = read_meta(path)
                document["other_pcs"].append({"pc": pc_id, "published_at": info.published_at if info else None,
                                              "tables": rows})
        return document

    def write_export(self, uid: str, path: Path) -> dict[str, Any]:
        document = self.export(uid)
        atomic_write_bytes(Path(path), (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        return document

    def _other_snapshots(self, read: ClassRead | None) -> list[tuple[str, Path]]:
        if read is None or self.class_folder is None:
            return []
        own = self.class_folder.pc_uid
        return [(pc_id, path) for pc_id, path in read.snapshots
                if (info := read_meta(path)) is None or info.pc_uid != own]

    def _open_elsewhere(self, learner: LearnerChoice, read: ClassRead | None) -> str:
        limit = timedelta(minutes=OPEN_ELSEWHERE_MINUTES)
        for pc_id, path in self._other_snapshots(read):
            last = last_activity(path, list(learner.uids))
            try:
                ago = now() - datetime.fromisoformat(last) if last else None
            except (TypeError, ValueError):
                ago = None
            if ago is not None and ago < limit:
                minutes = max(0, int(ago.total_seconds() // 60))
                return (f"{learner.name} is open on {pc_id} (active {minutes} minute(s) ago). Erase once they "
                        f"have stopped working there: {OPEN_ELSEWHERE_MINUTES} minutes after their last activity, "
                        "so that PC does not go on saving work for them.")
        return ""

    # -- erase -----------------------------------------------------------------------------
    def erase(self, uid: str) -> EraseOutcome:
        """Erase the learner for good (raises EraseRefused with the reason, LookupError when unknown)."""
        read = self._read()
        learner = self._choice(uid, read)
        reason = self._open_elsewhere(learner, read)
        if reason:
            raise EraseRefused(reason)
        outcome = EraseOutcome()
        self._erase(learner, outcome)
        self._after_class_erase([learner], outcome)
        return outcome

    def _erase(self, learner: LearnerChoice, outcome: EraseOutcome) -> None:
        if self.session is not None and self.session.profile is not None and self.session.profile.uid in learner.uids:
            self.session.sign_out()
        in_class = self.class_folder is not None
        tombstones = list(learner.uids) if in_class else []
        pc_id = self.class_folder.pc_id if self.class_folder is not None else ""
        voiding: VoidingBuilder | None = self.voiding if self.lrs_configured() else None
        for profile_id, _uid in local_profiles(self.db, learner.uids):
            outcome.erased.append(erase_learner(self.db, profile_id, voiding, tombstones, pc_id))
            tombstones = []  # recorded with the first profile, in the same transaction
        if tombstones:  # nothing on this PC: only the event, so the PCs that hold the learner erase them
            with self.db.transaction() as conn:
                conn.executemany("INSERT OR IGNORE INTO class_events(kind, learner_uid, lesson_id, at, pc_id) "
                                 "VALUES ('erase', ?, '', ?, ?)", [(each, now_iso(), pc_id) for each in tombstones])
            outcome.erased.append(Erased(learner.name, learner.uid, {}))

    def _after_class_erase(self, learners: list[LearnerChoice], outcome: EraseOutcome) -> None:
        """A class: the names leave the roster, this PC's snapshot is published without them, and the cached
        copies of the snapshots are read again."""
        if self.class_folder is None or not learners:
            return
        names = {c.name.casefold() for c in learners}
        students = {c.student_id.casefold() for c in learners if c.student_id}
        try:
            entries = self.class_folder.roster()
            kept = [e for e in entries if e.name.casefold() not in names
                    and not (e.student_id and e.student_id.casefold() in students)]
            if len(kept) != len(entries):
                atomic_write_bytes(self.class_folder.folder / ROSTER_NAME, roster_csv_rows(kept).encode("utf-8"))
        except OSError as exc:
            outcome.roster_problem = f"The class roster could not be changed ({exc}): remove the name by hand."
        self.class_folder.publish()
        self.class_folder.read()

    # -- retention -------------------------------------------------------------------------
    def inactive(self, months: int | None = None, among: list[LearnerChoice] | None = None) -> list[LearnerChoice]:
        """Learners with no sign-in and no saved work for longer than `months` (default: [privacy] keep_months),
        among `among` (default: every learner, which reads the class folder again)."""
        months = months if months is not None else self.keep_months
        if not months:
            return []
        before = months_before(now(), months).isoformat(timespec="seconds")
        return [c for c in (among if among is not None else self.learners()) if (c.last_seen or "") < before]

    def erase_inactive(self, months: int | None = None) -> EraseOutcome:
        """Erase every learner inactive for longer than `months`; one open on another PC is left and named."""
        read = self._read()
        outcome = EraseOutcome()
        done = []
        for learner in self.inactive(months):
            reason = self._open_elsewhere(learner, read)
            if reason:
                outcome.refused.append((learner.name, reason))
                continue
            self._erase(learner, outcome)
            done.append(learner)
        self._after_class_erase(done, outcome)
        return outcome

    # -- sign-in -----------------------------------------------------------------------------
    def reset_sign_in(self, uid: str) -> bool:
        """The teacher's "forgot my code" for this learner on this PC; False when they had none here."""
        if self.sign_in is None:
            return False
        learner = self._choice(uid, None)
        return any([self.sign_in.reset(profile_id) for profile_id, _ in local_profiles(self.db, learner.uids)])


def months_before(moment: datetime, months: int) -> datetime:
    """The same day `months` calendar months earlier (the 31st becomes the month's last day)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    return moment.replace(year=year, month=month + 1, day=min(moment.day, calendar.monthrange(year, month + 1)[1]))
