"""Checks across lessons: two lessons with one id (the app could show only one of them), two lessons of a
module with one title (learners could not tell them apart), and the item-quality checks of their quizzes
(content/item_quality.py). Used by `check`, author mode's course check and the library loader."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path

from literacy_app.content.model import Lesson, Problem

ID_LINE_RE = re.compile(r"^id\s*:")
TITLE_LINE_RE = re.compile(r"^title\s*:")


def _line_of(path: Path, pattern: re.Pattern[str]) -> int:
    """The front-matter line matching pattern (1 when the file cannot be read or has none)."""
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            for number, text in enumerate(handle, 1):
                if pattern.match(text):
                    return number
                if number > 200:
                    break
    except OSError:
        pass
    return 1


def duplicate_id(lesson: Lesson, first: Lesson) -> Problem:
    """The error on a lesson whose id an earlier lesson already has; both files are named."""
    return Problem(str(lesson.path), _line_of(lesson.path, ID_LINE_RE), 1, "error",
                   f"lesson id '{lesson.id}' is already used by {first.path}",
                   "every lesson needs its own id: change the 'id:' line in one of the two files")


def same_title(lesson: Lesson, first: Lesson) -> Problem:
    return Problem(str(lesson.path), _line_of(lesson.path, TITLE_LINE_RE), 1, "warning",
                   f"lesson title '{lesson.title}' is already used by {first.path} in module '{lesson.module}'",
                   "learners tell lessons apart by their titles: change 'title:' in one of the two files")


def library_problems(lessons: Iterable[Lesson]) -> list[Problem]:
    """A problem for each lesson that repeats an earlier lesson's id, or its title within a module.

    Lessons are taken in the order given: the first one keeps the id; every later one is reported."""
    ids: dict[str, Lesson] = {}
    titles: dict[tuple[str, str], Lesson] = {}
    found: list[Problem] = []
    for lesson in lessons:
        if lesson.id in ids:
            found.append(duplicate_id(lesson, ids[lesson.id]))
            continue
        ids[lesson.id] = lesson
        key = (lesson.module, " ".join(lesson.title.split()).casefold())
        if key in titles:
            found.append(same_title(lesson, titles[key]))
        else:
            titles[key] = lesson
    return found


def with_duplicate_id(lesson: Lesson, first: Lesson) -> Lesson:
    """A copy of the lesson carrying the duplicate-id error (the lesson itself may be shared with a cache)."""
    return dataclasses.replace(lesson, problems=[*lesson.problems, duplicate_id(lesson, first)])


def check_files(files: list[Path]) -> list[Lesson]:
    """Lesson files, checked, each carrying its own problems and those it has with the others (`check`,
    and author mode's check of a course folder; `library.lesson_files` lists the files under folders)."""
    from literacy_app.content.item_quality import item_quality_problems
    from literacy_app.content.validate import check_lesson  # the parser (and YAML) only when needed

    lessons = [check_lesson(path) for path in files]
    across: dict[str, list[Problem]] = {}
    # problems between lessons: repeated ids and titles, and the item-writing faults of their quizzes
    for problem in [*library_problems(lessons), *item_quality_problems(lessons)]:
        across.setdefault(problem.path, []).append(problem)
    for lesson in lessons:
        extra = across.pop(str(lesson.path), [])
        if extra:
            lesson.problems = sorted([*lesson.problems, *extra], key=lambda p: (p.line, p.col))
    return lessons
