"""Python-Markdown extension for the Markdown habits of GitHub, Obsidian, Typora and Google Docs that no maintained
extension covers: list nesting by two or four spaces (mixed), lists right after a paragraph, CommonMark's
backslash escapes and hard breaks, task lists shown as Qt check boxes, and callouts shown as quotes.

Imported with Markdown on first render, never at start-up.
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.inlinepatterns import SubstituteTagInlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

ITEM_RE = re.compile(r"^( *)([-+*]|\d{1,9}\.)(?: +(.*)|$)")  # Python-Markdown has no "1)" lists
FENCE_RE = re.compile(r"^( *)(`{3,}|~{3,})")
RULE_RE = re.compile(r"^ {0,3}([-*_])(?: *\1){2,} *$")
QUOTE_RE = re.compile(r"^ {0,3}> ?")
# a line after which a list needs no blank line to start: ordinary text, not a heading, quote, table or HTML
PARAGRAPH_RE = re.compile(r"^ {0,3}[^\s#>|<]")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Item:
    """An open list item: where its content starts in the source, and where it is written for Python-Markdown."""

    def __init__(self, source: int, target: int) -> None:
        self.source = source
        self.target = target


def _content_column(match: re.Match[str]) -> int:
    """CommonMark: content starts after the marker and its spaces; five or more spaces mean one, then code."""
    indent, marker, rest = len(match.group(1)), match.group(2), match.group(3)
    if rest is None or not rest.strip():
        return indent + len(marker) + 1
    spaces = len(match.group(0)) - len(match.group(1)) - len(marker) - len(rest)
    return indent + len(marker) + (spaces if spaces <= 4 else 1)


def _shift(line: str, by: int) -> str:
    return " " * by + line if by >= 0 else line[min(-by, _indent(line)):]


def reindent_lists(lines: list[str]) -> list[str]:
    """Rewrite list nesting by the CommonMark rule (an item is nested when indented to its parent's text) into
    Python-Markdown's four spaces per level; start a list after a paragraph line with the blank line
    Python-Markdown needs. Fenced code is carried along unchanged; quoted text is rewritten inside its quote."""
    out: list[str] = []
    stack: list[_Item] = []
    fence: tuple[str, int] | None = None  # (closing fence, shift) while inside fenced code
    previous_blank = True
    previous_paragraph = False
    # a block inside an item that began after a blank line: Python-Markdown reads an item right after it as
    # part of that block, so it gets a blank line (the list is loose already, by the blank line above)
    inner_block = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if fence is not None:
            out.append(_shift(line, fence[1]))
            if line.strip().startswith(fence[0]) and not line.strip().strip(fence[0][0]):
                fence = None
                if not stack and index < len(lines) and lines[index].strip():
                    out.append("")  # CommonMark: the text after a fence is a new paragraph
            continue
        if not line.strip():
            out.append(line)
            previous_blank, previous_paragraph, inner_block = True, False, False
            continue
        indent = _indent(line)
        if not stack and indent <= 3 and QUOTE_RE.match(line):
            quoted = [line]
            while index < len(lines) and QUOTE_RE.match(lines[index]):
                quoted.append(lines[index])
                index += 1
            out += ["> " + inner if inner else ">" for inner in
                    reindent_lists([QUOTE_RE.sub("", q, count=1) for q in quoted])]
            previous_blank, previous_paragraph = False, True  # a list right after a quote is not inside it
            continue
        item = ITEM_RE.match(line) if not RULE_RE.match(line) else None
        if item and not stack and indent > 3:
            item = None  # four spaces at the top: code or a continued paragraph, as written
        if item and not stack and previous_paragraph and not _may_interrupt(item):
            item = None  # CommonMark: only "1." or a bullet with text starts a list inside a paragraph
        fence_match = FENCE_RE.match(line)
        if item:
            while stack and indent < stack[-1].source:
                stack.pop()
            if (not stack and previous_paragraph) or inner_block:
                out.append("")  # Python-Markdown needs a blank line before a list
            depth = len(stack)
            stack.append(_Item(_content_column(item), 4 * (depth + 1)))
            out.append(" " * (4 * depth) + line[indent:])
        elif stack:
            container = None
            for open_item in reversed(stack):
                if indent >= open_item.source:
                    container = open_item
                    break
            if container is None and previous_blank:
                stack.clear()  # back at the left margin after a blank line: the list has ended
                out.append(line)
            elif container is None or not (previous_blank or inner_block or fence_match):
                out.append(line)  # the item's first paragraph goes on: Python-Markdown takes it as written
            else:
                while stack[-1] is not container:
                    stack.pop()
                by = container.target - container.source
                out.append(_shift(line, by))
                inner_block = inner_block or previous_blank
                if fence_match:
                    fence = (fence_match.group(2), by)
        else:
            if fence_match and indent <= 3:
                if not previous_blank:
                    out.append("")  # CommonMark: a fence interrupts a paragraph; Python-Markdown wants a blank line
                fence = (fence_match.group(2), 0)
            out.append(line)
        if item or not stack:
            inner_block = False
        previous_blank = False
        previous_paragraph = not item and not fence_match and bool(PARAGRAPH_RE.match(line)) and not stack
    return out


def _may_interrupt(item: re.Match[str]) -> bool:
    marker, rest = item.group(2), item.group(3)
    if not rest or not rest.strip():
        return False
    return marker in "-+*" or marker[:-1].lstrip("0") == "1"


class _ListIndentPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return reindent_lists(lines)


TASK_RE = re.compile(r"^ *\[([ xX])\] +")


class _TaskListProcessor(Treeprocessor):
    """`- [x] done` / `- [ ] to do`: Qt draws a check box for <li class="checked"> / "unchecked" (an <input>
    would be stripped, and QTextBrowser shows no form controls)."""

    def run(self, root: etree.Element) -> None:
        for li in root.iter("li"):
            holder = li if li.text else (li[0] if len(li) and li[0].tag == "p" else li)
            text = holder.text or ""
            match = TASK_RE.match(text)
            if match:
                holder.text = text[match.end():]
                li.set("class", "checked" if match.group(1) in "xX" else "unchecked")


CALLOUT_RE = re.compile(r"^\[!([A-Za-z][\w-]*)\][+-]? *([^\n]*)\n?")


class _CalloutProcessor(Treeprocessor):
    """Obsidian and GitHub callouts (`> [!tip] Title`) stay quotes, led by their title in bold, not `[!tip]`.
    Each callout is a quote of its own, although Python-Markdown joins quotes that only a blank line separates."""

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for quote in [child for child in parent if child.tag == "blockquote"]:
                self._split(parent, quote)

    def _split(self, parent: etree.Element, quote: etree.Element) -> None:
        current = quote
        for child in list(quote):
            text = child.text or ""
            match = CALLOUT_RE.match(text) if child.tag == "p" else None
            if match is None:
                if current is not quote:
                    quote.remove(child)
                    current.append(child)
                continue
            if child is not quote[0]:  # a new callout: a new quote after the current one
                quote.remove(child)
                following = etree.Element("blockquote")
                parent.insert(list(parent).index(current) + 1, following)
                following.append(child)
                current = following
            title = etree.Element("strong")
            title.text = match.group(2).strip() or match.group(1).capitalize()
            rest = text[match.end():]
            child.text = ""
            child.insert(0, title)
            if rest:  # the callout's text starts on the next line
                br = etree.Element("br")
                br.tail = rest
                child.insert(1, br)


ASCII_PUNCTUATION = list(string.punctuation)


class HabitsExtension(Extension):
    """Register the rewrites above; see the module docstring."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # after tabs are expanded (30), before fenced code and HTML blocks are taken out (25, 20)
        md.preprocessors.register(_ListIndentPreprocessor(md), "list_indent", 27)
        # CommonMark: any ASCII punctuation may be escaped; a backslash at the end of a line is a hard break
        md.ESCAPED_CHARS = list(dict.fromkeys([*md.ESCAPED_CHARS, *ASCII_PUNCTUATION]))
        md.inlinePatterns.register(SubstituteTagInlineProcessor(r"\\\n", "br"), "backslash_break", 101)
        # before inline parsing (20), so that "[x]" and "[!tip]" are still plain text
        md.treeprocessors.register(_TaskListProcessor(md), "task_list", 26)
        md.treeprocessors.register(_CalloutProcessor(md), "callout", 25.5)
