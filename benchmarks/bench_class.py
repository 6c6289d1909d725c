"""A class across 30 PCs: publishing one PC's snapshot, and the teacher opening the merged class.

The class is 30 learners who work through the whole course, their work spread over 30 PCs (each PC's
snapshot holds every learner and a thirtieth of the attempts, as when students move around a lab).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.measure import ROOT, median

RUNS = 5
PCS = 30
LEARNERS = 30


def _spread(full: Path, class_dir: Path) -> None:
    """30 snapshots from one: PC n keeps the attempts (and progress rows) whose position is n modulo 30."""
    for number in range(PCS):
        target = class_dir / "pcs" / f"lab-{number:02d}.sqlite3"
        shutil.copy(full, target)
        conn = sqlite3.connect(target)
        conn.execute("DELETE FROM attempts WHERE (rowid % ?) != ?", (PCS, number))
        conn.execute("DELETE FROM answers WHERE attempt_uid NOT IN (SELECT uid FROM attempts)")
        conn.execute("DELETE FROM scenario_runs WHERE attempt_uid NOT IN (SELECT uid FROM attempts)")
        conn.execute("DELETE FROM progress WHERE (rowid % ?) != ?", (PCS, number))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'pc_id'", (f"lab-{number:02d}",))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'pc_uid'", (f"uid-{number:02d}",))
        conn.commit()
        conn.execute("VACUUM")
        conn.close()


def run() -> dict[str, float]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from literacy_app.content.library import load_library
    from literacy_app.services.class_folder import ClassFolder
    from literacy_app.services.class_simulation import simulate_class
    from literacy_app.services.teacher import TeacherService
    from literacy_app.store.class_snapshot import write_snapshot
    from literacy_app.store.db import open_database
    from literacy_app.ui.teacher.dashboard import TeacherDashboard

    app = QApplication.instance() or QApplication([])
    library = load_library([ROOT / "lessons"])
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        db, _ = open_database(base / "one-pc")
        simulate_class(db, library, LEARNERS, seed=1, attempts=3)
        published = []
        for index in range(RUNS):
            started = time.perf_counter()
            info = write_snapshot(db.path, base / "publish" / f"pc-{index}.sqlite3", "pc", "uid")
            published.append(time.perf_counter() - started)
        answers = db.scalar("SELECT COUNT(*) FROM answers")
        db.close()
        class_dir = base / "class"
        (class_dir / "pcs").mkdir(parents=True)
        _spread(info.path, class_dir)
        opened = []
        for index in range(RUNS):
            teacher_db, _ = open_database(base / f"teacher-{index}")  # a fresh teacher PC: nothing cached yet
            folder_service = ClassFolder(class_dir, f"teacher-{index}", teacher_db, base / f"teacher-{index}")
            started = time.perf_counter()
            dashboard = TeacherDashboard(TeacherService(teacher_db, library, class_folder=folder_service))
            dashboard.resize(1366, 740)
            dashboard.show()
            dashboard.repaint()
            app.processEvents()
            opened.append(time.perf_counter() - started)
            students = len(dashboard.overview.students)
            merged_answers = dashboard.teacher.classroom.db.scalar("SELECT COUNT(*) FROM answers")
            dashboard.close()
            dashboard.deleteLater()
            app.processEvents()
            teacher_db.close()
            (class_dir / "pcs" / f"teacher-{index}.sqlite3").unlink(missing_ok=True)
    if students != LEARNERS or merged_answers != answers:
        raise RuntimeError(f"the merged class has {students} learners and {merged_answers} answers, "
                           f"expected {LEARNERS} and {answers}")
    return {"class_open_30pcs_ms": median(opened) * 1000, "publish_ms": median(published) * 1000,
            "class_answers": float(answers)}
