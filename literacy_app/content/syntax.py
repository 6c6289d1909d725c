"""Small pieces of the lesson syntax shared by every block parser."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from literacy_app.content.model import Problem, Severity

ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_-]*"
HEADING_RE = re.compile(r"^###\s+(?P<text>.*?)\s*(?:\{#(?P<id>[^}\s]*)\})?\s*$")
KEY_LINE_RE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z -]{0,20}):\s*(?P<value>.*)$")
FEEDBACK_RE = re.compile(r"^\s*>\s?(?P<text>.*)$")
VALID_ID_RE = re.compile(rf"^{ID_PATTERN}$")


@dataclass(slots=True)
class Line:
    """A source line with its 1-based number in the file."""

    number: int
    text: str


@dataclass
class Reporter:
    """Collects problems for one file."""

    path: str
    problems: list[Problem] = field(default_factory=list)

    def add(
        self, severity: Severity, line: int, col: int, message: str, hint: str = ""
    ) -> None:
        self.problems.append(Problem(self.path, line, max(col, 1), severity, message, hint))

    def error(self, line: int, col: int, message: str, hint: str = "") -> None:
        self.add("error", line, col, message, hint)

    def warning(self, line: int, col: int, message: str, hint: str = "") -> None:
        self.add("warning", line, col, message, hint)


def did_you_mean(word: str, known: list[str] | tuple[str, ...]) -> str:
    """A hint naming the closest known word, or listing the known ones."""
    import difflib  # only for a lesson with a mistake in it

    close = difflib.get_close_matches(word.lower(), [k.lower() for k in known], n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return "known keys: " + ", ".join(known)


def near_key(word: str, known: list[str] | tuple[str, ...]) -> str | None:
    """The known key a word probably misspells (close but not equal), else None."""
    lowered = word.lower()
    if lowered in known:
        return None
    import difflib  # only for a key that is not a known one

    close = difflib.get_close_matches(lowered, list(known), n=1, cutoff=0.7)  # "Hnit" for "Hint"
    return close[0] if close else None


def parse_heading(line: Line, reporter: Reporter, what: str) -> tuple[str, str]:
    """Split `### Text {#id}` into (text, id); report a missing or malformed id."""
    match = HEADING_RE.match(line.text)
    text = match.group("text") if match else line.text[3:].strip()
    raw_id = match.group("id") if match else None
    if raw_id is None:
        reporter.error(
            line.number,
            len(line.text) + 1,
            f"{what} '{shorten(text)}' has no id",
            "end the heading with an id such as {#" + slugify(text) + "}",
        )
        return text, slugify(text)
    if not VALID_ID_RE.match(raw_id):
        col = line.text.index("{#") + 3
        reporter.error(
            line.number,
            col,
            f"'{raw_id}' is not a valid id",
            "use letters, digits, '-' and '_' only, e.g. {#" + slugify(raw_id or text) + "}",
        )
        return text, slugify(raw_id or text)
    return text, raw_id


def parse_settings(
    lines: list[Line], known: tuple[str, ...], reporter: Reporter
) -> tuple[dict[str, tuple[str, Line]], int]:
    """Read `key: value` lines at the top of a block; returns settings and lines consumed."""
    settings: dict[str, tuple[str, Line]] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.text.strip()
        if not stripped or stripped.startswith("###"):
            break
        match = KEY_LINE_RE.match(strip_comment(stripped))
        if not match:
            break
        key = match.group("key").strip().lower()
        if key not in known:
            reporter.warning(
                line.number,
                line.text.index(match.group("key")) + 1,
                f"unknown setting '{key}'",
                did_you_mean(key, known),
            )
        else:
            settings[key] = (match.group("value").strip(), line)
        index += 1
    return settings, index


def strip_comment(text: str) -> str:
    """Remove a trailing `# comment` from a settings line."""
    return re.sub(r"\s+#(?!\w*\}).*$", "", text).strip()


def parse_bool(value: str, line: Line, reporter: Reporter) -> bool:
    lowered = value.strip().lower()
    if lowered in ("true", "yes", "on", "1"):
        return True
    if lowered in ("false", "no", "off", "0"):
        return False
    reporter.error(line.number, 1, f"'{value}' is not yes or no", "write true or false")
    return False


def parse_number(value: str, line: Line, reporter: Reporter, what: str) -> float | None:
    try:
        return float(value.strip().rstrip("%"))
    except ValueError:
        col = line.text.find(value) + 1 if value else 1
        reporter.error(line.number, col, f"{what} '{value}' is not a number", "write a number, e.g. 2")
        return None


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:40].strip("-") or "item"


def shorten(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def collect_text(lines: list[str]) -> str:
    """Join lines into Markdown, trimming blank lines at both ends."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return "\n".join(lines)


def strip_html_comments(lines: list[Line]) -> list[Line]:
    """Remove `<!-- ... -->` comments (which may span lines) outside code fences.

    Lines that held nothing but a comment disappear; every other line keeps its number and the
    columns before a comment, so positions in messages stay true.
    """
    kept: list[Line] = []
    in_comment = False
    in_fence = False
    for line in lines:
        text = line.text
        if not in_comment and re.match(r"^\s*(```|~~~)", text):
            in_fence = not in_fence
        if in_fence:
            kept.append(line)
            continue
        out = []
        position = 0
        while position < len(text):
            if in_comment:
                end = text.find("-->", position)
                if end < 0:
                    position = len(text)
                    break
                in_comment = False
                position = end + 3
            else:
                start = text.find("<!--", position)
                if start < 0:
                    out.append(text[position:])
                    break
                out.append(text[position:start])
                in_comment = True
                position = start + 4
        cleaned = "".join(out)
        if cleaned == text:
            kept.append(line)
        elif cleaned.strip():
            kept.append(Line(line.number, cleaned.rstrip()))
    return kept


def split_sections(lines: list[Line]) -> tuple[list[Line], list[list[Line]]]:
    """Split block lines into the part before the first `###` and one list per `###` section."""
    head: list[Line] = []
    sections: list[list[Line]] = []
    for line in lines:
        if line.text.startswith("### ") or line.text.strip() == "###":
            sections.append([line])
        elif sections:
            sections[-1].append(line)
        else:
            head.append(line)
    return head, sections


def warn_text_before_first_heading(head: list[Line], reporter: Reporter, what: str, example: str) -> None:
    """Text between a block's settings and its first `###` is not shown anywhere: say so once."""
    for line in head:
        if line.text.strip():
            reporter.warning(line.number, 1, f"text in a {what} before its first {_item_word(what)} is not shown",
                             f"start each {_item_word(what)} with '{example}'")
            return


def _item_word(what: str) -> str:
    return {"quiz": "question", "scenario": "node"}.get(what, "item")
