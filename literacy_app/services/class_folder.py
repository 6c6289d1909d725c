"""A class across many PCs, through a shared class folder: publish this PC's snapshot, read the others'.

The folder holds `roster.csv` (the class list, optional) and `pcs/<pc-id>.sqlite3`, one snapshot per PC.
Every PC writes only its own snapshot and keeps writing answers to its own database; the teacher's view
of the class and a learner's work on a new PC come from the union of the snapshots. A snapshot that cannot
be read (torn, truncated, from a newer version, not a snapshot at all) is skipped with its PC named, and the
copy read last time is used instead. An unreachable or read-only share never stops the learner's work:
publishing is tried again later.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from literacy_app.clock import now
from literacy_app.files import atomic_write_bytes
from literacy_app.store.class_import import apply_events, import_learner, other_pc_reflections
from literacy_app.store.class_merge import Learner, group_learners, merge_snapshots, read_learners
from literacy_app.store.class_snapshot import (
    SUFFIX,
    SnapshotError,
    SnapshotInfo,
    open_snapshot,
    read_meta,
    snapshot_path,
    write_snapshot,
)
from literacy_app.store.classroom import RosterEntry
from literacy_app.store.db import Database
from literacy_app.store.learner_data import VoidingBuilder, erase_learner, local_profiles
from literacy_app.store.learner_snapshots import erased_uids
from literacy_app.store.records import Records
from literacy_app.store.roster import decode, parse_roster, roster_csv_rows

PC_UID_KEY = "class.pc_uid"
TARGET_KEY = "class.snapshot_name"
ROSTER_NAME = "roster.csv"


@dataclass(frozen=True)
class PcStatus:
    pc_id: str
    learners: int
    published_at: str | None
    stale: bool
    problem: str  # "" or a plain-words reason


@dataclass
class ClassRead:
    """What was found in the class folder: the usable snapshots (local copies) and a status per PC."""

    snapshots: list[tuple[str, Path]] = field(default_factory=list)
    statuses: list[PcStatus] = field(default_factory=list)
    reachable: bool = True


class ClassFolder:
    def __init__(self, folder: Path, pc_id: str, db: Database, data_dir: Path, publish_reflections: bool = False,
                 stale_hours: float = 24.0) -> None:
        self.folder = Path(folder)
        self.pc_id = pc_id
        self.db = db
        self.cache = Path(data_dir) / "class-cache"
        self.publish_reflections = publish_reflections
        self.stale_after = timedelta(hours=stale_hours)
        self.last_published: SnapshotInfo | None = None
        self.last_problem = ""  # why the last publish failed, in plain words; "" when it worked
        self._uid: str | None = None
        self._target_path: Path | None = None
        self.first_seen_on: dict[str, str] = {}  # learner uid -> a PC that published it (see learners_elsewhere)
        # a learner erased on another PC is erased here when the folder is read: the one signed in right now is
        # left until the next read; statements already sent about them are voided with `voiding` (an LRS is set)
        self.signed_in_uid: str | None = None
        self.voiding: VoidingBuilder | None = None

    # -- who this PC is ---------------------------------------------------------------------
    @property
    def pc_uid(self) -> str:
        """A random id of this data folder: two PCs that were given the same name are still told apart."""
        if self._uid is None:
            records = Records(self.db)
            uid = records.state(PC_UID_KEY)
            if not uid:
                uid = secrets.token_hex(8)
                records.set_state(PC_UID_KEY, uid)
            self._uid = uid
        return self._uid

    def prepare(self) -> None:
        """Settle this PC's uid and snapshot name now (they use the app's database connection), so that
        publish() can then run on another thread."""
        self._target()

    def _target(self) -> Path:
        """This PC's snapshot file; another name if a PC with another data folder already uses ours."""
        if self._target_path is not None:
            return self._target_path
        uid = self.pc_uid
        chosen = Records(self.db).state(TARGET_KEY)
        target = snapshot_path(self.folder, self.pc_id)
        if chosen and chosen.startswith(self.pc_id):
            target = self.folder / "pcs" / chosen
        else:
            try:
                owner = read_meta(target) if target.exists() else None
            except OSError:
                owner = None
            if owner is not None and owner.pc_uid and owner.pc_uid != uid:
                target = target.with_name(f"{self.pc_id}~{uid[:8]}{SUFFIX}")  # both PCs' work is kept
            Records(self.db).set_state(TARGET_KEY, target.name)
        self._target_path = target
        return target

    # -- publishing -------------------------------------------------------------------------
    def publish(self) -> SnapshotInfo | None:
        """Write this PC's snapshot into the class folder; None (and last_problem set) when the share refuses."""
        try:
            info = write_snapshot(self.db.path, self._target(), self.pc_id, self.pc_uid, self.publish_reflections)
        except (OSError, sqlite3.Error) as exc:
            self.last_problem = f"The class folder {self.folder} cannot be written just now ({_reason(exc)}). " \
                                "Work is saved on this PC and will be shared later."
            return None
        self.last_problem = ""
        self.last_published = info
        return info

    # -- reading ----------------------------------------------------------------------------
    def read(self) -> ClassRead:
        """Copy every PC's snapshot to this PC (checking each) and say what was found."""
        result = ClassRead()
        try:
            files = sorted(p for p in (self.folder / "pcs").glob(f"*{SUFFIX}") if p.is_file())
        except OSError:
            files = []
            result.reachable = False
        if not (self.folder / "pcs").is_dir():
            result.reachable = self.folder.is_dir()
        seen_cached = set()
        for path in files:
            cached, info, problem = self._refresh_copy(path)
            seen_cached.add(cached.name)
            if info is None:
                result.statuses.append(PcStatus(path.stem, 0, None, True, problem))
                continue
            result.snapshots.append((info.pc_id, cached))
            result.statuses.append(PcStatus(info.pc_id, info.learners, info.published_at,
                                            self._is_stale(info.published_at), problem))
        if not result.reachable:  # the share is away: the copies read last time stand in
            for cached in sorted(self.cache.glob(f"*{SUFFIX}")) if self.cache.is_dir() else []:
                info = read_meta(cached)
                if info is not None and cached.name not in seen_cached:
                    result.snapshots.append((info.pc_id, cached))
                    result.statuses.append(PcStatus(info.pc_id, info.learners, info.published_at, True,
                                                    "the class folder cannot be reached: the copy read last time "
                                                    "is shown"))
        _mark_duplicate_names(result)
        self._apply_erasures(result)
        return result

    def _apply_erasures(self, read: ClassRead) -> None:
        erased = erased_uids(path for _, path in read.snapshots)
        for profile_id, uid in local_profiles(self.db, erased) if erased else []:
            if uid != self.signed_in_uid:
                erase_learner(self.db, profile_id, self.voiding, tombstones=[uid], pc_id=self.pc_id)

    def _refresh_copy(self, path: Path) -> tuple[Path, SnapshotInfo | None, str]:
        """Copy a PC's snapshot next to this PC's data and check it; keep the previous copy when it is bad."""
        cached = self.cache / path.name
        try:
            data = path.read_bytes()
        except OSError as exc:
            return self._previous(cached, f"cannot be read ({_reason(exc)})")
        self.cache.mkdir(parents=True, exist_ok=True)
        fresh = cached.with_name(cached.name + ".new")
        try:
            fresh.write_bytes(data)
            conn, info = open_snapshot(fresh)
            conn.close()
            atomic_write_bytes(cached, data, durable=False)
        except SnapshotError as exc:
            return self._previous(cached, str(exc))
        except OSError as exc:
            return self._previous(cached, f"cannot be copied ({_reason(exc)})")
        finally:
            with contextlib.suppress(OSError):
                fresh.unlink()
        return cached, info, ""

    def _previous(self, cached: Path, problem: str) -> tuple[Path, SnapshotInfo | None, str]:
        info = read_meta(cached) if cached.exists() else None
        if info is None:
            return cached, None, f"snapshot {problem}: skipped"
        return cached, info, f"snapshot {problem}: skipped; the copy read at {info.published_at[:16]} is shown"

    def _is_stale(self, published_at: str | None) -> bool:
        if not published_at:
            return True
        try:
            return now() - datetime.fromisoformat(published_at) > self.stale_after
        except (TypeError, ValueError):
            return True

    def open_class(self) -> tuple[Database, ClassRead]:
        """The whole class, merged from every PC's snapshot (this PC's included, published first), and what
        was found in the folder."""
        self.publish()
        read = self.read()
        return merge_snapshots(read.snapshots), read

    # -- learners who move between PCs ------------------------------------------------------
    def roster(self) -> list[RosterEntry]:
        try:
            return parse_roster(decode((self.folder / ROSTER_NAME).read_bytes()))
        except OSError:
            return []

    def save_roster(self, entries: list[RosterEntry]) -> None:
        """Add these learners to the class roster (names already there are kept as they are)."""
        known = {entry.name.casefold(): entry for entry in self.roster()}
        for entry in entries:
            known.setdefault(entry.name.casefold(), entry)
        atomic_write_bytes(self.folder / ROSTER_NAME, roster_csv_rows(sorted(known.values(), key=lambda e: e.name))
                           .encode("utf-8"))

    def learners_elsewhere(self, read: ClassRead | None = None) -> list[list[Learner]]:
        """Learners published by any PC (each as its copies, the canonical one first), not archived.
        `first_seen_on` then names a PC that published each learner."""
        copies: list[Learner] = []
        snapshots = (read or self.read()).snapshots
        erased = erased_uids(path for _, path in snapshots)
        self.first_seen_on = {}
        for pc_id, path in snapshots:
            try:
                conn, _ = open_snapshot(path)
            except SnapshotError:
                continue
            try:
                found = read_learners(conn)
            finally:
                conn.close()
            copies += found
            for learner in found:
                self.first_seen_on.setdefault(learner.uid, pc_id)
        return [group for group in group_learners(copies).values()
                if not any(c.archived_at or c.uid in erased for c in group)]

    def bring_learner_here(self, copies: list[Learner], read: ClassRead | None = None) -> int:
        """Make this learner's work from every PC available on this PC; returns the local profile id."""
        snapshots = [path for _, path in (read or self.read()).snapshots]
        profile_id = import_learner(self.db, snapshots, copies)
        apply_events(self.db, profile_id)
        return profile_id

    def reflections_elsewhere(self, copies: list[Learner], read: ClassRead | None = None) -> dict[tuple[str, str], str]:
        return other_pc_reflections([path for _, path in (read or self.read()).snapshots], [c.uid for c in copies])

    def record_event(self, kind: str, learner_uid: str, lesson_id: str, at: str) -> None:
        """Remember a teacher's action on a learner (reset, unreset, archive, restore) for the whole class."""
        with self.db.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO class_events(kind, learner_uid, lesson_id, at, pc_id) "
                         "VALUES (?, ?, ?, ?, ?)", (kind, learner_uid, lesson_id, at, self.pc_id))


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _mark_duplicate_names(result: ClassRead) -> None:
    """Two PCs publishing under one name are both kept (their files differ); say so on both."""
    names = [status.pc_id for status in result.statuses]
    for index, status in enumerate(result.statuses):
        if names.count(status.pc_id) > 1 and not status.problem:
            result.statuses[index] = PcStatus(status.pc_id, status.learners, status.published_at, status.stale,
                                              "two PCs use this name; both are kept (give each PC its own name)")
