"""`literacy-app export-gift LESSON -o FILE`: write a lesson's quizzes as a Moodle GIFT question bank."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.content.gift import gift_escape, question_gift, reflection_gift
from literacy_app.content.model import Quiz, Reflection
from literacy_app.content.validate import check_lesson


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("lesson", metavar="LESSON", help="a lesson file (lesson.md)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the GIFT file to write (.txt or .gift)")


def run(args: argparse.Namespace) -> int:
    lesson = check_lesson(args.lesson)
    if lesson.errors:
        for problem in lesson.errors:
            print(problem.format(), file=sys.stderr)
        print(f"{lesson.path}: fix the errors above before exporting", file=sys.stderr)
        return 1
    parts = [f"// {lesson.title} ({lesson.id}), exported by Media Literacy Lab\n"]
    written = 0
    for block in lesson.blocks():
        if isinstance(block, Quiz):
            parts.append(f"$CATEGORY: {gift_escape(block.id)}\n")
            for question in block.questions:
                text = question_gift(question)
                if text is None:
                    print(f"{lesson.path}:{question.line}:1: warning: {question.kind} question '{question.id}' "
                          "has no GIFT form; skipped", file=sys.stderr)
                    continue
                if question.hints:
                    print(f"{lesson.path}:{question.line}:1: warning: GIFT has no hints; the hints of "
                          f"'{question.id}' are left out", file=sys.stderr)
                if question.points != 1:
                    print(f"{lesson.path}:{question.line}:1: warning: GIFT has no points per question; "
                          f"'{question.id}' is worth {question.points:g} here and 1 in the export", file=sys.stderr)
                parts.append(text)
                written += 1
        elif isinstance(block, Reflection):
            parts.append(reflection_gift(block))
            written += 1
    Path(args.output).write_text("\n".join(parts), encoding="utf-8")
    print(f"Wrote {args.output}: {written} question(s).")
    return 0
