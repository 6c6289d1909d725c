"""Find and load every lesson under a set of folders."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from literacy_app.content.index_cache import IndexCache
from literacy_app.content.library_checks import with_duplicate_id
from literacy_app.content.model import Lesson, Problem

SKIPPED_NAMES = {"readme.md", "changelog.md", "license.md"}


def user_lessons_dir(data_dir: Path) -> Path:
    """Where installed lesson packs go: a folder inside the data folder that the library also loads."""
    return data_dir / "lessons"


def lesson_files(paths: list[Path]) -> list[Path]:
    """Lesson files named directly, or found (sorted) under folders."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(_markdown_under(path)))
        else:
            found.append(path)
    return found


def _markdown_under(folder: Path) -> list[Path]:
    """Markdown files below folder, skipping hidden files and folders inside it (the folder itself may be
    hidden, e.g. a data folder under ~/.local/share). os.walk: far quicker than rglob on big libraries."""
    found = []
    for parent, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(parent, name) for name in files
                  if name.lower().endswith(".md") and not name.startswith(".") and name.lower() not in SKIPPED_NAMES]
    return found


@dataclass
class Library:
    lessons: list[Lesson] = field(default_factory=list)  # loadable lessons, in course order
    broken: list[Lesson] = field(default_factory=list)  # lessons with errors, kept for reporting
    # lessons parsed but not yet written to the index cache (see load_library's save_cache)
    unsaved_index: IndexCache | None = field(default=None, repr=False, compare=False)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def modules(self) -> list[tuple[str, list[Lesson]]]:
        grouped: dict[str, list[Lesson]] = {}
        for lesson in self.lessons:
            grouped.setdefault(lesson.module, []).append(lesson)
        return list(grouped.items())

    @property
    def problems(self) -> list[Problem]:
        return [p for lesson in self.broken for p in lesson.errors]

    def save_index(self) -> None:
        """Write the lessons parsed by load_library(..., save_cache=False) to the index cache."""
        if self.unsaved_index is not None:
            self.unsaved_index.save()
            self.unsaved_index = None


def load_library(folders: list[Path], cache_dir: Path | None = None, save_cache: bool = True) -> Library:
    """Load every lesson; a lesson with errors goes to `broken` and never stops the others.

    With `cache_dir`, unchanged lessons come from the index cache there instead of being parsed again.
    Without `save_cache`, writing the cache is left to `Library.save_index()`, e.g. once the window shows.
    """
    library = Library()
    seen_ids: dict[str, Lesson] = {}
    cache = IndexCache(cache_dir)
    for path in lesson_files([Path(f) for f in folders if Path(f).exists()]):
        lesson = cache.get(path)
        if lesson is None:
            from literacy_app.content.validate import check_lesson  # the parser (and YAML) only when needed

            lesson = check_lesson(path)
            cache.put(path, lesson)
        if lesson.errors:
            library.broken.append(lesson)
        elif lesson.id in seen_ids:
            # the first one found is shown; the other is listed with the broken lessons, both files named
            library.broken.append(with_duplicate_id(lesson, seen_ids[lesson.id]))
        else:
            seen_ids[lesson.id] = lesson
            library.lessons.append(lesson)
    if save_cache:
        cache.save()
    else:
        library.unsaved_index = cache
    library.lessons.sort(key=lambda lesson: (lesson.module, lesson.order, lesson.title))
    return library
