"""The table of check messages in docs/authoring.md: each example really gives its message, and the table
shows every message with its example and fix (written from tests/content/check_messages.py)."""

from __future__ import annotations

import pytest

from literacy_app.cli import main as cli_main
from literacy_app.content.validate import check_lesson
from tests.conftest import ROOT
from tests.content.check_messages import (
    ACROSS,
    BODY,
    FILE,
    FRONT,
    MESSAGES,
    WHOLE_FRONT,
    markdown_tables,
)

REQUIRED = {"id": "id: t", "title": "title: T", "module": "module: M", "order": "order: 1"}
STEP = "\n---\n\n## Step\n\nHello.\n"


def lesson_text(context: str, lines: list[str]) -> str:
    if context == FILE:
        return "\n".join(lines) + "\n"
    if context == WHOLE_FRONT:
        return "---\n" + "\n".join(lines) + STEP
    if context == FRONT:
        named = {line.strip().split(":")[0] for line in lines}
        return "---\n" + "\n".join([v for k, v in REQUIRED.items() if k not in named] + lines) + STEP
    assert context == BODY
    return "---\n" + "\n".join(REQUIRED.values()) + STEP + "\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(("message", "expected", "context", "lines", "fix"), MESSAGES, ids=[m[0] for m in MESSAGES])
def test_each_example_gives_its_message(tmp_path, message, expected, context, lines, fix):
    path = tmp_path / "lesson" / "lesson.md"
    path.parent.mkdir()
    path.write_text(lesson_text(context, lines), encoding="utf-8")
    severity = "warning" if message.endswith("(warning)") else "error"
    found = [(p.severity, p.message) for p in check_lesson(path).problems]
    assert any(s == severity and expected in m for s, m in found), found


def test_lessons_that_clash_give_their_messages(tmp_path, capsys):
    for name in ("first", "other"):
        folder = tmp_path / "course" / name
        folder.mkdir(parents=True)
        (folder / "lesson.md").write_text(
            "---\n" + "id: first\ntitle: First\nmodule: M\norder: 1" + STEP, encoding="utf-8")
    (tmp_path / "course" / "again").mkdir()
    (tmp_path / "course" / "again" / "lesson.md").write_text(
        "---\nid: again\ntitle: First\nmodule: M\norder: 2" + STEP, encoding="utf-8")
    cli_main(["check", str(tmp_path / "course")])
    out = capsys.readouterr().out
    for _message, expected, _fix in ACROSS:
        assert expected in out


def test_the_docs_table_shows_every_message_with_its_example():
    docs = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
    assert markdown_tables() in docs, "regenerate the table: tests/content/check_messages.markdown_tables()"


def test_the_table_is_in_the_section_on_check():
    docs = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
    section = docs[docs.index("## 5. What `check` reports"):docs.index("### Item quality")]
    assert section.count("\n| ") == len(MESSAGES) + len(ACROSS) + 5 + 2  # + the file rows, header, rule


def test_every_picture_of_the_walkthrough_is_there():
    import re

    docs = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
    walkthrough = docs[docs.index("## Write your first lesson in author mode"):docs.index("## 1. Front matter")]
    pictures = re.findall(r"!\[[^\]]+\]\((images/author-[^)]+)\)", walkthrough)
    assert len(pictures) == 10
    assert [p for p in pictures if not (ROOT / "docs" / p).is_file()] == []
