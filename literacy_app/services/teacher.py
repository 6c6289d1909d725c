"""The teacher's service: what the teacher view reads and does, without a database in the UI.

The class grid, item analysis, attempts, charts and pre/post come from here, and so do the teacher's
actions on learners (reset a lesson and undo it, archive), exports, the roster and the LRS outbox.
Plain Python, no Qt; the teacher view is handed one of these and never sees SQL.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from literacy_app.clock import now_iso
from literacy_app.content.library import Library
from literacy_app.content.model import Lesson
from literacy_app.learning.analytics import (
    Gain,
    ItemRow,
    Overview,
    Student,
    class_overview,
    item_analysis,
    objective_gains,
    pre_post_gains,
    progress_over_time,
)
from literacy_app.learning.progress import objective_map
from literacy_app.learning.teacher_pin import PinGuard
from literacy_app.services.class_folder import ClassFolder, ClassRead, PcStatus
from literacy_app.services.privacy import PrivacyService
from literacy_app.store.class_import import apply_events
from literacy_app.store.classroom import Classroom, RosterImport
from literacy_app.store.db import Database
from literacy_app.store.export import WRITERS
from literacy_app.store.lrs_sender import Connection, LrsDelivery
from literacy_app.store.outbox import Outbox, OutboxStatus
from literacy_app.store.records import Records
from literacy_app.store.roster import decode, parse_roster, roster_csv

EXPORT_FORMATS = tuple(WRITERS)


class TeacherService:
    """The teacher's view of this PC's learners, or, with a class folder, of the whole class across its PCs.

    With a class folder the figures come from the merged class (refresh() merges again), and the teacher's
    actions on learners are recorded as class events on this PC and published, so every PC applies them.
    """

    def __init__(self, db: Database, library: Library, pin_hash: str = "",
                 delivery: LrsDelivery | None = None, class_folder: ClassFolder | None = None,
                 privacy: PrivacyService | None = None) -> None:
        self._local = db  # this PC's database: the PIN, the outbox, class events
        self.privacy = privacy  # one learner's data (export, erase), retention, and learners' sign-in
        self._delivery = delivery  # the app's LRS delivery thread; None where nothing sends
        self._outbox = Outbox(db)
        self.class_folder = class_folder
        self._class_read: ClassRead | None = None
        self.library = library
        self.pin_hash = pin_hash  # set by IT in literacy-app.ini; else the PIN chosen on first use
        self._db = db
        self._classroom = Classroom(db)
        self._undo: dict[int, tuple[str, str, str]] = {}  # class mode: reset id -> (learner uid, lesson, time)
        self._merged = class_folder is None  # in class mode the class is merged when first looked at

    def refresh(self) -> None:
        """Read the class folder again (class mode); on one PC the figures are always current."""
        if self.class_folder is None:
            return
        self._db, self._class_read = self.class_folder.open_class()
        self._classroom = Classroom(self._db)
        self._merged = True

    @property
    def classroom(self) -> Classroom:
        """The class's aggregates: this PC's database, or in class mode the merged class (merged on first use)."""
        if not self._merged:
            self.refresh()
        return self._classroom

    def pc_status(self) -> list[PcStatus]:
        """Each PC of the class: its learners, when it last published, and any problem (class mode)."""
        if self.class_folder is not None and not self._merged:
            self.refresh()
        return list(self._class_read.statuses) if self._class_read is not None else []

    # -- reading ---------------------------------------------------------------------------
    def overview(self) -> Overview:
        """Every active learner's best score in every graded lesson."""
        return class_overview(self.classroom.students(), self.library, self.classroom.lesson_results(self.library))

    def students(self) -> list[Student]:
        return self.classroom.students()

    def item_rows(self, lesson: Lesson) -> list[ItemRow]:
        return item_analysis(lesson, self.classroom.item_stats(lesson.id))

    def progress_points(self, overview: Overview) -> list[tuple[str, float]]:
        return progress_over_time(overview, self.classroom.completions_by_day())

    def gains(self, overview: Overview) -> list[Gain]:
        """Pre- against post-test per module, per learner and per objective (from the tests' teacher notes)."""
        gains = pre_post_gains(overview, self.library)
        for gain in gains:
            gain.objectives = objective_gains(
                gain.pre_lesson, gain.post_lesson, self.classroom.item_stats(gain.pre_lesson.id),
                self.classroom.item_stats(gain.post_lesson.id), objective_map(gain.pre_lesson, gain.post_lesson))
        return gains

    def attempt_history(self, profile_id: int) -> list[dict[str, Any]]:
        return self.classroom.attempt_history(profile_id)

    def reflections(self, profile_id: int) -> list[dict[str, Any]]:
        return self.classroom.reflections(profile_id)

    # -- actions on learners ---------------------------------------------------------------
    def reset_lesson(self, profile_id: int, lesson_id: str) -> int | None:
        """Start a learner's lesson afresh; returns what undo_reset needs, or None when nothing was there."""
        if self.class_folder is None:
            return self.classroom.reset_lesson(profile_id, lesson_id)
        if not self.classroom.has_work(profile_id, lesson_id):
            return None
        uid, at = self._uid(profile_id), now_iso()
        self._class_event("reset", uid, lesson_id, at)
        reset_id = len(self._undo) + 1
        self._undo[reset_id] = (uid, lesson_id, at)
        return reset_id

    def undo_reset(self, reset_id: int) -> None:
        if self.class_folder is None:
            self.classroom.restore_reset(reset_id)
        elif reset_id in self._undo:
            uid, lesson_id, at = self._undo.pop(reset_id)
            self._class_event("unreset", uid, lesson_id, at)

    def archive(self, profile_id: int) -> None:
        if self.class_folder is None:
            self.classroom.archive_profile(profile_id)
        else:
            self._class_event("archive", self._uid(profile_id), "", now_iso())

    def _uid(self, profile_id: int) -> str:
        return str(self.classroom.db.scalar("SELECT uid FROM profiles WHERE id = ?", (profile_id,)))

    def _class_event(self, kind: str, learner_uid: str, lesson_id: str, at: str) -> None:
        """Record a teacher action for the whole class, apply it here, publish it and merge again."""
        assert self.class_folder is not None
        self.class_folder.record_event(kind, learner_uid, lesson_id, at)
        local = self._local.scalar("SELECT id FROM profiles WHERE uid = ?", (learner_uid,))
        if local is not None and kind == "reset":
            apply_events(self._local, int(local))
        self.refresh()

    # -- files -----------------------------------------------------------------------------
    def export_text(self, format_name: str) -> str:
        """The class's results in one of EXPORT_FORMATS (csv, csv-long, json, xapi)."""
        return WRITERS[format_name](self.classroom.db, self.library)

    def export(self, format_name: str, path: Path) -> None:
        Path(path).write_bytes(self.export_text(format_name).encode("utf-8"))

    def export_roster(self, path: Path) -> None:
        Path(path).write_bytes(roster_csv(self.classroom.students()).encode("utf-8"))

    def import_roster(self, path: Path) -> RosterImport:
        """Add the learners of a roster CSV (in class mode: to the class roster every PC's picker shows);
        raises OSError when the file cannot be read or the class folder cannot be written."""
        entries = parse_roster(decode(Path(path).read_bytes()))
        if self.class_folder is None:
            return self.classroom.import_roster(entries)
        known = {entry.name.casefold() for entry in self.class_folder.roster()}
        self.class_folder.save_roster(entries)
        added = [e.name for e in entries if e.name.casefold() not in known]
        return RosterImport(added, [], [e.name for e in entries if e.name.casefold() in known])

    # -- the PIN and the district LRS ------------------------------------------------------
    def pin_guard(self, clock: Callable[[], float] = time.time) -> PinGuard:
        return PinGuard(Records(self._local), self.pin_hash, clock=clock)

    def outbox_status(self) -> OutboxStatus:
        return self._outbox.status()

    def rejected_statements(self) -> list[tuple[str, str]]:
        return self._outbox.rejected()

    def saved_connection(self) -> dict[str, str]:
        return self._outbox.saved_connection()

    def save_connection(self, endpoint: str, user: str, password: str) -> None:
        """Remember the LRS the teacher typed in, and have the delivery thread use it."""
        self._outbox.save_connection(endpoint, user, password)
        if self._delivery is not None:
            self._delivery.restart()

    @property
    def can_send(self) -> bool:
        return self._delivery is not None

    def lrs_connection(self) -> Connection | None:
        """Where results go now and where that was set, or None without a delivery thread or an endpoint."""
        return self._delivery.connection if self._delivery is not None else None

    def send_now(self) -> None:
        if self._delivery is not None:
            self._delivery.send_now()
