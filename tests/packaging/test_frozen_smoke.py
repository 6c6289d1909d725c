"""The real onedir build: built once per test session with packaging/build.py, then run offscreen.

Slow (the build takes about a minute), so it is marked `slow`: deselect it locally with
`-m "not slow"`. CI runs the whole suite, this included.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tarfile
from collections import Counter
from pathlib import Path

import pytest

from literacy_app.content.library import load_library
from literacy_app.ui.look.palette import THEME_NAMES, tokens
from tests.conftest import FIXTURE_COURSE, ROOT
from tests.pdf_text import pdf_squeezed, squeeze

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
    # PySide6's signature support came compiled with the build (packaging/shiboken_support.py), not at this start
    assert report["qt support modules"] == "ready-made bytecode"
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
    assert {p.split("/")[0] for p in plugins} <= {"platforms", "imageformats", "iconengines", "platforminputcontexts"}
    assert any("offscreen" in p for p in plugins)
    # every picture format a lesson may use (content/packs.py), and the style sheet's SVG check marks and arrows
    for folder, name in (("imageformats", "jpeg"), ("imageformats", "gif"), ("imageformats", "webp"),
                         ("imageformats", "svg"), ("iconengines", "svgicon")):
        assert any(p.startswith(f"{folder}/") and name in p.rsplit("/", 1)[-1] for p in plugins), name
    libraries = [f.rsplit("/", 1)[-1] for f in files]
    assert any("Qt6Svg" in f for f in libraries)  # the SVG plugins draw with QtSvg
    if sys.platform.startswith("linux"):
        assert any("Qt6DBus" in f for f in libraries)  # QtGui's accessibility bridge (AT-SPI) talks over D-Bus
        icu_data = next(internal.rglob("libicudata.so.*"))
        if shutil.which("cc"):
            assert icu_data.stat().st_size < 8_000_000  # trimmed to the app's languages (packaging/icu_data.py)
    for unused in ("asyncio/", "multiprocessing/", "tarfile.pyc", "_pydecimal.pyc"):
        assert not [f for f in files if f.startswith(unused)], unused
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


def solid_gif(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A one-colour GIF (Qt reads GIF but cannot write it): 3-bit LZW codes, a clear code after every two pixels
    so the code width never grows."""
    codes: list[int] = []
    pixels = width * height
    for start in range(0, pixels, 2):
        codes += [4] + [0] * min(2, pixels - start)  # clear, then colour 0 once or twice
    bits = "".join(format(code, "03b")[::-1] for code in [*codes, 5])  # 5: end; least significant bit first
    bits += "0" * (-len(bits) % 8)
    data = bytes(int(bits[i:i + 8][::-1], 2) for i in range(0, len(bits), 8))
    blocks = b"".join(bytes([len(data[i:i + 255])]) + data[i:i + 255] for i in range(0, len(data), 255))
    return (b"GIF89a" + struct.pack("<HHBBB", width, height, 0x81, 0, 0) + bytes(rgb) + bytes(9)
            + b"," + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02" + blocks + b"\0;")


# picture -> its size in pixels, different for each so the PDF shows which ones arrived
PICTURES = {"red.jpg": (101, 61), "green.webp": (103, 63), "yellow.gif": (105, 65), "blue.svg": (107, 67)}


def picture_lesson(folder: Path, qapp) -> Path:
    """A lesson folder with one picture in each format a lesson may use (content/packs.py)."""
    from PySide6.QtGui import QColor, QImage

    images = folder / "formats" / "images"
    images.mkdir(parents=True)
    for name, colour in (("red.jpg", "#d00000"), ("green.webp", "#00a000")):
        image = QImage(*PICTURES[name], QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        assert image.save(str(images / name))
    (images / "yellow.gif").write_bytes(solid_gif(*PICTURES["yellow.gif"], (224, 200, 0)))
    width, height = PICTURES["blue.svg"]
    (images / "blue.svg").write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">'
                                     f'<rect width="{width}" height="{height}" fill="#0000d0"/></svg>', "utf-8")
    pictures = "\n\n".join(f"![{name.split('.')[0]} square](images/{name})" for name in PICTURES)
    (folder / "formats" / "lesson.md").write_text(
        "---\nid: picture-formats\ntitle: Pictures in every format\nmodule: Smoke\norder: 1\nobjectives:\n"
        f"  - See a picture in each format\nlanguage: en\n---\n\n## Four pictures\n\n{pictures}\n", "utf-8")
    return folder


def test_pictures_in_every_lesson_format_reach_the_printed_worksheet(executable, tmp_path, qapp):
    lessons, pdf = picture_lesson(tmp_path / "lessons", qapp), tmp_path / "pictures.pdf"
    completed = run_frozen(executable, "print", "-o", str(pdf), "--lessons", str(lessons), "picture-formats")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    text = pdf_squeezed(pdf)
    assert "Picturesineveryformat" in text
    assert not re.findall(r"\[Picture:[^\]]*\]", text)  # what a worksheet says where a picture cannot be read
    sizes = {(int(w), int(h)) for w, h in re.findall(rb"/Width (\d+)\s*/Height (\d+)", pdf.read_bytes())}
    assert set(PICTURES.values()) <= sizes


def test_worksheets_and_certificates_are_written_as_pdf(executable, tmp_path):
    lesson = load_library([ROOT / "lessons"]).lessons[1]
    worksheet = tmp_path / "worksheet.pdf"
    completed = run_frozen(executable, "print", "-o", str(worksheet), "--answers", lesson.id)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert squeeze(lesson.title) in pdf_squeezed(worksheet)

    data, certificates = tmp_path / "class", tmp_path / "certificates"
    assert run_frozen(executable, "demo", "--data-dir", str(data), "--students", "6", "--seed", "3").returncode == 0
    completed = run_frozen(executable, "certificates", "-o", str(certificates), "--data-dir", str(data))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    written = sorted(certificates.glob("*.pdf"))
    assert written
    with sqlite3.connect(data / "literacy.sqlite3") as db:
        names = [row[0] for row in db.execute("SELECT name FROM profiles")]
    for path in written:  # the learner's name is on each certificate
        assert any(squeeze(name) in pdf_squeezed(path) for name in names), path.name


def test_each_theme_paints_its_colours_and_the_style_sheet_pictures(executable, tmp_path, qapp):
    from PySide6.QtGui import QImage

    data = tmp_path / "data"
    for theme in THEME_NAMES:
        if theme != "light":  # the theme the learner chose in View > Theme, kept in the data folder
            with sqlite3.connect(data / "literacy.sqlite3") as db:
                db.execute("INSERT OR REPLACE INTO app_state(key, value) VALUES ('theme', ?)", (theme,))
        shot = tmp_path / f"{theme}.png"
        env = dict(os.environ, QT_DEBUG_PLUGINS="1")
        completed = run_frozen(executable, "--data-dir", str(data), "--screenshot", str(shot), env=env)
        assert completed.returncode == 0, completed.stdout + completed.stderr[-3000:]
        image = QImage(str(shot))
        colours = Counter(image.pixelColor(x, y).name() for x in range(0, image.width(), 4)
                          for y in range(0, image.height(), 4))
        assert colours.most_common(1)[0][0] == tokens(theme)["window"], theme
        # the learner picker's drop-down arrow is an SVG file in the style sheet: drawn by the SVG icon engine
        assert re.search(r"qsvgicon[^\n]*loaded library", completed.stderr), theme


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PySide6 bundles ICU on Linux only")
def test_the_trimmed_icu_data_answers_as_the_full_data_does_in_the_apps_languages(frozen_build):
    """Collation, time zone names and single-byte encodings, as QtCore asks ICU for them (tests/packaging/icu_probe.py):
    the bundle's ICU against PySide6's own, full one."""
    import PySide6

    def probe(lib_dir: Path) -> dict[str, object]:
        completed = subprocess.run([sys.executable, str(Path(__file__).with_name("icu_probe.py")), str(lib_dir)],
                                   capture_output=True, text=True, timeout=60, env={"PATH": os.environ["PATH"]})
        assert completed.returncode == 0, completed.stderr
        return json.loads(completed.stdout)

    bundled = probe(next((frozen_build / "literacy-app" / "_internal").rglob("libicudata.so.*")).parent)
    assert bundled == probe(Path(PySide6.__file__).parent / "Qt" / "lib")
    assert bundled["ñu vs nube in es"] == 1 and bundled["ñu vs nube in en"] == -1
    assert bundled["Europe/Madrid in fr"] == "heure normale d’Europe centrale"
    assert bundled["windows-1252 opens"] is True
