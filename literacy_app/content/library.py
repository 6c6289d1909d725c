"""Find and load every lesson under a set of folders."""

from __future__ import annotations

import os
import time
from pathlib import Path

from literacy_app.content.index_cache import IndexCache
from literacy_app.content.lazy_lesson import HEAD_FIELDS, CachedLesson, LazyLesson, lazy
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
            found.extend(Path(name) for name in _markdown_under(str(path)))
        else:
            found.append(path)
    return found


def _markdown_under(folder: str) -> list[str]:
    """Markdown files below folder, skipping hidden files and folders inside it (the folder itself may be
    hidden, e.g. a data folder under ~/.local/share), sorted as paths sort (by their parts). Strings and
    os.scandir: far quicker than Path.rglob on big libraries. Like os.walk, links to folders are not followed."""
    found = []
    folders = [folder]
    while folders:
        parent = folders.pop()
        try:
            with os.scandir(parent) as entries:
                for entry in entries:
                    name = entry.name
                    if name.startswith("."):
                        continue
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    if is_dir:
                        if not entry.is_symlink():
                            folders.append(entry.path)
                    elif name.lower().endswith(".md") and name.lower() not in SKIPPED_NAMES:
                        found.append(entry.path)
        except OSError:
            continue  # a folder that cannot be read is skipped, as os.walk does
    return sorted(found, key=lambda name: os.path.normcase(name).split(os.sep))


class Library:
    """The lessons in course order (`lessons`) and those with errors (`broken`, kept for reporting).

    A library loaded for a window (`load_library(..., save_cache=False)`) lists lessons from their front matter
    and the index cache: lessons not checked yet are listed as long as their front matter is sound, and the
    window checks them after its first paint with `check_pending()`, a slice at a time; a lesson that turns
    out broken then leaves `lessons` (`version` counts such changes, for the sidebar). `lesson(id)` checks the
    lesson it returns first, and `broken` and `problems` check every lesson still waiting: they are always the
    whole verdict.
    """

    def __init__(self, lessons: list[Lesson] | None = None, broken: list[Lesson] | None = None) -> None:
        self.lessons: list[Lesson] = lessons if lessons is not None else []
        self._broken: list[Lesson] = broken if broken is not None else []
        self._found: list[Lesson] = []  # every lesson file, in file order (for ids used twice: the first wins)
        self._unchecked: dict[int, LazyLesson] = {}  # id(lesson) -> lesson listed from its front matter only
        self._save_asked = False
        self.version = 0  # goes up whenever a check moves lessons between `lessons` and `broken`
        # lessons checked but not yet written to the index cache (see load_library's save_cache)
        self.unsaved_index: IndexCache | None = None
        # an index whose block types are compared with the registered ones after the first paint
        self._blocks_to_compare: IndexCache | None = None

    def __repr__(self) -> str:
        return f"Library({len(self.lessons)} lessons, {len(self._broken)} broken, {len(self._unchecked)} unchecked)"

    def lesson(self, lesson_id: str) -> Lesson | None:
        """The lesson with this id, checked (a lesson found broken now is not returned)."""
        found = next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)
        if found is not None and id(found) in self._unchecked:
            changed = self._check(self._unchecked[id(found)])
            self._settle(changed or not self._unchecked)
            found = next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)
        return found

    def modules(self) -> list[tuple[str, list[Lesson]]]:
        grouped: dict[str, list[Lesson]] = {}
        for lesson in self.lessons:
            grouped.setdefault(lesson.module, []).append(lesson)
        return list(grouped.items())

    @property
    def broken(self) -> list[Lesson]:
        """Every lesson with errors (lessons not checked yet are checked first)."""
        self.finish_check()
        return self._broken

    @property
    def broken_so_far(self) -> list[Lesson]:
        """The lessons known to have errors, without checking those still waiting (a window's first paint)."""
        return self._broken

    @property
    def problems(self) -> list[Problem]:
        return [p for lesson in self.broken for p in lesson.errors]

    @property
    def checked(self) -> bool:
        """Whether every lesson has had the checker's full verdict."""
        return not self._unchecked and self._blocks_to_compare is None

    def check_pending(self, seconds: float | None = None) -> bool:
        """Check lessons still waiting, in course order, for about `seconds` (all of them without); True once
        every lesson is checked. The index cache is written then if save_index() was asked for."""
        started = time.perf_counter()
        self._compare_block_types()
        changed = False
        waiting = bool(self._unchecked)
        while self._unchecked:
            changed |= self._check(next(iter(self._unchecked.values())))
            if seconds is not None and time.perf_counter() - started >= seconds:
                break
        self._settle(changed or (waiting and not self._unchecked))
        return not self._unchecked

    def finish_check(self) -> None:
        if not self.checked:
            self.check_pending()

    def _compare_block_types(self) -> None:
        """Once: lessons listed from an index written with other block types are checked again (the verdict
        depends on them)."""
        index, self._blocks_to_compare = self._blocks_to_compare, None
        if index is not None and index.blocks_changed():
            self._unchecked.update({id(x): x for x in self._found if isinstance(x, CachedLesson)})

    def save_index(self) -> None:
        """Write the lessons checked by load_library(..., save_cache=False) to the index cache: now, or once
        check_pending() has checked the last lesson still waiting."""
        self._save_asked = True
        self._save_if_done()

    def _save_if_done(self) -> None:
        if self._save_asked and self.checked and self.unsaved_index is not None:
            self.unsaved_index.save()
            self.unsaved_index = None

    def _settle(self, sort_again: bool) -> None:
        """After checking: sort the lessons again when one moved, and when the last one has been checked (the
        copy of a lesson repeating an id must carry its own verdict); write the index when asked and done."""
        if sort_again:
            self._classify()
        self._save_if_done()

    def _check(self, lesson: LazyLesson) -> bool:
        """Run the checker over a lesson listed from its front matter; True if where it belongs changed."""
        from literacy_app.content.validate import check_lesson  # the parser (and YAML) only when needed

        del self._unchecked[id(lesson)]
        before = (bool(lesson.errors), lesson.id, lesson.module, lesson.order, lesson.title)
        checked = check_lesson(lesson.path)
        for name in HEAD_FIELDS:  # the same object: whoever holds the lesson sees the verdict
            setattr(lesson, name, getattr(checked, name))
        if lesson.steps_loaded:  # opened meanwhile: the body just checked is the one to show
            lesson.steps = checked.steps
        if self.unsaved_index is not None:
            self.unsaved_index.put(lesson.path, checked)
        return before != (bool(lesson.errors), lesson.id, lesson.module, lesson.order, lesson.title)

    def _classify(self) -> None:
        """Sort the lessons found into `lessons` and `broken`; the first lesson found keeps an id used twice."""
        seen_ids: dict[str, Lesson] = {}
        lessons: list[Lesson] = []
        broken: list[Lesson] = []
        for lesson in self._found:
            if lesson.errors:
                broken.append(lesson)
            elif lesson.id in seen_ids:
                # the first one found is shown; the other is listed with the broken lessons, both files named
                broken.append(with_duplicate_id(lesson, seen_ids[lesson.id]))
            else:
                seen_ids[lesson.id] = lesson
                lessons.append(lesson)
        lessons.sort(key=lambda lesson: (lesson.module, lesson.order, lesson.title))
        changed = len(broken) != len(self._broken) or [id(x) for x in lessons] != [id(x) for x in self.lessons]
        self.lessons[:] = lessons  # in place: the window and the services share this list
        self._broken[:] = broken
        if changed:
            self.version += 1


def load_library(folders: list[Path], cache_dir: Path | None = None, save_cache: bool = True) -> Library:
    """Load every lesson; a lesson with errors goes to `broken` and never stops the others.

    With `cache_dir`, unchanged lessons come from the index cache there instead of being parsed again.
    Without `save_cache` (a window), lessons the cache does not know are listed from their front matter and
    checked later (`Library.check_pending()`, after the first paint), and writing the cache is left to
    `Library.save_index()`.
    """
    library = Library()
    cache = IndexCache(cache_dir, check_blocks_later=not save_cache)  # a window: the block types load after its paint
    if not save_cache:
        library.unsaved_index = cache
    for path in lesson_files([Path(f) for f in folders if Path(f).exists()]):
        lesson = cache.get(path)
        if lesson is None and save_cache:
            from literacy_app.content.validate import check_lesson  # the parser (and YAML) only when needed

            lesson = check_lesson(path)
            cache.put(path, lesson)
        elif lesson is None:
            from literacy_app.content.parse import parse_front_matter

            lesson = lazy(parse_front_matter(path))
            library._unchecked[id(lesson)] = lesson
        library._found.append(lesson)
    library._classify()
    if not save_cache and cache.hits:
        library._blocks_to_compare = cache
    if library._unchecked:
        # check in course order, the lessons shown first; the first lesson is checked at once (a new
        # learner opens it), so the library never starts on a lesson that turns out broken
        waiting = library._unchecked
        library._unchecked = {id(x): waiting[id(x)] for x in [*library.lessons, *library._found] if id(x) in waiting}
        while library.lessons and id(library.lessons[0]) in library._unchecked:
            library.lesson(library.lessons[0].id)
    library.version = 0
    if save_cache:
        cache.save()
    return library
