"""`literacy-app class status --class-folder DIR`: each PC of a class, its learners and when it last published."""

from __future__ import annotations

import argparse
import sys

from literacy_app.commands.arguments import add_class_arguments, add_data_dir_argument
from literacy_app.config import resolve_settings
from literacy_app.services.app_services import open_class_folder
from literacy_app.store.db import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["status"], help="status: list the PCs that published to the folder")
    add_class_arguments(parser)
    add_data_dir_argument(parser)


def run(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.data_dir, class_folder=args.class_folder, pc=args.pc)
    if settings.class_folder is None:
        print("No class folder: give --class-folder DIR, or set [class] folder in literacy-app.ini", file=sys.stderr)
        return 2
    db, _ = open_database(settings.data_dir)
    try:
        folder = open_class_folder(settings, db)
        assert folder is not None
        read = folder.read()
    finally:
        db.close()
    if not read.reachable:
        print(f"The class folder {settings.class_folder} cannot be reached.", file=sys.stderr)
        return 1
    print(f"{'PC':<24} {'learners':>8}  {'last published':<26} note")
    for status in sorted(read.statuses, key=lambda s: s.pc_id.casefold()):
        note = status.problem or ("has not published for a long time" if status.stale else "")
        print(f"{status.pc_id:<24} {status.learners:>8}  {status.published_at or '-':<26} {note}")
    print(f"{len(read.statuses)} PC(s), {len(read.snapshots)} snapshot(s) read", file=sys.stderr)
    return 0
