"""Moodle GIFT question banks: read them into our model and write a lesson; write quizzes back as GIFT.

Supported: multiple choice (with partial credit), multiple answers (weights, negative too), true/false,
short answer (with weights), matching, essay (becomes a reflection), question names, per-answer and
general feedback, [markdown]/[html]/[plain]/[moodle] formats and the escapes \\~ \\= \\# \\{ \\} \\: \\\\ \\n.
Anything else (numerical, missing word in mid-sentence, description) is reported with its line, never
dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from literacy_app.content.model import Choice, Problem, Question, Reflection
from literacy_app.content.syntax import slugify

# escaped characters become private-use placeholders while the structure is split, then turn back
_ESCAPES = {"\\": "\ue000", "~": "\ue001", "=": "\ue002", "#": "\ue003", "{": "\ue004", "}": "\ue005",
            ":": "\ue006", "n": "\ue007"}
_RESTORE = {v: k for k, v in _ESCAPES.items() if k != "n"} | {"\ue007": "\n"}
_FORMAT_RE = re.compile(r"^\[(markdown|html|plain|moodle)\]", re.IGNORECASE)
_WEIGHT_RE = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_TRUE_FALSE = {"t": True, "true": True, "f": False, "false": False}


@dataclass
class GiftBank:
    """What a GIFT file held: (category, question or reflection) in file order, and what was skipped."""

    items: list[tuple[str, Question | Reflection]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def questions(self) -> list[Question]:
        return [item for _category, item in self.items if isinstance(item, Question)]


def _protect(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text)


def _restore(text: str) -> str:
    return "".join(_RESTORE.get(ch, ch) for ch in text)


def _clean(text: str) -> str:
    """Fold the text's lines into one, as GIFT text flows; only an escaped \\n is a line break."""
    return _restore(re.sub(r"\s*\n\s*", " ", text).strip())


def _chunks(text: str) -> list[tuple[int, list[str]]]:
    """Split a GIFT file into questions: blank lines separate them, except inside `{...}`."""
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    depth = 0
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = _protect(raw)
        if line.lstrip().startswith("//"):
            continue
        if not line.strip() and depth == 0:
            if current:
                chunks.append((start, current))
                current = []
            continue
        if not current:
            start = number
        current.append(line)
        depth = max(0, depth + line.count("{") - line.count("}"))
    if current:
        chunks.append((start, current))
    return chunks


def parse_gift(text: str, path: str = "<gift>") -> GiftBank:
    bank = GiftBank()
    category = ""
    used: set[str] = set()
    for line, lines in _chunks(text):
        joined = "\n".join(lines).strip()
        if joined.startswith("$CATEGORY:"):
            category = _restore(joined.split(":", 1)[1].strip().split("\n")[0]).strip().split("/")[-1]
            continue
        try:
            item = _parse_question(joined, len(bank.questions) + 1, used)
        except _Unsupported as exc:
            bank.problems.append(Problem(path, line, 1, "warning", f"{exc.kind} question is not supported; skipped",
                                         exc.hint))
            continue
        bank.items.append((category, item))
    return bank


class _Unsupported(Exception):
    def __init__(self, kind: str, hint: str) -> None:
        super().__init__(kind)
        self.kind = kind
        self.hint = hint


def _unique(candidate: str, used: set[str]) -> str:
    result, n = candidate, 2
    while result in used:
        result, n = f"{candidate}-{n}", n + 1
    used.add(result)
    return result


def _parse_question(text: str, number: int, used: set[str]) -> Question | Reflection:
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end > 0:
            name, text = _clean(text[2:end]), text[end + 2:].lstrip()
    text_format = "moodle"
    match = _FORMAT_RE.match(text)
    if match:
        text_format, text = match.group(1).lower(), text[match.end():]
    opening = text.find("{")
    closing = text.rfind("}")
    if opening < 0 or closing < opening:
        raise _Unsupported("description", "a text without answers has no place in a quiz; copy it into the lesson")
    before, answers, after = text[:opening], text[opening + 1:closing].strip(), text[closing + 1:]
    if after.strip() and re.search(r"\w", _restore(after)):
        raise _Unsupported("missing word (mid-sentence)",
                           "rewrite it with the answers at the end, e.g. 'Grant is ___ in Grant's tomb.{...}'")
    prompt = _prompt(before, after, text_format, bool(after.strip()))
    if answers.startswith("#"):
        raise _Unsupported("numerical", "write it as a short answer with the accepted numbers: {=1822}")
    item_id = _unique(slugify(name) if name else f"q-{number}", used)
    if not answers:
        return Reflection(id=item_id, prompt=prompt)
    question = Question(id=item_id, prompt=prompt)
    answers, _, general = answers.partition("####")
    answers = answers.strip()
    question.explanation = _markdown(_clean(general), text_format)
    key = answers.split("#", 1)[0].strip().lower()
    if key in _TRUE_FALSE:
        _true_false(question, _TRUE_FALSE[key], answers, text_format)
    elif "->" in answers:
        _matching(question, answers)
    else:
        _choices(question, answers, text_format)
    return question


def _prompt(before: str, after: str, text_format: str, blank: bool) -> str:
    prompt = _clean(before) + (" _____" + _clean(after) if blank else "")
    return _markdown(prompt, text_format)


def _markdown(text: str, text_format: str) -> str:
    """Text in our Markdown: lines keep their meaning (a leading '#ad' must not become a heading)."""
    if text_format == "html":
        text = re.sub(r"\s*<br\s*/?>\s*", "\n", text)
    return escape_line_starts(text)


def escape_line_starts(text: str) -> str:
    """Escape what would change meaning at the start of a Markdown line: '#', '>', list markers."""
    return re.sub(r"(?m)^(\s*)(#|>|[-+*](?=\s)|\d+(?=[.)]\s))", r"\1\\\2", text)


def unescape_line_starts(text: str) -> str:
    return re.sub(r"(?m)^(\s*)\\(#|>|[-+*](?=\s)|\d+(?=[.)]\s))", r"\1\2", text)


def _items(answers: str) -> list[tuple[str, str]]:
    """'=a#fb ~%50%b' -> [('=', 'a#fb'), ('~', '%50%b')]."""
    return [(m.group(1), m.group(2)) for m in re.finditer(r"([=~])([^=~]*)", answers)]


def _weight_text_feedback(body: str, text_format: str) -> tuple[float | None, str, str]:
    weight = None
    match = _WEIGHT_RE.match(body.strip())
    if match:
        weight = float(match.group(1)) / 100
        body = body.strip()[match.end():]
    text, _, feedback = body.partition("#")
    return weight, _clean(text).replace("\n", " "), _markdown(_clean(feedback).replace("\n", " "), text_format)


def _true_false(question: Question, truth: bool, answers: str, text_format: str) -> None:
    question.kind = "true-false"
    parts = answers.split("#")
    wrong_feedback = _markdown(_clean(parts[1]), text_format) if len(parts) > 1 else ""
    right_feedback = _markdown(_clean(parts[2]), text_format) if len(parts) > 2 else ""
    question.choices = [
        Choice("True", truth, right_feedback if truth else wrong_feedback),
        Choice("False", not truth, wrong_feedback if truth else right_feedback),
    ]


def _matching(question: Question, answers: str) -> None:
    question.kind = "match"
    for _mark, body in _items(answers):
        left, _, right = body.partition("->")
        right = right.split("#", 1)[0]
        if _clean(left):
            question.pairs.append((_clean(left).replace("\n", " "), _clean(right).replace("\n", " ")))


def _choices(question: Question, answers: str, text_format: str) -> None:
    items = _items(answers)
    marks = {mark for mark, _ in items}
    if "~" not in marks:
        question.kind = "short"
        for _mark, body in items:
            weight, text, feedback = _weight_text_feedback(body, text_format)
            correct = weight is None or weight > 0
            kept = weight if weight is not None and 0 < weight < 1 else None
            question.choices.append(Choice(text, correct, feedback, weight=kept))
        return
    question.kind = "single" if "=" in marks else "multiple"
    for mark, body in items:
        weight, text, feedback = _weight_text_feedback(body, text_format)
        if question.kind == "single":
            correct = mark == "="
            kept = weight if weight and not correct else None
        else:
            correct = (weight or 0) > 0
            kept = weight if weight is not None else 0.0
        question.choices.append(Choice(text, correct, feedback, weight=kept))


# -- writing a lesson ------------------------------------------------------------------------------
def _percent(weight: float) -> str:
    return f"{weight * 100:.5f}".rstrip("0").rstrip(".")


def question_markdown(question: Question) -> str:
    lines = [f"### {question.prompt.split(chr(10) + chr(10))[0].replace(chr(10), ' ')} {{#{question.id}}}"]
    rest = question.prompt.split("\n\n", 1)[1:] if "\n\n" in question.prompt else []
    lines.extend(rest)
    if question.kind in ("true-false", "short", "multiple"):
        lines.append(f"Type: {question.kind}")
    for choice in question.choices:
        weight = "" if choice.weight is None else f"{{{_percent(choice.weight)}%}} "
        lines.append(f"- [{'x' if choice.correct else ' '}] {weight}{choice.text}")
        if choice.feedback:
            lines.append(f"  > {choice.feedback}")
    lines.extend(f"- {left} -> {right}" for left, right in question.pairs)
    if question.explanation:
        lines.append(f"Explanation: {question.explanation}")
    return "\n".join(lines) + "\n"


def bank_to_lesson(bank: GiftBank, lesson_id: str, title: str, module: str) -> str:
    """The bank as lesson Markdown: a step per category, quizzes of consecutive questions, reflections."""
    out = [f"---\nid: {lesson_id}\ntitle: {_yaml(title)}\nmodule: {_yaml(module)}\norder: 1\n---\n"]
    used = {item.id for _category, item in bank.items}
    step_title = None
    open_quiz = False
    for category, item in bank.items:
        if category != step_title or step_title is None:
            if open_quiz:
                out.append(":::\n")
                open_quiz = False
            step_title = category
            out.append(f"## {category or 'Questions'}\n")
        if isinstance(item, Reflection):
            if open_quiz:
                out.append(":::\n")
                open_quiz = False
            out.append(f"::: reflection {item.id}\n\n{item.prompt}\n:::\n")
            continue
        if not open_quiz:
            quiz_id = _fresh_id(slugify(category) if category else "quiz", used)
            out.append(f"::: quiz {quiz_id}\n")
            open_quiz = True
        out.append(question_markdown(item))
    if open_quiz:
        out.append(":::\n")
    return "\n".join(out)


def _fresh_id(candidate: str, used: set[str]) -> str:
    return _unique(candidate, used)


def _yaml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


# -- writing GIFT ----------------------------------------------------------------------------------
def gift_escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for ch in "~=#{}:":
        text = text.replace(ch, "\\" + ch)
    return text.replace("\n", "\\n")


def _gift_text(markdown_text: str) -> str:
    return gift_escape(unescape_line_starts(markdown_text))


def question_gift(question: Question) -> str | None:
    """One question as GIFT, or None when GIFT has no such type (ordering)."""
    head = f"::{gift_escape(question.id)}::[markdown]{_gift_text(question.prompt)}"
    if question.body:
        head += gift_escape("\n\n" + question.body)
    kind = question.kind
    answers: list[str] = []
    if kind == "order":
        return None
    if kind == "true-false":
        truth = next((c.text.lower() == "true" for c in question.choices if c.correct), True)
        right = next((c.feedback for c in question.choices if c.correct), "")
        wrong = next((c.feedback for c in question.choices if not c.correct), "")
        answer = "TRUE" if truth else "FALSE"
        if wrong or right:
            answer += f"#{_gift_text(wrong)}"
        if right:
            answer += f"#{_gift_text(right)}"
        answers.append(answer)
    elif kind == "match":
        answers.extend(f"={gift_escape(left)} -> {gift_escape(right)}" for left, right in question.pairs)
    else:
        answers.extend(_choice_gift(question, choice) for choice in question.choices)
    if question.explanation:
        answers.append(f"####{_gift_text(question.explanation)}")
    return head + " {\n" + "\n".join("\t" + a for a in answers) + "\n}\n"


def _choice_gift(question: Question, choice: Choice) -> str:
    feedback = f"#{_gift_text(choice.feedback)}" if choice.feedback else ""
    text = gift_escape(choice.text)
    if question.kind == "short":
        if not choice.correct:
            return f"=%0%{text}{feedback}"
        weight = f"%{_percent(choice.weight)}%" if choice.weight is not None else ""
        return f"={weight}{text}{feedback}"
    if question.kind == "multiple":
        if any(c.weight is not None for c in question.choices):
            weight = choice.weight or 0.0
        else:
            share = 1 / max(len(question.correct_choices), 1)
            weight = share if choice.correct else -share
        return f"~%{_percent(weight)}%{text}{feedback}"
    if choice.correct:
        return f"={text}{feedback}"
    weight = f"%{_percent(choice.weight)}%" if choice.weight else ""
    return f"~{weight}{text}{feedback}"


def reflection_gift(reflection: Reflection) -> str:
    return f"::{gift_escape(reflection.id)}::[markdown]{_gift_text(reflection.prompt)} {{}}\n"
