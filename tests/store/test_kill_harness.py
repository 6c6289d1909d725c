"""Kill the recording process with SIGKILL at random moments; nothing committed may be lost.

The suite runs a short series; the full series runs with LITERACY_KILL_RUNS=200.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT

KILL_RUNS = int(os.environ.get("LITERACY_KILL_RUNS", "25"))
WORKER = "tests.store.kill_worker"

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _run_and_kill(data_dir: Path, seed: int, delay: float) -> list[tuple[int, str, str]]:
    """Start the worker, kill it `delay` seconds after it is ready, return what it reported committed."""
    process = subprocess.Popen(
        [sys.executable, "-m", WORKER, str(data_dir), str(seed)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in process.stdout:
            lines.append(line)
            if line.startswith("ready"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    # a third of the kills land at any moment from process start (during migration and opening),
    # the rest while answers are being written
    if seed % 3 == 0:
        threading.Event().wait(delay * 2)
    else:
        assert ready.wait(60), "the worker never became ready: " + process.stderr.read()
        threading.Event().wait(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    reader.join(30)
    stderr = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL, f"the worker ended on its own: {stderr}"
    committed = []
    for line in lines:
        if line.startswith("committed ") and line.endswith("\n"):  # a torn last line was never fully reported
            _, answer_id, attempt_uid, question_id = line.split()
            committed.append((int(answer_id), attempt_uid, question_id))
    return committed


def test_sigkill_at_random_moments_never_loses_a_committed_answer(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    rng = random.Random(20240611)
    reported: dict[int, tuple[str, str]] = {}
    kills_with_answers = 0
    for run in range(KILL_RUNS):
        committed = _run_and_kill(data_dir, seed=run, delay=rng.uniform(0.0, 0.25))
        kills_with_answers += bool(committed)
        for answer_id, attempt_uid, question_id in committed:
            reported[answer_id] = (attempt_uid, question_id)
        db_path = data_dir / "literacy.sqlite3"
        if not db_path.exists():
            continue  # killed before the file was created
        conn = sqlite3.connect(db_path)  # a plain reader rolls back a hot journal, as the app would
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"run {run}: database damaged"
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "answers" not in tables:  # killed before the first migration committed: an empty file
                assert not reported, f"run {run}: answers were reported committed, but the schema is gone"
                continue
            stored = {row[0]: (row[1], row[2]) for row in conn.execute(
                "SELECT n.id, a.uid, n.question_id FROM answers n JOIN attempts a ON a.id = n.attempt_id")}
        finally:
            conn.close()
        lost = {key: value for key, value in reported.items() if stored.get(key) != value}
        assert not lost, f"run {run}: {len(lost)} committed answer(s) lost or changed, e.g. {next(iter(lost.items()))}"
        assert not list(data_dir.glob("*.corrupt-*")), f"run {run}: the database was judged corrupt and moved aside"
    assert reported, "no answer was ever committed: the harness tested nothing"
    assert kills_with_answers >= KILL_RUNS // 3
    print(f"\n{KILL_RUNS} kills survived; {len(reported)} committed answers all present; "
          f"{kills_with_answers} kills landed while answers were being written")
