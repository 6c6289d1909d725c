"""Erasing a learner of a class across PCs: refused while they are open on another PC, then an 'erase' event
that every PC applies when it reads the class folder; the teacher's merged view drops them at once, and the
learner's export gathers what every PC published about them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from literacy_app.clock import clock
from literacy_app.services.privacy import EraseRefused, PrivacyService
from literacy_app.services.teacher import TeacherService
from literacy_app.store.class_snapshot import open_snapshot
from literacy_app.store.classroom import RosterEntry
from literacy_app.store.learner_data import LEARNER_ROWS, learner_counts
from tests.store.test_class_folder import LESSON, answer_quiz, make_pc, pick

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
WORDS = "quokka-paper-lamp: I feel like she is my friend"


def at(minutes: float):
    return clock(lambda: MONDAY + timedelta(minutes=minutes))


def snapshot_learners(pc) -> list[str]:
    conn, _ = open_snapshot(pc.folder.folder / "pcs" / f"{pc.name}.sqlite3")
    try:
        return [row[0] for row in conn.execute("SELECT name FROM learners ORDER BY name")]
    finally:
        conn.close()


@pytest.fixture
def lab(tmp_path: Path):
    class_dir = tmp_path / "class-8b"
    a, b, c = (make_pc(tmp_path, name, class_dir) for name in ("pc-a", "pc-b", "pc-c"))
    for pc in (a, b, c):
        pc.session.class_folder = pc.folder  # as the app assembles it (services/app_services.py)
    class_dir.mkdir()
    c.folder.save_roster([RosterEntry("Ana", "S1"), RosterEntry("Ben", "S2")])
    with at(0):
        a.session.choose_profile(a.session.records.add_profile("Ana", student_id="S1"))
        answer_quiz(a.session, right=False)
        a.session.save_reflection(LESSON, "notes", WORDS)
        a.session.sign_out()
        a.folder.publish()
    with at(30):
        pick(b, "Ana")  # she moves to PC B and goes on working there
        answer_quiz(b.session, right=True)
        b.folder.publish()
        c.session.choose_profile(c.session.records.add_profile("Ben", student_id="S2"))
        answer_quiz(c.session)
        c.session.sign_out()
        c.folder.publish()
    yield a, b, c
    for pc in (a, b, c):
        pc.db.close()


def test_erase_is_refused_while_the_learner_is_open_on_another_pc_then_every_pc_erases_its_copy(lab) -> None:
    a, b, c = lab
    privacy = PrivacyService(c.db, class_folder=c.folder)
    ana = next(learner for learner in privacy.learners() if learner.name == "Ana")
    with at(40):  # ten minutes after her last answer on PC B
        inventory = privacy.inventory(ana.uid)
        assert "open on pc-b" in inventory.refusal and sorted(inventory.other_pcs) == ["pc-a", "pc-b"]
        with pytest.raises(EraseRefused, match="open on pc-b"):
            privacy.erase(ana.uid)
        export = privacy.export(ana.uid)
    assert {entry["pc"] for entry in export["other_pcs"]} == {"pc-a", "pc-b"}
    assert all(len(entry["tables"]["attempts"]) >= 1 for entry in export["other_pcs"])
    assert not any(export["tables"][table] for table in LEARNER_ROWS)  # PC C itself never had her

    with at(50):  # 20 minutes after her last activity: no longer open there
        b.session.choose_profile(b.session.records.profile_by_name("Ana"))  # ... but still at PC B's screen
        outcome = privacy.erase(ana.uid)
        assert [e.name for e in outcome.erased] == ["Ana"]
        teacher = TeacherService(c.db, c.session.library, class_folder=c.folder)
        assert [s.name for s in teacher.students()] == ["Ben"]  # gone from the class at once
        assert [e.name for e in c.folder.roster()] == ["Ben"]  # and from the class roster

        assert [group[0].name for group in a.folder.learners_elsewhere()] == ["Ben"]
        a.session.learners()  # PC A's picker reads the folder: its own copy is erased
        a_ana = a.db.scalar("SELECT COUNT(*) FROM profiles WHERE name = 'Ana'")
        assert a_ana == 0 and WORDS.encode() not in (a.folder.db.path.read_bytes())
        a.folder.publish()
        assert snapshot_learners(a) == []  # her rows leave PC A's next snapshot

        b.folder.read()  # she is still signed in on PC B: her copy there waits for the next read
        assert b.db.scalar("SELECT COUNT(*) FROM profiles WHERE name = 'Ana'") == 1
        b.session.sign_out()
        b.session.learners()
        assert b.db.scalar("SELECT COUNT(*) FROM profiles WHERE name = 'Ana'") == 0
        b.folder.publish()
        assert snapshot_learners(b) == []
    for pc in (a, b):
        profile_rows = learner_counts(pc.db.conn, -1, ana.uid)
        assert profile_rows["class_events"] == 1  # only the erase event, which tells later PCs to erase too
        assert sum(profile_rows.values()) == 1
    assert [s.name for s in TeacherService(a.db, a.session.library, class_folder=a.folder).students()] == ["Ben"]
