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

from literacy_app.content.library import Library
from literacy_app.content.model import Lesson
from literacy_app.learning.analytics import (
    Gain,
    ItemRow,
    Overview,
    Student,
    class_overview,
    item_analysis,
    pre_post_gains,
    progress_over_time,
)
from literacy_app.learning.teacher_pin import PinGuard
from literacy_app.store.classroom import Classroom, RosterImport
from literacy_app.store.db import Database
from literacy_app.store.export import WRITERS
from literacy_app.store.lrs_sender import Connection, LrsDelivery
from literacy_app.store.outbox import Outbox, OutboxStatus
from literacy_app.store.records import Records
from literacy_app.store.roster import decode, parse_roster, roster_csv

EXPORT_FORMATS = tuple(WRITERS)


class TeacherService:
    def __init__(self, db: Database, library: Library, pin_hash: str = "",
                 delivery: LrsDelivery | None = None) -> None:
        self._db = db
        self._delivery = delivery  # the app's LRS delivery thread; None where nothing sends
        self._classroom = Classroom(db)
        self._outbox = Outbox(db)
        self.library = library
        self.pin_hash = pin_hash  # set by IT in literacy-app.ini; else the PIN chosen on first use

    # -- reading ---------------------------------------------------------------------------
    def overview(self) -> Overview:
        """Every active learner's best score in every graded lesson."""
        return class_overview(self._classroom.students(), self.library, self._classroom.lesson_results(self.library))

    def students(self) -> list[Student]:
        return self._classroom.students()

    def item_rows(self, lesson: Lesson) -> list[ItemRow]:
        return item_analysis(lesson, self._classroom.item_stats(lesson.id))

    def progress_points(self, overview: Overview) -> list[tuple[str, float]]:
        return progress_over_time(overview, self._classroom.completions_by_day())

    def gains(self, overview: Overview) -> list[Gain]:
        return pre_post_gains(overview, self.library)

    def attempt_history(self, profile_id: int) -> list[dict[str, Any]]:
        return self._classroom.attempt_history(profile_id)

    def reflections(self, profile_id: int) -> list[dict[str, Any]]:
        return self._classroom.reflections(profile_id)

    # -- actions on learners ---------------------------------------------------------------
    def reset_lesson(self, profile_id: int, lesson_id: str) -> int | None:
        """Start a learner's lesson afresh; returns what undo_reset needs, or None when nothing was there."""
        return self._classroom.reset_lesson(profile_id, lesson_id)

    def undo_reset(self, reset_id: int) -> None:
        self._classroom.restore_reset(reset_id)

    def archive(self, profile_id: int) -> None:
        self._classroom.archive_profile(profile_id)

    # -- files -----------------------------------------------------------------------------
    def export_text(self, format_name: str) -> str:
        """The class's results in one of EXPORT_FORMATS (csv, csv-long, json, xapi)."""
        return WRITERS[format_name](self._db, self.library)

    def export(self, format_name: str, path: Path) -> None:
        Path(path).write_bytes(self.export_text(format_name).encode("utf-8"))

    def export_roster(self, path: Path) -> None:
        Path(path).write_bytes(roster_csv(self._classroom.students()).encode("utf-8"))

    def import_roster(self, path: Path) -> RosterImport:
        """Add the learners of a roster CSV; raises OSError when the file cannot be read."""
        return self._classroom.import_roster(parse_roster(decode(Path(path).read_bytes())))

    # -- the PIN and the district LRS ------------------------------------------------------
    def pin_guard(self, clock: Callable[[], float] = time.time) -> PinGuard:
        return PinGuard(Records(self._db), self.pin_hash, clock=clock)

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
