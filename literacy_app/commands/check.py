"""`literacy-app check PATH... [--json]`: report every problem in lessons, and across them: two lessons with
one id (both files named) or two lessons of a module with one title, among everything it is given."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from literacy_app.content.blocks import lesson_counts
from literacy_app.content.library import lesson_files
from literacy_app.content.library_checks import check_files


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="lesson files or folders")
    parser.add_argument("--json", action="store_true", help="print one JSON object per lesson")


def run(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"{path}:1:1: error: no such file or folder", file=sys.stderr)
    lessons = check_files(lesson_files([Path(p) for p in args.paths if Path(p).exists()]))
    errors = sum(len(lesson.errors) for lesson in lessons) + len(missing)
    warnings = sum(len(lesson.warnings) for lesson in lessons)
    if args.json:
        report = []
        for lesson in lessons:
            entry = {"id": lesson.id, "title": lesson.title, "module": lesson.module, "path": str(lesson.path)}
            entry.update(lesson_counts(lesson))
            entry["errors"] = [p.as_dict() for p in lesson.errors]
            entry["warnings"] = [p.as_dict() for p in lesson.warnings]
            report.append(entry)
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for lesson in lessons:
            for problem in lesson.problems:
                print(problem.format())
        sys.stdout.flush()  # the summary (stderr) must come after the problems (stdout) in a terminal
        print(f"{len(lessons)} lesson(s) checked: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0
