"""`literacy-app import-gift FILE -o LESSON.md`: turn a Moodle GIFT question bank into a lesson."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.commands.bank_output import add_output_arguments, target_or_error, write_bank
from literacy_app.content.gift import parse_gift

MAX_GIFT_BYTES = 20_000_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a GIFT file exported from Moodle (UTF-8)")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    try:
        if source.stat().st_size > MAX_GIFT_BYTES:
            print(f"{source}:1:1: error: the file is larger than {MAX_GIFT_BYTES // 1_000_000} MB", file=sys.stderr)
            return 1
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "the file is not UTF-8 text"
        print(f"{source}:1:1: error: cannot read the GIFT file: {reason}", file=sys.stderr)
        return 1
    target = target_or_error(args)
    if target is None:
        return 1
    return write_bank(parse_gift(text, str(source)), source, target, args)
