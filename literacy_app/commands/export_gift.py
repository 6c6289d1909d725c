"""`literacy-app export-gift LESSON -o FILE`: write a lesson as a Moodle GIFT question bank."""

from __future__ import annotations

import argparse

from literacy_app.commands.bank_output import export_lesson
from literacy_app.content.gift_write import lesson_to_gift


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("lesson", metavar="LESSON", help="a lesson file (lesson.md)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the GIFT file to write (.txt or .gift)")


def run(args: argparse.Namespace) -> int:
    return export_lesson(args, lesson_to_gift, "GIFT")
