"""`literacy-app export --learner NAME|ID -o FILE.json`: every record the app holds about one learner.

The JSON shape is documented in docs/security.md ("Everything about one learner"). For a parent's request
(GDPR art. 15, FERPA): the file holds the learner's own words; hand it over as a student record.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import closing
from pathlib import Path

from literacy_app.commands.arguments import add_class_arguments, add_data_dir_argument
from literacy_app.commands.erase import find_learner
from literacy_app.config import resolve_settings
from literacy_app.services.app_services import open_class_folder, open_privacy
from literacy_app.store.db import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--learner", metavar="NAME|ID", required=True,
                        help="the learner's name, student id, profile id or uid")
    parser.add_argument("-o", "--output", metavar="FILE.json", required=True, help="where to write the export")
    add_data_dir_argument(parser)
    add_class_arguments(parser)


def run(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.data_dir, class_folder=args.class_folder, pc=args.pc)
    db, notice = open_database(settings.data_dir)
    with closing(db):
        if notice:
            print(notice, file=sys.stderr)
            return 1
        privacy = open_privacy(settings, db, open_class_folder(settings, db))
        learner = find_learner(privacy, args.learner)
        if learner is None:
            return 2
        try:
            document = privacy.write_export(learner.uid, Path(args.output))
        except OSError as exc:
            print(f"{args.output} could not be written: {exc.strerror or exc}", file=sys.stderr)
            return 1
    rows = sum(len(rows) for rows in document["tables"].values())
    print(f"Wrote {args.output}: {learner.name}, {rows} row(s) from this PC"
          + (f", and from {len(document['other_pcs'])} other PC(s)" if document["other_pcs"] else ""))
    return 0
