"""Writes held during start-up reach the disk on release, in order and with the time they were made; a second
connection (another reader of the same file) sees nothing before that."""

from __future__ import annotations

from datetime import datetime, timezone

from literacy_app.clock import clock
from literacy_app.content.library import load_library
from literacy_app.services.session import Session
from literacy_app.store.db import Database
from literacy_app.store.records import Records
from tests.conftest import FIXTURE_COURSE

NINE = datetime(2026, 3, 5, 9, 0, tzinfo=timezone.utc)
FIVE_PAST = datetime(2026, 3, 5, 9, 5, tzinfo=timezone.utc)


def test_held_writes_wait_in_memory_and_are_written_on_release_with_their_own_time(tmp_path):
    path = tmp_path / "literacy.sqlite3"
    db = Database(path)
    session = Session(Records(db), load_library([FIXTURE_COURSE]))
    ana = session.profile_named("Ana")
    lesson = session.library.lessons[0]
    saved: list[str] = []
    session.on_work_saved = lambda: saved.append("work")
    disk = Records(Database(path))  # what another reader of the file sees

    session.hold_writes()
    with clock(lambda: NINE):
        session.choose_profile(ana)  # the learner's last visit and the last profile
        session.set_position(lesson, 2)  # the step opened: the learner's work
    assert session.pending_count == 3
    assert disk.progress(ana.id) == {} and disk.state("last_profile") is None
    assert session.setting("last_profile") == str(ana.id)  # the session itself already knows
    assert saved == []

    with clock(lambda: FIVE_PAST):
        session.release_writes()
    assert session.pending_count == 0
    assert disk.progress(ana.id)[lesson.id]["step"] == 2
    assert disk.state("last_profile") == str(ana.id)
    stamps = disk.db.query("SELECT updated_at FROM progress WHERE profile_id = ?", (ana.id,))
    assert [row[0] for row in stamps] == [NINE.isoformat(timespec="seconds")]  # when it happened, not when written
    assert saved == ["work"]  # the class folder hears of the work once

    session.set_position(lesson, 3)  # released: the next write goes to the disk at once
    assert disk.progress(ana.id)[lesson.id]["step"] == 3
    assert saved == ["work", "work"]


def test_release_without_hold_and_a_second_release_change_nothing(tmp_path):
    db = Database(tmp_path / "literacy.sqlite3")
    session = Session(Records(db), load_library([FIXTURE_COURSE]))
    saved: list[str] = []
    session.on_work_saved = lambda: saved.append("work")
    session.release_writes()
    session.hold_writes()
    session.choose_profile(session.profile_named("Ben"))  # a view setting and a visit: no work
    session.release_writes()
    session.release_writes()
    assert session.pending_count == 0 and saved == []
    assert Records(Database(tmp_path / "literacy.sqlite3")).state("last_profile") == str(session.profile.id)
