#!/usr/bin/env python3
"""Set up and run Media Literacy Lab with nothing but python3.

    python3 tasks.py app     # create .venv, install the app, start it with the bundled course
    python3 tasks.py test    # create .venv, install the app with its test and build tools, lint and test
    python3 tasks.py translations  # gather new UI words into literacy_app/translations/*.ts, build the .qm files

Further arguments go to the app (`python3 tasks.py app --data-dir /tmp/x`) or to pytest.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
# what pip reads to install the project: a change to any of them means a fresh install
INSTALL_INPUTS = ("pyproject.toml", "setup.py")
APP_EXTRAS: frozenset[str] = frozenset()  # the app needs its runtime dependencies only
TEST_EXTRAS = frozenset({"test", "build"})  # pytest, ruff, mypy; PyInstaller and the build backend (tests/packaging)


def inputs_digest() -> str:
    digest = hashlib.sha256()
    for name in INSTALL_INPUTS:
        path = ROOT / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"") + b"\0")
    return digest.hexdigest()


def installed_extras(stamp: Path, digest: str) -> frozenset[str] | None:
    """The extras installed from these very inputs, or None when the stamp is missing, unreadable or stale."""
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
        if recorded["inputs"] != digest:
            return None
        return frozenset(recorded["extras"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record_install(stamp: Path, digest: str, extras: frozenset[str]) -> None:
    stamp.write_text(json.dumps({"inputs": digest, "extras": sorted(extras)}) + "\n", encoding="utf-8")


def ensure_environment(wanted: frozenset[str]) -> None:
    """Create the virtual environment and install the project with the WANTED extras, unless that is done.

    An install with more extras satisfies a request for fewer: `app` after `test` installs nothing.
    """
    digest = inputs_digest()
    have = installed_extras(STAMP, digest) if PYTHON.exists() else None
    if have is not None and wanted <= have:
        return
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    extras = wanted | (have or frozenset())  # keep what this install already had
    target = f".[{','.join(sorted(extras))}]" if extras else "."
    print(f"Installing Media Literacy Lab ({target}) …", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target], check=True, cwd=ROOT)
    record_install(STAMP, digest, extras)


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("app", [])
    if command == "app":
        ensure_environment(APP_EXTRAS)
        return subprocess.call([str(PYTHON), "-m", "literacy_app", *rest], cwd=ROOT)
    if command == "test":
        ensure_environment(TEST_EXTRAS)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        lint = subprocess.call([str(PYTHON), "-m", "ruff", "check", "."], cwd=ROOT)
        types = subprocess.call([str(PYTHON), "-m", "mypy"], cwd=ROOT)  # the Qt-free core, strict ([tool.mypy])
        tests = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
        return tests or lint or types
    if command == "translations":  # see docs/translating.md
        ensure_environment(APP_EXTRAS)  # pyside6-lupdate and pyside6-lrelease come with PySide6
        script = str(ROOT / "packaging" / "translations.py")
        update = subprocess.call([str(PYTHON), script, "update", *rest], cwd=ROOT)
        return update or subprocess.call([str(PYTHON), script, "release", *rest], cwd=ROOT)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
