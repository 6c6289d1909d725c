"""`literacy-app certificates [--data-dir D] [--class-folder F] -o FOLDER`: a certificate of completion (PDF)
for every learner and every module they completed, for a teacher to print.

With --class-folder, the learners of every PC in the class count (the class is merged from the PCs'
snapshots, as in the teacher view); otherwise this PC's learners.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.commands.arguments import add_class_arguments, add_data_dir_argument
from literacy_app.config import Settings, resolve_settings
from literacy_app.content.library import Library, load_library
from literacy_app.services.app_services import open_class_folder
from literacy_app.services.learner import CertificateData, certificate_file_name, certificates_for
from literacy_app.store.db import Database, open_database
from literacy_app.store.records import Records


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FOLDER", help="the folder for the PDF files")
    add_data_dir_argument(parser)
    parser.add_argument("--lessons", action="append", default=[], metavar="DIR",
                        help="an extra folder of lessons, added to the bundled course (repeatable)")
    parser.add_argument("--without-score", action="store_true", help="leave the overall score off the certificates")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    parser.add_argument("--school", metavar="NAME", help="the school's name (default: [school] name in the config)")
    add_class_arguments(parser)


def _class_database(settings: Settings) -> tuple[Database, str]:
    """This PC's database, or the class merged from every PC's snapshot in the class folder."""
    local, notice = open_database(settings.data_dir)
    if settings.class_folder is None:
        return local, notice
    folder = open_class_folder(settings, local)
    assert folder is not None
    db, read = folder.open_class()
    local.close()
    problems = [f"{status.pc_id}: {status.problem}" for status in read.statuses if status.problem]
    return db, "\n".join(problems)


def collect(db: Database, library: Library, school: str) -> list[CertificateData]:
    """A certificate for every active learner and every module they completed."""
    records = Records(db)
    return [data for profile in records.profiles() for data in certificates_for(records, library, profile, school)]


def run(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.data_dir, args.lessons, class_folder=args.class_folder, pc=args.pc)
    db, notice = _class_database(settings)
    if notice:
        print(notice, file=sys.stderr)
    try:
        found = collect(db, load_library(settings.lesson_dirs),
                        args.school if args.school is not None else settings.school_name)
    finally:
        db.close()
    if not found:
        print("No learner has completed a module yet: no certificate was written.", file=sys.stderr)
        return 0
    from literacy_app.ui.learner.certificate import write_certificate  # Qt from here on
    from literacy_app.ui.print.qt_app import gui_application

    _app = gui_application()
    folder = Path(args.output)
    for data in found:
        path = write_certificate(folder / certificate_file_name(data), data, include_score=not args.without_score,
                                 paper=args.paper)
        print(f"{data.learner}: {data.course} -> {path}", file=sys.stderr)
    print(f"{len(found)} certificate(s) written to {folder}", file=sys.stderr)
    return 0
