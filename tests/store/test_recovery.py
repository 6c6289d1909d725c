"""A damaged, unusable, full, read-only or shared database: nothing committed is lost, the app keeps going."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from literacy_app.content.library import load_library
from literacy_app.content.model import Quiz
from literacy_app.services.session import Session
from literacy_app.store.db import DB_FILENAME, Database, open_database
from literacy_app.store.records import Records
from tests.conftest import FIXTURE_COURSE, ROOT


def _real_database_bytes(folder: Path) -> bytes:
    db, _ = open_database(folder)
    records = Records(db)
    for index in range(150):
        records.add_profile(f"Learner {index}", student_id="s" * 400)
    db.close()
    return (folder / DB_FILENAME).read_bytes()


def _damaged_cases(tmp_path: Path) -> dict[str, bytes]:
    real = _real_database_bytes(tmp_path / "source")
    return {
        "random bytes": random.Random(7).randbytes(8192),
        "truncated real database": real[: len(real) // 2],
        "header only": real[:100],
        "text file": b"these are not the results you are looking for\n" * 50,
    }


@pytest.mark.parametrize("case", ["random bytes", "truncated real database", "header only", "text file"])
def test_a_damaged_file_is_kept_aside_and_a_fresh_database_works(tmp_path: Path, case: str) -> None:
    damaged = _damaged_cases(tmp_path)[case]
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(damaged)

    db, message = open_database(data_dir)

    kept = list(data_dir.glob(f"{DB_FILENAME}.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged, "the damaged file must be kept byte for byte"
    assert "could not be read" in message and kept[0].name in message
    assert db.query_one("PRAGMA integrity_check")[0] == "ok"
    Records(db).add_profile("Ana")
    db.close()
    reopened, second_message = open_database(data_dir)
    assert second_message == "" and [p.name for p in Records(reopened).profiles()] == ["Ana"]


def test_a_directory_in_place_of_the_database_is_moved_aside(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    (data_dir / DB_FILENAME).mkdir(parents=True)
    (data_dir / DB_FILENAME / "something.txt").write_text("kept")

    db, message = open_database(data_dir)

    kept = next(data_dir.glob(f"{DB_FILENAME}.corrupt-*"))
    assert (kept / "something.txt").read_text() == "kept" and kept.name in message
    assert (data_dir / DB_FILENAME).is_file() and Records(db).add_profile("Ben").name == "Ben"


def test_a_zero_byte_file_is_an_empty_database_not_an_alarm(tmp_path: Path) -> None:
    # SQLite creates the file empty before the first write; a kill at that moment must not look like damage
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(b"")
    db, message = open_database(data_dir)
    assert message == "" and not list(data_dir.glob("*.corrupt-*"))
    assert Records(db).add_profile("Cy").name == "Cy"


def test_two_recoveries_in_the_same_second_keep_both_damaged_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    for content in (b"first damaged file" * 40, b"second damaged file" * 40):
        (data_dir / DB_FILENAME).write_bytes(content)
        open_database(data_dir)[0].close()
    kept = sorted(p.read_bytes()[:6] for p in data_dir.glob("*.corrupt-*"))
    assert kept == [b"first ", b"second"]


def test_an_unusable_data_folder_keeps_answers_in_memory_and_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    db, message = open_database(blocker)
    assert "cannot be saved" in message and str(blocker) in message
    assert blocker.read_text() == "a file where the data folder should be"
    session, lesson, quiz = _session(db)
    session.answer_question(lesson, quiz, quiz.questions[0], [1])
    assert session.quiz_state(lesson, quiz).answers[quiz.questions[0].id].correct


def test_a_busy_database_is_never_mistaken_for_a_damaged_one(tmp_path: Path, monkeypatch) -> None:
    data_dir = tmp_path / "data"
    db, _ = open_database(data_dir)
    Records(db).add_profile("Dee")
    db.close()
    holder = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another copy in the middle of a long write
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *args, **kwargs: real_connect(*args, **{**kwargs, "timeout": 0.05}))
    try:
        _busy_db, message = open_database(data_dir)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(data_dir.glob("*.corrupt-*")), "a locked database must never be moved aside"
    assert "cannot be saved" in message
    monkeypatch.undo()
    again, message = open_database(data_dir)
    assert message == "" and [p.name for p in Records(again).profiles()] == ["Dee"]


# -- writes the disk refuses, kept in memory and saved later ---------------------------------------
def _session(db: Database) -> tuple[Session, object, Quiz]:
    library = load_library([FIXTURE_COURSE])
    lesson = library.lesson("fixture-basics")
    session = Session(Records(db), library)
    session.choose_profile(session.profile_named("Eve"))
    return session, lesson, lesson.blocks(Quiz)[0]


def _stored_answers(path: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT question_id, correct FROM answers ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_full_disk_keeps_answers_in_memory_and_saves_them_when_space_returns(data_dir: Path) -> None:
    db, _ = open_database(data_dir)
    session, lesson, quiz = _session(db)
    messages: list[str] = []
    session.on_storage_problem = messages.append
    pages = db.query_one("PRAGMA page_count")[0]
    db.conn.execute(f"PRAGMA max_page_count={pages}")  # the disk is full: not one more page
    first, second = quiz.questions

    session.save_reflection(lesson, "notes", "a long reflection " * 400)  # needs new pages: refused
    result = session.answer_question(lesson, quiz, first, [1])  # waits behind it, order is kept

    assert result.correct, "the learner still gets feedback"
    assert session.pending_count == 2 and "disk" in messages[-1] and "full" in messages[-1]
    assert _stored_answers(data_dir / DB_FILENAME) == []
    assert not session.flush_pending(), "still full: nothing is lost, nothing is saved"

    db.conn.execute("PRAGMA max_page_count=1073741823")  # space is free again
    assert session.flush_pending()
    assert session.pending_count == 0 and messages[-1] == ""
    assert _stored_answers(data_dir / DB_FILENAME) == [("q-which", 1)]
    assert session.reflection(lesson, "notes").startswith("a long reflection")
    session.answer_question(lesson, quiz, second, [0, 1])
    assert _stored_answers(data_dir / DB_FILENAME) == [("q-which", 1), ("q-sources", 1)]


def test_a_read_only_database_queues_in_order_and_reports_plain_words(data_dir: Path) -> None:
    db, _ = open_database(data_dir)
    session, lesson, quiz = _session(db)
    messages: list[str] = []
    session.on_storage_problem = messages.append
    db.conn.execute("PRAGMA query_only=ON")  # what SQLite reports for a read-only file or folder
    session.answer_question(lesson, quiz, quiz.questions[0], [0])
    session.answer_question(lesson, quiz, quiz.questions[0], [1])
    assert "read-only" in messages[-1] and "2 answer(s)" in messages[-1]
    db.conn.execute("PRAGMA query_only=OFF")
    assert session.flush_pending()
    assert _stored_answers(data_dir / DB_FILENAME) == [("q-which", 0), ("q-which", 1)]


def test_another_copy_holding_the_lock_queues_the_answer_until_it_lets_go(data_dir: Path) -> None:
    db, _ = open_database(data_dir)
    session, lesson, quiz = _session(db)
    messages: list[str] = []
    session.on_storage_problem = messages.append
    db.conn.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO app_state(key, value) VALUES ('other-copy', 'was here')")
    session.answer_question(lesson, quiz, quiz.questions[0], [1])
    assert "Another copy" in messages[-1] and session.pending_count == 1
    other.execute("COMMIT")
    other.close()
    assert session.flush_pending()
    assert _stored_answers(data_dir / DB_FILENAME) == [("q-which", 1)]
    assert session.records.state("other-copy") == "was here"


# -- two copies of the app on one data folder -----------------------------------------------------
def _start_worker(data_dir: Path, seed: int) -> tuple[subprocess.Popen, list[str], threading.Thread]:
    process = subprocess.Popen([sys.executable, "-m", "tests.store.kill_worker", str(data_dir), str(seed)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)
    reader.start()
    return process, lines, reader


@pytest.mark.skipif(os.name == "nt", reason="uses SIGKILL")
def test_two_copies_on_one_fresh_data_folder_both_save_everything(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    workers = [_start_worker(data_dir, seed) for seed in (1, 2)]  # both create and upgrade the same new file
    committed = {}
    try:
        for process, lines, _reader in workers:
            waited = threading.Event()
            for _ in range(600):
                if sum(line.startswith("committed") for line in list(lines)) >= 30 or process.poll() is not None:
                    break
                waited.wait(0.05)
    finally:
        for process, _lines, reader in workers:
            process.kill()
            process.wait(30)
            reader.join(30)
    for process, lines, _reader in workers:
        stderr = process.stderr.read()
        process.stdout.close()
        process.stderr.close()
        assert process.returncode == -9, f"a copy stopped with an error: {stderr}"
        for line in lines:
            if line.startswith("committed ") and line.endswith("\n"):
                _, answer_id, attempt_uid, question_id = line.split()
                committed[int(answer_id)] = (attempt_uid, question_id)
    assert len(committed) >= 60, "both copies committed answers while the other was writing"
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT n.id, a.uid, n.question_id FROM answers n JOIN attempts a ON a.id = n.attempt_id")}
    conn.close()
    assert all(stored.get(key) == value for key, value in committed.items())
    assert not list(data_dir.glob("*.corrupt-*"))
