"""`literacy-app results --format csv|csv-long|json [-o FILE]`: export every learner's results."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.commands.arguments import add_data_dir_argument
from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.store.db import open_database
from literacy_app.store.export import WRITERS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=sorted(WRITERS), default="csv",
                        help="csv: one row per learner, best score per lesson (for spreadsheets and Moodle); "
                             "csv-long: one row per attempt; json: everything, for archiving; "
                             "xapi: the xAPI statements as one JSON array, for a manual upload to an LRS")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of to standard output")
    add_data_dir_argument(parser)
    parser.add_argument("--lessons", action="append", default=[], metavar="DIR",
                        help="an extra folder of lessons, added to the bundled course (repeatable)")


def run(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.data_dir, args.lessons)
    db, notice = open_database(settings.data_dir)
    if notice:
        print(notice, file=sys.stderr)
    try:
        text = WRITERS[args.format](db, load_library(settings.lesson_dirs))
    finally:
        db.close()
    data = text.encode("utf-8")
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"Results written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
