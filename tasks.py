#!/usr/bin/env python3
"""Set up and run Media Literacy Lab with nothing but python3.

    python3 tasks.py app     # create .venv, install, start the app with the bundled course
    python3 tasks.py test    # create .venv, install, run the linter and the whole test suite

Further arguments go to the app (`python3 tasks.py app --data-dir /tmp/x`) or to pytest.
"""

from __future__ import annotations

import hashlib
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


def ensure_environment(extras: str) -> None:
    """Create the virtual environment and install the pinned dependencies when they changed."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print(f"Installing Media Literacy Lab with [{extras}] …", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f".[{extras}]"], check=True, cwd=ROOT)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("app", [])
    if command == "app":
        ensure_environment("test")
        return subprocess.call([str(PYTHON), "-m", "literacy_app", *rest], cwd=ROOT)
    if command == "test":
        ensure_environment("test,build")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        lint = subprocess.call([str(PYTHON), "-m", "ruff", "check", "."], cwd=ROOT)
        tests = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
        return tests or lint
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
