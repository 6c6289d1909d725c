"""Front matter that YAML cannot read, explained for people: which line, what is wrong, and the likely fix.

A YAML message ("did not find expected key", "mapping values are not allowed in this context") names the
parser's state, not the slip. The slips teachers make are few: a line indented a space too far or not far
enough, a tab, a ':' or a quote mark inside a value, a value starting with a character YAML reserves, a
'[' never closed. The lines are read for those first; YAML's own words are the last resort.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from literacy_app.content.syntax import Line

KEY_RE = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z_][\w-]*)\s*:(?:\s+(?P<value>.*?))?\s*$")
ITEM_RE = re.compile(r"^(?P<indent> *)-(?:\s|$)")
RESERVED_STARTS = "@`%*&!|>,?"  # '[' and '{' open lists and mappings: see above
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@dataclass(frozen=True)
class Explanation:
    line: int
    col: int
    message: str
    hint: str


def _spaces(count: int) -> str:
    word = NUMBER_WORDS[count] if count < len(NUMBER_WORDS) else str(count)
    return f"{word} space" if count == 1 else f"{word} spaces"


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _quoted(value: str) -> str:
    """The value as YAML that reads back as exactly this text."""
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _significant(lines: list[Line]) -> list[Line]:
    return [line for line in lines if line.text.strip() and not line.text.lstrip().startswith("#")]


def indentation_slip(lines: list[Line]) -> Explanation | None:
    """The first line indented in a way front matter never is: a tab, a key pushed right, a list item out of line."""
    container: str | None = None  # the key above that ends with ':' and nothing else: its lines may be indented
    item_indent: int | None = None
    above: Line | None = None
    for line in _significant(lines):
        text = line.text
        lead = text[: len(text) - len(text.lstrip(" \t"))]
        if "\t" in lead:
            return Explanation(line.number, lead.index("\t") + 1, "this line is indented with a tab",
                               "indent with spaces only: YAML does not allow tabs at the start of a line")
        indent = _indent(text)
        key = KEY_RE.match(text)
        item = ITEM_RE.match(text)
        above_indent = _indent(above.text) if above is not None else 0
        if indent == 0:
            if item and container is None:
                return Explanation(line.number, 1, "this list item has no key above it",
                                   "a list goes under a key that ends with ':' and has nothing after it, "
                                   "such as 'objectives:'")
            if key:
                container = key.group("key") if not key.group("value") else None
                item_indent = 0 if container is None else None
            above = line
            continue
        if container is None:
            if key or item:
                what = (f"'{key.group('key')}:' starts a key of its own" if key
                        else "a list goes under a key that ends with ':' and has nothing after it")
                return Explanation(line.number, 1,
                                   f"this line is indented {_spaces(indent - above_indent)} more than the line above"
                                   if indent > above_indent else f"this line is indented {_spaces(indent)}",
                                   f"{what}: remove the {'space' if indent == 1 else 'spaces'} at the start of "
                                   "the line")
            above = line
            continue
        if key and not item:
            return Explanation(line.number, 1,
                               f"this line is indented {_spaces(indent)}, so it is read as part of '{container}'",
                               f"'{key.group('key')}:' is a key of its own: start it at the beginning of the line")
        if item:
            if item_indent is None:
                item_indent = indent
            elif indent != item_indent:
                difference = indent - item_indent
                more_or_less = "more" if difference > 0 else "less"
                message = f"this line is indented {_spaces(abs(difference))} {more_or_less} than the line above"
                return Explanation(line.number, 1, message,
                                   "line up the '-' of every item in a list with the one above it")
        above = line
    return None


def _value_start(text: str) -> tuple[str, str, int]:
    """(key, value, column of the value) of a 'key: value' line; empty strings when it is not one."""
    match = KEY_RE.match(text)
    if not match or not match.group("value"):
        return "", "", 1
    return match.group("key"), match.group("value"), match.start("value") + 1


def _from_yaml(lines: list[Line], exc: yaml.YAMLError, first_line: int) -> Explanation:
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    line = problem_mark.line + first_line if problem_mark else first_line
    col = problem_mark.column + 1 if problem_mark else 1
    by_number = {item.number: item.text for item in lines}
    text = by_number.get(line, "")
    key, value, value_col = _value_start(text)
    if "quoted scalar" in context and context_mark is not None:
        start = context_mark.line + first_line
        return Explanation(start, context_mark.column + 1, "the quote mark opened here is never closed",
                           "end the value with the same quote mark, on the same line")
    if "mapping values are not allowed" in problem and key:
        example = f"{key}: {_quoted(value)}"
        return Explanation(line, col - 1 if col > 1 else col, f"the value of '{key}' contains ': '",
                           f"put the whole value in quotes: {example}")
    if "expected key" in problem and key and value[:1] in "'\"":
        inner = value[1:-1] if len(value) > 1 and value[-1] == value[0] else value
        return Explanation(line, col, f"the value of '{key}' goes on after its closing quote mark",
                           f"put the whole value in quotes: {key}: {_quoted(inner)}")
    if "flow sequence" in context or "flow mapping" in context:
        start = context_mark.line + first_line if context_mark else line
        bracket = "[" if "sequence" in context else "{"
        closing = "]" if bracket == "[" else "}"
        start_key, start_value, _ = _value_start(by_number.get(start, ""))
        hint = (f"end it with '{closing}' on the same line, or write each item on its own line as '  - item'"
                if bracket == "[" else f"put the whole value in quotes: {start_key}: {_quoted(start_value)}")
        return Explanation(start, (context_mark.column + 1) if context_mark else 1,
                           f"the '{bracket}' on this line is never closed", hint)
    if key and value[:1] in RESERVED_STARTS:  # '@x', '*bold*', '!x', '> x'...: YAML reads a sign, not text
        return Explanation(line, value_col, f"a value cannot start with '{value[0]}'",
                           f"put the value in quotes: {key}: {_quoted(value)}")
    reason = problem or "it is not 'key: value' lines"
    return Explanation(line, col, f"the front matter cannot be read here ({reason})",
                       "each line is 'key: value'; put a value that contains ': ' or ' #' in quotes")


def explain_yaml_error(lines: list[Line], exc: yaml.YAMLError) -> Explanation:
    """What is wrong with front matter YAML refused, and the likely fix; `lines` are those between the '---'."""
    first_line = lines[0].number if lines else 2
    slip = indentation_slip(lines)
    if slip is not None:
        return slip
    return _from_yaml(lines, exc, first_line)
