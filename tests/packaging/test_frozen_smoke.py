"""The real onedir build: built once per test session with packaging/build.py, then run offscreen.

Slow (the build takes about a minute), so it is marked `slow`: deselect it locally with
`-m "not slow"`. CI runs the whole suite, this included.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from literacy_app.content.library import load_library
from tests.conftest import FIXTURE_COURSE, ROOT

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

EXE_NAME = "literacy-app.exe" if sys.platform == "win32" else "literacy-app"


@pytest.fixture(scope="session")
def frozen_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/ of a fresh build, in a temporary folder (build outputs never land in the tree)."""
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "work"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist), "--work", str(work)],
        cwd=ROOT, capture_output=True, text=True, timeout=840,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-6000:]
    return dist


@pytest.fixture(scope="session")
def executable(frozen_build: Path) -> Path:
    path = frozen_build / "literacy-app" / EXE_NAME
    assert path.is_file()
    return path


def run_frozen(executable: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = dict(os.environ if env is None else env, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(executable), *args], capture_output=True, text=True, timeout=120, env=environment,
                          cwd=executable.parent.parent)


def read_report(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split(": ", 1) for line in lines if ": " in line)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    return struct.unpack(">II", data[16:24])


def test_selftest_loads_the_bundled_course_renders_a_lesson_and_reads_an_answer_back(executable, tmp_path):
    data, report_file = tmp_path / "data", tmp_path / "report.txt"
    completed = run_frozen(executable, "selftest", "--data-dir", str(data), "--report", str(report_file))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    report = read_report(report_file)
    assert report["result"] == "ok"
    assert report["frozen"] == "True"
    assert Path(report["bundled lessons"]).parent.parent == executable.parent  # _internal/lessons beside the exe
    assert report["data folder"] == f"{data} (from command line)"
    expected = load_library([ROOT / "lessons"])
    assert int(report["lessons loaded"]) == len(expected.lessons) > 0
    assert report["lessons with errors"] == "0"
    assert int(report["prose characters shown"]) > 0
    assert report["window icon"] == "16 px, 24 px, 32 px, 48 px, 64 px, 128 px, 256 px, 512 px"
    question_id = report["answer read back"].split(":")[0]
    with sqlite3.connect(data / "literacy.sqlite3") as db:
        rows = db.execute("SELECT p.name, n.question_id, n.correct FROM answers n JOIN attempts a ON a.id = "
                          "n.attempt_id JOIN profiles p ON p.id = a.profile_id").fetchall()
    assert rows == [("Self-test", question_id, 1)]


def test_screenshot_of_a_lesson_step_from_the_frozen_build(executable, tmp_path):
    lesson = load_library([ROOT / "lessons"]).lessons[1]
    shot, data = tmp_path / "shots" / "frozen.png", tmp_path / "data"
    completed = run_frozen(executable, "--data-dir", str(data), "--profile", "Ana", "--lesson", lesson.id,
                           "--step", "2", "--screenshot", str(shot))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    width, height = png_size(shot)
    assert width >= 800 and height >= 500
    with sqlite3.connect(data / "literacy.sqlite3") as db:
        progress = db.execute("SELECT p.name, g.lesson_id, g.step FROM progress g JOIN profiles p "
                              "ON p.id = g.profile_id").fetchall()
    assert progress == [("Ana", lesson.id, 1)]  # step 2 of the command line is index 1


def test_config_beside_the_executable_sets_folders_and_flags_and_environment_win(executable, tmp_path):
    ini = executable.parent / "literacy-app.ini"
    ini.write_text(f"[paths]\ndata_dir = school-data\nlesson_dirs = {FIXTURE_COURSE}\n", encoding="utf-8")
    try:
        report_file = tmp_path / "from-ini.txt"
        assert run_frozen(executable, "selftest", "--report", str(report_file)).returncode == 0
        report = read_report(report_file)
        assert report["data folder"] == f"{executable.parent / 'school-data'} (from config beside the executable)"
        assert (executable.parent / "school-data" / "literacy.sqlite3").is_file()
        assert str(FIXTURE_COURSE) in report["lesson folders"].split("; ")
        assert int(report["lessons loaded"]) == len(load_library([ROOT / "lessons", FIXTURE_COURSE]).lessons)

        env = dict(os.environ, LITERACY_APP_DATA_DIR=str(tmp_path / "from-env"))
        assert run_frozen(executable, "selftest", "--report", str(report_file), env=env).returncode == 0
        assert read_report(report_file)["data folder"] == f"{tmp_path / 'from-env'} (from environment)"

        flag = tmp_path / "from-flag"
        args = ("selftest", "--data-dir", str(flag), "--report", str(report_file))
        assert run_frozen(executable, *args, env=env).returncode == 0
        assert read_report(report_file)["data folder"] == f"{flag} (from command line)"
        assert (flag / "literacy.sqlite3").is_file()
    finally:
        ini.unlink()


def test_the_bundle_holds_the_course_and_only_the_qt_pieces_in_use(frozen_build):
    internal = frozen_build / "literacy-app" / "_internal"
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()]
    for needed in ("lessons/parasocial", "literacy_app/templates/page.html.j2", "literacy_app/store/migrations/0001",
                   "assets/literacy-app-16.png", "assets/literacy-app-512.png"):
        assert any(f.startswith(needed) for f in files), needed
    plugins = {f.split("/plugins/", 1)[1] for f in files if "/plugins/" in f}
    assert {p.split("/")[0] for p in plugins} <= {"platforms", "imageformats", "styles", "platforminputcontexts"}
    assert any("offscreen" in p for p in plugins)
    # the app's catalogues, and Qt's own only in the languages the app speaks (standard buttons, file dialogs)
    assert {"literacy_app/translations/literacy_es.qm", "literacy_app/translations/literacy_fr.qm"} <= set(files)
    assert {f.rsplit("/", 1)[1] for f in files if "PySide6/Qt/translations/" in f} <= {
        "qtbase_en.qm", "qtbase_es.qm", "qtbase_fr.qm"}
    for unused in ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6Pdf", "QtNetwork.", "QtQml."):
        assert not [f for f in files if unused in f.rsplit("/", 1)[-1]], unused
    if sys.platform.startswith("linux"):
        archive = next(frozen_build.glob("literacy-app-*-linux-*.tar.gz"))
        with tarfile.open(archive) as tar:
            names = tar.getnames()
        assert "literacy-app/literacy-app" in names and "literacy-app/literacy-app.desktop" in names
        assert "literacy-app/icons/hicolor/256x256/apps/literacy-app.png" in names  # the .desktop file's Icon=
