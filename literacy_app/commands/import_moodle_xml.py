"""`literacy-app import-moodle-xml FILE -o LESSON.md`: turn a Moodle XML question bank into a lesson,
with its embedded pictures saved in images/ beside it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.commands.bank_output import add_output_arguments, target_or_error, write_bank
from literacy_app.content import moodle_xml
from literacy_app.content.moodle_xml import MoodleXmlError, parse_moodle_xml


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a Moodle XML file exported from a question bank")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    try:
        size = source.stat().st_size
        if size > moodle_xml.MAX_XML_BYTES:
            raise MoodleXmlError(f"the file is larger than {moodle_xml.MAX_XML_BYTES // 1_000_000} MB "
                                 f"({size // 1_000_000} MB)")
        bank = parse_moodle_xml(source.read_bytes(), str(source))
    except OSError as exc:
        print(f"{source}:1:1: error: cannot read the file: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except MoodleXmlError as exc:
        print(f"{source}:1:1: error: {exc}; nothing was imported", file=sys.stderr)
        return 1
    target = target_or_error(args)
    if target is None:
        return 1
    return write_bank(bank, source, target, args)
