"""`literacy-app export-moodle-xml LESSON -o FILE.xml`: write a lesson as a Moodle XML question bank."""

from __future__ import annotations

import argparse

from literacy_app.commands.bank_output import export_lesson
from literacy_app.content.moodle_xml_write import lesson_to_moodle_xml


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("lesson", metavar="LESSON", help="a lesson file (lesson.md)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.xml", help="the Moodle XML file to write")


def run(args: argparse.Namespace) -> int:
    return export_lesson(args, lesson_to_moodle_xml, "Moodle XML")
