"""A 30-PC class folder where one PC is killed (SIGKILL) while publishing, again and again: the class still
opens, every PC is in it, and nothing the killed PC had published is missing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from literacy_app.content.library import load_library
from literacy_app.services.class_folder import ClassFolder
from literacy_app.services.session import Session
from literacy_app.store.db import open_database
from literacy_app.store.records import Records
from tests.conftest import FIXTURE_COURSE, ROOT

KILLS = int(os.environ.get("LITERACY_PUBLISH_KILLS", "12"))


def _publish_29_pcs(tmp_path: Path, class_dir: Path) -> None:
    library = load_library([FIXTURE_COURSE])
    lesson = library.lesson("fixture-basics")
    quiz = lesson.block("check")
    for number in range(29):
        db, _ = open_database(tmp_path / f"pc-{number:02d}")
        session = Session(Records(db), library)
        session.choose_profile(session.records.add_profile(f"Learner {number:02d}", student_id=f"S{number:02d}"))
        session.answer_question(lesson, quiz, quiz.questions[0], [number % 2])
        ClassFolder(class_dir, f"pc-{number:02d}", db, tmp_path / f"pc-{number:02d}").publish()
        db.close()


def _run_and_kill(data_dir: Path, class_dir: Path, seed: int, delay: float) -> int:
    """Start the publishing PC, kill it after `delay` seconds of publishing; the last count it reported."""
    process = subprocess.Popen([sys.executable, "-m", "tests.store.publish_worker", str(data_dir), str(class_dir),
                                str(seed)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(60), "the publishing PC never started"
    threading.Event().wait(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    reader.join(30)
    assert process.returncode == -signal.SIGKILL
    published = [int(line.split()[1]) for line in lines if line.startswith("published ") and line.endswith("\n")]
    return max(published, default=0)


@pytest.mark.timeout(600)
def test_a_pc_killed_while_publishing_never_breaks_the_class_nor_loses_what_it_had_published(tmp_path):
    class_dir = tmp_path / "class"
    _publish_29_pcs(tmp_path, class_dir)
    teacher_db, _ = open_database(tmp_path / "teacher")
    teacher = ClassFolder(class_dir, "teacher", teacher_db, tmp_path / "teacher")
    rng = random.Random(7)
    confirmed = 0
    for run in range(KILLS):
        confirmed = max(confirmed, _run_and_kill(tmp_path / "killed", class_dir, run, rng.uniform(0.05, 0.6)))
        read = teacher.read()
        problems = [s for s in read.statuses if s.problem]
        assert problems == [], f"kill {run}: {problems}"
        pcs = {pc for pc, _ in read.snapshots} - {"teacher"}  # the teacher's PC publishes when it opens the class
        assert len(pcs) == 30 or (confirmed == 0 and len(pcs) == 29), f"kill {run}: {len(pcs)} PCs"
        merged, _ = teacher.open_class()
        killed = merged.scalar("SELECT COUNT(*) FROM answers n JOIN attempts a ON a.id = n.attempt_id "
                               "JOIN profiles p ON p.id = a.profile_id WHERE p.student_id = 'K1'")
        assert killed >= confirmed, f"kill {run}: {confirmed} answers were published, {killed} are in the class"
        assert merged.scalar("SELECT COUNT(DISTINCT profile_id) FROM attempts") >= 29
        merged.close()
    assert confirmed > 0, "no publish finished before a kill: the test exercised nothing"
    teacher_db.close()
