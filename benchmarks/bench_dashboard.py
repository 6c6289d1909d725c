"""The teacher dashboard and the gradebook CSV for 40 students x all lessons x 10 attempts."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.measure import ROOT, median

RUNS = 7
STUDENTS = 40
ATTEMPTS = 10


def run() -> dict[str, float]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from literacy_app.content.library import load_library
    from literacy_app.services.class_simulation import simulate_class
    from literacy_app.services.teacher import TeacherService
    from literacy_app.store.db import open_database
    from literacy_app.store.export import gradebook_csv
    from literacy_app.ui.teacher.dashboard import TeacherDashboard

    app = QApplication.instance() or QApplication([])
    library = load_library([ROOT / "lessons"])
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(Path(folder))
        simulate_class(db, library, STUDENTS, seed=1, attempts=ATTEMPTS)
        opened, exported = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            dashboard = TeacherDashboard(TeacherService(db, library))
            dashboard.resize(1200, 800)
            dashboard.show()
            dashboard.repaint()
            app.processEvents()
            opened.append(time.perf_counter() - started)
            dashboard.close()
            dashboard.deleteLater()
            app.processEvents()

            started = time.perf_counter()
            csv_text = gradebook_csv(db, library)
            exported.append(time.perf_counter() - started)
        rows = csv_text.count("\n")
        db.close()
    if rows < STUDENTS:
        raise RuntimeError(f"the gradebook has {rows} rows for {STUDENTS} students")
    return {"dashboard_open_ms": median(opened) * 1000, "export_csv_ms": median(exported) * 1000}
