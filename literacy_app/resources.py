"""Where bundled files live: in an installed package, a source checkout and a frozen (PyInstaller) build.

The course (lessons/) and the icons (assets/) sit at the top of the repository. A wheel carries them
inside the package as literacy_app/bundled/ (copied there by the build hook in setup.py); the frozen
build carries them in its _internal/ folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

BUNDLED = "bundled"  # the folder inside the installed package
# the package's own folder: data files sit beside its modules in every kind of install (a wheel, a source
# checkout, the frozen build's _internal/literacy_app); found without importlib.resources, slow at start-up
PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def app_root() -> Path:
    """The frozen build's _internal/ folder, or the folder that holds the package (a source checkout's root)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return PACKAGE_DIR.parent


def _installed(name: str) -> Path | None:
    """literacy_app/bundled/NAME of an installed package, when it is there as a real folder."""
    folder = PACKAGE_DIR / BUNDLED / name
    return folder if folder.is_dir() else None


def bundled_dir(name: str) -> Path:
    """The folder of bundled files called NAME ("lessons" or "assets"), wherever this copy of the app keeps it.

    The path may not exist when an installation is incomplete; callers report that rather than fail.
    """
    if is_frozen():
        return app_root() / name
    return _installed(name) or app_root() / name


def bundled_lessons() -> Path:
    return bundled_dir("lessons")


def asset_path(name: str) -> Path:
    """A file from assets/ (icons), e.g. asset_path("literacy-app-32.png")."""
    return bundled_dir("assets") / name


def translations_dir() -> Path:
    """The app's compiled catalogues (literacy_es.qm ...): inside the package in every kind of install."""
    return PACKAGE_DIR / "translations"


def template_text(name: str) -> str:
    return (PACKAGE_DIR / "templates" / name).read_text(encoding="utf-8")


def executable_dir() -> Path:
    """The folder of the executable, where IT puts literacy-app.ini."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return app_root()
