"""`literacy-app selftest [--data-dir DIR] [--report FILE]`: prove an installation works.

Opens the real window offscreen or on screen, shows a lesson step with a quiz, stores an answer and
reads it back. IT runs it after deploying; the frozen build's smoke test runs it in CI. A windowed
build has no console (sys.stdout is None), so the report also goes to --report FILE.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the results database (default: as configured)")
    parser.add_argument("--lessons", action="append", default=[], metavar="DIR",
                        help="an extra folder of lessons, added to the bundled course (repeatable)")
    parser.add_argument("--report", metavar="FILE", help="also write the report to this file (UTF-8 text)")
    parser.add_argument("--screenshot", metavar="FILE.png", help="save a picture of the window with the lesson")


def format_report(lines: list[tuple[str, str]]) -> str:
    return "".join(f"{name}: {value}\n" for name, value in lines)


def run(args: argparse.Namespace) -> int:
    from literacy_app.ui.shell.selftest_run import run_self_check  # Qt only from here on

    try:
        lines = run_self_check(args.data_dir, args.lessons, args.screenshot)
    except Exception as exc:  # the report must still be written: a windowed build has nowhere else to say it
        lines = [("result", f"FAILED: {type(exc).__name__}: {exc}")]
    text = format_report(lines)
    if args.report:
        Path(args.report).parent.mkdir(parents=True, exist_ok=True)
        Path(args.report).write_text(text, encoding="utf-8")
    if sys.stdout is not None:
        sys.stdout.write(text)
    return 0 if lines[-1] == ("result", "ok") else 1
