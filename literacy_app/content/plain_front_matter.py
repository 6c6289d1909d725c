"""Front matter written in the plainest way, read without YAML: the same mapping YAML gives, or None.

Listing a library of a thousand lessons reads a thousand front matters; PyYAML builds its Python objects in
Python, which makes it the slowest part of a first start. Most front matter is `key: word or words`,
`key: 12`, `key: [a, b]` and `key:` followed by `  - item` lines. Those are read here; any line with
something YAML could read differently (a quote, a colon or '#' in a value, a value starting with a digit
that is not a plain whole number, yes/no/on/off/null, a tab, a repeated key, deeper nesting ...) returns
None and YAML reads the whole front matter as before. tests/content/test_plain_front_matter.py checks the
result against YAML on every lesson of the course and on generated front matter.
"""

from __future__ import annotations

import re
from typing import Any

KEY_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?")
ITEM_RE = re.compile(r"( *)- (.*)")
WHOLE_NUMBER_RE = re.compile(r"0|[1-9][0-9]{0,8}")
# plain scalars YAML 1.1 (as PyYAML resolves them) reads as something other than a string
NOT_STRINGS = frozenset("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF "
                        "null Null NULL".split())
FLOW_WORD_RE = re.compile(r"[^\W_][\w -]*")  # in [a, b]: letters, digits, '_', '-' and spaces only


def _scalar(text: str, in_flow: bool = False) -> str | int | None:
    """A value that can only be this string or this whole number, or None when YAML must read it."""
    if WHOLE_NUMBER_RE.fullmatch(text):
        return int(text)
    if not text or not text[0].isalpha() or text in NOT_STRINGS or text != text.strip():
        return None
    if ":" in text or "#" in text:
        return None
    if in_flow and not FLOW_WORD_RE.fullmatch(text):
        return None
    return text


def _flow_list(text: str) -> list[Any] | None:
    inner = text[1:-1].strip()
    if not inner:
        return []
    items = [_scalar(part.strip(), in_flow=True) for part in inner.split(",")]
    return None if any(item is None for item in items) else items


def plain_front_matter(texts: list[str]) -> dict[str, Any] | None:
    """The mapping in front-matter lines (without the '---' lines), or None if any line needs YAML."""
    data: dict[str, Any] = {}
    list_key: str | None = None  # the key whose '- item' lines may follow
    list_indent: str | None = None
    for text in texts:
        if not text.isprintable():  # tabs, control characters, and anything YAML may refuse
            return None
        if not text.strip():
            continue
        if text.lstrip().startswith("#"):
            return None
        item = ITEM_RE.fullmatch(text)
        if item is not None:
            if list_key is None or (list_indent is not None and item.group(1) != list_indent):
                return None
            value = _scalar(item.group(2))
            if value is None:
                return None
            list_indent = item.group(1)
            if data[list_key] is None:
                data[list_key] = []
            data[list_key].append(value)
            continue
        found = KEY_RE.fullmatch(text)
        if found is None:
            return None
        key, value_text = found.group(1), found.group(2)
        if key in data or key in NOT_STRINGS:
            return None
        list_key, list_indent = None, None
        if value_text is None:
            data[key] = None  # null, unless '- item' lines follow
            list_key = key
        elif value_text.startswith("[") and value_text.endswith("]"):
            items = _flow_list(value_text)
            if items is None:
                return None
            data[key] = items
        else:
            value = _scalar(value_text)
            if value is None:
                return None
            data[key] = value
    return data or None  # nothing but blank lines: YAML reads that as null
