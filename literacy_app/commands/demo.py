"""`literacy-app demo --students N [--seed S] --data-dir DIR`: fill a data folder with a simulated class."""

from __future__ import annotations

import argparse
import sys

from literacy_app.commands.arguments import add_class_arguments
from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.services.app_services import open_class_folder
from literacy_app.services.class_simulation import simulate_class
from literacy_app.store.db import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--students", type=int, default=28, metavar="N", help="how many learners (default 28)")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="the same seed gives the same class")
    parser.add_argument("--attempts", type=int, default=3, metavar="N",
                        help="at most this many attempts per quiz, scenario and feed (default 3)")
    parser.add_argument("--data-dir", metavar="DIR", required=True,
                        help="folder for the simulated results (never your real class's folder)")
    parser.add_argument("--lessons", action="append", default=[], metavar="DIR",
                        help="an extra folder of lessons, added to the bundled course (repeatable)")
    add_class_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.students < 1:
        print("--students must be at least 1", file=sys.stderr)
        return 2
    settings = resolve_settings(args.data_dir, args.lessons, class_folder=args.class_folder, pc=args.pc)
    db, _ = open_database(settings.data_dir)
    try:
        if db.query_one("SELECT COUNT(*) FROM profiles")[0]:
            print(f"{settings.data_dir} already holds learners; choose an empty folder for a demo class.",
                  file=sys.stderr)
            return 1
        library = load_library(settings.lesson_dirs)
        # the PCs of one class: the same seed gives the same learners on every PC (they moved around)
        simulate_class(db, library, args.students, seed=args.seed, attempts=args.attempts,
                       same_learners=settings.class_folder is not None)
        attempts = db.scalar("SELECT COUNT(*) FROM attempts")
        folder = open_class_folder(settings, db)
        published = folder.publish() if folder is not None else None
        problem = folder.last_problem if folder is not None else ""
    finally:
        db.close()
    print(f"{args.students} simulated learners with {attempts} attempts in {settings.data_dir}", file=sys.stderr)
    if published is not None:
        print(f"Published to the class folder as {published.path}", file=sys.stderr)
    elif problem:
        print(problem, file=sys.stderr)
        return 1
    return 0
