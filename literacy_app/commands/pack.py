"""`literacy-app pack FOLDER -o NAME.zip`: check lessons and bundle them with their images."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.content.packs import build_pack


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="FOLDER", help="a folder of lessons (with their images)")
    parser.add_argument("-o", "--output", required=True, metavar="NAME.zip", help="the pack file to write")


def run(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if output.suffix.lower() != ".zip":
        output = output.with_name(output.name + ".zip")
    result = build_pack(Path(args.folder), output)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"No pack was written: {len(result.problems)} problem(s) to fix first.", file=sys.stderr)
        return 1
    print(f"Wrote {result.target} with {len(result.lessons)} lesson(s): {', '.join(result.lessons)}")
    return 0
