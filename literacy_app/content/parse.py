"""Read a lesson file into the model: front matter, steps at `##`, and `:::` blocks.

Parsing never raises for problems in the text: every problem becomes a Problem with a position,
so one broken lesson cannot stop the rest of a library from loading.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from literacy_app.content.blocks import block_type, block_types
from literacy_app.content.model import Lesson, Prose, Step
from literacy_app.content.plain_front_matter import plain_front_matter
from literacy_app.content.syntax import (
    VALID_ID_RE,
    Line,
    Reporter,
    collect_text,
    did_you_mean,
    strip_html_comments,
)

MAX_FILE_BYTES = 2_000_000
FRONT_MATTER_KEYS = (
    "id", "title", "module", "order", "objectives", "duration", "level", "tags", "language",
    "assessment",
)
REQUIRED_KEYS = ("id", "title", "module", "order")
KEY_LINE_RE = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
OPEN_RE = re.compile(r"^:::\s*(?P<type>[A-Za-z-]*)\s*(?P<id>\S*)\s*(?P<rest>.*)$")
FENCE_RE = re.compile(r"^(```|~~~)")


def __getattr__(name: str) -> Any:
    """YAML_LOADER, made on first use: YAML is imported only to read front matter (a lesson opened from the
    index cache needs its body only). Both loaders build plain data only; libyaml parses front matter several
    times faster than pure Python and caps nesting at 1,000 levels (a YAMLError); anchors stay shared
    references in both (no billion-laughs blow-up)."""
    if name == "YAML_LOADER":
        import yaml

        loader = globals()["YAML_LOADER"] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return loader
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _yaml_loader() -> Any:
    return globals().get("YAML_LOADER") or __getattr__("YAML_LOADER")


def read_lesson_text(path: Path, reporter: Reporter) -> str | None:
    """Read a file as UTF-8 (a byte-order mark and CRLF allowed); report why it cannot be read."""
    try:
        if path.is_symlink() and path.parent.resolve() not in path.resolve().parents:
            reporter.error(1, 1, "the lesson is a link to a file outside its folder",
                           "copy the file into the lesson folder instead of linking to it")
            return None
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            reporter.error(1, 1, f"file is too large ({size // 1024} KB)",
                           f"a lesson must be under {MAX_FILE_BYTES // 1_000_000} MB; split it")
            return None
        data = path.read_bytes()
    except OSError as exc:
        reporter.error(1, 1, f"cannot read file: {exc.strerror or exc}")
        return None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        reporter.error(line, 1, "this is not a text file", "save lessons as plain UTF-8 text")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        reporter.error(line, col, "text is not valid UTF-8",
                       "save the file as UTF-8 (in Notepad: Save as > Encoding > UTF-8)")
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _untitled(path: Path) -> Lesson:
    """The lesson before its front matter is read: named after its file (or its folder, for lesson.md)."""
    return Lesson(id=path.parent.name if path.name == "lesson.md" else path.stem,
                  title=path.stem, module="", order=0, path=path)


def parse_lesson(path: Path | str) -> Lesson:
    path = Path(path)
    reporter = Reporter(str(path))
    lesson = _untitled(path)
    text = read_lesson_text(path, reporter)
    if text is not None:
        parse_lesson_text(text, lesson, reporter)
    lesson.problems = reporter.problems
    return lesson


def parse_front_matter(path: Path | str) -> Lesson:
    """A lesson's front matter only, with the problems found in it or in reading the file: enough to list the
    lesson in the library. The body (steps, blocks) and its problems come from parse_lesson / check_lesson."""
    path = Path(path)
    reporter = Reporter(str(path))
    lesson = _untitled(path)
    text = read_lesson_text(path, reporter)
    if text is not None:
        texts = text.split("\n")
        end = _front_matter_end(texts)
        stop = len(texts) if end is None else end + 1
        _front_matter([Line(i + 1, t) for i, t in enumerate(texts[:stop])], lesson, reporter)
    lesson.problems = reporter.problems
    return lesson


def parse_steps(path: Path | str) -> list[Step]:
    """A lesson's steps as parse_lesson reads them, without its front matter (no YAML) or any problem: the
    body of a lesson whose verdict is already known (the library checked it, or its index cache did)."""
    path = Path(path)
    reporter = Reporter(str(path))
    text = read_lesson_text(path, reporter)
    if text is None:
        return []
    texts = text.split("\n")
    if not texts or texts[0].strip() != "---":
        start = 0
    else:
        end = _front_matter_end(texts)
        start = len(texts) if end is None else end + 1
    body = [Line(i + 1, t) for i, t in enumerate(texts[start:], start)]
    if "<!--" in text:
        body = strip_html_comments(body)
    return _steps(body, reporter)


def parse_text(text: str, path: Path) -> Lesson:
    """A lesson from text in memory (as an editor holds it), named as if read from `path`."""
    reporter = Reporter(str(path))
    lesson = _untitled(path)
    parse_lesson_text(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"), lesson, reporter)
    lesson.problems = reporter.problems
    return lesson


def parse_lesson_text(text: str, lesson: Lesson, reporter: Reporter) -> None:
    lines = [Line(i + 1, t) for i, t in enumerate(text.split("\n"))]
    body_start = _front_matter(lines, lesson, reporter)
    body = lines[body_start:]
    if "<!--" in text:  # most lessons have no comments: skip the line-by-line pass for them
        body = strip_html_comments(body)
    lesson.steps = _steps(body, reporter)
    if not any(step.items for step in lesson.steps):
        reporter.warning(body_start + 1, 1, "the lesson has no content", "add a '## Step title' and some text")


def _front_matter_end(texts: list[str]) -> int | None:
    """The index of the line closing the front matter that opens at texts[0], or None if it is never closed."""
    return next((i for i, text in enumerate(texts[1:], 1) if text.strip() in ("---", "...")), None)


def _front_matter(lines: list[Line], lesson: Lesson, reporter: Reporter) -> int:
    """Read the YAML front matter into the lesson; return the index of the first body line."""
    if not lines or lines[0].text.strip() != "---":
        reporter.error(1, 1, "the lesson has no front matter",
                       "start the file with '---', then 'id:', 'title:', 'module:', 'order:', then '---'")
        return 0
    end = _front_matter_end([line.text for line in lines])
    if end is None:
        reporter.error(1, 1, "the front matter is not closed", "add a line '---' after the last key")
        return len(lines)
    data = plain_front_matter([line.text for line in lines[1:end]])  # most front matter: no need for YAML
    if data is None:
        return _yaml_front_matter(lines, end, lesson, reporter)
    _use_front_matter(data, lines, end, lesson, reporter)
    return end + 1


def _yaml_front_matter(lines: list[Line], end: int, lesson: Lesson, reporter: Reporter) -> int:
    import yaml

    try:
        data = yaml.load("\n".join(line.text for line in lines[1:end]), Loader=_yaml_loader())
    except RecursionError:
        reporter.error(2, 1, "front matter is nested too deeply", "each line is 'key: value'")
        return end + 1
    except yaml.YAMLError as exc:
        from literacy_app.content.front_matter_errors import explain_yaml_error

        found = explain_yaml_error(lines[1:end], exc)  # which line, what is wrong, the likely fix
        reporter.error(found.line, found.col, found.message, found.hint)
        return end + 1
    if data is None:
        data = {}
    if not isinstance(data, dict):
        reporter.error(2, 1, "front matter must be 'key: value' lines")
        return end + 1
    _use_front_matter(data, lines, end, lesson, reporter)
    return end + 1


def _use_front_matter(data: dict[Any, Any], lines: list[Line], end: int, lesson: Lesson, reporter: Reporter) -> None:
    key_lines: dict[str, int] = {}
    for line in lines[1:end]:
        match = KEY_LINE_RE.match(line.text)
        if match:
            key_lines.setdefault(match.group(1), line.number)
    for key in data:
        if str(key) not in FRONT_MATTER_KEYS:
            reporter.warning(key_lines.get(str(key), 2), 1, f"unknown front-matter key '{key}'",
                             did_you_mean(str(key), FRONT_MATTER_KEYS))
    for key in REQUIRED_KEYS:
        if data.get(key) in (None, ""):
            reporter.error(1, 1, f"front matter is missing '{key}'",
                           f"add a line '{key}: ...' before the closing '---'")
    _apply_front_matter(data, lesson, reporter, key_lines)


def _shown(value: object) -> str:
    """A front-matter value for a message; nested values are never expanded (YAML aliases can nest
    exponentially, the 'billion laughs')."""
    return str(value)[:80] if isinstance(value, (str, int, float, bool)) else f"a {type(value).__name__}"


def _apply_front_matter(data: dict[str, Any], lesson: Lesson, reporter: Reporter, key_lines: dict[str, Any]) -> None:
    def where(key: str) -> int:
        return int(key_lines.get(key, 2))

    if data.get("id") not in (None, ""):
        lesson.id = _shown(data["id"])
        if not isinstance(data["id"], (str, int)) or not VALID_ID_RE.match(lesson.id):
            reporter.error(where("id"), 1, f"lesson id '{lesson.id}' is not valid",
                           "use letters, digits, '-' and '_' only")
    for key in ("title", "module", "level", "language", "assessment"):
        if isinstance(data.get(key), (str, int, float)):
            setattr(lesson, key, str(data[key]).strip())
    if data.get("order") is not None:
        try:
            lesson.order = int(data["order"])
        except (TypeError, ValueError):
            reporter.error(where("order"), 1, f"order '{_shown(data['order'])}' is not a whole number",
                           "write e.g. 'order: 2'")
    if data.get("duration") is not None:
        try:
            lesson.duration = int(data["duration"])
        except (TypeError, ValueError):
            reporter.warning(where("duration"), 1, "duration should be a number of minutes")
    for key in ("objectives", "tags"):
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            reporter.warning(where(key), 1, f"'{key}' should be a list",
                             "write each item on its own line as '  - item'")
            continue
        setattr(lesson, key, [str(item) for item in value if isinstance(item, (str, int, float))])
    if lesson.assessment and lesson.assessment not in ("pre", "post"):
        reporter.warning(where("assessment"), 1, f"assessment '{lesson.assessment}' is not known",
                         "write 'pre' or 'post'")
        lesson.assessment = ""


def _steps(lines: list[Line], reporter: Reporter) -> list[Step]:
    steps: list[Step] = []
    prose: list[Line] = []
    current = Step(title="", line=lines[0].number if lines else 1)

    def flush_prose() -> None:
        text = collect_text([line.text for line in prose])
        if text:
            first = next(line for line in prose if line.text.strip())  # collect_text drops leading blanks
            current.items.append(Prose(text, first.number))
        prose.clear()

    index = 0
    in_fence = False
    while index < len(lines):
        line = lines[index]
        if FENCE_RE.match(line.text):
            in_fence = not in_fence
        if not in_fence and line.text.startswith("## "):
            flush_prose()
            if current.items or current.title:
                steps.append(current)
            current = Step(title=line.text[3:].strip(), line=line.number)
            index += 1
            continue
        if not in_fence and line.text.startswith(":::"):
            flush_prose()
            block, index = _block(lines, index, reporter)
            if block is not None:
                current.items.append(block)
            continue
        prose.append(line)
        index += 1
    flush_prose()
    if current.items or current.title:
        steps.append(current)
    return steps


def _block(lines: list[Line], index: int, reporter: Reporter) -> tuple[Any, int]:
    """Parse the block opening at lines[index]; return (block or None, index after its end)."""
    opening = lines[index]
    match = OPEN_RE.match(opening.text)
    assert match is not None  # the pattern matches every line that starts with ':::'
    kind = match.group("type").lower()
    block_id = match.group("id")
    end = index + 1
    while end < len(lines) and lines[end].text.strip() != ":::":
        if lines[end].text.startswith(":::") and (inner_open := OPEN_RE.match(lines[end].text)) \
                and inner_open.group("type"):
            break
        if lines[end].text.startswith("## "):
            break
        end += 1
    closed = end < len(lines) and lines[end].text.strip() == ":::"
    inner = lines[index + 1:end]
    next_index = end + 1 if closed else end
    if not closed:
        reporter.error(opening.number, 1, f"the '{kind or ':::'}' block is never closed",
                       "add a line ':::' where the block ends")
    names = [known.name for known in block_types()]
    if not kind:
        reporter.error(opening.number, 4, "a block needs a type",
                       "write '::: quiz my-quiz-id' (types: " + ", ".join(names) + ")")
        return None, next_index
    found = block_type(kind)
    if found is None:
        reporter.error(opening.number, opening.text.index(match.group("type")) + 1, f"unknown block type '{kind}'",
                       did_you_mean(kind, names).replace("known keys", "known types"))
        return None, next_index
    if not found.needs_id:
        return found.parse(block_id, opening, inner, reporter), next_index
    if not block_id:
        reporter.error(opening.number, len(opening.text) + 2, f"the {kind} block has no id",
                       f"write '::: {kind} my-{kind}-id'")
        block_id = f"{kind}-{opening.number}"
    elif not VALID_ID_RE.match(block_id):
        reporter.error(opening.number, opening.text.index(block_id) + 1, f"'{block_id}' is not a valid id",
                       "use letters, digits, '-' and '_' only")
    return found.parse(block_id, opening, inner, reporter), next_index
