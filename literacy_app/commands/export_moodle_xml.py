"""`literacy-app export-moodle-xml LESSON -o FILE.xml`: write a lesson as a Moodle XML question bank."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.content.moodle_xml_write import lesson_to_moodle_xml
from literacy_app.content.validate import check_lesson
from literacy_app.files import atomic_write_text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("lesson", metavar="LESSON", help="a lesson file (lesson.md)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.xml", help="the Moodle XML file to write")


def run(args: argparse.Namespace) -> int:
    lesson = check_lesson(args.lesson)
    if lesson.errors:
        for problem in lesson.errors:
            print(problem.format(), file=sys.stderr)
        print(f"{lesson.path}: fix the errors above before exporting", file=sys.stderr)
        return 1
    export = lesson_to_moodle_xml(lesson)
    for line, message in export.messages:
        print(f"{lesson.path}:{line}:1: warning: {message}", file=sys.stderr)
    atomic_write_text(Path(args.output), export.text)
    print(f"Wrote {args.output}: {export.written} item(s); {len(export.messages)} note(s) on what Moodle XML "
          "cannot hold (listed above).")
    return 0
