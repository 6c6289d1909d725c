"""Kill the erasing process (SIGKILL) at random moments: after each kill the learner is either whole, exactly
as before, or gone, with no byte of their reflection left in the file; the other learner is never touched.

The suite runs a short series; LITERACY_ERASE_KILLS=200 runs a long one.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from literacy_app.store.db import Database
from literacy_app.store.learner_data import learner_rows
from tests.conftest import ROOT
from tests.store.learner_seed import SECOND_PHRASE, SECRET_PHRASE, seeded

KILLS = int(os.environ.get("LITERACY_ERASE_KILLS", "24"))
BULK = 4000  # extra answers and archived reflections, so that an erase lasts long enough to be cut in the middle

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _template(folder: Path) -> tuple[str, str]:
    """A data folder with Ana (lots of work) and Ben; returns Ana's and Ben's uids."""
    db, session, ana, ben = seeded(folder)
    with db.transaction() as conn:
        attempt = conn.execute("SELECT id FROM attempts WHERE profile_id = ? LIMIT 1", (ana.id,)).fetchone()[0]
        conn.executemany(
            "INSERT INTO answers(attempt_id, question_id, response, correct, score, max_score, answered_at) "
            "VALUES (?, ?, ?, 0, 0, 1, '2026-01-12T09:00:00+00:00')",
            [(attempt, f"q-{n}", json.dumps({"text": f"{SECRET_PHRASE} {n}"})) for n in range(BULK)])
        conn.executemany(
            "INSERT INTO reset_archive(profile_id, lesson_id, payload, reset_at) VALUES (?, 'old', ?, "
            "'2026-01-01T00:00:00+00:00')",
            [(ana.id, json.dumps({"reflections": [{"text": SECRET_PHRASE * 3}]})) for _ in range(BULK // 4)])
    db.close()
    return ana.uid, ben.uid


def _digest(db: Database, uid: str) -> str:
    profile_id = db.scalar("SELECT id FROM profiles WHERE uid = ?", (uid,))
    rows = learner_rows(db.conn, int(profile_id) if profile_id is not None else -1, uid)
    rows.pop("xapi_outbox")  # ids are compared, the voiding statements of an erase are new rows
    rows["learner_secrets"] = [{k: v for k, v in r.items() if k != "hash"} for r in rows["learner_secrets"]]
    rows["class_events"] = [r for r in rows["class_events"] if r["kind"] != "erase"]  # checked on its own
    return hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()


def _kill_after(data_dir: Path, uid: str, delay: float) -> float | None:
    """Run the eraser, kill it `delay` s after it is ready; how long the erase took if it reported it done."""
    process = subprocess.Popen([sys.executable, "-m", "tests.store.erase_worker", str(data_dir), uid], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(60), "the eraser never started: " + (process.stderr.read() if process.stderr else "")
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    reader.join(30)
    assert process.returncode == -signal.SIGKILL, "the eraser ended on its own"
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    done = [line for line in lines if line.startswith("erased in ") and line.endswith("\n")]
    return float(done[0].split()[-1]) if done else None


def test_a_kill_at_any_moment_leaves_the_learner_whole_or_gone(tmp_path: Path) -> None:
    template = tmp_path / "template"
    ana, ben = _template(template)
    db = Database(template / "literacy.sqlite3")
    whole, ben_digest = _digest(db, ana), _digest(db, ben)
    db.close()
    timing = tmp_path / "timing"
    shutil.copytree(template, timing)
    span = _kill_after(timing, ana, 5.0)  # one whole erase, to learn how long it takes on this machine
    assert span is not None, "the erase did not finish in 5 s"
    rng = random.Random(20260112)
    outcomes = {"whole": 0, "gone": 0, "hot journal": 0}
    for run in range(KILLS):
        data_dir = tmp_path / f"run-{run}"
        shutil.copytree(template, data_dir)
        reported = _kill_after(data_dir, ana, rng.uniform(0.0, span * 1.2)) is not None
        outcomes["hot journal"] += (data_dir / "literacy.sqlite3-journal").exists()
        conn = sqlite3.connect(data_dir / "literacy.sqlite3")  # a plain reader rolls a hot journal back
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"run {run}: damaged"
        conn.close()
        db = Database(data_dir / "literacy.sqlite3")
        state = _digest(db, ana)
        gone = db.scalar("SELECT COUNT(*) FROM profiles WHERE uid = ?", (ana,)) == 0
        tombstone = db.scalar("SELECT COUNT(*) FROM class_events WHERE kind = 'erase' AND learner_uid = ?", (ana,))
        assert tombstone == int(gone), f"run {run}: the erase event and the erase are not one transaction"
        assert _digest(db, ben) == ben_digest, f"run {run}: Ben's work changed"
        db.close()
        if gone:
            assert state == _digest_of_nothing(tmp_path, ana), f"run {run}: the learner is half-erased"
            data = (data_dir / "literacy.sqlite3").read_bytes()
            assert SECRET_PHRASE.encode() not in data, f"run {run}: erased, but the words are still in the file"
            assert SECOND_PHRASE.encode() in data
            outcomes["gone"] += 1
        else:
            assert state == whole, f"run {run}: the learner is half-erased"
            assert not reported, f"run {run}: the erase was reported committed, but the learner is back"
            outcomes["whole"] += 1
        shutil.rmtree(data_dir)
    print(f"\n{KILLS} kills while erasing: {outcomes} (one erase: {span:.3f} s)")
    assert outcomes["whole"] and outcomes["gone"], f"the kills all landed on one side: {outcomes}"


def _digest_of_nothing(tmp_path: Path, uid: str) -> str:
    """The digest of a learner with no row at all (an empty database)."""
    empty = tmp_path / "empty"
    empty.mkdir(exist_ok=True)
    db = Database(empty / "literacy.sqlite3")
    try:
        return _digest(db, uid)
    finally:
        db.close()
