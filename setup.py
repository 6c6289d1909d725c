"""Build hook: the course and the icons ship inside the package.

lessons/ and assets/ stay at the top of the repository, where teachers and designers edit them; a
wheel (and `pip install .`) gets copies at literacy_app/bundled/lessons and literacy_app/bundled/assets,
which literacy_app/resources.py finds through importlib.resources. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("lessons", "assets")
# the .ico and .icns are for the Windows .exe and the macOS .app only; the app itself shows the PNGs
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", "*.tmp", "*.ico", "*.icns")


class BuildPyWithBundle(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads lessons/ and assets/ from the checkout itself
        target = Path(self.build_lib) / "literacy_app" / "bundled"
        for name in BUNDLED:
            source = ROOT / name
            if not source.is_dir():  # a package without its course would install an empty app
                raise SystemExit(f"cannot build: {source} is missing")
            shutil.rmtree(target / name, ignore_errors=True)  # no file left over from an earlier build
            shutil.copytree(source, target / name, ignore=LEFT_OUT)


setup(cmdclass={"build_py": BuildPyWithBundle})
