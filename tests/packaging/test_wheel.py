"""A wheel, built as pip builds one from a source archive, installed into a fresh virtual environment and
run from another folder: the course and the icons must come with it.

Offline: the build uses the pinned build backend from .venv (the `build` extra) without build isolation,
and the fresh environment reaches the installed dependencies (PySide6 and the rest) through a .pth file
pointing at .venv's site-packages, so only the wheel itself is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from literacy_app.content.library import load_library
from tests.conftest import ROOT

pytestmark = pytest.mark.timeout(600)

SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "literacy_app", "lessons", "assets")
SCRIPTS = "Scripts" if os.name == "nt" else "bin"
EXE = ".exe" if os.name == "nt" else ""


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    completed = subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True,
                               timeout=300)
    assert completed.returncode == 0, f"{command}\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}"
    return completed.stdout


def source_of(wheel: Path) -> Path:
    """The copy of the checkout the wheel was built from (the checkout itself may change meanwhile)."""
    return wheel.parent.parent / "source"


def files_under(folder: Path, pattern: str = "*") -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob(pattern) if p.is_file()}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist of a copy of the checkout (no build files land in the tree), then a wheel from that sdist."""
    pinned = re.search(r'requires = \["setuptools==([^"]+)"\]', (ROOT / "pyproject.toml").read_text()).group(1)
    import setuptools

    assert setuptools.__version__ == pinned, f"setuptools {pinned} is needed: `python3 tasks.py test` installs it"
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=ignore)
        else:
            (source / name).write_bytes(path.read_bytes())
    sdist = run(sys.executable, "-c", "import sys; from setuptools import build_meta; "
                "print(build_meta.build_sdist(sys.argv[1]))", base / "sdist", cwd=source).strip().splitlines()[-1]
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index", "--no-build-isolation",
        "-w", base / "wheels", base / "sdist" / sdist, cwd=base)
    [built] = (base / "wheels").glob("literacy_app-*.whl")
    return built


@pytest.fixture(scope="module")
def venv_python(wheel: Path) -> Path:
    """A fresh virtual environment with the wheel installed (and nothing else of the project)."""
    env_dir = wheel.parent.parent / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", env_dir, cwd=wheel.parent)
    python = env_dir / SCRIPTS / f"python{EXE}"
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=env_dir).strip())
    # the dependencies, already installed in .venv; a plain path line, so .venv's editable install stays out
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel,
        cwd=env_dir)
    return python


def test_the_wheel_carries_the_whole_course_the_icons_and_the_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    packaged = {n.removeprefix("literacy_app/bundled/lessons/") for n in names
                if n.startswith("literacy_app/bundled/lessons/")}
    source = source_of(wheel)
    assert packaged == files_under(source / "lessons")
    course = load_library([source / "lessons"])
    assert sum(n.endswith(".md") for n in packaged) == len(course.lessons) + len(course.broken) > 0
    assets = {n.removeprefix("literacy_app/bundled/assets/") for n in names if n.startswith("literacy_app/bundled/")
              and "/assets/" in n}
    assert {f"literacy-app-{size}.png" for size in (16, 32, 48, 256, 512)} <= assets
    assert "literacy_app/templates/page.html.j2" in names
    migrations = files_under(source / "literacy_app" / "store" / "migrations", "*.sql")
    assert migrations and {f"literacy_app/store/migrations/{name}" for name in migrations} <= names
    assert not [n for n in names if n.startswith(("lessons/", "assets/", "tests/")) or "__pycache__" in n]


def test_the_source_archive_carries_the_course_and_the_icons(wheel):
    [sdist] = (wheel.parent.parent / "sdist").glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {f"lessons/{name}" for name in files_under(source_of(wheel) / "lessons")} <= names
    assert {f"assets/{name}" for name in files_under(source_of(wheel) / "assets")} <= names
    assert "setup.py" in names


def test_the_installed_wheel_passes_selftest_from_another_folder(wheel, venv_python, tmp_path):
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    where = run(venv_python, "-c", "import literacy_app, literacy_app.resources as r; "
                "print(literacy_app.__file__); print(r.asset_path('literacy-app-32.png'))", cwd=elsewhere, env=env)
    module_file, icon = (Path(line) for line in where.splitlines())
    installed = module_file.parent
    assert installed.parent.name == "site-packages" and ROOT not in installed.parents
    assert icon == installed / "bundled" / "assets" / "literacy-app-32.png" and icon.is_file()

    report_file = tmp_path / "report.txt"
    script = venv_python.parent / f"literacy-app{EXE}"
    completed = subprocess.run([str(script), "selftest", "--data-dir", str(tmp_path / "data"), "--report",
                                str(report_file)], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=180)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    report = dict(line.split(": ", 1) for line in report_file.read_text(encoding="utf-8").splitlines())
    assert report["result"] == "ok"
    assert Path(report["bundled lessons"]) == installed / "bundled" / "lessons"
    course = load_library([source_of(wheel) / "lessons"])  # the installed course behaves as the checkout's
    assert int(report["lessons loaded"]) == len(course.lessons) > 0
    assert int(report["lessons with errors"]) == len(course.broken)
    assert report["window icon"].startswith("16 px") and report["window icon"].endswith("512 px")
