"""`literacy-app selftest` from source: the report for IT, and an honest failure when answers cannot be kept."""

from __future__ import annotations

import sqlite3

from literacy_app.cli import main
from tests.conftest import FIXTURE_COURSE


def read_report(path) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in path.read_text(encoding="utf-8").splitlines())


def test_selftest_shows_a_quiz_stores_an_answer_and_reads_it_back(qapp, tmp_path, capsys):
    data, report_file, shot = tmp_path / "data", tmp_path / "report.txt", tmp_path / "shot.png"
    code = main(["selftest", "--data-dir", str(data), "--lessons", str(FIXTURE_COURSE), "--report", str(report_file),
                 "--screenshot", str(shot)])
    assert code == 0
    report = read_report(report_file)
    assert report["result"] == "ok"
    assert report["frozen"] == "False"
    assert report["data folder"] == f"{data} (from command line)"
    assert str(FIXTURE_COURSE) in report["lesson folders"]
    assert report["answer read back"].endswith("correct=True")
    assert shot.read_bytes()[:4] == b"\x89PNG"
    assert capsys.readouterr().out == report_file.read_text(encoding="utf-8")  # printed when there is a console
    question_id = report["answer read back"].split(":")[0]
    with sqlite3.connect(data / "literacy.sqlite3") as db:
        assert db.execute("SELECT question_id, correct FROM answers").fetchall() == [(question_id, 1)]


def test_selftest_fails_when_answers_cannot_be_kept_on_disk(qapp, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    report_file = tmp_path / "report.txt"
    assert main(["selftest", "--data-dir", str(blocked), "--report", str(report_file)]) == 1
    report = read_report(report_file)
    assert report["result"].startswith("FAILED")
    assert "storage notice" in report  # the learner-facing message about results kept in memory
