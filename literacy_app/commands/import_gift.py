"""`literacy-app import-gift FILE -o LESSON.md`: turn a Moodle GIFT question bank into a lesson."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.commands.new import lesson_path
from literacy_app.content.gift import bank_to_lesson, parse_gift
from literacy_app.content.syntax import slugify


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a GIFT file exported from Moodle (UTF-8)")
    parser.add_argument("-o", "--output", required=True, metavar="LESSON.md",
                        help="the lesson to write (a .md file, or a folder that gets a lesson.md)")
    parser.add_argument("--title", help="the lesson's title (default: from the file name)")
    parser.add_argument("--module", default="Imported questions", help="the module the lesson belongs to")
    parser.add_argument("--force", action="store_true", help="overwrite an existing lesson")


def run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "the file is not UTF-8 text"
        print(f"{source}:1:1: error: cannot read the GIFT file: {reason}", file=sys.stderr)
        return 1
    target = lesson_path(Path(args.output))
    if target.exists() and not args.force:
        print(f"{target}:1:1: error: the file already exists", file=sys.stderr)
        print("    hint: choose another name, or add --force to overwrite it", file=sys.stderr)
        return 1
    bank = parse_gift(text, str(source))
    for problem in bank.problems:
        print(problem.format(), file=sys.stderr)
    if not bank.items:
        print(f"{source}:1:1: error: no question could be imported", file=sys.stderr)
        return 1
    stem = target.parent.name if target.name == "lesson.md" else target.stem
    title = args.title or stem.replace("-", " ").replace("_", " ").capitalize()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(bank_to_lesson(bank, slugify(stem), title, args.module), encoding="utf-8")
    reflections = len(bank.items) - len(bank.questions)
    print(f"Wrote {target}: {len(bank.questions)} question(s), {reflections} reflection(s); "
          f"{len(bank.problems)} skipped (listed above).")
    return 0
