"""Question-bank text in our Markdown: HTML (from Moodle) becomes Markdown, plain text gets its
Markdown characters escaped, and nothing an author wrote can change the lesson's structure.

HTML is read with the standard library's parser; scripts, styles and unknown tags are dropped, their
text kept. Headings become bold paragraphs: a `##` would start a new step of the lesson.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "section", "article", "header", "footer", "figure", "figcaption", "table", "address"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_DROPPED = {"script", "style", "head", "title", "object", "embed", "iframe", "noscript", "template", "svg", "math"}
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_LINE_START_RE = re.compile(r"(?m)^(\s*)(#|>|[-+*](?=\s)|\d+[.)](?=\s)|:::)")
_LINE_START_ESCAPED_RE = re.compile(r"(?m)^(\s*)(?:\\(#|>|[-+*](?=\s))|(\d+)\\([.)])(?=\s)|&#58;(::))")


def _escape_start(match: re.Match[str]) -> str:
    mark = match.group(2)
    if mark == ":::":
        return match.group(1) + "&#58;::"
    if mark[0].isdigit():
        return match.group(1) + mark[:-1] + "\\" + mark[-1]
    return match.group(1) + "\\" + mark


def _unescape_start(match: re.Match[str]) -> str:
    if match.group(2):
        return match.group(1) + match.group(2)
    if match.group(3):
        return match.group(1) + match.group(3) + match.group(4)
    return match.group(1) + ":" + match.group(5)


def escape_line_starts(text: str) -> str:
    """Escape what would change meaning at the start of a lesson line: a heading, a quote, a list item,
    a block fence. '#ad' at the start of a caption stays text."""
    return _LINE_START_RE.sub(_escape_start, text)


def unescape_line_starts(text: str) -> str:
    return _LINE_START_ESCAPED_RE.sub(_unescape_start, text)


def escape_prose(text: str) -> str:
    """Markdown prose inside a step: a '## heading' would start a new step (it becomes '###'), a ':::'
    line would open a block."""
    out, fenced = [], False
    for line in text.split("\n"):
        if re.match(r"^(```|~~~)", line):
            fenced = not fenced
        elif not fenced and line.startswith("## "):
            line = "#" + line
        elif not fenced and line.startswith(":::"):
            line = "&#58;" + line[1:]
        out.append(line)
    return "\n".join(out)


def escape_markdown(text: str) -> str:
    """Plain text that shows as typed when read as Markdown (a blank '_____' stays a blank)."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"([*`\[\]])", r"\\\1", text)
    text = re.sub(r"(?<!_)(_{1,2})(?!_)", lambda m: "\\_" * len(m.group(1)), text)
    return re.sub(r"<(?=[A-Za-z/!?])", "&lt;", text)


@dataclass
class _OpenList:
    kind: str  # "ul" or "ol"
    counter: int = 0  # items so far, for an "ol"


class _Converter(HTMLParser):
    def __init__(self, image_source: Callable[[str], str | None] | None, plain: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.image_source = image_source
        self.plain = plain  # text only: no Markdown marks, no escapes
        self.out: list[str] = []
        self.dropped = 0
        self.pre = 0
        self.lists: list[_OpenList] = []
        self.links: list[str | None] = []

    # -- helpers
    def _text(self, text: str) -> None:
        self.out.append(text)

    def _mark(self, text: str) -> None:
        if not self.plain:
            self.out.append(text)

    def _break(self, count: int) -> None:
        """End the current line (1) or paragraph (2)."""
        joined = "".join(self.out)
        stripped = joined.rstrip(" \t")
        trailing = len(stripped) - len(stripped.rstrip("\n"))
        self.out = [stripped]
        if stripped and trailing < count:
            self.out.append("\n" * (count - trailing))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in _DROPPED:
            self.dropped += 1
        elif self.dropped:
            return
        elif tag in _BLOCKS or tag in _HEADINGS or tag == "blockquote":
            self._break(2)
            if tag in _HEADINGS:
                self._mark("**")
        elif tag == "br":
            self.out = ["".join(self.out).rstrip(" \t"), "\n"]
        elif tag in ("b", "strong"):
            self._mark("**")
        elif tag in ("i", "em"):
            self._mark("*")
        elif tag == "code" and not self.pre:
            self._mark("`")
        elif tag == "pre":
            self._break(2)
            self._text("```\n")
            self.pre += 1
        elif tag in ("ul", "ol"):
            self._break(2 if not self.lists else 1)
            self.lists.append(_OpenList(tag))
        elif tag == "li":
            self._break(1)
            indent = "    " * max(0, len(self.lists) - 1)
            if self.lists and self.lists[-1].kind == "ol":
                self.lists[-1].counter += 1
                self._text(f"{indent}{self.lists[-1].counter}. ")
            else:
                self._text(f"{indent}- ")
        elif tag == "tr":
            self._break(1)
        elif tag in ("td", "th"):
            self._text(" | ")
        elif tag == "a":
            href = values.get("href", "").strip()
            keep = href if href.lower().startswith(_LINK_SCHEMES) else None
            if keep is None and self.image_source and href:
                keep = self.image_source(href)
            self.links.append(None if self.plain else keep)
            if keep and not self.plain:
                self._text("[")
        elif tag == "img":
            source = values.get("src", "").strip()
            local = self.image_source(source) if self.image_source and not self.plain else None
            alt = values.get("alt", "").strip()
            alt = alt if self.plain else escape_markdown(alt)
            if local:
                self._text(f"![{alt}]({local})")
            elif alt:
                self._text(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropped = max(0, self.dropped - 1)
        elif self.dropped:
            return
        elif tag in _HEADINGS:
            self._mark("**")
            self._break(2)
        elif tag in _BLOCKS or tag == "blockquote":
            self._break(2)
        elif tag in ("b", "strong"):
            self._mark("**")
        elif tag in ("i", "em"):
            self._mark("*")
        elif tag == "code" and not self.pre:
            self._mark("`")
        elif tag == "pre" and self.pre:
            self.pre -= 1
            self._break(1)
            self._text("```")
            self._break(2)
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self._break(2 if not self.lists else 1)
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href:
                self._text(f"]({href})")

    def handle_data(self, data: str) -> None:
        if self.dropped:
            return
        if self.pre:
            if self.out and self.out[-1] == "```\n" and data.startswith("\n"):
                data = data[1:]  # as in HTML, a newline right after <pre> does not count
            self._text(data)
            return
        text = re.sub(r"\s+", " ", data)
        if self.plain:
            self._text(text)
            return
        text = escape_markdown(text)
        if self._at_line_start():
            text = escape_line_starts(text.lstrip(" "))
        self._text(text)

    def _at_line_start(self) -> bool:
        for piece in reversed(self.out):
            stripped = piece.rstrip(" \t")
            if stripped:
                return stripped.endswith("\n")
        return True


def html_to_text(html: str) -> str:
    """HTML as plain text on one line (an answer to type, a matching item): tags dropped, entities read."""
    converter = _Converter(None, plain=True)
    converter.feed(html)
    converter.close()
    return re.sub(r"\s+", " ", "".join(converter.out)).strip()


def html_to_markdown(html: str, image_source: Callable[[str], str | None] | None = None) -> str:
    """HTML as lesson Markdown. `image_source` maps a picture's (or file link's) address to a path beside
    the lesson, or None to leave it out (remote pictures are never loaded)."""
    converter = _Converter(image_source)
    converter.feed(html)
    converter.close()
    lines: list[str] = []
    fenced = False
    for line in "".join(converter.out).split("\n"):
        if line.strip() == "```":
            fenced = not fenced
            lines.append("```")
        elif fenced:
            lines.append(line.rstrip())
        else:
            lines.append(line.rstrip() if re.match(r"^ {4,}(-|\d+\.) ", line) else line.strip())  # nested lists
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return re.sub(r"\*\*[ \t]*\*\*", "", text)  # an empty <b></b>
