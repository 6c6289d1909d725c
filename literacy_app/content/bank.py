"""A question bank read from Moodle (GIFT or Moodle XML), and the lesson Markdown written from it.

Both readers fill a QuestionBank with the lesson model (questions, reflections, prose, teacher notes),
each item under its category path; `bank_to_lesson` turns the bank into a lesson that passes `check`:
the category levels shared by every item become the module, the rest one step per category, and
consecutive questions of a category one quiz.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from literacy_app.content.html_markdown import escape_prose
from literacy_app.content.model import NumericAnswer, Problem, Prose, Question, Reflection, TeacherNotes
from literacy_app.content.syntax import KEY_LINE_RE, VALID_ID_RE, slugify
from literacy_app.content.weights import percent

Item = Question | Reflection | Prose | TeacherNotes
ItemType = TypeVar("ItemType", bound=Item)
_CONTEXT_RE = re.compile(r"^\$[a-z0-9]+\$$")  # $course$, $system$, $module$, $cat1$ ... in category paths


@dataclass
class BankItem:
    category: tuple[str, ...]
    item: Item
    line: int = 0
    quiz_id: str = ""  # the quiz a question belongs to, when the bank names it (an idnumber)


@dataclass
class QuestionBank:
    """What a question bank held, in file order, what could not come across, and embedded files."""

    items: list[BankItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # "images/name.png" -> content
    tags: list[str] = field(default_factory=list)

    @property
    def questions(self) -> list[Question]:
        return [entry.item for entry in self.items if isinstance(entry.item, Question)]

    def of_type(self, kind: type[ItemType]) -> list[ItemType]:
        return [entry.item for entry in self.items if isinstance(entry.item, kind)]

    def add_tags(self, tags: list[str]) -> None:
        for tag in tags:
            if tag and tag not in self.tags:
                self.tags.append(tag)


@dataclass
class Export:
    """A lesson written as a question bank: the text, how many items it holds, and a message for each
    thing the format cannot hold."""

    text: str = ""
    written: int = 0
    messages: list[tuple[int, str]] = field(default_factory=list)  # (lesson line, message)


_CODE_SPAN_RE = re.compile(r"(`+)(?:(?!\1).)+?\1|^(```|~~~).*?^\2", re.DOTALL | re.MULTILINE)


def outside_code(text: str, change: Callable[[str], str]) -> str:
    """Apply `change` to the parts of Markdown that are not code (a picture in backticks is only text)."""
    out, position = [], 0
    for match in _CODE_SPAN_RE.finditer(text):
        out.append(change(text[position:match.start()]))
        out.append(match.group(0))
        position = match.end()
    out.append(change(text[position:]))
    return "".join(out)


def category_path(text: str) -> tuple[str, ...]:
    """'$course$/top/Default for C1/Week 1' -> ('Default for C1', 'Week 1'); '//' is a '/' in a name."""
    parts = [part.replace("\0", "/").strip() for part in text.strip().replace("//", "\0").split("/")]
    parts = [part for part in parts if part and not _CONTEXT_RE.match(part)]
    if parts and parts[0] == "top":
        parts = parts[1:]
    return tuple(parts)


def category_text(parts: list[str]) -> str:
    return "$course$/" + "/".join(part.replace("/", "//") for part in parts if part)


def unique_id(candidate: str, used: set[str]) -> str:
    base = candidate if VALID_ID_RE.match(candidate or "") else slugify(candidate or "item")
    result, n = base, 2
    while result in used:
        result, n = f"{base}-{n}", n + 1
    used.add(result)
    return result


def question_id(idnumber: str, name: str, number: int, used: set[str]) -> str:
    """A question's id: its Moodle idnumber when that is a valid id, else from its name, else q-N."""
    idnumber = idnumber.strip()
    if idnumber and VALID_ID_RE.match(idnumber):
        return unique_id(idnumber, used)
    if idnumber or name.strip():
        return unique_id(slugify(idnumber or name), used)
    return unique_id(f"q-{number}", used)


# -- text in the places a lesson has for it --------------------------------------------------------
def split_prompt(markdown: str) -> tuple[str, str]:
    """A question's text as (heading line, body): the heading is its first line."""
    text = markdown.strip()
    first, _, rest = text.partition("\n")
    return first.strip() or "(no text)", safe_block(rest.strip())


def one_line(text: str) -> str:
    """Text for a place that holds one line (a choice, a feedback, a hint)."""
    return re.sub(r"\s*\n\s*", " ", text).strip()


def safe_block(text: str) -> str:
    """Lines of a question body or explanation that the quiz parser would take for a key, a choice or a
    pair are joined to the line before, so they stay text."""
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        structural = bool(KEY_LINE_RE.match(stripped)) and stripped.split(":", 1)[0].strip().lower() in (
            "hint", "explanation", "points", "type", "unit", "units")
        structural = structural or bool(re.match(r"^[-*+]\s+(\[[^\]]*\]|.+?\s->\s)", stripped))
        if structural and out and out[-1].strip():
            out[-1] += " " + stripped
        else:
            line = re.sub(r"^(\s*\d+)([.)])(?=\s)", r"\1\\\2", line)  # not an ordering item
            line = re.sub(r"^(\s*)#", r"\1\\#", line)  # not a new question
            out.append(re.sub(r"^(\s*):::", r"\1&#58;::", line))  # not the end of the quiz
    return "\n".join(out)


def explanation_text(markdown: str) -> str:
    """An explanation as the quiz parser reads it back: its lines, without blank ones."""
    return safe_block(re.sub(r"\n\s*\n+", "\n", markdown.strip()))


def format_number(value: float) -> str:
    """A number as an author writes it: no exponent, no float noise (0.15000000000000002 -> 0.15)."""
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def numeric_center(answer: NumericAnswer) -> tuple[float, float]:
    """(value, tolerance) of an accepted range."""
    return (answer.low + answer.high) / 2, (answer.high - answer.low) / 2


def numeric_markdown(answer: NumericAnswer) -> str:
    """`42`, or `1822 +- 5` for a value with a tolerance."""
    value, tolerance = numeric_center(answer)
    if abs(tolerance) < 1e-12:
        return format_number(value)
    return f"{format_number(value)} +- {format_number(tolerance)}"


# -- writing the lesson ----------------------------------------------------------------------------
def question_markdown(question: Question) -> str:
    """A question as it is written inside a `::: quiz` block."""
    lines = [f"### {one_line(question.prompt)} {{#{question.id}}}"]
    if question.body:
        lines.append(question.body)
    kind = question.kind
    multiple_by_shape = kind == "multiple" and len(question.correct_choices) > 1
    if kind in ("true-false", "short", "numeric") or (kind == "multiple" and not multiple_by_shape):
        lines.append(f"Type: {kind}")
    if kind == "order":
        for n, choice in enumerate(question.choices, 1):
            lines.append(f"{n}. {one_line(choice.text)}")
            if choice.feedback:
                lines.append(f"  > {one_line(choice.feedback)}")
    elif kind == "numeric":
        for answer in question.numeric:
            weight = "" if abs(answer.fraction - 1.0) < 1e-9 else f"{{{percent(answer.fraction)}%}} "
            lines.append(f"- [x] {weight}{numeric_markdown(answer)}")
            if answer.feedback:
                lines.append(f"  > {one_line(answer.feedback)}")
        if question.unit:
            lines.append(f"Unit: {question.unit}" + (" (required)" if question.unit_required else ""))
    else:
        for choice in question.choices:
            weight = "" if choice.weight is None else f"{{{percent(choice.weight)}%}} "
            lines.append(f"- [{'x' if choice.correct else ' '}] {weight}{one_line(choice.text)}")
            if choice.feedback:
                lines.append(f"  > {one_line(choice.feedback)}")
    lines.extend(f"- {one_line(left)} -> {one_line(right)}" for left, right in question.pairs)
    lines.extend(f"Hint: {one_line(hint)}" for hint in question.hints)
    if question.points != 1:
        lines.append(f"Points: {format_number(question.points)}")
    if question.explanation:
        lines.append(f"Explanation: {explanation_text(question.explanation)}")
    return "\n".join(lines) + "\n"


def _step_titles(bank: QuestionBank, module: str | None) -> tuple[str, list[str]]:
    """The module (the category level every item shares) and each item's step title."""
    paths = [entry.category for entry in bank.items]
    firsts = {path[0] if path else None for path in paths}
    shared = next(iter(firsts)) if len(firsts) == 1 else None
    titles = [" / ".join(path[1:] if shared else path) for path in paths]
    return (module or shared or "Imported questions"), titles


def bank_to_lesson(bank: QuestionBank, lesson_id: str, title: str, module: str | None = None) -> str:
    """The bank as lesson Markdown: a step per category, quizzes of consecutive questions, reflections,
    prose for descriptions and teacher notes."""
    module_name, titles = _step_titles(bank, module)
    front = [f"---\nid: {lesson_id}\ntitle: {_yaml(title)}\nmodule: {_yaml(module_name)}\norder: 1"]
    if bank.tags:
        front.append("tags: [" + ", ".join(_yaml(tag) for tag in bank.tags) + "]")
    out = ["\n".join(front) + "\n---\n"]
    used = {entry.item.id for entry in bank.items if isinstance(entry.item, (Question, Reflection))}
    step: str | None = None
    quiz: tuple[str, tuple[str, ...]] | None = None  # (quiz id hint, category) of the open quiz

    def close_quiz() -> None:
        nonlocal quiz
        if quiz is not None:
            out.append(":::\n")
            quiz = None

    for entry, step_title in zip(bank.items, titles, strict=True):
        if step_title != step:
            close_quiz()
            if step_title or step is not None:
                out.append(f"## {one_line(step_title) or module_name}\n")
            step = step_title
        item = entry.item
        if isinstance(item, Question):
            if quiz != (entry.quiz_id, entry.category):
                close_quiz()
                hint = entry.quiz_id or slugify(entry.category[-1] if entry.category else "quiz")
                out.append(f"::: quiz {unique_id(hint, used)}\n")
                quiz = (entry.quiz_id, entry.category)
            out.append(question_markdown(item))
            continue
        close_quiz()
        if isinstance(item, Reflection):
            minimum = f"min: {item.min_length}\n" if item.min_length else ""
            out.append(f"::: reflection {item.id}\n{minimum}\n{item.prompt.strip()}\n:::\n")
        elif isinstance(item, TeacherNotes):
            out.append(f"::: teacher\n{item.markdown.strip()}\n:::\n")
        else:
            out.append(escape_prose(item.markdown.strip()) + "\n")
    close_quiz()
    return "\n".join(out)


def _yaml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
