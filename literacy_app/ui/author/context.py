"""What author mode needs from the app around it, handed to its window (plain Python, no Qt).

From the main window: the lessons of the library (a new lesson's id must not clash with them), where
installed lesson packs go and how the library reloads after one, whether installing is allowed (teacher
mode), and where recovery files are kept. Without them (author mode on its own) every part still works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from literacy_app.content.starter_lesson import KnownLesson


def _nothing_known() -> list[KnownLesson]:
    return []


@dataclass
class AuthorContext:
    known_lessons: Callable[[], list[KnownLesson]] = field(default=_nothing_known)
    lessons_dir: Path | None = None  # where Install a lesson pack puts lessons; None: the menu item explains
    on_installed: Callable[[], object] = field(default=lambda: None)  # reloads the library
    may_install: Callable[[], bool] = field(default=lambda: True)  # teacher mode is on
    recovery_dir: Path | None = None  # unsaved text is kept here; None: the user's app data folder
