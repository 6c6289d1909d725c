"""One class across several PCs: separate data folders (the PCs) sharing one class folder directory."""

from __future__ import annotations

import itertools
import shutil
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy_app.content.library import load_library
from literacy_app.services.class_folder import ClassFolder
from literacy_app.services.session import Session
from literacy_app.services.teacher import TeacherService
from literacy_app.store.class_merge import class_rows, merge_snapshots
from literacy_app.store.class_snapshot import open_snapshot, snapshot_path, write_snapshot
from literacy_app.store.db import Database, open_database
from literacy_app.store.records import Records
from tests.conftest import FIXTURE_COURSE

LIBRARY = load_library([FIXTURE_COURSE])
LESSON = LIBRARY.lesson("fixture-basics")
QUIZ = LESSON.block("check")
SCENARIO = LESSON.block("code")


@dataclass
class Pc:
    name: str
    db: Database
    session: Session
    folder: ClassFolder


def make_pc(tmp_path: Path, name: str, class_dir: Path, publish_reflections: bool = False) -> Pc:
    data = tmp_path / name
    db, _ = open_database(data)
    session = Session(Records(db), LIBRARY)
    return Pc(name, db, session, ClassFolder(class_dir, name, db, data, publish_reflections))


def answer_quiz(session: Session, right: bool = True) -> None:
    for question in QUIZ.questions:
        wanted = [i for i, c in enumerate(question.choices) if c.correct == right] or [0]
        session.answer_question(LESSON, QUIZ, question, wanted if question.kind == "multiple" else wanted[:1])


def pick(pc: Pc, name: str) -> None:
    """What the picker does when a learner from another PC picks their tile here."""
    group = next(g for g in pc.folder.learners_elsewhere() if g[0].name == name)
    profile_id = pc.folder.bring_learner_here(group)
    pc.session.choose_profile(pc.session.records.profile(profile_id))


def test_a_learner_starts_on_pc_a_finishes_on_pc_b_and_the_teacher_on_pc_c_sees_both(tmp_path):
    class_dir = tmp_path / "class-8b"
    a, b, c = (make_pc(tmp_path, name, class_dir) for name in ("pc-a", "pc-b", "pc-c"))
    a.session.choose_profile(a.session.records.add_profile("Ana", student_id="S1"))
    answer_quiz(a.session, right=False)  # first attempt on PC A: wrong
    a.session.set_position(LESSON, 1)
    a.session.save_reflection(LESSON, "notes", "my private thoughts on PC A")
    assert a.folder.publish() is not None

    pick(b, "Ana")  # Monday PC A, Wednesday PC B
    assert b.session.quiz_state(LESSON, QUIZ).finished_attempts == 1  # her attempt came along
    assert b.session.step_of(LESSON) == 1  # and her resume point
    assert b.session.reflection(LESSON, "notes") is None  # reflection text stays on PC A by default
    assert b.folder.reflections_elsewhere(b.folder.learners_elsewhere()[0])  # that she wrote one is known
    answer_quiz(b.session, right=True)
    b.session.finish_scenario(LESSON, SCENARIO, ["start", "checked", "end-skip"], ["a", "b"],
                              "2026-01-01T10:00:00+00:00")
    b.session.complete_lesson(LESSON)
    assert b.folder.publish() is not None

    merged, _ = c.folder.open_class()
    teacher = TeacherService(merged, LIBRARY)
    (ana,) = teacher.students()
    assert ana.name == "Ana" and ana.student_id == "S1"
    quiz_attempts = merged.query("SELECT uid, score FROM attempts WHERE block_id = 'check' ORDER BY started_at")
    local_a = a.db.query("SELECT uid FROM attempts WHERE block_id = 'check'")
    marks = ",".join("?" * len(local_a))
    local_b_new = b.db.query(f"SELECT uid FROM attempts WHERE block_id = 'check' AND uid NOT IN ({marks})",
                             tuple(r[0] for r in local_a))
    assert len(quiz_attempts) == len(local_a) + len(local_b_new) == 2  # the sum of the parts, no duplicate
    result = teacher.overview().result(ana.id, LESSON.id)
    assert result is not None and result.attempts == 2 and result.completed_at is not None
    assert result.percent == 100.0  # best attempt on PC B counts
    assert merged.scalar("SELECT COUNT(*) FROM scenario_runs") == 1
    statuses = {s.pc_id: s for s in c.folder.read().statuses}
    assert set(statuses) == {"pc-a", "pc-b", "pc-c"} and statuses["pc-b"].learners == 1
    assert all(not s.problem and not s.stale for s in statuses.values())


def test_reflection_text_is_published_only_when_the_school_turns_it_on(tmp_path):
    class_dir = tmp_path / "class"
    quiet = make_pc(tmp_path, "quiet", class_dir)
    quiet.session.choose_profile(quiet.session.records.add_profile("Bo"))
    quiet.session.save_reflection(LESSON, "notes", "a phrase only Bo wrote 4711")
    quiet.folder.publish()
    assert b"4711" not in snapshot_path(class_dir, "quiet").read_bytes()
    loud = make_pc(tmp_path, "loud", class_dir, publish_reflections=True)
    loud.session.choose_profile(loud.session.records.add_profile("Cy"))
    loud.session.save_reflection(LESSON, "notes", "a phrase only Cy wrote 4712")
    loud.folder.publish()
    assert b"4712" in snapshot_path(class_dir, "loud").read_bytes()


def test_the_same_name_without_a_student_id_stays_two_learners_and_the_same_uid_is_one(tmp_path):
    class_dir = tmp_path / "class"
    a, b = make_pc(tmp_path, "a", class_dir), make_pc(tmp_path, "b", class_dir)
    a.session.choose_profile(a.session.records.add_profile("Ana"))
    answer_quiz(a.session)
    b.session.choose_profile(b.session.records.add_profile("Ana"))  # another Ana, made on PC B
    answer_quiz(b.session)
    a.folder.publish()
    b.folder.publish()
    merged = merge_snapshots(a.folder.read().snapshots)
    assert sorted(r[0] for r in merged.query("SELECT name FROM profiles")) == ["Ana", "Ana (2)"]


def test_a_teacher_reset_on_another_pc_hides_the_work_everywhere_and_undo_brings_it_back(tmp_path):
    class_dir = tmp_path / "class"
    a, c = make_pc(tmp_path, "a", class_dir), make_pc(tmp_path, "teacher", class_dir)
    ana = a.session.records.add_profile("Ana", student_id="S1")
    a.session.choose_profile(ana)
    answer_quiz(a.session)
    a.folder.publish()
    teacher = TeacherService(c.db, LIBRARY, class_folder=c.folder)
    (student,) = teacher.students()
    reset = teacher.reset_lesson(student.id, LESSON.id)
    assert reset is not None
    assert teacher.overview().result(teacher.students()[0].id, LESSON.id) is None  # hidden in the class view
    a.session.sign_out()
    pick(a, "Ana")  # back on PC A: the reset reaches her own PC too, kept aside, not deleted
    assert a.db.scalar("SELECT COUNT(*) FROM attempts") == 0
    assert a.db.scalar("SELECT COUNT(*) FROM reset_archive") == 1
    teacher.undo_reset(reset)
    assert teacher.overview().result(teacher.students()[0].id, LESSON.id) is not None


def _three_pcs_with_work(tmp_path: Path) -> list[tuple[str, Path]]:
    class_dir = tmp_path / "class"
    pcs = [make_pc(tmp_path, name, class_dir) for name in ("p1", "p2", "p3")]
    pcs[0].session.choose_profile(pcs[0].session.records.add_profile("Ana", student_id="S1"))
    answer_quiz(pcs[0].session, right=False)
    pcs[0].folder.publish()
    pick(pcs[1], "Ana")
    answer_quiz(pcs[1].session)
    pcs[1].session.save_reflection(LESSON, "notes", "from p2")
    pcs[2].session.choose_profile(pcs[2].session.records.add_profile("Bo", student_id="S2"))
    answer_quiz(pcs[2].session)
    pcs[2].session.set_position(LESSON, 2)
    for pc in pcs:
        pc.folder.publish()
    return pcs[0].folder.read().snapshots


def test_merge_is_idempotent_and_the_order_of_snapshots_does_not_matter(tmp_path):
    snapshots = _three_pcs_with_work(tmp_path)
    expected = class_rows(merge_snapshots(snapshots))
    assert expected["attempts"] and expected["answers"] and len(expected["learners"]) == 2
    for order in itertools.permutations(snapshots):
        assert class_rows(merge_snapshots(list(order))) == expected
    assert class_rows(merge_snapshots(snapshots + snapshots)) == expected  # the same snapshot twice


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 2), st.booleans()), min_size=1, max_size=12), st.randoms())
def test_any_interleaving_of_work_and_publishes_gives_the_same_class(tmp_path_factory, steps, rng):
    """Three PCs do work and publish in any order; once all have published last, the class is the same as
    merging their final databases directly, whatever happened in between."""
    tmp_path = tmp_path_factory.mktemp("interleave")
    class_dir = tmp_path / "class"
    pcs = [make_pc(tmp_path, f"p{i}", class_dir) for i in range(3)]
    for i, pc in enumerate(pcs):
        pc.session.choose_profile(pc.session.records.add_profile(f"Learner {i}", student_id=f"S{i}"))
    for index, publish in steps:
        answer_quiz(pcs[index].session, right=rng.random() < 0.5)
        if publish:
            pcs[index].folder.publish()
    seen_midway = class_rows(merge_snapshots(pcs[0].folder.read().snapshots))
    for pc in rng.sample(pcs, 3):
        pc.folder.publish()
    final = class_rows(merge_snapshots(pcs[0].folder.read().snapshots))
    direct = tmp_path / "direct"
    direct.mkdir()
    files = [(pc.name, write_snapshot(pc.db.path, direct / f"{pc.name}.sqlite3", pc.name, pc.name).path)
             for pc in pcs]
    assert final == class_rows(merge_snapshots(files))
    assert set(seen_midway["answers"]) <= set(final["answers"])  # publishing only ever adds


def test_a_damaged_or_foreign_snapshot_is_skipped_with_its_pc_named_and_the_previous_copy_kept(tmp_path):
    class_dir = tmp_path / "class"
    a, b, c = (make_pc(tmp_path, name, class_dir) for name in ("a", "b", "teacher"))
    for pc in (a, b):
        pc.session.choose_profile(pc.session.records.add_profile(f"Learner on {pc.name}"))
        answer_quiz(pc.session)
        pc.folder.publish()
    assert len(c.folder.read().snapshots) == 2  # the teacher PC has not published yet
    good = snapshot_path(class_dir, "b").read_bytes()
    snapshot_path(class_dir, "b").write_bytes(good[: len(good) // 2])  # torn: half a file
    (class_dir / "pcs" / "stray.sqlite3").write_text("not a database at all", encoding="utf-8")
    read = c.folder.read()
    problems = {s.pc_id: s.problem for s in read.statuses if s.problem}
    assert "shown" in problems["b"]  # the copy read last time stands in
    assert "skipped" in problems["stray"]
    merged = merge_snapshots(read.snapshots)
    assert {r[0] for r in merged.query("SELECT name FROM profiles")} == {"Learner on a", "Learner on b"}


def test_a_snapshot_from_a_newer_version_is_skipped_and_named(tmp_path):
    class_dir = tmp_path / "class"
    a = make_pc(tmp_path, "a", class_dir)
    a.folder.publish()
    path = snapshot_path(class_dir, "a")
    newer = class_dir / "pcs" / "future.sqlite3"
    shutil.copy(path, newer)
    import sqlite3

    conn = sqlite3.connect(newer)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'format'")
    conn.commit()
    conn.close()
    problems = {s.pc_id: s.problem for s in a.folder.read().statuses}
    assert "newer version" in problems["future"]


def test_two_pcs_with_the_same_name_are_detected_and_both_kept(tmp_path):
    class_dir = tmp_path / "class"
    first, second = make_pc(tmp_path, "one", class_dir), make_pc(tmp_path, "two", class_dir)
    second.folder.pc_id = "one"  # IT gave both PCs the same name
    for pc in (first, second):
        pc.session.choose_profile(pc.session.records.add_profile(f"Learner {pc.name}"))
        answer_quiz(pc.session)
        pc.folder.publish()
    first.folder.publish()
    read = first.folder.read()
    assert len(read.snapshots) == 2
    assert all("two PCs use this name" in s.problem for s in read.statuses)
    merged = merge_snapshots(read.snapshots)
    assert merged.scalar("SELECT COUNT(*) FROM profiles") == 2


def test_an_unreachable_class_folder_keeps_work_local_and_says_so(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the share should be", encoding="utf-8")
    pc = make_pc(tmp_path, "a", blocker / "class")
    pc.session.choose_profile(pc.session.records.add_profile("Ana"))
    answer_quiz(pc.session)
    assert pc.folder.publish() is None
    assert "cannot be written just now" in pc.folder.last_problem
    assert pc.db.scalar("SELECT COUNT(*) FROM answers") == len(QUIZ.questions)  # nothing lost locally


def test_snapshot_tables_hold_no_row_ids_only_uids(tmp_path):
    pc = make_pc(tmp_path, "a", tmp_path / "class")
    pc.session.choose_profile(pc.session.records.add_profile("Ana"))
    answer_quiz(pc.session)
    info = pc.folder.publish()
    conn, meta = open_snapshot(info.path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(attempts)")}
    conn.close()
    assert "profile_id" not in columns and "learner_uid" in columns and meta.pc_id == "a"


def test_the_picker_tells_apart_two_learners_of_one_name_by_their_pc(tmp_path):
    class_dir = tmp_path / "class"
    a, b, c = (make_pc(tmp_path, name, class_dir) for name in ("lab-1", "lab-2", "lab-3"))
    for pc in (a, b):
        pc.session.choose_profile(pc.session.records.add_profile("Ana"))  # two different Anas, no student id
        answer_quiz(pc.session)
        pc.folder.publish()
    c.session.class_folder = c.folder
    names = sorted(p.name for p in c.session.learners())
    assert names == ["Ana (lab-1)", "Ana (lab-2)"]
