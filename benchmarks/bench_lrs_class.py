"""A class opened from the LRS: 30 learners x the whole course, delivered to a real Ralph LRS on 127.0.0.1,
then read back until the teacher view's grid is ready.

    python -m benchmarks.bench_lrs_class        (from the repository root; installs Ralph into .cache/ once)

lrs_class_open_ms is open_class_from_lrs (every page of GET /statements, then the class database) plus
the teacher grid over it; lrs_class_read_ms and lrs_class_build_ms split it. Ralph's file-system backend
reads its whole statements file for every page, so the read is a floor: a database backend pages
through an index.
"""

from __future__ import annotations

import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.measure import ROOT, median

STUDENTS = 30
RUNS = 5
END = datetime(2026, 3, 20, 15, 0, tzinfo=timezone.utc)


def _scores(overview) -> dict[tuple[str, str], float]:
    """(learner uid, lesson id) -> best score, wherever the learner has one."""
    uids = {student.id: student.uid for student in overview.students}
    return {(uids[profile_id], lesson_id): round(result.percent, 6)
            for (profile_id, lesson_id), result in overview.results.items() if result.percent is not None}


def run() -> dict[str, float]:
    from literacy_app.content.library import load_library
    from literacy_app.services.class_simulation import simulate_class
    from literacy_app.services.lrs_class import build_class, open_class_from_lrs, read_statements
    from literacy_app.services.teacher import TeacherService
    from literacy_app.store.db import open_database
    from literacy_app.store.lrs_client import LrsClient
    from literacy_app.store.lrs_sender import deliver
    from literacy_app.store.outbox import Outbox
    from tests.integration.ralph_server import RalphServer, ensure_ralph

    library = load_library([ROOT / "lessons"])
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(Path(folder) / "data")
        simulate_class(db, library, STUDENTS, seed=1, end=END)
        server = RalphServer(ensure_ralph(), Path(folder) / "ralph")
        server.start()
        try:
            report = deliver(Outbox(db), LrsClient(server.endpoint, server.user, server.password, timeout=120))
            if report.error or report.pending:
                raise RuntimeError(f"delivery incomplete: {report}")
            expected = TeacherService(db, library).overview()
            opened, read, built = [], [], []
            for _ in range(RUNS):
                started = time.perf_counter()
                lrs = open_class_from_lrs(server.endpoint, server.user, server.password, library)
                overview = TeacherService(lrs, library).overview()
                opened.append(time.perf_counter() - started)
                lrs.close()
                started = time.perf_counter()
                statements = read_statements(server.endpoint, server.user, server.password)
                read.append(time.perf_counter() - started)
                started = time.perf_counter()
                build_class(statements, library).close()
                built.append(time.perf_counter() - started)
        finally:
            server.stop()
            db.close()
    if _scores(overview) != _scores(expected):  # a figure for a wrong class would mean nothing
        raise RuntimeError("the class read from the LRS does not show the PC's best scores")
    return {"lrs_class_open_ms": round(median(opened) * 1000, 1), "lrs_class_read_ms": round(median(read) * 1000, 1),
            "lrs_class_build_ms": round(median(built) * 1000, 1), "lrs_class_statements": float(report.sent)}


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name}: {value}")
