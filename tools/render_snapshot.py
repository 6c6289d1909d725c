"""Render every Markdown text of a lesson folder and save or compare the HTML, to see what a change of the
renderer changes in real lessons.

    .venv/bin/python tools/render_snapshot.py save before.json [lessons/ ...]
    .venv/bin/python tools/render_snapshot.py compare before.json [lessons/ ...]

`compare` renders the saved Markdown again and prints each text whose HTML differs (Markdown, before, after);
it exits 1 if any does.
Covered: prose, teacher notes, question prompts, bodies, hints, choices, feedback and explanations,
scenario nodes and choices, reflection prompts and feed posts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from literacy_app.content import model  # noqa: E402
from literacy_app.content.library import lesson_files  # noqa: E402
from literacy_app.content.render import render_inline, render_markdown  # noqa: E402
from literacy_app.content.validate import check_lesson  # noqa: E402


def _texts(item: object) -> Iterator[tuple[str, str, bool]]:
    """(where, Markdown, inline?) for every text of an item that the app renders."""
    if isinstance(item, model.Prose | model.TeacherNotes):
        yield "prose", item.markdown, False
    elif isinstance(item, model.Quiz):
        for q in item.questions:
            yield f"{q.id} prompt", q.prompt, True
            yield f"{q.id} body", q.body, False
            yield f"{q.id} explanation", q.explanation, False
            for n, hint in enumerate(q.hints):
                yield f"{q.id} hint {n}", hint, True
            for n, choice in enumerate(q.choices):
                yield f"{q.id} choice {n}", choice.text, True
                yield f"{q.id} choice {n} feedback", choice.feedback, True
    elif isinstance(item, model.Scenario):
        for node in item.nodes:
            yield f"{node.id} title", node.title, True
            yield f"{node.id} body", node.body, False
            for n, choice in enumerate(node.choices):
                yield f"{node.id} choice {n}", choice.text, True
                yield f"{node.id} choice {n} feedback", choice.feedback, True
    elif isinstance(item, model.Reflection):
        yield f"{item.id} prompt", item.prompt, False
    elif isinstance(item, model.Feed):
        for post in item.posts:
            yield f"{post.id} text", post.text, False
            yield f"{post.id} explanation", post.explanation, True


def snapshot(folders: list[Path]) -> dict[str, dict[str, str]]:
    """key -> {"markdown", "inline", "html"}; the key names the file, line and field."""
    result = {}
    for path in lesson_files(folders):
        lesson = check_lesson(path)
        for step in lesson.steps:
            for item in step.items:
                for where, text, inline in _texts(item):
                    if text:
                        key = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{item.line}: {where}"
                        html = render_inline(text) if inline else render_markdown(text)
                        result[key] = {"markdown": text, "inline": inline, "html": html}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("file", type=Path)
    parser.add_argument("folders", type=Path, nargs="*", default=[ROOT / "lessons"])
    args = parser.parse_args(argv)
    if args.action == "save":
        now = snapshot(args.folders)
        args.file.write_text(json.dumps(now, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(now)} texts rendered into {args.file}")
        return 0
    # the saved Markdown, rendered again: lessons edited since the snapshot do not count as differences
    before = json.loads(args.file.read_text(encoding="utf-8"))
    changed = 0
    for key, saved in before.items():
        html = render_inline(saved["markdown"]) if saved["inline"] else render_markdown(saved["markdown"])
        if html != saved["html"]:
            changed += 1
            print(f"== {key}\n-- markdown:\n{saved['markdown']}\n-- before:\n{saved['html']}\n-- after:\n{html}\n")
    print(f"{len(before)} texts, {changed} render differently")
    return 1 if changed else 0

if __name__ == "__main__":
    sys.exit(main())
