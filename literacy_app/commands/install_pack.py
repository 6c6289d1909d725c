"""`literacy-app install-pack NAME.zip [--lessons-dir DIR]`: check a lesson pack and install it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.commands.arguments import add_data_dir_argument
from literacy_app.config import resolve_settings
from literacy_app.content.packs import install_pack, user_lessons_dir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pack", metavar="NAME.zip", help="a lesson pack made with 'literacy-app pack'")
    parser.add_argument("--lessons-dir", metavar="DIR",
                        help="install into this folder (default: the lessons folder inside the data folder)")
    add_data_dir_argument(parser)


def run(args: argparse.Namespace) -> int:
    lessons_dir = Path(args.lessons_dir) if args.lessons_dir else user_lessons_dir(
        resolve_settings(args.data_dir).data_dir)
    result = install_pack(Path(args.pack), lessons_dir)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"The pack was not installed: {len(result.problems)} problem(s).", file=sys.stderr)
        return 1
    print(f"Installed {len(result.lessons)} lesson(s) into {result.target}")
    return 0
