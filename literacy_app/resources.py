"""Where bundled files live, in a source checkout and in a frozen (PyInstaller) build alike."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def app_root() -> Path:
    """The folder that holds the bundled course: the repository, or the build's _internal/."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def bundled_lessons() -> Path:
    return app_root() / "lessons"


def template_text(name: str) -> str:
    return resources.files("literacy_app.templates").joinpath(name).read_text(encoding="utf-8")


def executable_dir() -> Path:
    """The folder of the executable, where IT puts literacy-app.ini."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return app_root()
