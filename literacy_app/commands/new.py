"""`literacy-app new PATH --title TITLE [--module NAME]`: write a starter lesson that passes `check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.content.starter_lesson import starter_lesson
from literacy_app.content.syntax import slugify


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH",
                        help="a new lesson file (name.md) or a new folder (gets a lesson.md)")
    parser.add_argument("--title", required=True, help="the lesson's title")
    parser.add_argument("--module", default="My course", help="the module the lesson belongs to")
    parser.add_argument("--order", type=int, default=1, help="position inside the module (default 1)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")


def lesson_path(path: Path) -> Path:
    return path if path.suffix.lower() == ".md" else path / "lesson.md"


def run(args: argparse.Namespace) -> int:
    target = lesson_path(Path(args.path))
    if target.exists() and not args.force:
        print(f"{target}:1:1: error: the file already exists", file=sys.stderr)
        print("    hint: choose another name, or add --force to overwrite it", file=sys.stderr)
        return 1
    lesson_id = slugify(target.parent.name if target.name == "lesson.md" else target.stem)
    text = starter_lesson(args.title, args.module, lesson_id=lesson_id, order=args.order)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"{target}:1:1: error: cannot write the lesson: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Wrote {target}. Check it with: literacy-app check {target}")
    return 0
