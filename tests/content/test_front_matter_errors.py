"""Front matter YAML refuses is explained in plain words: the line, what is wrong, and the likely fix."""

from __future__ import annotations

import pytest

from literacy_app.cli import main as cli_main
from literacy_app.content.validate import check_lesson

BODY = "---\n\n## Step\n\nHello.\n"

CASES = [
    ("id: t\ntitle: T\n module: M\norder: 1\n", 4, 1,
     "this line is indented one space more than the line above",
     "'module:' starts a key of its own: remove the space at the start of the line"),
    ("id: t\ntitle: T\nmodule: M\norder: 1\nobjectives:\n  - Read\n - Write\n", 8, 1,
     "this line is indented one space less than the line above",
     "line up the '-' of every item in a list with the one above it"),
    ("id: t\ntitle: T\nmodule: M\nobjectives:\n  - Read\n  order: 1\n", 7, 1,
     "this line is indented two spaces, so it is read as part of 'objectives'",
     "'order:' is a key of its own: start it at the beginning of the line"),
    ("id: t\ntitle: T\n\tmodule: M\norder: 1\n", 4, 1,
     "this line is indented with a tab",
     "indent with spaces only: YAML does not allow tabs at the start of a line"),
    ("id: t\ntitle: Ads: a guide\nmodule: M\norder: 1\n", 3, 10,
     "the value of 'title' contains ': '",
     "put the whole value in quotes: title: 'Ads: a guide'"),
    ("id: t\ntitle: \"Ads\" and more\nmodule: M\norder: 1\n", 3, 14,
     "the value of 'title' goes on after its closing quote mark",
     "put the whole value in quotes: title: '\"Ads\" and more'"),
    ("id: t\ntitle: 'It's mine'\nmodule: M\norder: 1\n", 3, 12,
     "the value of 'title' goes on after its closing quote mark",
     "put the whole value in quotes: title: \"It's mine\""),
    ("id: t\nmodule: M\norder: 1\ntitle: \"Ads\n", 5, 8,
     "the quote mark opened here is never closed",
     "end the value with the same quote mark, on the same line"),
    ("id: t\ntitle: T\nmodule: M\ntags: [ads, media\norder: 1\n", 5, 7,
     "the '[' on this line is never closed",
     "end it with ']' on the same line, or write each item on its own line as '  - item'"),
    ("id: t\ntitle: @home\nmodule: M\norder: 1\n", 3, 8,
     "a value cannot start with '@'",
     "put the value in quotes: title: '@home'"),
    ("id: t\ntitle: T\nmodule: M\n- Read\norder: 1\n", 5, 1,
     "this list item has no key above it",
     "a list goes under a key that ends with ':' and has nothing after it, such as 'objectives:'"),
]


@pytest.mark.parametrize(("front", "line", "col", "message", "hint"), CASES, ids=[c[3][:40] for c in CASES])
def test_yaml_slips_are_explained(tmp_path, front, line, col, message, hint):
    path = tmp_path / "lesson.md"
    path.write_text("---\n" + front + BODY, encoding="utf-8")
    found = [(p.line, p.col, p.severity, p.message, p.hint) for p in check_lesson(path).problems]
    assert found[0] == (line, col, "error", message, hint)


def test_check_prints_the_indentation_slip_in_plain_words(tmp_path, capsys):
    path = tmp_path / "lesson.md"
    path.write_text("---\nid: t\ntitle: T\n module: M\norder: 1\n" + BODY, encoding="utf-8")
    assert cli_main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == [
        f"{path}:4:1: error: this line is indented one space more than the line above",
        "    hint: 'module:' starts a key of its own: remove the space at the start of the line",
    ]
    assert "YAML" not in out and "expected key" not in out
