"""Shared by the import commands: write a question bank as a lesson, with its pictures beside it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from literacy_app.commands.new import lesson_path
from literacy_app.content.bank import QuestionBank, bank_to_lesson
from literacy_app.content.model import Lesson, Prose, Reflection
from literacy_app.content.syntax import slugify
from literacy_app.content.validate import check_lesson
from literacy_app.files import atomic_write_bytes, atomic_write_text


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="LESSON.md",
                        help="the lesson to write (a .md file, or a folder that gets a lesson.md)")
    parser.add_argument("--title", help="the lesson's title (default: from the file name)")
    parser.add_argument("--module", help="the module the lesson belongs to (default: the bank's top category)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing lesson and its pictures")


def target_or_error(args: argparse.Namespace) -> Path | None:
    """Where the lesson goes, or None (with a message) when it exists and --force is not given."""
    target = lesson_path(Path(args.output))
    if target.exists() and not args.force:
        print(f"{target}:1:1: error: the file already exists", file=sys.stderr)
        print("    hint: choose another name, or add --force to overwrite it", file=sys.stderr)
        return None
    return target


def write_bank(bank: QuestionBank, source: Path, target: Path, args: argparse.Namespace) -> int:
    """Report what did not come across, write pictures then the lesson, and check the result."""
    for problem in bank.problems:
        print(problem.format(), file=sys.stderr)
    if not bank.items:
        print(f"{source}:1:1: error: no question could be imported", file=sys.stderr)
        return 1
    folder = target.parent
    for relative, data in bank.files.items():
        picture = folder / relative
        if not picture.resolve().is_relative_to(folder.resolve() / "images"):  # names are made safe; never trust
            print(f"{picture}:1:1: error: a picture would be written outside the images folder", file=sys.stderr)
            return 1
        if picture.exists() and picture.read_bytes() != data and not args.force:
            print(f"{picture}:1:1: error: a different file of this name is already there", file=sys.stderr)
            print("    hint: import into an empty folder, or add --force to replace it", file=sys.stderr)
            return 1
    stem = target.parent.name if target.name == "lesson.md" else target.stem
    title = args.title or stem.replace("-", " ").replace("_", " ").capitalize()
    text = bank_to_lesson(bank, slugify(stem), title, args.module)
    folder.mkdir(parents=True, exist_ok=True)
    for relative, data in bank.files.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(folder / relative, data)
    atomic_write_text(target, text)
    lesson = check_lesson(target)
    for problem in lesson.problems:
        print(problem.format(), file=sys.stderr)
    counts = {
        "question(s)": len(bank.questions),
        "reflection(s)": len(bank.of_type(Reflection)),
        "text(s)": len(bank.of_type(Prose)),
        "file(s)": len(bank.files),
    }
    summary = ", ".join(f"{count} {what}" for what, count in counts.items() if count)
    print(f"Wrote {target}: {summary}; {len(bank.problems)} note(s) on what did not come across (listed above).")
    return 1 if lesson.errors else 0


def export_lesson(args: argparse.Namespace, convert: Callable[[Lesson], BankExport], format_name: str) -> int:
    """`export-gift` and `export-moodle-xml`: check the lesson, convert it, name what the format cannot hold."""
    lesson = check_lesson(args.lesson)
    if lesson.errors:
        for problem in lesson.errors:
            print(problem.format(), file=sys.stderr)
        print(f"{lesson.path}: fix the errors above before exporting", file=sys.stderr)
        return 1
    export = convert(lesson)
    for line, message in export.messages:
        print(f"{lesson.path}:{line}:1: warning: {message}", file=sys.stderr)
    atomic_write_text(Path(args.output), export.text)
    print(f"Wrote {args.output}: {export.written} item(s); {len(export.messages)} note(s) on what {format_name} "
          "cannot hold (listed above).")
    return 0


class BankExport(Protocol):
    """What both exporters return: the file's text, how many items it holds, and notes with lesson lines."""

    text: str
    written: int
    messages: list[tuple[int, str]]
