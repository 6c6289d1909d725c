"""Front matter read without YAML gives exactly what YAML gives, or leaves it to YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from literacy_app.content.library import lesson_files
from literacy_app.content.plain_front_matter import plain_front_matter
from literacy_app.content.validate import check_lesson
from tests.conftest import FIXTURE_COURSE, ROOT

COURSE = lesson_files([ROOT / "lessons", FIXTURE_COURSE])

KEYS = ["id", "title", "module", "order", "tags", "objectives", "my-key", "_x", "yes", "On", "Null", "y", "n",
        "True", "key2"]
VALUES = ["Hello", "Hello world", "Ça va", "Über alles", "a  b", "a - b", "Q&A", "don't", 'He said "hi"', "Hello!",
          "what?", "x|y", "x>y", "x*y", "x@y", "x`y", "x%y", "x!y", "x,y", "x[y]", "x{y}", "12", "0", "012", "-5",
          "+5", "1_000", "0x1F", "0b11", "1:20", "1.5", ".5", ".inf", "NaN", "2024-01-01", "5 signs", "yes", "No",
          "ON", "off", "true", "null", "NULL", "~", "y", "n", "&a", "*a", "!tag", "|", ">", "'q'", '"q"', "a: b",
          "a #b", "a#b", "http://x", "www.example.org", "a\tb", "trailing ", " leading", "", "[a, b]", "[a,b]",
          "[ ]", "[]", "[a, ]", "[a b, c]", "[a, [b]]", "[a: b]", "[12, x]", "[yes, no]", "{a: b}", "- x",
          "emoji 😀", "zero\u200bwidth", "no\u00a0break", "line\u2028sep", "a\\nb", "@home", "`x`", "=", "<<",
          "123456789", "1234567890", "-", "?", "? x", "x ?"]
INDENTS = ["", " ", "  ", "    "]


def yaml_reads(lines: list[str]):
    return yaml.load("\n".join(lines), Loader=yaml.SafeLoader)


@st.composite
def front_matters(draw) -> list[str]:
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        key = draw(st.sampled_from(KEYS))
        kind = draw(st.sampled_from(["value", "list", "empty", "odd"]))
        if kind == "value":
            lines.append(f"{key}: {draw(st.sampled_from(VALUES))}")
        elif kind == "list":
            lines.append(f"{key}:")
            indent = draw(st.sampled_from(INDENTS))
            for _ in range(draw(st.integers(0, 3))):
                lines.append(f"{draw(st.sampled_from([indent, indent, *INDENTS]))}- {draw(st.sampled_from(VALUES))}")
        elif kind == "empty":
            lines.append(draw(st.sampled_from(["", "   ", "# a comment", "  # indented comment"])))
        else:
            lines.append(draw(st.sampled_from([f"{key}:value", f"{key} : x", f"  {key}: x", f"{key}:  x", "---",
                                               f"{key}: x # note", f"{key}: 'x'", f"- {key}"])))
    return lines


@settings(max_examples=3000, deadline=None)
@given(front_matters())
def test_whatever_is_read_without_yaml_is_what_yaml_reads(lines: list[str]):
    plain = plain_front_matter(lines)
    if plain is None:
        return  # left to YAML
    assert plain == yaml_reads(lines), lines
    assert [type(v) for v in plain.values()] == [type(v) for v in yaml_reads(lines).values()]


@pytest.mark.parametrize("value", VALUES)
def test_each_value_alone_is_read_as_yaml_reads_it_or_left_to_yaml(value: str):
    for lines in ([f"title: {value}"], ["tags:", f"  - {value}"], [f"tags: [{value}]"]):
        plain = plain_front_matter(lines)
        if plain is not None:
            assert plain == yaml_reads(lines), lines


def test_the_plainest_front_matter_is_read_without_yaml():
    lines = ["id: bench-0001", "title: Generated lesson 1", "module: Generated module 00", "order: 1",
             "objectives:", "  - Tell a one-sided bond from a mutual one", "  - Spot a sponsorship cue in a post",
             "duration: 15", "level: beginner", "tags: [generated, benchmark]"]
    assert plain_front_matter(lines) == yaml_reads(lines)


@pytest.mark.parametrize("path", COURSE, ids=lambda p: p.parent.name)
def test_every_course_lesson_reads_the_same_as_with_yaml(path: Path, monkeypatch: pytest.MonkeyPatch):
    from literacy_app.content import parse

    fast = check_lesson(path)
    monkeypatch.setattr(parse, "plain_front_matter", lambda _lines: None)  # YAML for everything
    assert check_lesson(path) == fast
