"""`literacy-app print LESSON... -o FILE.pdf [--answers] [--paper a4|letter]`: lessons as a PDF to print.

LESSON is a lesson id from the course (and --lessons folders), a lesson file, or a folder: a folder with a
lesson.md prints that lesson, any other folder every lesson under it, in course order.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.content.model import Lesson, Problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("lessons", nargs="+", metavar="LESSON",
                        help="a lesson id, a lesson file, or a folder of lessons (several are printed one after "
                             "the other)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--answers", action="store_true",
                        help="add an answer key with explanations and teacher notes after each lesson (for teachers)")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    parser.add_argument("--lessons", dest="lesson_dirs", action="append", default=[], metavar="DIR",
                        help="an extra folder of lessons, added to the bundled course (repeatable)")


def _missing_picture(problem: Problem) -> bool:
    return problem.message.startswith("image '") and problem.message.endswith("does not exist")


def find_lessons(names: list[str], lesson_dirs: list[str]) -> tuple[list[Lesson], list[str]]:
    """The lessons named, in the order given, and a message for each name that is not a lesson."""
    found: list[Lesson] = []
    problems: list[str] = []
    course = None
    for name in names:
        path = Path(name)
        if path.exists():
            library = load_library([path / "lesson.md" if (path / "lesson.md").is_file() else path])
            for broken in library.broken:
                if all(_missing_picture(problem) for problem in broken.errors):
                    found.append(broken)  # printable: each missing picture prints as its alt text
                    for problem in broken.errors:
                        print(f"{problem.format()} (its alt text is printed instead)", file=sys.stderr)
                else:
                    problems += [problem.format() for problem in broken.errors]
            if not library.lessons and not library.broken:
                problems.append(f"{name}: no lesson found there")
            found += library.lessons
            continue
        if course is None:
            course = load_library(resolve_settings(None, lesson_dirs).lesson_dirs)
        lesson = course.lesson(name)
        if lesson is None:
            known = ", ".join(lesson.id for lesson in course.lessons)
            problems.append(f"{name}: no lesson with this id (known: {known})")
        else:
            found.append(lesson)
    return found, problems


def run(args: argparse.Namespace) -> int:
    lessons, problems = find_lessons(args.lessons, args.lesson_dirs)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    from literacy_app.ui.print.lesson_pdf import write_lessons_pdf  # Qt from here on
    from literacy_app.ui.print.qt_app import gui_application

    _app = gui_application()
    pages = write_lessons_pdf(lessons, Path(args.output), answers=args.answers, paper=args.paper)
    print(f"{len(lessons)} lesson(s), {pages} page(s) written to {args.output}", file=sys.stderr)
    return 0
