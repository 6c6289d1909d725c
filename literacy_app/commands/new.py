"""`literacy-app new PATH --title TITLE [--module NAME] [--language CODE]`: write a starter lesson that passes
`check`. Its id comes from the title, unique among the lessons of the course folder it is written into."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.content.starter_lesson import (
    LESSON_FILE,
    lessons_in,
    next_order,
    same_title,
    starter_lesson,
    unique_lesson_id,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH",
                        help="a new lesson file (name.md) or a new folder (gets a lesson.md)")
    parser.add_argument("--title", required=True, help="the lesson's title; the lesson id is made from it")
    parser.add_argument("--module", default="My course", help="the module the lesson belongs to")
    parser.add_argument("--language", default="en", help="the language the lesson is written in (default en)")
    parser.add_argument("--order", type=int, help="position inside the module (default: after its last lesson)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")


def lesson_path(path: Path) -> Path:
    return path if path.suffix.lower() == ".md" else path / LESSON_FILE


def course_folder(target: Path) -> Path:
    """The folder whose lessons the new one sits among: above its own folder, or beside the file."""
    return target.parent.parent if target.name == LESSON_FILE else target.parent


def run(args: argparse.Namespace) -> int:
    target = lesson_path(Path(args.path))
    if target.exists() and not args.force:
        print(f"{target}:1:1: error: the file already exists", file=sys.stderr)
        print("    hint: choose another name, or add --force to overwrite it", file=sys.stderr)
        return 1
    known = [lesson for lesson in lessons_in(course_folder(target)) if lesson.path != target]
    lesson_id = unique_lesson_id(args.title, [lesson.id for lesson in known])
    order = args.order if args.order is not None else next_order(known, args.module)
    text = starter_lesson(args.title, args.module, lesson_id=lesson_id, order=order, language=args.language,
                          check_path=str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"{target}:1:1: error: cannot write the lesson: {exc.strerror or exc}", file=sys.stderr)
        return 1
    twin = same_title(known, args.title, args.module)
    if twin is not None:
        print(f"{target}:3:1: warning: {twin.path} in module '{args.module}' has the same title",
              file=sys.stderr)
        print("    hint: learners tell lessons apart by their titles: change 'title:' in one of them", file=sys.stderr)
    print(f"Wrote {target} (lesson id '{lesson_id}'). Check it with: literacy-app check {_quoted(target)}")
    return 0


def _quoted(path: Path) -> str:
    return f'"{path}"' if " " in str(path) else str(path)
