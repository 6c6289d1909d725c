"""The lesson text the Insert forms write, and where it goes (no Qt: plain text in, plain text out).

A form fills a draft; the draft becomes Markdown in the lesson format; `placement` finds where it goes:
a question inside the quiz under the cursor (or in a new quiz), a post inside the feed, a node inside the
scenario, a choice at the end of the node, anything else after the block the cursor is in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from literacy_app.content.blocks import type_of
from literacy_app.content.model import Lesson
from literacy_app.content.syntax import slugify

OPEN_RE = re.compile(r"^:::\s*(?P<type>[A-Za-z-]+)\s*(?P<id>\S*)")
FENCE_RE = re.compile(r"^(```|~~~)")
QUESTION_KINDS = ("single", "multiple", "true-false", "short", "order", "match")


def unique_id(text: str, taken: Iterable[str], fallback: str = "item") -> str:
    """An id made from text, with -2, -3... added when the lesson already has it."""
    used = set(taken)
    base = slugify(text) if text.strip() else fallback
    base = fallback if base == "item" else base
    candidate, number = base, 2
    while candidate in used:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def lesson_ids(lesson: Lesson | None) -> set[str]:
    """Every id the lesson uses: blocks, questions, nodes, posts."""
    found: set[str] = set()
    for block in lesson.blocks() if lesson is not None else []:
        kind = type_of(block)
        if kind is None or not kind.needs_id:
            continue
        found.add(block.id)
        found.update(item_id for item_id, _line, _what in kind.ids(block))
    return found


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


# -- drafts -------------------------------------------------------------------------------------
@dataclass
class ChoiceRow:
    text: str
    correct: bool = False
    feedback: str = ""


@dataclass
class QuestionDraft:
    kind: str  # one of QUESTION_KINDS
    prompt: str
    question_id: str
    choices: list[ChoiceRow] = field(default_factory=list)  # single, multiple, short (accepted answers)
    true_is_right: bool = True  # true-false
    items: list[str] = field(default_factory=list)  # order: in the right order
    pairs: list[tuple[str, str]] = field(default_factory=list)  # match
    hint: str = ""
    explanation: str = ""
    points: int = 1


def question_markdown(draft: QuestionDraft) -> str:
    out = [f"### {_one_line(draft.prompt)} {{#{draft.question_id}}}"]
    if draft.kind in ("true-false", "short", "order", "match") or (
            draft.kind == "multiple" and sum(row.correct for row in draft.choices) < 2):
        out.append(f"Type: {draft.kind}")
    if draft.kind in ("single", "multiple", "short"):
        for row in draft.choices:
            if row.text.strip():
                out.append(f"- [{'x' if row.correct else ' '}] {_one_line(row.text)}")
                if row.feedback.strip():
                    out.append(f"  > {_one_line(row.feedback)}")
    elif draft.kind == "true-false":
        out += [f"- [{'x' if draft.true_is_right else ' '}] True", f"- [{' ' if draft.true_is_right else 'x'}] False"]
    elif draft.kind == "order":
        out += [f"{number}. {_one_line(item)}" for number, item in enumerate(draft.items, 1) if item.strip()]
    elif draft.kind == "match":
        out += [f"- {_one_line(left)} -> {_one_line(right)}" for left, right in draft.pairs
                if left.strip() and right.strip()]
    if draft.hint.strip():
        out.append(f"Hint: {_one_line(draft.hint)}")
    if draft.explanation.strip():
        out.append(f"Explanation: {_one_line(draft.explanation)}")
    if draft.points != 1:
        out.append(f"Points: {draft.points}")
    return "\n".join(out) + "\n"


def quiz_markdown(quiz_id: str, questions: str) -> str:
    return f"::: quiz {quiz_id}\n\n{questions.rstrip()}\n:::\n"


@dataclass
class ScenarioChoice:
    text: str
    target: str
    score: int = 0
    condition: str = ""  # e.g. "score >= 1"
    feedback: str = ""


def choice_markdown(choice: ScenarioChoice) -> str:
    line = f"- [{_one_line(choice.text)}](#{choice.target})"
    if choice.score:
        line += f" {choice.score:+d}"
    if choice.condition.strip():
        line += f" if {choice.condition.strip()}"
    if choice.feedback.strip():
        line += f"\n  > {_one_line(choice.feedback)}"
    return line + "\n"


@dataclass
class NodeDraft:
    title: str
    node_id: str
    text: str
    ending: str = ""  # an outcome label makes the node an ending
    score: int = 0
    choices: list[ScenarioChoice] = field(default_factory=list)


def node_markdown(node: NodeDraft) -> str:
    out = [f"### {_one_line(node.title)} {{#{node.node_id}}}"]
    if node.ending.strip():
        out += [f"Ending: {_one_line(node.ending)}", f"Score: {node.score}"]
    out += [line for line in node.text.strip().splitlines()]
    text = "\n".join(out) + "\n"
    if not node.ending.strip():
        text += "".join(choice_markdown(choice) for choice in node.choices)
    return text


def scenario_markdown(scenario_id: str, nodes: str) -> str:
    return f"::: scenario {scenario_id}\n\n{nodes.rstrip()}\n:::\n"


@dataclass
class PostDraft:
    author: str
    handle: str
    post_id: str
    text: str
    cues: list[str] = field(default_factory=list)
    explanation: str = ""
    time: str = ""
    likes: int = 0
    comments: int = 0
    image: str = ""


def post_markdown(post: PostDraft) -> str:
    handle = post.handle.strip().lstrip("@")
    heading = _one_line(post.author) + (f" @{handle}" if handle else "")
    out = [f"### {heading} {{#{post.post_id}}}"]
    if post.time.strip():
        out.append(f"Time: {post.time.strip()}")
    if post.likes:
        out.append(f"Likes: {post.likes}")
    if post.comments:
        out.append(f"Comments: {post.comments}")
    if post.image.strip():
        out.append(f"Image: {post.image.strip()}")
    out.append("Cues: " + (", ".join(post.cues) if post.cues else "none"))
    out += post.text.strip().splitlines()
    if post.explanation.strip():
        out.append(f"> {_one_line(post.explanation)}")
    return "\n".join(out) + "\n"


def feed_markdown(feed_id: str, posts: str, cues: list[str] | None = None) -> str:
    declared = f"cues: {', '.join(cues)}\n" if cues else ""
    return f"::: feed {feed_id}\n{declared}\n{posts.rstrip()}\n:::\n"


def reflection_markdown(reflection_id: str, prompt: str, minimum: int = 0) -> str:
    setting = f"min: {minimum}\n\n" if minimum else ""
    return f"::: reflection {reflection_id}\n{setting}{prompt.strip()}\n:::\n"


def teacher_markdown(text: str) -> str:
    return f"::: teacher\n{text.strip()}\n:::\n"


def image_markdown(alt: str, relative: str) -> str:
    alt = _one_line(alt).replace("[", "(").replace("]", ")")
    target = f"<{relative}>" if " " in relative else relative
    return f"![{alt}]({target})"


# -- where it goes ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    """A `:::` block in the text: its type and id, and the lines (1-based) of its opening and closing."""

    kind: str
    block_id: str
    start: int
    end: int  # the closing ':::' (or the last line of an unclosed block)


def block_spans(text: str) -> list[Span]:
    lines = text.split("\n")
    spans: list[Span] = []
    in_fence = False
    opened: tuple[str, str, int] | None = None
    for number, line in enumerate(lines, 1):
        if FENCE_RE.match(line):
            in_fence = not in_fence
        if in_fence or not line.startswith(":::"):
            continue
        match = OPEN_RE.match(line)
        if match and opened is None:
            opened = (match.group("type").lower(), match.group("id"), number)
        elif line.strip() == ":::" and opened is not None:
            spans.append(Span(opened[0], opened[1], opened[2], number))
            opened = None
    if opened is not None:
        spans.append(Span(opened[0], opened[1], opened[2], len(lines)))
    return spans


def block_at(text: str, line: int) -> Span | None:
    """The block whose lines include `line` (1-based), if any."""
    return next((span for span in block_spans(text) if span.start <= line <= span.end), None)


@dataclass(frozen=True)
class Placement:
    """Insert before line `line` (1-based; one past the end appends); `inside` names the block it goes into."""

    line: int
    inside: Span | None


def placement(text: str, cursor_line: int, into: str | None) -> Placement:
    """Where a new piece goes: inside the `into` block at the cursor (before its ':::'), after any other
    block the cursor is in, or at the cursor line itself."""
    span = block_at(text, cursor_line)
    if span is None:
        return Placement(cursor_line, None)
    if into is not None and span.kind == into and span.end > span.start:
        return Placement(span.end, span)
    return Placement(span.end + 1, None)


def node_end(text: str, span: Span, cursor_line: int) -> int:
    """The line before which a choice is added to the scenario node at the cursor: after its last text line."""
    lines = text.split("\n")
    heading = max((n for n in range(span.start + 1, cursor_line + 1) if lines[n - 1].startswith("### ")),
                  default=None)
    if heading is None:
        return span.end
    following = next((n for n in range(heading + 1, span.end) if lines[n - 1].startswith("### ")), span.end)
    last = following - 1
    while last > heading and not lines[last - 1].strip():
        last -= 1
    return last + 1


def declared_cues(text: str, span: Span) -> list[str] | None:
    """The cues a feed block lists on its `cues:` line, or None when it declares none."""
    for line in text.split("\n")[span.start: span.end - 1]:
        if line.strip().startswith("### "):
            break
        match = re.match(r"^cues\s*:\s*(.*)$", line.strip(), re.IGNORECASE)
        if match:
            return [cue.strip().lower() for cue in match.group(1).split(",") if cue.strip()]
    return None


def node_ids(text: str, span: Span) -> list[str]:
    """The ids of a scenario's nodes, in order (targets for a new choice)."""
    found = []
    for line in text.split("\n")[span.start: span.end - 1]:
        match = re.match(r"^###\s.*\{#([^}\s]+)\}\s*$", line)
        if match:
            found.append(match.group(1))
    return found
