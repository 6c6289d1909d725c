"""`literacy-app --screenshot` opens the real window, saves a picture of it and exits 0."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

from PySide6.QtGui import QImage

from tests.conftest import ROOT


def run_app(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "literacy_app", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60, check=False)


def test_screenshot_of_a_lesson_step(tmp_path):
    picture = tmp_path / "shots" / "lesson.png"
    result = run_app("--data-dir", str(tmp_path / "data"), "--profile", "Ana", "--lesson", "what-is-parasocial",
                     "--step", "2", "--screenshot", str(picture))
    assert result.returncode == 0, result.stderr
    image = QImage(str(picture))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 600
    # the step was recorded as the learner's position, like any real visit
    db = sqlite3.connect(tmp_path / "data" / "literacy.sqlite3")
    assert db.execute("SELECT lesson_id, step FROM progress").fetchall() == [("what-is-parasocial", 1)]


def test_version_and_help():
    version = run_app("--version")
    assert version.returncode == 0 and version.stdout.startswith("literacy-app ")
    helptext = run_app("--help")
    assert "--screenshot" in helptext.stdout and "check" in helptext.stdout


def test_the_start_up_probe_records_the_first_paint_and_lets_the_work_after_it_finish(tmp_path):
    stamp = tmp_path / "first-paint"
    before = time.time()
    result = run_app("--data-dir", str(tmp_path / "data"), "--profile", "Ana",
                     env_extra={"LITERACY_APP_FIRST_PAINT": str(stamp)})
    assert result.returncode == 0, result.stderr
    painted = float(stamp.read_text(encoding="utf-8"))
    assert before < painted < time.time()
    # what waits for the first paint still ran before the app quit: the next start is a returning learner's
    assert (tmp_path / "data" / "lesson-index.json").is_file()
    assert (tmp_path / "data" / "page-cache.json").is_file()
