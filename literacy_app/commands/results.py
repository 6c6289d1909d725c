"""`literacy-app results --format csv|csv-long|json [-o FILE]`: export every learner's results.

With `--from-lrs URL --user U --password P [--roster CSV]` the class is read back from the district's
Learning Record Store instead of this PC's database (services/lrs_class.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.commands.arguments import add_class_arguments, add_data_dir_argument
from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.services.app_services import open_class_folder
from literacy_app.services.lrs_class import LrsClassError, open_class_from_lrs
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
    lrs = parser.add_argument_group("a class from the district's LRS")
    lrs.add_argument("--from-lrs", metavar="URL", help="read the class from this LRS (its xAPI base) instead")
    lrs.add_argument("--user", metavar="USER", help="LRS user (default: [lrs] user in the config)")
    lrs.add_argument("--password", metavar="PASSWORD", help="LRS password (default: [lrs] password in the config)")
    lrs.add_argument("--roster", metavar="CSV", help="names for the LRS accounts: columns name, student id, account")
    lrs.add_argument("--since", metavar="TIME", help="only statements stored after this time (ISO 8601)")
    add_class_arguments(parser)


def run(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.data_dir, args.lessons, class_folder=args.class_folder, pc=args.pc)
    library = load_library(settings.lesson_dirs)
    if args.from_lrs:
        if args.format == "xapi":
            print("--format xapi writes this PC's own statements; with --from-lrs they are in the LRS already",
                  file=sys.stderr)
            return 2
        try:
            db = open_class_from_lrs(args.from_lrs, args.user or settings.lrs_user,
                                     args.password or settings.lrs_password, library, args.roster,
                                     args.since)
        except LrsClassError as error:
            print(error, file=sys.stderr)
            return 1
    elif settings.class_folder is not None:  # the whole class, merged from every PC's snapshot
        local, notice = open_database(settings.data_dir)
        folder = open_class_folder(settings, local)
        assert folder is not None
        db, read = folder.open_class()
        local.close()
        for status in read.statuses:
            if status.problem:
                print(f"{status.pc_id}: {status.problem}", file=sys.stderr)
    else:
        db, notice = open_database(settings.data_dir)
        if notice:
            print(notice, file=sys.stderr)
    try:
        text = WRITERS[args.format](db, library)
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
